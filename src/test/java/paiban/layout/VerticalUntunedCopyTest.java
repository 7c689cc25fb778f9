package paiban.layout;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.cli.IssueBuilder;
import paiban.font.FontLibrary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Copy written for a horizontal tabloid (tables, a panorama, long titles) set vertically: nothing
 * the vertical fixtures were written to avoid may break a page.
 */
class VerticalUntunedCopyTest {
    private static final FontLibrary FONTS = FontLibrary.load(Path.of("fonts"));
    private static final String FIXTURE = "tabloid-2026-12-08";

    @TempDir
    static Path tmp;
    private static IssueBuilder.Result built;

    @BeforeAll
    static void build() throws IOException {
        Path issue = tmp.resolve(FIXTURE);
        VerticalPageTest.copy(Path.of("src/test/resources/fixtures", FIXTURE), issue);
        Files.writeString(issue.resolve("issue.yaml"), "writing: vertical\n", StandardOpenOption.APPEND);
        built = new IssueBuilder(FONTS).check(issue);
        assertTrue(built.ok(), () -> built.diagnostics().toString());
    }

    @Test
    void noTextStandsOverAPictureOrOtherText() {
        int checked = 0;
        for (int i = 0; i < built.pages().size(); i++) {
            List<PageItem> lines = new ArrayList<>();
            List<PageItem> images = new ArrayList<>();
            for (PageItem item : built.pages().get(i).items()) {
                if (item instanceof PageItem.VerticalLine l && !l.line().glyphs().isEmpty()) lines.add(item);
                else if (item instanceof PageItem.Image) images.add(item);
            }
            for (int a = 0; a < lines.size(); a++) {
                VerticalPageTest.Box box = VerticalPageTest.box(lines.get(a));
                String where = "page " + (i + 1) + ": «" + text(lines.get(a)) + "» " + box;
                for (PageItem image : images) {
                    assertFalse(box.overlaps(VerticalPageTest.box(image)), where + " stands over a picture "
                            + VerticalPageTest.box(image));
                }
                for (int b = a + 1; b < lines.size(); b++) {
                    assertFalse(box.overlaps(VerticalPageTest.box(lines.get(b))), where + " overlaps «"
                            + text(lines.get(b)) + "» " + VerticalPageTest.box(lines.get(b)));
                }
                checked++;
            }
        }
        assertTrue(checked > 500, "lines checked: " + checked);
    }

    private static String text(PageItem line) {
        return ((PageItem.VerticalLine) line).line().text();
    }
}
