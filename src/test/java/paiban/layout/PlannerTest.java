package paiban.layout;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import paiban.diag.Diagnostics;
import paiban.font.FontLibrary;
import paiban.model.Article;
import paiban.model.ArticleKind;
import paiban.model.Edition;
import paiban.model.PaperFormat;
import paiban.text.Composer;
import paiban.text.PlacedGlyph;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;
import static paiban.layout.IssueLayoutTest.issue;
import static paiban.layout.IssueLayoutTest.layout;
import static paiban.layout.IssueLayoutTest.story;

/** The planner's module shapes on a tabloid page of synthetic stories (issue 9 items 6 and 7). */
class PlannerTest {
    private static final FontLibrary FONTS = FontLibrary.load(Path.of("fonts"));
    private static final Grid GRID = Grid.of(new Edition("石桥日报", LocalDate.of(2026, 5, 4), 12, "石桥日报社", "zh-Hans",
            new PaperFormat("tabloid", 271, 390, 6), 6, 3));
    private static final int ROWS = GRID.rows() - Furniture.FOLIO_ROWS;

    @BeforeAll
    static void fonts() {
        IssueLayoutTest.fonts();
    }

    /** Plans stories of these many paragraphs (about six lines each), in rank order, on one page. */
    private static List<Planner.Slot> plan(int... paragraphs) {
        ArticleShaper shaper = new ArticleShaper(GRID, new Composer(FONTS), new Diagnostics());
        List<Piece> pieces = new ArrayList<>();
        for (int rank = 0; rank < paragraphs.length; rank++) {
            Article a = story("s" + rank, rank + 1, paragraphs[rank], ArticleKind.STORY);
            pieces.add(new Piece(a, rank, shaper.body(a, GRID.columnWidth()), 0, 0, shaper, GRID));
        }
        List<Planner.Slot> slots = new Planner(pieces, GRID.columns(), ROWS, false).plan();
        assertEquals(paragraphs.length, slots.size());
        return slots;
    }

    private static String describe(List<Planner.Slot> slots) {
        return slots.stream().map(s -> s.piece().article.id() + " " + s.columns() + "x" + s.fit().bodyRows()
                + " at " + s.column() + "," + s.row()).toList().toString();
    }

    /**
     * The copy the old planner stacked as four full-width modules with 4–10-line columns (5.5 deep
     * on average, counted per column): now a lead of four columns or more, at most two bands below
     * it, and columns 9 lines deep or more on average.
     */
    @Test
    void storiesAreNotStackedAsALayerCake() {
        for (int[] copy : new int[][]{{7, 4, 4, 3}, {10, 6, 5, 5}, {8, 5, 5, 4}, {6, 5, 4, 4}, {12, 8, 6, 6}}) {
            List<Planner.Slot> slots = plan(copy);
            String shown = Arrays.toString(copy) + ": " + describe(slots);
            Planner.Slot lead = slots.get(0);
            assertTrue(lead.columns() >= 4, "the lead takes four columns or more: " + shown);
            long bands = slots.stream().skip(1).filter(s -> s.columns() == GRID.columns()).count();
            assertTrue(bands <= 2, "at most two full-width bands below the lead: " + shown);
            double depth = slots.stream().mapToDouble(s -> s.fit().bodyRows() * s.columns()).sum()
                    / slots.stream().mapToInt(Planner.Slot::columns).sum();
            assertTrue(depth >= 9, "columns run " + depth + " lines deep on average: " + shown);
        }
    }

    /** Copy that fills the page still fills it: the shapes' preferences cost no white. */
    @Test
    void longCopyFillsThePage() {
        for (int[] copy : new int[][]{{20, 12, 10, 8}, {24, 10, 8, 6, 4}, {16, 12, 12, 10}}) {
            List<Planner.Slot> slots = plan(copy);
            int white = slots.stream().mapToInt(s -> s.fit().slackRows() * s.columns()).sum();
            assertTrue(white <= 0.05 * GRID.columns() * ROWS, Arrays.toString(copy) + " leaves " + white
                    + " empty cells: " + describe(slots));
            long bands = slots.stream().skip(1).filter(s -> s.columns() == GRID.columns()).count();
            assertTrue(bands <= 2, describe(slots));
        }
    }

    private static Article forced(Article a, int columns) {
        return new Article(a.id(), a.span(), a.kind(), a.priority(), a.kicker(), a.title(), a.subtitle(), a.byline(),
                a.dateline(), a.picture(), columns, a.body());
    }

