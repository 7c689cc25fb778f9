package paiban.layout;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import paiban.cli.IssueBuilder;
import paiban.font.FontLibrary;
import paiban.model.Article;
import paiban.model.ArticleKind;
import paiban.model.Block;
import paiban.model.Inline;
import paiban.model.Issue;
import paiban.model.Page;
import paiban.model.Writing;
import paiban.text.ComposedLine;
import paiban.text.LineChecks;
import paiban.text.PlacedGlyph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The vertical fixtures (issue 12) laid out as `paiban build` lays them out, read as an editor of a
 * vertical paper reads the pages: lines top to bottom within their band, right to left, each
 * article's text in reading order, modules apart and inside the type area, kinsoku kept.
 */
class VerticalPageTest {
    private static final FontLibrary FONTS = FontLibrary.load(Path.of("fonts"));
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final Map<String, IssueBuilder.Result> BUILT = new ConcurrentHashMap<>();
    /** jlreq's strict level adds small kana and the long vowel mark to the marks no line starts with. */
    private static final String NOT_AT_START = LineChecks.NOT_AT_START + "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー";

    private static IssueBuilder.Result laidOut(String id) {
        return BUILT.computeIfAbsent(id, k -> {
            IssueBuilder.Result r = new IssueBuilder(FONTS).check(FIXTURES.resolve(k));
            assertTrue(r.ok(), () -> k + ": " + r.diagnostics());
            return r;
        });
    }

    /** One laid-out vertical page with the grid it was laid out on. */
    private record VerticalPage(Page page, PageLayout layout, VerticalGrid grid) {
        String where() {
            return "page " + page.number();
        }
    }

    private static List<VerticalPage> pages(String id) {
        IssueBuilder.Result r = laidOut(id);
        Issue issue = r.issue();
        List<VerticalPage> out = new ArrayList<>();
        for (int i = 0; i < issue.pages().size(); i++) {
            Page page = issue.pages().get(i);
            assertEquals(Writing.VERTICAL, page.writing(), id + " page " + page.number());
            out.add(new VerticalPage(page, r.pages().get(i),
                    VerticalGrid.of(Grid.of(issue.edition()), page.bands(), page.number() == 1)));
        }
        return out;
    }

    /** Each article's items in reading order, from its ArticleStart to the next. */
    private static Map<String, List<PageItem>> articles(PageLayout layout) {
        Map<String, List<PageItem>> out = new LinkedHashMap<>();
        List<PageItem> current = null;
        for (PageItem item : layout.items()) {
            if (item instanceof PageItem.ArticleStart s) out.put(s.articleId(), current = new ArrayList<>());
            else if (current != null) current.add(item);
        }
        return out;
    }

    private static List<PageItem.VerticalLine> lines(List<PageItem> items) {
        return items.stream().filter(i -> i instanceof PageItem.VerticalLine).map(i -> (PageItem.VerticalLine) i).toList();
    }

    /** Lines at the body size: body text, bylines and captions (headlines are larger). */
    private static boolean bodySize(PageItem.VerticalLine line, VerticalGrid grid) {
        return !line.line().glyphs().isEmpty()
                && line.line().glyphs().stream().allMatch(g -> Math.abs(g.size() - grid.bodySize()) < 0.01);
    }

