package paiban.model;

import paiban.diag.SourceSpan;

import java.nio.file.Path;

/**
 * A picture an article uses: the resolved file inside the issue folder, its pixel size, alt text,
 * caption and credit (empty strings when absent). {@code span} is the article line naming it.
 * {@code focus} is the part a crop keeps (front matter {@code focus}).
 */
public record Picture(Path file, int widthPx, int heightPx, String alt, String caption, String credit,
                      SourceSpan span, Focus focus) {
    /** Which part of a picture a crop keeps: the middle, or the named edge. */
    public enum Focus { CENTER, TOP, BOTTOM, LEFT, RIGHT }

    public Picture(Path file, int widthPx, int heightPx, String alt, String caption, String credit, SourceSpan span) {
        this(file, widthPx, heightPx, alt, caption, credit, span, Focus.CENTER);
    }

    public Picture withFocus(Focus newFocus) {
        return new Picture(file, widthPx, heightPx, alt, caption, credit, span, newFocus);
    }

    public double aspect() {
        return (double) heightPx / widthPx;
    }
}
