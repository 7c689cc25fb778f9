package paiban.layout;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import paiban.diag.Diagnostics;
import paiban.diag.SourceSpan;
import paiban.model.Article;
import paiban.model.ArticleKind;
import paiban.model.Block;
import paiban.model.Inline;
import paiban.model.Picture;
import paiban.text.ComposedLine;
import paiban.text.PlacedGlyph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;
import static paiban.layout.IssueLayoutTest.SENTENCE;
import static paiban.layout.IssueLayoutTest.issue;
import static paiban.layout.IssueLayoutTest.layout;

/**
 * Body blocks keep their source order on the page: a table or an inline picture stands where the
 * text puts it, in the column when it fits one, across the module when it is wider.
 */
class SourceOrderTest {
    private static final SourceSpan SPAN = SourceSpan.of(Path.of("order.md"), "order.md").at(1, 1);

    @BeforeAll
    static void fonts() {
        IssueLayoutTest.fonts();
    }

    private static Block.Paragraph paragraph(String id, int i) {
        return new Block.Paragraph(List.of(Inline.plain("（" + id + "·" + i + "）" + SENTENCE)), SPAN);
    }

    private static List<List<Inline>> row(String... cells) {
        List<List<Inline>> row = new ArrayList<>();
        for (String c : cells) row.add(List.of(Inline.plain(c)));
        return row;
    }

    /** Five columns of figures with long labels: no column of a tabloid holds a row of it. */
    static Block.Table wideTable() {
        return new Block.Table(List.of(
                row("货类甲乙", "吞吐量", "同比", "货值", "占比"),
                row("集装箱码头作业区", "412.6万标准箱", "11.2%", "1584.26亿元", "55.3%"),
                row("煤炭码头作业区", "3862.4万吨", "-2.1%", "312.75亿元", "10.9%"),
                row("金属矿石码头作业区", "4127.9万吨", "4.6%", "498.31亿元", "17.4%")), 1, SPAN);
    }

    /** Two short columns: each row fits a column's measure. */
    static Block.Table narrowTable() {
        return new Block.Table(List.of(row("区", "户数"), row("北岸", "312"), row("沙洲", "87")), 1, SPAN);
    }

    private static Article story(String id, List<Block> body) {
        return new Article(id, SPAN, ArticleKind.STORY, 1, "", List.of("澜江港前11月吞吐量稳中有升" + id), "", "记者 林远舟",
                "", null, 0, body);
    }

    /** {@code before} paragraphs, the block, {@code after} paragraphs. */
    private static Article storyWith(String id, int before, Block block, int after) {
        List<Block> body = new ArrayList<>();
        for (int i = 0; i < before; i++) body.add(paragraph(id, i));
        body.add(block);
        for (int i = before; i < before + after; i++) body.add(paragraph(id, i));
        return story(id, body);
    }

    private static List<PageItem.TextLine> lines(PageLayout page) {
        return page.items().stream().filter(i -> i instanceof PageItem.TextLine).map(i -> (PageItem.TextLine) i).toList();
    }

    /** The lines of one article's module, in reading order. */
    private static List<PageItem.TextLine> articleLines(PageLayout page, String id) {
        List<PageItem.TextLine> out = new ArrayList<>();
        boolean in = false;
        for (PageItem item : page.items()) {
            if (item instanceof PageItem.ArticleStart s) in = s.articleId().equals(id);
            else if (in && item instanceof PageItem.TextLine l) out.add(l);
        }
        return out;
    }