    /** The band a body-size line stands in, -1 when it starts in none or crosses a band's foot. */
    private static int band(PageItem.VerticalLine line, VerticalGrid grid) {
        for (int b = 0; b < grid.bands(); b++) {
            double top = grid.bandTop(b), foot = top + grid.bandHeight();
            if (line.top() >= top - 0.01 && line.top() < foot) {
                return line.top() + line.line().width() <= foot + 0.01 ? b : -1;
            }
        }
        return -1;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja-vertical-2026-12-12", "zhhant-vertical-2026-12-13"})
    void bodyLinesRunTopToBottomWithinOneBand(String id) {
        int checked = 0;
        for (VerticalPage p : pages(id)) {
            for (var article : articles(p.layout()).entrySet()) {
                for (PageItem.VerticalLine line : lines(article.getValue())) {
                    if (!bodySize(line, p.grid())) continue;
                    assertTrue(band(line, p.grid()) >= 0, p.where() + ", " + article.getKey() + ": «" + line.line().text()
                            + "» at top " + line.top() + " is not within one band");
                    double x = Double.NEGATIVE_INFINITY;
                    for (PlacedGlyph g : line.line().glyphs()) {
                        assertTrue(g.x() >= x - 1e-9, "glyphs go down the line: «" + line.line().text() + "»");
                        x = g.x();
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked > 200, "body lines checked: " + checked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja-vertical-2026-12-12", "zhhant-vertical-2026-12-13"})
    void anArticlesLinesInABandFollowEachOtherRightToLeftAPitchApart(String id) {
        for (VerticalPage p : pages(id)) {
            for (var article : articles(p.layout()).entrySet()) {
                Map<Integer, Double> lastX = new LinkedHashMap<>();
                for (PageItem.VerticalLine line : lines(article.getValue())) {
                    if (!bodySize(line, p.grid())) continue;
                    int band = band(line, p.grid());
                    Double before = lastX.put(band, line.x());
                    if (before == null) continue;
                    assertTrue(before - line.x() >= p.grid().pitch() - 0.01, p.where() + ", " + article.getKey()
                            + ": «" + line.line().text() + "» is not left of the line before it in band " + band);
                }
                assertFalse(lastX.isEmpty(), article.getKey() + " has body lines");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja-vertical-2026-12-12", "zhhant-vertical-2026-12-13"})
    void everyArticleReadsInOrder(String id) {
        for (VerticalPage p : pages(id)) {
            Map<String, List<PageItem>> laid = articles(p.layout());
            assertEquals(p.page().articles().stream().map(Article::id).toList(), List.copyOf(laid.keySet()),
                    "articles in reading order on " + p.where());
            for (Article a : p.page().articles()) {
                StringBuilder read = new StringBuilder();
                for (PageItem.VerticalLine line : lines(laid.get(a.id()))) read.append(line.line().text());
                String text = strip(read.toString());
                String where = p.where() + ", " + a.id() + " reads «" + text + "»";
                assertTrue(text.startsWith(strip(a.kicker() + a.titleText() + a.subtitle())), where + ": headline first");
                assertTrue(text.endsWith(strip(a.dateline() + bodyText(a.body()))), where + ": its body last, whole and in order");
                if (a.picture() != null) assertTrue(text.contains(strip(a.picture().caption())), where + ": its caption");
            }
        }
    }

    private static String strip(String s) {
        return s.replaceAll("\\s", "");
    }

    private static String bodyText(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph para) para.inlines().forEach(in -> sb.append(in.text()));
            else if (b instanceof Block.Heading h) h.inlines().stream().map(Inline::text).forEach(sb::append);
            else if (b instanceof Block.Quote q) sb.append(bodyText(q.blocks()));
            else fail("the vertical fixtures hold paragraphs, subheads and quotes only: " + b);
        }
        return sb.toString();
    }

    /** A rectangle on the page, in pt. */
    record Box(double left, double top, double right, double bottom) {
        boolean overlaps(Box o) {
            return left < o.right - 0.01 && o.left < right - 0.01 && top < o.bottom - 0.01 && o.top < bottom - 0.01;
        }

        Box union(Box o) {
            return o == null ? this : new Box(Math.min(left, o.left), Math.min(top, o.top), Math.max(right, o.right),
                    Math.max(bottom, o.bottom));
        }
    }

    /** An image's box, or a vertical line's: its axis ± half its em across, its glyphs' em boxes down. */
    static Box box(PageItem item) {
        if (item instanceof PageItem.VerticalLine l) {
            // a centred headline line starts down its measure; an opening bracket squeezed at a
            // line's start has its blank half (at most half an em) before the top
            List<PlacedGlyph> glyphs = l.line().glyphs();
            double half = glyphs.stream().mapToDouble(PlacedGlyph::size).max().orElse(0) / 2;
            double min = glyphs.stream().mapToDouble(PlacedGlyph::x).min().orElse(0);
            double first = min >= -half - 0.01 ? Math.max(0, min) : min;
            double end = glyphs.stream().mapToDouble(g -> g.x() + g.width()).max().orElse(0);
            return new Box(l.x() - half, l.top() + first, l.x() + half, l.top() + end);
        }
        if (item instanceof PageItem.Image i) return new Box(i.x(), i.y(), i.x() + i.width(), i.y() + i.height());
        return null;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja-vertical-2026-12-12", "zhhant-vertical-2026-12-13"})
    void modulesStayApartAndInsideTheTypeArea(String id) {
        for (VerticalPage p : pages(id)) {
            VerticalGrid g = p.grid();
            Box area = new Box(g.areaLeft(), g.areaTop(), g.lineRight(0), g.areaBottom());
            Map<String, Box> boxes = new LinkedHashMap<>();
            // the 題字: what page 1 draws before its first article
            Box masthead = null;
            for (PageItem item : p.layout().items()) {
                if (item instanceof PageItem.ArticleStart) break;
                if (p.page().number() == 1 && box(item) != null) masthead = box(item).union(masthead);
            }
            if (p.page().number() == 1) boxes.put("the masthead", masthead);
            for (var article : articles(p.layout()).entrySet()) {
                Box all = null;
                for (PageItem item : article.getValue()) {
                    Box b = box(item);
                    if (b != null) all = b.union(all);
                }
                assertNotNull(all, article.getKey());
                Box a = all;
                assertTrue(a.left() >= area.left() - 0.01 && a.right() <= area.right() + 0.01
                        && a.top() >= area.top() - 0.01 && a.bottom() <= area.bottom() + 0.01,
                        p.where() + ", " + article.getKey() + " " + a + " leaves the type area " + area);
                boxes.forEach((other, b) -> assertFalse(b.overlaps(a), p.where() + ": " + article.getKey() + " " + a
                        + " overlaps " + other + " " + b));
                boxes.put(article.getKey(), a);
            }
            for (ModulePlacement m : p.layout().modules()) {
                assertTrue(m.column() >= 0 && m.column() + m.columns() <= g.bands() && m.row() >= 0
                        && m.row() + m.rows() <= g.lines(), p.where() + ": " + m + " is off the grid");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja-vertical-2026-12-12", "zhhant-vertical-2026-12-13"})
    void noLineStartsWithAClosingMarkOrEndsWithAnOpeningOne(String id) {
        int checked = 0;
        for (VerticalPage p : pages(id)) {
            for (var article : articles(p.layout()).entrySet()) {
                boolean paragraphStart = true;
                for (PageItem.VerticalLine line : lines(article.getValue())) {
                    ComposedLine l = line.line();
                    String text = l.text().strip();
                    String where = p.where() + ", " + article.getKey() + ": «" + text + "»";
                    if (!paragraphStart && !text.isEmpty() && !text.startsWith("——")) {
                        assertTrue(NOT_AT_START.indexOf(text.codePointAt(0)) < 0, where + " starts with a prohibited mark");
                        checked++;
                    }
                    if (!l.last() && !text.isEmpty()) {
                        assertTrue(LineChecks.NOT_AT_END.indexOf(text.codePointBefore(text.length())) < 0,
                                where + " ends with an opening mark");
                    }
                    paragraphStart = l.last();
                }
            }
        }
        assertTrue(checked > 100, "line starts checked: " + checked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja-vertical-2026-12-12", "zhhant-vertical-2026-12-13"})
    void theFrontPageHasItsMastheadAtTheTopRightAndTheOthersAFolio(String id) {
        IssueBuilder.Result r = laidOut(id);
        String paper = r.issue().edition().paper();
        for (VerticalPage p : pages(id)) {
            VerticalGrid g = p.grid();
            List<PageItem> items = p.layout().items();
            if (p.page().number() == 1) {
                PageItem.VerticalLine name = (PageItem.VerticalLine) items.get(0);
                assertEquals(paper, name.line().text());
                assertEquals(PageItem.Ink.RED, name.ink());
                assertTrue(name.x() > g.areaLeft() + (g.lineRight(0) - g.areaLeft()) * 0.8, "the name at the right: " + name.x());
                assertTrue(name.top() < g.areaTop() + (g.areaBottom() - g.areaTop()) / 4, "the name at the top: " + name.top());
            } else {
                PageItem.TextLine folio = (PageItem.TextLine) items.get(0);
                assertTrue(folio.baseline() < g.areaTop(), "the folio over the bands");
                assertTrue(items.stream().anyMatch(i -> i instanceof PageItem.TextLine t && t.line().text().equals(paper)),
                        "the folio names the paper");
            }
        }
    }

    @Test
    void aBriefStandsInOneBandAndCopyThatCannotFitIsAnErrorNamingTheArticle(@TempDir Path tmp)
            throws IOException {
        for (ModulePlacement m : laidOut("ja-vertical-2026-12-12").pages().get(0).modules()) {
            Article a = laidOut("ja-vertical-2026-12-12").issue().pages().get(0).articles().stream()
                    .filter(x -> x.id().equals(m.articleId())).findFirst().orElseThrow();
            if (a.kind() == ArticleKind.BRIEF) assertEquals(1, m.columns(), a.id() + " takes one band");
        }
        Path issue = tmp.resolve("ja-vertical-2026-12-12");
        copy(FIXTURES.resolve("ja-vertical-2026-12-12"), issue);
        Path brief = issue.resolve("01/70-blood.md");
        String text = Files.readString(brief);
        String body = text.substring(text.lastIndexOf("---\n") + 4).strip();
        Files.writeString(brief, text + ("\n\n" + body).repeat(30));
        IssueBuilder.Result r = new IssueBuilder(FONTS).check(issue);
        assertFalse(r.ok());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.span().toString().contains("70-blood.md")
                        && d.message().matches("article 'JR汐見駅前で献血' does not fit: \\d+ characters \\(\\d+ lines\\) did not fit on page 1.*")),
                () -> r.diagnostics().toString());
    }

    @Test
    void aStoryOnAHorizontalPageDoesNotJumpToAVerticalOne(@TempDir Path tmp) throws IOException {
        Path issue = tmp.resolve("zhhant-vertical-2026-12-13");
        copy(FIXTURES.resolve("zhhant-vertical-2026-12-13"), issue);
        Files.writeString(issue.resolve("01/page.yaml"), "writing: horizontal\n", StandardOpenOption.APPEND);
        Path lead = issue.resolve("01/10-tea.md");
        String text = Files.readString(lead);
        String body = text.substring(text.lastIndexOf("---\n") + 4).strip();
        Files.writeString(lead, text + ("\n\n" + body).repeat(12));
        IssueBuilder.Result r = new IssueBuilder(FONTS).check(issue);
        assertFalse(r.ok());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.span().toString().contains("10-tea.md")
                        && d.message().contains("did not fit on page 1, the last page set horizontally")),
                () -> r.diagnostics().toString());
    }

    @Test
    void aFrontPageOfLittleCopyStillPlansItsLeadBesideATallerMasthead(@TempDir Path tmp) throws IOException {
        Path issue = tmp.resolve("ja-vertical-2026-12-12");
        copy(FIXTURES.resolve("ja-vertical-2026-12-12"), issue);
        // the lead and two briefs left on the front page: the briefs take a band each, the lead all the others
        Files.createDirectories(issue.resolve("02"));
        for (String story : List.of("20-sake.md", "30-fireworks.md", "40-japanese-class.md", "70-blood.md")) {
            Files.move(issue.resolve("01/" + story), issue.resolve("02/" + story));
        }
        IssueBuilder.Result r = new IssueBuilder(FONTS).check(issue);
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        List<ModulePlacement> front = r.pages().get(0).modules();
        assertEquals(List.of("01/10-bus", "01/50-library", "01/60-illumination"),
                front.stream().map(ModulePlacement::articleId).toList());
        assertEquals(10 - 2, front.get(0).columns(), "the lead in all bands but the briefs'");
    }

    @Test
    void aLoneLeadOnTheFrontPageAndAPageOfBriefsAreLaidOut(@TempDir Path tmp) throws IOException {
        Path issue = tmp.resolve("ja-vertical-2026-12-12");
        copy(FIXTURES.resolve("ja-vertical-2026-12-12"), issue);
        Files.createDirectories(issue.resolve("02"));
        for (String moved : List.of("20-sake.md", "30-fireworks.md", "40-japanese-class.md")) Files.delete(issue.resolve("01/" + moved));
        for (String brief : List.of("50-library.md", "60-illumination.md", "70-blood.md")) {
            Files.move(issue.resolve("01/" + brief), issue.resolve("02/" + brief));
        }
        IssueBuilder.Result r = new IssueBuilder(FONTS).check(issue);
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        assertEquals(10, r.pages().get(0).modules().get(0).columns(), "the lead beside a 題字 as tall as the page");
        List<ModulePlacement> briefs = r.pages().get(1).modules();
        assertEquals(10, briefs.stream().mapToInt(ModulePlacement::columns).sum(), "the briefs fill the bands between them");
    }

    static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
    }
}
