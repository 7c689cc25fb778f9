package paiban.layout;

import org.junit.jupiter.api.Test;
import paiban.diag.Diagnostics;
import paiban.font.FontLibrary;
import paiban.model.Article;
import paiban.model.ArticleKind;
import paiban.model.Edition;
import paiban.model.PaperFormat;
import paiban.text.Composer;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static paiban.layout.IssueLayoutTest.story;

/** 变栏: a body set in fewer, wider columns than the module's grid columns keeps whole-em columns. */
class WideBodyTest {
    private static final FontLibrary FONTS = FontLibrary.load(Path.of("fonts"));

    @Test
    void widerColumnsHoldWholeCharactersAndTheRestWidensTheGutters() {
        // 14 characters a column, as the zh-Hant fixture: 3 grid columns as 2 would be 21.5 em each
        Grid grid = Grid.of(new Edition("竹溪時報", LocalDate.of(2026, 12, 9), 1, "竹溪時報社", "zh-Hant",
                new PaperFormat("berliner", 315, 470, 6), 6, 3));
        ArticleShaper shaper = new ArticleShaper(grid, new Composer(FONTS), new Diagnostics());
        Article a = story("s", 1, 6, ArticleKind.STORY);
        Piece p = new Piece(a, 0, shaper.body(a, grid.columnWidth()), 0, 0, shaper, grid);
        double em = grid.bodySize();
        for (int w = 3; w <= grid.columns(); w++) {
            double width = p.bodyColumnWidth(w, true);
            double ems = width / em;
            assertEquals(Math.round(ems), ems, 1e-9, w + " columns: " + ems + " em");
            int n = p.bodyColumns(w, true);
            assertEquals(grid.spanWidth(w), n * width + (n - 1) * p.bodyGutter(w, true), 1e-9);
            assertEquals(true, p.bodyGutter(w, true) >= grid.gutter() - 1e-9);
            assertEquals(true, width + p.bodyGutter(w, true) > (grid.spanWidth(w) + grid.gutter()) / n - em, w + " columns");
        }
    }
}
