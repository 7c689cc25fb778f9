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

    @Test
    void theLeadFillsItsBandsAndEveryModulesWhiteIsReported() {
        for (int i = 0; i < built.pages().size(); i++) {
            PageLayout layout = built.pages().get(i);
            VerticalGrid grid = VerticalGrid.of(Grid.of(built.issue().edition()), built.issue().pages().get(i).bands(), i == 0);
            for (ModulePlacement m : layout.modules()) {
                int[] lines = new int[m.columns()];
                for (PageItem item : articleItems(layout, m.articleId())) {
                    // its body's lines and its pictures: a band beside nothing but the headline is white
                    boolean body = item instanceof PageItem.Image || item instanceof PageItem.VerticalLine l
                            && l.line().glyphs().stream().allMatch(g -> Math.abs(g.size() - grid.bodySize()) < 0.01);
                    VerticalPageTest.Box box = VerticalPageTest.box(item);
                    if (box == null || !body) continue;
                    for (int b = 0; b < m.columns(); b++) {
                        double top = grid.bandTop(m.column() + b);
                        if (box.top() < top + grid.bandHeight() && box.bottom() > top) lines[b]++;
                    }
                }
                // 段送り: every band full to the module's end line, the last short, at worst empty;
                // where copy too short for the page leaves more white, the warnings say so
                int empty = (int) java.util.Arrays.stream(lines, 0, m.columns() - 1).filter(n -> n == 0).count();
                String where = "page " + (i + 1) + ": " + m.articleId() + " " + java.util.Arrays.toString(lines);
                if (m.articleId().equals("05/10-port-figures")) assertEquals(0, empty, where + ": the lead fills its bands");
                if (empty > 0) {
                    String warning = "'" + m.title() + "' leaves ";
                    assertTrue(built.diagnostics().stream().anyMatch(d -> d.message().startsWith(warning)
                            && d.message().contains("empty lines inside its " + m.columns() + " bands")), where
                            + " leaves bands empty and no warning says so: " + built.diagnostics());
                }
            }
        }
    }

    /** The items an article's module holds: from its ArticleStart to the next. */
    private static List<PageItem> articleItems(PageLayout layout, String id) {
        List<PageItem> out = new ArrayList<>();
        boolean in = false;
        for (PageItem item : layout.items()) {
            if (item instanceof PageItem.ArticleStart s) in = s.articleId().equals(id);
            else if (in) out.add(item);
        }
        return out;
    }

    private static String text(PageItem line) {
        return ((PageItem.VerticalLine) line).line().text();
    }
}
