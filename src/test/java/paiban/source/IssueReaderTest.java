package paiban.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.diag.Diagnostic;
import paiban.model.Article;
import paiban.model.ArticleKind;
import paiban.model.Block;
import paiban.model.Edition;
import paiban.model.Inline;
import paiban.model.Inline.Style;
import paiban.model.Issue;
import paiban.model.Page;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IssueReaderTest {
    @TempDir
    Path tmp;

    private Fixture typicalIssue() {
        return Fixture.withEdition(tmp)
                .file("01/page.yaml", "section: 要闻\neditor: 林小舟\n")
                .article("01/10-bridge.md", """
                        kicker: 历时三年建设
                        title: [江城第二长江大桥, 今日正式通车]
                        subtitle: 过江时间由四十分钟缩短至八分钟
                        byline: 本报记者 周明远
                        dateline: 本报讯
                        priority: 2
                        image: ../images/bridge.jpg
                        caption: 昨日，首批车辆驶过大桥。
                        credit: 陈雨 摄""", """

                        二十六日上午九时，第二长江大桥
                        正式通车。市民Li Wei
                        说：“以后上班方便多了。”

                        ## 交通组织

                        详见[公交调整](../02/20-bus.md)与[上期报道](https://example.org/a?id=3)。
                        """)
                .article("01/20-weather.md", "title: 寒潮来袭\nkind: brief\npriority: 1", "明日最低气温零下二度。\n")
                .article("01/30-market.md", "title: 年货市场开张", "本周末开市。\n")
                .article("01/05-teaser.md", "title: 导读\nkind: teaser", "- [公交线路调整](../02/20-bus.md)\n")
                .article("02/20-bus.md", "title: 三条公交线路调整", "自下月起，**六路**改走新桥。\n")
                .jpeg("images/bridge.jpg", 120, 80);
    }

    @Test
    void readsEditionPagesAndArticlesInPriorityOrder() {
        Issue issue = typicalIssue().read();
        assertEquals("2026-11-26", issue.id());
        Edition e = issue.edition();
        assertEquals("江城晚报", e.paper());
        assertEquals("江城晚报", e.publisher());
        assertEquals(LocalDate.of(2026, 11, 26), e.date());
        assertEquals(7301, e.number());
        assertEquals("zh-Hans", e.language());
        assertEquals("A3", e.format().name());
        assertEquals(297, e.format().widthMm());
        assertEquals(6, e.columns());
        assertEquals(3.0, e.bleedMm());

        assertEquals(List.of("01", "02"), issue.pages().stream().map(Page::folder).toList());
        Page p1 = issue.pages().get(0);
        assertEquals(1, p1.number());
        assertEquals("要闻", p1.section());
        assertEquals("林小舟", p1.editor());
        // explicit 1 and 2 first, then the rest in file order with 3, 4
        assertEquals(List.of("01/20-weather", "01/10-bridge", "01/05-teaser", "01/30-market"),
                p1.articles().stream().map(Article::id).toList());
        assertEquals(List.of(1, 2, 3, 4), p1.articles().stream().map(Article::priority).toList());
        assertEquals("", issue.pages().get(1).section());
        assertEquals(2, issue.pages().get(1).number());
    }

    @Test
    void readsHeadlineFieldsAndPicture() {
        Fixture fixture = typicalIssue();
        Issue issue = fixture.read();
        Article a = issue.pages().get(0).articles().get(1);
        assertEquals(List.of("江城第二长江大桥", "今日正式通车"), a.title());
        assertEquals("历时三年建设", a.kicker());
        assertEquals("过江时间由四十分钟缩短至八分钟", a.subtitle());
        assertEquals("本报记者 周明远", a.byline());
        assertEquals("本报讯", a.dateline());
        assertEquals(ArticleKind.STORY, a.kind());
        assertEquals(0, a.columns());
        assertEquals("2026-11-26/01/10-bridge.md", a.span().display());
        assertEquals(120, a.picture().widthPx());
        assertEquals(80, a.picture().heightPx());
        // no stand-in from the caption: a reader would hear it twice; the build warns instead
        assertEquals("", a.picture().alt());
        Diagnostic noAlt = Fixture.only(fixture.diags.warnings(), "has no 'alt'");
        assertEquals(8, noAlt.span().line(), "at the image key");
        assertTrue(noAlt.message().contains("01/10-bridge"), noAlt.message());
        assertEquals("陈雨 摄", a.picture().credit());
        assertEquals(8, a.picture().span().line(), "line of the image key");
        assertTrue(a.picture().file().endsWith(Path.of("images", "bridge.jpg")));

        Article brief = issue.pages().get(0).articles().get(0);
        assertEquals(ArticleKind.BRIEF, brief.kind());
        assertNull(brief.picture());
        assertEquals("", brief.kicker());
    }

    @Test
    void joinsLinesAndResolvesLinks() {
        Article a = typicalIssue().read().pages().get(0).articles().get(1);
        List<Block> body = a.body();
        assertEquals(3, body.size());
        Block.Paragraph p = assertInstanceOf(Block.Paragraph.class, body.get(0));
        // no space between 桥 and 正 (both CJK); a space between "Wei" and 说 (Latin, CJK)
        assertEquals(List.of(Inline.plain("二十六日上午九时，第二长江大桥正式通车。市民Li Wei 说：“以后上班方便多了。”")),
                p.inlines());
        assertEquals(13, p.span().line(), "body lines count the front matter");

        Block.Heading h = assertInstanceOf(Block.Heading.class, body.get(1));
        assertEquals(2, h.level());
        assertEquals(17, h.span().line());

        Block.Paragraph links = assertInstanceOf(Block.Paragraph.class, body.get(2));
        assertEquals(List.of(
                Inline.plain("详见"),
                new Inline("公交调整", Style.PLAIN, "02/20-bus"),
                Inline.plain("与"),
                new Inline("上期报道", Style.PLAIN, "https://example.org/a?id=3"),
                Inline.plain("。")), links.inlines());
    }

    @Test
    void teaserListLinksToAnotherPage() {
        Article teaser = typicalIssue().read().pages().get(0).articles().get(2);
        assertEquals(ArticleKind.TEASER, teaser.kind());
        Block.ListBlock list = assertInstanceOf(Block.ListBlock.class, teaser.body().get(0));
        assertEquals(List.of(List.of(new Block.Paragraph(List.of(new Inline("公交线路调整", Style.PLAIN, "02/20-bus")),
                list.items().get(0).get(0).span()))), list.items());
    }

    @Test
    void sameFolderLinkAndStrong() {
        Issue issue = Fixture.withEdition(tmp)
                .article("01/10-a.md", "title: 甲", "见[乙文](20-b.md)。\n")
                .article("01/20-b.md", "title: 乙", "自下月起，**六路**改走新桥。\n")
                .read();
        Block.Paragraph p = (Block.Paragraph) issue.pages().get(0).articles().get(0).body().get(0);
        assertEquals(new Inline("乙文", Style.PLAIN, "01/20-b"), p.inlines().get(1));
        Block.Paragraph q = (Block.Paragraph) issue.pages().get(0).articles().get(1).body().get(0);
        assertEquals(List.of(Inline.plain("自下月起，"), new Inline("六路", Style.STRONG, ""), Inline.plain("改走新桥。")),
                q.inlines());
    }
}
