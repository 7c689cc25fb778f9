package paiban.layout;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import paiban.diag.Diagnostics;
import paiban.diag.SourceSpan;
import paiban.font.FontLibrary;
import paiban.model.Article;
import paiban.model.ArticleKind;
import paiban.model.Block;
import paiban.model.Edition;
import paiban.model.Inline;
import paiban.model.Issue;
import paiban.model.Page;
import paiban.model.PaperFormat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** The layout stage on its own: a model built in code, laid out, its page items inspected. */
class IssueLayoutTest {
    static IssueLayout layout;

    @BeforeAll
    static void fonts() {
        layout = new IssueLayout(FontLibrary.load(Path.of("fonts")));
    }

    static final String SENTENCE = "石桥镇今年新修了三条乡村公路，全长12.6公里，沿线八个村的农产品从此可以当天运到县城，"
            + "镇长说“路通了，心里也亮堂了”。";

    static Article story(String id, int priority, int paragraphs, ArticleKind kind) {
        SourceSpan span = SourceSpan.of(Path.of(id + ".md"), id + ".md").at(1, 1);
        List<Block> body = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            body.add(new Block.Paragraph(List.of(Inline.plain("（" + id + "·" + i + "）" + SENTENCE)), span.at(5 + i, 1)));
        }
        return new Article(id, span, kind, priority, "", List.of("石桥镇新修乡村公路" + id), "", "记者 方远", "本报讯",
                null, 0, body);
    }

    static Issue issue(List<List<Article>> pages) {
        Edition e = new Edition("石桥日报", LocalDate.of(2026, 5, 4), 12, "石桥日报社", "zh-Hans",
                new PaperFormat("tabloid", 271, 390, 6), 6, 3);
        List<Page> ps = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            ps.add(new Page(i + 1, String.format("%02d", i + 1), "要闻", "", pages.get(i),
                    SourceSpan.of(Path.of("p" + i), "p" + i)));
        }
        return new Issue("2026-05-04", Path.of("."), e, ps);
    }

    static List<String> lineTexts(PageLayout page) {
        return page.items().stream().filter(i -> i instanceof PageItem.TextLine)
                .map(i -> ((PageItem.TextLine) i).line().text()).toList();
    }

    @Test
    void modulesTileTheRegionBelowTheMastheadWithoutOverlap() {
        Issue issue = issue(List.of(List.of(story("a", 1, 14, ArticleKind.STORY), story("b", 2, 8, ArticleKind.STORY),
                story("c", 3, 6, ArticleKind.STORY), story("d", 4, 3, ArticleKind.BRIEF))));
        Diagnostics diags = new Diagnostics();
        PageLayout page = layout.layout(issue, diags).get(0);
        assertFalse(diags.hasErrors(), () -> diags.all().toString());
        assertEquals(List.of("a", "b", "c", "d"), page.modules().stream().map(ModulePlacement::articleId).toList());
        int top = page.modules().stream().mapToInt(ModulePlacement::row).min().orElseThrow();
        int bottom = page.modules().stream().mapToInt(m -> m.row() + m.rows()).max().orElseThrow();
        int area = page.modules().stream().mapToInt(m -> m.rows() * m.columns()).sum();
        assertEquals(6 * (bottom - top), area, "the modules cover the region exactly");
        ModulePlacement lead = page.modules().get(0);
        assertEquals(top, lead.row(), "the lead is at the top");
        assertEquals(0, lead.column(), "the lead is at the left");
        assertTrue(lead.columns() >= 3, "the lead is at least half the page wide");
    }

    @Test
    void everyParagraphIsSetOnceAndInOrder() {
        Issue issue = issue(List.of(List.of(story("a", 1, 10, ArticleKind.STORY), story("b", 2, 7, ArticleKind.STORY))));
        PageLayout page = layout.layout(issue, new Diagnostics()).get(0);
        String all = String.join("", lineTexts(page)).replaceAll("\\s", "");
        for (String id : List.of("a", "b")) {
            int at = -1;
            for (int i = 0; i < (id.equals("a") ? 10 : 7); i++) {
                int found = all.indexOf("（" + id + "·" + i + "）");
                assertTrue(found > at, id + " paragraph " + i + " is missing or out of order");
                assertEquals(found, all.lastIndexOf("（" + id + "·" + i + "）"), "set once");
                at = found;
            }
        }
    }

    @Test
    void textThatDoesNotFitContinuesOnTheNextPage() {
        Issue issue = issue(List.of(List.of(story("long", 1, 90, ArticleKind.STORY)),
                List.of(story("next", 1, 6, ArticleKind.STORY))));
        Diagnostics diags = new Diagnostics();
        List<PageLayout> pages = layout.layout(issue, diags);
        assertFalse(diags.hasErrors(), () -> diags.all().toString());
        String first = String.join("", lineTexts(pages.get(0)));
        String second = String.join("", lineTexts(pages.get(1)));
        assertTrue(first.contains("（下转第2版）"), first);
        assertTrue(second.contains("（上接第1版）"), second);
        assertTrue(second.contains("（long·89）"), "the last paragraph is on page 2");
        assertTrue(pages.get(0).modules().get(0).overflowLines() > 0);
        assertTrue(pages.get(1).modules().stream().anyMatch(m -> m.articleId().equals("long")));
    }

    @Test
    void oversetOnTheLastPageIsAnErrorWithTheCharacterCount() {
        Issue issue = issue(List.of(List.of(story("long", 1, 200, ArticleKind.STORY))));
        Diagnostics diags = new Diagnostics();
        layout.layout(issue, diags);
        String errors = diags.errors().stream().map(d -> d.format()).collect(Collectors.joining("\n"));
        assertTrue(errors.matches("(?s)long\\.md:1:1: error: article '石桥镇新修乡村公路long' does not fit: \\d+ characters.*"),
                errors);
    }

    @Test
    void shortCopyIsWarnedAbout() {
        Issue issue = issue(List.of(List.of(story("a", 1, 4, ArticleKind.STORY))));
        Diagnostics diags = new Diagnostics();
        PageLayout page = layout.layout(issue, diags).get(0);
        assertTrue(page.fill() < 0.95);
        assertTrue(diags.warnings().stream().anyMatch(d -> d.message().contains("characters of copy short")),
                diags.all().toString());
    }

    static Article teaser(List<Block> body) {
        SourceSpan span = SourceSpan.of(Path.of("20-daodu.md"), "01/20-daodu.md").at(1, 1);
        return new Article("01/20-daodu", span, ArticleKind.TEASER, 2, "", List.of("今日导读"), "", "", "", null, 0, body);
    }

    /** Found by the fuzz test: a 导读 box taller than the page made the planner's region negative. */
    @Test
    void aTeaserTallerThanThePageIsAnErrorNamingIt() {
        SourceSpan span = SourceSpan.of(Path.of("20-daodu.md"), "01/20-daodu.md").at(5, 1);
        Article box = teaser(List.of(new Block.Paragraph(List.of(Inline.plain("春".repeat(3000))), span)));
        Diagnostics diags = new Diagnostics();
        layout.layout(issue(List.of(List.of(story("a", 1, 4, ArticleKind.STORY), box))), diags);
        assertTrue(diags.errors().stream().anyMatch(d -> d.span().display().equals("01/20-daodu.md")
                && d.message().contains("导读")), diags.all().toString());
    }

    /** Found by the fuzz test: a pointer wider than the box left its title no room at all. */
    @Test
    void aTeaserPointerWiderThanTheBoxIsSetAsAnOrdinaryItem() {
        SourceSpan span = SourceSpan.of(Path.of("20-daodu.md"), "01/20-daodu.md").at(5, 1);
        Block.Paragraph item = new Block.Paragraph(List.of(new Inline("甲文", Inline.Style.PLAIN, "01/a"),
                Inline.plain(" 详见" + "春".repeat(300))), span);
        Article box = teaser(List.of(new Block.ListBlock(false, List.of(List.of(item)), span)));
        Diagnostics diags = new Diagnostics();
        PageLayout page = layout.layout(issue(List.of(List.of(story("a", 1, 30, ArticleKind.STORY), box))), diags).get(0);
        assertTrue(String.join("", lineTexts(page)).contains("甲文"));
    }

    @Test
    void bodyLinesSitOnTheGrid() {
        Issue issue = issue(List.of(List.of(story("a", 1, 14, ArticleKind.STORY), story("b", 2, 8, ArticleKind.STORY))));
        PageLayout page = layout.layout(issue, new Diagnostics()).get(0);
        Grid grid = Grid.of(issue.edition());
        for (PageItem item : page.items()) {
            if (item instanceof PageItem.TextLine t && t.line().text().contains("·")) {
                double row = (t.baseline() - grid.baseline(0)) / grid.pitch();
                assertEquals(Math.round(row), row, 1e-6, "off the grid: " + t.line().text());
            }
        }
    }

    @Test
    void aTraditionalEditionsMastheadPrintsTheLunarDateInTraditionalCharacters() {
        Issue simplified = issue(List.of(List.of(story("a", 1, 8, ArticleKind.STORY))));
        Edition e = simplified.edition();
        Issue traditional = new Issue(simplified.id(), simplified.folder(), new Edition(e.paper(), e.date(), e.number(),
                e.publisher(), "zh-Hant-TW", e.format(), e.columns(), e.bleedMm()), simplified.pages());
        List<String> front = lineTexts(layout.layout(traditional, new Diagnostics()).get(0));
        assertTrue(front.contains("農曆丙午年三月十八"), front.toString());
        assertTrue(lineTexts(layout.layout(simplified, new Diagnostics()).get(0)).contains("农历丙午年三月十八"));
    }

    private static ModulePlacement module(PageLayout page, String id) {
        return page.modules().stream().filter(m -> m.articleId().equals(id)).findFirst().orElseThrow();
    }

    /**
     * A front page without a 导读 box sets a brief in its ear (报眼), beside the masthead,
     * where white stood; the masthead keeps to the rest of the band. A long brief stays in the
     * page's body, and so does a short one the other articles need to fill the page.
     */
    @Test
    void aFrontPageWithoutATeaserSetsABriefInItsEar() {
        Diagnostics diags = new Diagnostics();
        PageLayout page = layout.layout(issue(List.of(List.of(story("lead", 1, 14, ArticleKind.STORY),
                story("two", 2, 8, ArticleKind.STORY), story("ear", 3, 1, ArticleKind.BRIEF)))), diags).get(0);
        assertFalse(diags.hasErrors(), diags.all()::toString);
        Grid grid = Grid.of(issue(List.of(List.of())).edition());
        ModulePlacement ear = module(page, "ear");
        assertEquals(0, ear.row(), "the ear is in the masthead's band");
        assertEquals(grid.columns(), ear.column() + ear.columns(), "at the band's right");
        assertTrue(ear.columns() <= grid.columns() / 3, "the masthead keeps most of the band: " + ear);
        double bandFoot = ear.y() + ear.height();
        String article = "";
        int masthead = 0;
        for (PageItem item : page.items()) {
            if (item instanceof PageItem.ArticleStart s) article = s.articleId();
            else if (item instanceof PageItem.TextLine t && !article.equals("ear") && t.baseline() < bandFoot) {
                masthead++;
                assertTrue(t.x() + t.line().width() <= ear.x() + 0.01, "the masthead's " + t.line().text() + " runs into the ear");
            }
        }
        assertTrue(masthead >= 2, "the masthead's lines stand in the band");
        assertTrue(module(page, "lead").row() >= ear.rows(), "the lead starts under the band");

        PageLayout longer = layout.layout(issue(List.of(List.of(story("lead", 1, 14, ArticleKind.STORY),
                story("two", 2, 8, ArticleKind.STORY), story("ear", 3, 12, ArticleKind.BRIEF)))), new Diagnostics()).get(0);
        assertTrue(module(longer, "ear").row() > 0, "a long brief stays out of the ear");
    }
}
