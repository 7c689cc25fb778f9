package paiban.model;

import paiban.diag.SourceSpan;

import java.nio.file.Path;

/**
 * A picture an article uses: the resolved file inside the issue folder, its pixel size, alt text,
 * caption and credit (empty strings when absent). {@code span} is the article line naming it.
 */
public record Picture(Path file, int widthPx, int heightPx, String alt, String caption, String credit,
                      SourceSpan span) {
    public double aspect() {
        return (double) heightPx / widthPx;
    }
}