    /** The line holding {@code text} (a paragraph's tag or a table's cell). */
    private static PageItem.TextLine lineWith(List<PageItem.TextLine> lines, String text) {
        return lines.stream().filter(l -> l.line().text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line holds " + text));
    }

    private static int indexOf(List<PageItem.TextLine> lines, String text) {
        return lines.indexOf(lineWith(lines, text));
    }

    @Test
    void aTableWiderThanAColumnSpansTheModuleWhereItStandsInTheText() {
        Article a = storyWith("t", 8, wideTable(), 3);
        PageLayout page = besideAStory(a);
        List<PageItem.TextLine> lines = articleLines(page, "t");
        int lastBefore = indexOf(lines, "（t·7）");
        int header = indexOf(lines, "货类甲乙");
        int firstAfter = indexOf(lines, "（t·8）");
        assertTrue(lastBefore < header && header < firstAfter,
                "read in order: paragraph 8 at " + lastBefore + ", table at " + header + ", paragraph 9 at " + firstAfter);

        Grid grid = Grid.of(issue(List.of(List.of(a))).edition());
        ModulePlacement module = page.modules().get(0);
        PageItem.TextLine head = lines.get(header);
        assertEquals(grid.columnX(module.column()), head.x(), 0.01, "the table starts at the module's left edge");
        assertEquals(grid.spanWidth(module.columns()), head.line().width(), 0.01, "and spans the module");
        assertTrue(module.columns() > 1, "the module has more than one column");
        double textAbove = lines.subList(indexOf(lines, "（t·0）"), header).stream()
                .mapToDouble(PageItem.TextLine::baseline).max().orElseThrow();
        PageItem.TextLine lastRow = lineWith(lines, "17.4%");
        assertTrue(head.baseline() > textAbove, "the table is below every line of the text before it");
        double textBelow = lines.subList(firstAfter, lines.size()).stream()
                .mapToDouble(PageItem.TextLine::baseline).min().orElseThrow();
        assertTrue(textBelow > lastRow.baseline(), "the text after the table is below it");
    }

    @Test
    void aTableThatFitsTheColumnFlowsInItInOrder() {
        Article a = storyWith("n", 4, narrowTable(), 4);
        PageLayout page = besideAStory(a);
        List<PageItem.TextLine> lines = articleLines(page, "n");
        int header = indexOf(lines, "户数");
        assertTrue(indexOf(lines, "（n·3）") < header && header < indexOf(lines, "（n·4）"));
        double measure = lines.get(indexOf(lines, "（n·0）") + 1).line().width(); // a paragraph's full line
        List<Double> columnLefts = lines.stream().filter(l -> l.line().text().contains("（n·"))
                .map(PageItem.TextLine::x).distinct().toList();
        for (String cell : List.of("户数", "312", "87")) {
            PageItem.TextLine l = lineWith(lines, cell);
            assertEquals(measure, l.line().width(), 0.01, cell + "'s row is a column wide");
            assertTrue(columnLefts.stream().anyMatch(x -> Math.abs(x - l.x()) < 0.01), cell + "'s row stands in a column");
        }
        PageItem.TextLine before = lines.get(header - 1);
        PageItem.TextLine head = lines.get(header);
        if (Math.abs(before.x() - head.x()) < 0.01) {
            assertEquals(before.baseline() + Grid.of(issue(List.of(List.of(a))).edition()).pitch(), head.baseline(), 0.01,
                    "in the same column the table follows the paragraph's last line");
        }
    }

    /**
     * A table across a module is a 三线表: its columns spread over the module, each figure flush
     * right under its head, with rules over and under it, under its header and between its rows,
     * and no dotted leader running half the module's width.
     */
    @Test
    void aTableAcrossAModuleIsRuledWithItsColumnsSpreadOverTheModule() {
        Article a = storyWith("t", 8, wideTable(), 3);
        PageLayout page = besideAStory(a);
        List<PageItem.TextLine> lines = articleLines(page, "t");
        ModulePlacement module = page.modules().get(0);
        Grid grid = Grid.of(issue(List.of(List.of(a))).edition());
        double left = grid.columnX(module.column()), width = grid.spanWidth(module.columns());
        List<String> firstCells = List.of("货类甲乙", "集装箱码头作业区", "煤炭码头作业区", "金属矿石码头作业区");
        double[] rightEdges = null;
        List<Double> baselines = new ArrayList<>();
        for (String first : firstCells) {
            PageItem.TextLine row = lineWith(lines, first);
            assertFalse(row.line().text().contains("·"), first + "'s row has a leader");
            assertEquals(left, row.x(), 0.01, first + "'s row starts at the module's edge");
            baselines.add(row.baseline());
            // the right edge of each run of glyphs after a gap: the label's, then each value's
            List<Double> edges = new ArrayList<>();
            List<PlacedGlyph> glyphs = row.line().glyphs();
            for (int i = 0; i < glyphs.size(); i++) {
                PlacedGlyph g = glyphs.get(i);
                boolean endsRun = i == glyphs.size() - 1 || glyphs.get(i + 1).x() - (g.x() + g.width()) > grid.bodySize();
                if (endsRun) edges.add(g.x() + g.width());
            }
            assertEquals(5, edges.size(), first + "'s row: " + edges);
            double[] values = edges.subList(1, 5).stream().mapToDouble(Double::doubleValue).toArray();
            if (rightEdges == null) rightEdges = values;
            for (int c = 0; c < 4; c++) assertEquals(rightEdges[c], values[c], 0.01, first + ": column " + (c + 1) + " is not aligned");
        }
        assertEquals(width, rightEdges[3], 0.01, "the last column ends at the module's edge");
        assertTrue(rightEdges[0] > width / 4, "the columns spread over the module: " + Arrays.toString(rightEdges));
        List<PageItem.Rule> rules = page.items().stream().filter(PageItem.Rule.class::isInstance).map(PageItem.Rule.class::cast)
                .filter(r -> Math.abs(r.x1() - left) < 0.01 && Math.abs(r.x2() - left - width) < 0.01
                        && r.y1() > baselines.get(0) - 2 * grid.pitch() && r.y1() < baselines.get(3) + grid.pitch())
                .toList();
        assertEquals(5, rules.size(), "a rule over the table and one under each row");
        for (int i = 0; i < 4; i++) {
            double y = rules.get(i + 1).y1();
            assertTrue(baselines.get(i) < y && (i == 3 || y < baselines.get(i + 1)), "rule " + (i + 1) + " lies between rows");
        }
        double heavy = rules.get(0).width();
        assertEquals(heavy, rules.get(4).width(), 0.01, "the rules over and under the table are alike");
        assertTrue(rules.get(1).width() < heavy && rules.get(2).width() < rules.get(1).width(),
                "the header's rule is lighter than the table's, the rows' lighter still");
    }

    @Test
    void aPanoramaInTheBodySpansTheModuleAtItsPlace() {
        Picture panorama = new Picture(Path.of("pano.jpg"), 3000, 1000, "江面", "港区全景。", "沈一帆", SPAN);
        Article a = storyWith("p", 6, new Block.Image(panorama, SPAN), 4);
        PageLayout page = besideAStory(a);
        List<PageItem> items = page.items();
        PageItem.Image image = firstImage(items);
        List<PageItem.TextLine> lines = articleLines(page, "p");
        ModulePlacement module = page.modules().get(0);
        Grid grid = Grid.of(issue(List.of(List.of(a))).edition());
        assertEquals(grid.spanWidth(module.columns()), image.width(), 0.01, "the panorama spans the module");
        int at = items.indexOf(image);
        assertTrue(items.indexOf(lineWith(lines, "（p·5）")) < at && at < items.indexOf(lineWith(lines, "（p·6）")),
                "the picture is read between the paragraphs around it");
        double above = lines.stream().filter(l -> l.line().text().contains("（p·") && items.indexOf(l) < at)
                .mapToDouble(PageItem.TextLine::baseline).max().orElseThrow();
        assertTrue(image.y() > above, "the picture is below the text before it");
        PageItem.TextLine caption = lineWith(lines, "港区全景");
        assertTrue(lineWith(lines, "（p·6）").baseline() > caption.baseline(), "the text after it is below its caption");
    }

    /**
     * A long story with a wide table somewhere in it jumps: wherever the jump falls, before the
     * table, at it or after it, read page after page the paragraphs and the table come in source
     * order, each once.
     */
    @ParameterizedTest
    @ValueSource(ints = {10, 30, 40, 45, 50, 55, 60, 70})
    void aJumpKeepsTheTableInItsPlace(int before) {
        Diagnostics diags = new Diagnostics();
        Article a = storyWith("j", before, wideTable(), 80 - before);
        List<PageLayout> pages = layout.layout(issue(List.of(List.of(a),
                List.of(IssueLayoutTest.story("q", 1, 8, ArticleKind.STORY)))), diags);
        assertFalse(diags.hasErrors(), () -> diags.all().toString());
        String read = pages.stream().flatMap(p -> lines(p).stream()).map(l -> l.line().text())
                .collect(Collectors.joining()).replaceAll("\\s", "");
        assertTrue(read.contains("（下转第2版）") && read.contains("（上接第1版）"), "the story jumps");
        int at = -1;
        List<String> marks = new ArrayList<>();
        for (int i = 0; i < before; i++) marks.add("（j·" + i + "）");
        marks.add("货类甲乙");
        marks.add("金属矿石码头作业区");
        for (int i = before; i < 80; i++) marks.add("（j·" + i + "）");
        for (String mark : marks) {
            int found = read.indexOf(mark);
            assertTrue(found > at, mark + " is missing or out of order");
            assertEquals(found, read.lastIndexOf(mark), mark + " is set once");
            at = found;
        }
    }

    /** The characters an overset error counts, from its message. */
    private static long oversetCharacters(Article a) {
        Diagnostics diags = new Diagnostics();
        layout.layout(issue(List.of(List.of(a))), diags);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("does not fit: (\\d+) characters")
                .matcher(diags.errors().toString());
        assertTrue(m.find(), diags.errors().toString());
        return Long.parseLong(m.group(1));
    }

    @Test
    void anOversetCountsTheCharactersOfATableItCouldNotPrint() {
        List<Block> body = new ArrayList<>();
        for (int i = 0; i < 120; i++) body.add(paragraph("o", i));
        long without = oversetCharacters(story("o", body));
        body.add(wideTable());
        long cells = wideTable().rows().stream().flatMap(List::stream).flatMap(List::stream)
                .mapToLong(in -> in.text().codePoints().filter(cp -> !Character.isWhitespace(cp)).count()).sum();
        assertEquals(without + cells, oversetCharacters(story("o", body)));
    }

    @Test
    void aSubheadUnderATableAcrossStandsOneBlankRowBelowIt() {
        List<Block> body = new ArrayList<>();
        for (int i = 0; i < 8; i++) body.add(paragraph("s", i));
        body.add(wideTable());
        body.add(new Block.Heading(2, List.of(Inline.plain("集装箱航线再添三条")), SPAN));
        for (int i = 8; i < 14; i++) body.add(paragraph("s", i));
        Article a = story("s", body);
        PageLayout page = besideAStory(a);
        List<PageItem.TextLine> lines = articleLines(page, "s");
        double pitch = Grid.of(issue(List.of(List.of(a))).edition()).pitch();
        assertEquals(lineWith(lines, "金属矿石码头作业区").baseline() + 2 * pitch, lineWith(lines, "集装箱航线再添三条").baseline(), 0.01);
    }

    @Test
    void aPictureNarrowerThanAPanoramaStaysInTheColumnAtItsPlace() {
        Picture photo = new Picture(Path.of("crane.jpg"), 1200, 900, "吊机", "三期码头的新吊机。", "沈一帆", SPAN);
        Article a = storyWith("c", 6, new Block.Image(photo, SPAN), 6);
        PageLayout page = besideAStory(a);
        List<PageItem> items = page.items();
        PageItem.Image image = firstImage(items);
        List<PageItem.TextLine> lines = articleLines(page, "c");
        double measure = lines.get(indexOf(lines, "（c·0）") + 1).line().width();
        assertEquals(measure, image.width(), 0.01, "the picture is a column wide");
        int at = items.indexOf(image);
        assertTrue(items.indexOf(lineWith(lines, "（c·5）")) < at && at < items.indexOf(lineWith(lines, "三期码头的新吊机"))
                && items.indexOf(lineWith(lines, "三期码头的新吊机")) < items.indexOf(lineWith(lines, "（c·6）")),
                "the picture and its caption are read between the paragraphs around them");
    }

    /**
     * A table in a column breaks between rows as a paragraph between lines: never after its
     * header, nor before its last row, nor after a label set on a line of its own.
     */
    @Test
    void aTableInAColumnKeepsItsHeaderWithTheFirstRowAndItsLastRowWithTheOneBefore() {
        Block.Table table = new Block.Table(List.of(row("区", "户数"), row("北岸", "312"), row("沙洲", "87"),
                row("南岸", "45"), row("江心洲", "9")), 1, SPAN);
        Grid grid = Grid.of(issue(List.of()).edition());
        ArticleShaper shaper = new ArticleShaper(grid, new paiban.text.Composer(paiban.font.FontLibrary.load(Path.of("fonts"))),
                new Diagnostics());
        List<FlowItem> flow = shaper.body(story("k", List.of(table)), grid.columnWidth());
        assertEquals(List.of("户数", "312", "87", "45", "9"), flow.stream()
                .map(f -> ((FlowItem.Line) f).line().text().replaceAll("[^0-9户数]", "")).toList(), "one line per row");
        assertEquals(List.of(false, true, true, false, true), flow.stream().map(FlowItem::breakAfter).toList());
    }

    /** Found writing the column rule: a table of one column (labels, no figures) failed to lay out. */
    @Test
    void aTableOfOneColumnPrintsItsCellsInOrder() {
        Block.Table list = new Block.Table(List.of(row("开放时间"), row("每日八时至二十时"), row("周一闭馆")), 1, SPAN);
        Diagnostics diags = new Diagnostics();
        Article a = storyWith("u", 3, list, 3);
        PageLayout page = layout.layout(issue(List.of(List.of(a))), diags).get(0);
        assertFalse(diags.hasErrors(), () -> diags.all().toString());
        List<PageItem.TextLine> lines = articleLines(page, "u");
        assertTrue(indexOf(lines, "（u·2）") < indexOf(lines, "开放时间") && indexOf(lines, "开放时间") < indexOf(lines, "每日八时至二十时")
                && indexOf(lines, "每日八时至二十时") < indexOf(lines, "周一闭馆") && indexOf(lines, "周一闭馆") < indexOf(lines, "（u·3）"));
    }

    /** The page {@code a} is laid out on, as its lead, beside a six-paragraph story; without errors. */
    private PageLayout besideAStory(Article a) {
        Diagnostics diags = new Diagnostics();
        PageLayout page = layout.layout(issue(List.of(List.of(a, IssueLayoutTest.story("b", 2, 6, ArticleKind.STORY)))),
                diags).get(0);
        assertFalse(diags.hasErrors(), () -> diags.all().toString());
        return page;
    }

    private static PageItem.Image firstImage(List<PageItem> items) {
        return items.stream().filter(i -> i instanceof PageItem.Image).map(i -> (PageItem.Image) i).findFirst().orElseThrow();
    }
}