    /**
     * On a page short of copy the titles keep the size of their rank and module width: a line of
     * the module holds at least eight characters of its title's size (six in one column), where the old planner set a
     * three-column lead in 54 pt (six characters a line).
     */
    @Test
    void titlesOnAShortPageStayInScaleWithTheirModules() {
        Diagnostics diags = new Diagnostics();
        PageLayout page = layout.layout(issue(List.of(List.of(forced(story("a", 1, 3, ArticleKind.STORY), 3),
                forced(story("b", 2, 2, ArticleKind.STORY), 2), story("c", 3, 1, ArticleKind.BRIEF)))), diags).get(0);
        Map<String, Double> largest = new HashMap<>();
        String article = "";
        for (PageItem item : page.items()) {
            if (item instanceof PageItem.ArticleStart s) article = s.articleId();
            else if (item instanceof PageItem.TextLine t) {
                for (PlacedGlyph g : t.line().glyphs()) largest.merge(article, g.size(), Math::max);
            }
        }
        for (ModulePlacement m : page.modules()) {
            double size = largest.get(m.articleId());
            int chars = m.columns() == 1 ? 6 : 8;
            assertTrue(chars * size <= GRID.spanWidth(m.columns()) + 0.01, m.articleId() + "'s title is set in " + size
                    + " pt in a module " + m.columns() + " columns wide");
        }
        assertTrue(diags.warnings().stream().anyMatch(d -> d.message().contains("characters of copy short")));
    }

    /**
     * The white a page short of copy leaves is drawn between modules: a module below another
     * starts lower than its planned rectangle, where the old planner left all of it at each foot.
     */
    @Test
    void whiteOnAShortPageIsSpaceBetweenModules() {
        PageLayout page = layout.layout(issue(List.of(List.of(story("a", 1, 7, ArticleKind.STORY),
                story("b", 2, 4, ArticleKind.STORY), story("c", 3, 4, ArticleKind.STORY),
                story("d", 4, 3, ArticleKind.STORY)))), new Diagnostics()).get(0);
        int top = page.modules().stream().mapToInt(ModulePlacement::row).min().orElseThrow();
        List<ModulePlacement> below = page.modules().stream().filter(m -> m.row() > top && m.slackRows() > 0).toList();
        assertFalse(below.isEmpty(), page.modules().toString());
        for (ModulePlacement m : below) {
            double drawnTop = page.items().stream().filter(i -> i instanceof PageItem.ArticleStart s
                    && s.articleId().equals(m.articleId())).mapToDouble(i -> ((PageItem.ArticleStart) i).y())
                    .findFirst().orElseThrow();
            assertTrue(drawnTop > GRID.rowTop(m.row()) + GRID.pitch() / 2, m.articleId() + " with "
                    + m.slackRows() / m.columns() + " empty lines starts at its planned top");
        }
    }

    /** A region whose top-left corner holds no piece (a vertical page's 題字): the pieces tile the rest of it. */
    @Test
    void aCornerKeptEmptyIsCarvedOutAndTheRestTiled() {
        ArticleShaper shaper = new ArticleShaper(GRID, new Composer(FONTS), new Diagnostics());
        List<Piece> pieces = new ArrayList<>();
        for (int rank = 0; rank < 4; rank++) {
            Article a = story("c" + rank, rank + 1, 6 - rank, ArticleKind.STORY);
            pieces.add(new Piece(a, rank, shaper.body(a, GRID.columnWidth()), 0, 0, shaper, GRID));
        }
        int cornerColumns = 2, cornerRows = 20;
        List<Planner.Slot> slots = new Planner(pieces, GRID.columns(), ROWS, false, cornerColumns, cornerRows, null).plan();
        assertEquals(4, slots.size(), describe(slots));
        boolean[][] cells = new boolean[GRID.columns()][ROWS];
        for (int c = 0; c < cornerColumns; c++) for (int r = 0; r < cornerRows; r++) cells[c][r] = true;
        for (Planner.Slot s : slots) {
            for (int c = s.column(); c < s.column() + s.columns(); c++) {
                for (int r = s.row(); r < s.row() + s.rows(); r++) {
                    assertFalse(cells[c][r], "cell " + c + "," + r + " taken twice: " + describe(slots));
                    cells[c][r] = true;
                }
            }
        }
        for (boolean[] column : cells) for (boolean cell : column) assertTrue(cell, "a cell left out: " + describe(slots));
        assertEquals(List.of("c0", "c1", "c2", "c3"), slots.stream().map(s -> s.piece().article.id()).toList(),
                "slots in reading order");
    }
}
