package paiban.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.diag.Diagnostic;
import paiban.model.Block;
import paiban.model.Inline;
import paiban.model.Inline.Style;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Markdown bodies → blocks and inlines; dropped HTML and links; deep nesting. */
class BodyTest {
    @TempDir
    Path tmp;

    private Fixture fixture(String body) {
        return Fixture.withEdition(tmp).article("01/10-a.md", "title: 测试稿", body)
                .article("01/20-b.md", "title: 另一篇", "内容。\n");
    }

    private List<Block> body(String body) {
        return fixture(body).read().pages().get(0).articles().get(0).body();
    }

    private static List<Inline> inlines(Block b) {
        return assertInstanceOf(Block.Paragraph.class, b).inlines();
    }

    @Test
    void softBreaksJoinCjkAndSpaceLatin() {
        List<Block> b = body("""
                新能源公交车
                今天起投入运营，
                共计 120
                辆。首批车辆由
                Yangtze Motors
                制造，型号为
                E-Bus 9。
                """);
        assertEquals(List.of(Inline.plain("新能源公交车今天起投入运营，共计 120 辆。首批车辆由 Yangtze Motors 制造，型号为 E-Bus 9。")),
                inlines(b.get(0)));
    }

    @Test
    void quotesJoinCjkWithoutSpace() {
        assertEquals(List.of(Inline.plain("市民表示\n“非常方便”".replace("\n", ""))), inlines(body("市民表示\n“非常方便”\n").get(0)));
        assertEquals(List.of(Inline.plain("He said “yes”")), inlines(body("He said\n“yes”\n").get(0)));
    }

    @Test
    void hardBreaksAreJoinedLikeSoftOnes() {
        assertEquals(List.of(Inline.plain("第一行第二行 and more")), inlines(body("第一行\\\n第二行\\\nand more\n").get(0)));
    }

    @Test
    void ideographicIndentIsDropped() {
        assertEquals(List.of(Inline.plain("本报讯 昨日")), inlines(body("\u3000\u3000本报讯 昨日\n").get(0)));
    }

    @Test
    void inlineStyles() {
        assertEquals(List.of(
                Inline.plain("市政府"),
                new Inline("决定", Style.EMPHASIS, ""),
                new Inline("扩建", Style.STRONG, ""),
                Inline.plain("，东湖"),
                new Inline("bus_9", Style.CODE, ""),
                Inline.plain("站。")), inlines(body("市政府*决定*__扩建__，东湖`bus_9`站。\n").get(0)));
    }

    @Test
    void strongInsideEmphasisIsStrong() {
        assertEquals(List.of(new Inline("重要", Style.EMPHASIS, ""), new Inline("通知", Style.STRONG, "")),
                inlines(body("*重要**通知***\n").get(0)));
    }

    @Test
    void boldAroundQuotesBeforeCjkIsLeftAsTextWithAWarning() {
        Fixture f = fixture("市政府**“扩建”**东湖公园。\n");
        assertEquals(List.of(Inline.plain("市政府**“扩建”**东湖公园。")),
                inlines(f.read().pages().get(0).articles().get(0).body().get(0)));
        Diagnostic d = Fixture.only(f.diags.warnings(), "'**' is left as text");
        assertEquals(4, d.span().line());
    }

    @Test
    void escapesAndEntities() {
        assertEquals(List.of(Inline.plain("价格*不变* & 免费")), inlines(body("价格\\*不变\\* &amp; 免费\n").get(0)));
    }

    @Test
    void headingsListsQuotesTables() {
        List<Block> b = body("""
                ## 线路调整

                1. 六路改线
                2. 九路延长
                   - 新增两站

                > 换乘更方便了。

                | 线路 | 首班 |
                |------|------|
                | 六路 | 6:00 |
                | 九路 |
                """);
        Block.Heading h = assertInstanceOf(Block.Heading.class, b.get(0));
        assertEquals(List.of(Inline.plain("线路调整")), h.inlines());
        assertEquals(2, h.level());

        Block.ListBlock list = assertInstanceOf(Block.ListBlock.class, b.get(1));
        assertTrue(list.ordered());
        assertEquals(2, list.items().size());
        assertEquals(List.of(Inline.plain("六路改线")), inlines(list.items().get(0).get(0)));
        Block.ListBlock inner = assertInstanceOf(Block.ListBlock.class, list.items().get(1).get(1));
        assertFalse(inner.ordered());
        assertEquals(List.of(Inline.plain("新增两站")), inlines(inner.items().get(0).get(0)));

        Block.Quote q = assertInstanceOf(Block.Quote.class, b.get(2));
        assertEquals(List.of(Inline.plain("换乘更方便了。")), inlines(q.blocks().get(0)));
        assertEquals(10, q.span().line());

        Block.Table t = assertInstanceOf(Block.Table.class, b.get(3));
        assertEquals(1, t.headerRows());
        assertEquals(List.of(
                List.of(List.of(Inline.plain("线路")), List.of(Inline.plain("首班"))),
                List.of(List.of(Inline.plain("六路")), List.of(Inline.plain("6:00"))),
                List.of(List.of(Inline.plain("九路")), List.of())), t.rows());
    }

    @Test
    void levelOneHeadingBecomesASubheadWithAWarning() {
        Fixture f = fixture("# 大标题\n\n正文。\n");
        Block.Heading h = (Block.Heading) f.read().pages().get(0).articles().get(0).body().get(0);
        assertEquals(2, h.level());
        assertEquals(4, Fixture.only(f.diags.warnings(), "'#' heading").span().line());
    }

    @Test
    void rawHtmlBlockIsDroppedWithAWarning() {
        Fixture f = fixture("开头。\n\n<div class=\"ad\">\n广告\n</div>\n\n结尾。\n");
        List<Block> b = f.read().pages().get(0).articles().get(0).body();
        assertEquals(2, b.size());
        Diagnostic d = Fixture.only(f.diags.all(), "raw HTML is dropped");
        assertFalse(d.isError());
        assertEquals("2026-11-26/01/10-a.md:6", d.span().display() + ":" + d.span().line());
    }

    @Test
    void scriptBlockIsDroppedWithAWarning() {
        Fixture f = fixture("<script>\nalert('x')\n</script>\n\n正文。\n");
        List<Block> b = f.read().pages().get(0).articles().get(0).body();
        assertEquals(List.of(Inline.plain("正文。")), inlines(b.get(0)));
        assertEquals(1, b.size());
        Diagnostic d = Fixture.only(f.diags.warnings(), "<script> is dropped");
        assertEquals(4, d.span().line());
    }

    @Test
    void inlineHtmlAndInlineScriptAreDropped() {
        Fixture f = fixture("天气<b>晴</b>，<script>steal()</script>气温回升。\n");
        List<Block> b = f.read().pages().get(0).articles().get(0).body();
        assertEquals(List.of(Inline.plain("天气晴，气温回升。")), inlines(b.get(0)));
        assertEquals(1, f.diags.warnings().size(), "one warning per line: " + f.diags.warnings());
    }

    @Test
    void aBodyOfHtmlTagsIsRefusedBeforeParsing() {
        Diagnostic d = fixture("<b>粗</b>".repeat(20_000) + "\n").error("HTML tags", "2026-11-26/01/10-a.md:1");
        assertEquals("the text holds 40000 HTML tags; articles are Markdown, not HTML", d.message());
    }

    @Test
    void htmlCommentIsDroppedSilently() {
        Fixture f = fixture("<!-- 编辑备注：待核实 -->\n\n正文<!-- 又一条 -->。\n");
        assertEquals(List.of(Inline.plain("正文。")), inlines(f.read().pages().get(0).articles().get(0).body().get(0)));
        assertEquals(List.of(), f.diags.all());
    }

    @Test
    void javascriptLinkKeepsTextDropsLink() {
        Fixture f = fixture("点击[这里](javascript:alert(1))领取。\n");
        List<Block> b = f.read().pages().get(0).articles().get(0).body();
        assertEquals(List.of(Inline.plain("点击这里领取。")), inlines(b.get(0)));
        Diagnostic d = Fixture.only(f.diags.warnings(), "javascript: links are not allowed");
        assertEquals(4, d.span().line());
    }

    @Test
    void otherUnsafeSchemesAreDropped() {
        Fixture f = fixture("[甲](data:text/html,x) [乙](FILE:///etc/passwd) [丙](vbscript:x) [丁](JavaScript:void(0)) [戊](javascript&#58;x) <javascript:y>\n");
        assertEquals(List.of(Inline.plain("甲 乙 丙 丁 戊 javascript:y")),
                inlines(f.read().pages().get(0).articles().get(0).body().get(0)));
        assertEquals(6, f.diags.warnings().size(), f.diags.warnings().toString());
        assertTrue(f.diags.warnings().stream().allMatch(d -> d.message().contains("links are not allowed")));
    }

    @Test
    void autolinkIsKept() {
        assertEquals(List.of(new Inline("https://example.org/jc", Style.PLAIN, "https://example.org/jc")),
                inlines(body("<https://example.org/jc>\n").get(0)));
    }

    @Test
    void referenceLinkToArticle() {
        assertEquals(List.of(new Inline("另一篇", Style.PLAIN, "01/20-b")),
                inlines(body("[另一篇][b]\n\n[b]: 20-b.md\n").get(0)));
    }

    @Test
    void linkToMissingArticleIsAnError() {
        Diagnostic d = fixture("详见[第三版](../03/20-bus.md)。\n").error("names no article", "2026-11-26/01/10-a.md:4");
        assertTrue(d.message().contains("2026-11-26/03/20-bus.md"), d.message());
    }

    @Test
    void misspeltArticleLinkSuggestsTheFile() {
        Diagnostic d = fixture("详见[另一篇](20-bb.md)。\n").error("names no article", "2026-11-26/01/10-a.md:4");
        assertTrue(d.message().endsWith("did you mean '20-b.md'?"), d.message());
    }

    @Test
    void deepNestingDoesNotOverflow() {
        String quotes = "> ".repeat(500) + "深处的一句话。\n\n";
        StringBuilder lists = new StringBuilder();
        for (int i = 0; i < 500; i++) lists.append("  ".repeat(i)).append("- 第").append(i + 1).append("层\n");
        Fixture f = fixture(quotes + lists);
        List<Block> b = f.read().pages().get(0).articles().get(0).body();
        assertEquals(MarkdownBody.MAX_DEPTH, depth(b.get(0)));
        assertEquals(MarkdownBody.MAX_DEPTH, depth(b.get(1)));
        assertTrue(f.diags.warnings().stream().anyMatch(d -> d.message().contains("flattened")));
        assertFalse(f.diags.hasErrors());
    }

    @Test
    void deepListsOnOneLine() {
        Fixture f = fixture("- ".repeat(500) + "底层\n");
        List<Block> b = f.read().pages().get(0).articles().get(0).body();
        assertEquals(MarkdownBody.MAX_DEPTH, depth(b.get(0)));
    }

    @Test
    void codeBlocks() {
        Fixture f = fixture("```\nbus 6\n\nbus 9\n```\n\n    缩进的段落\n    第二行\n");
        List<Block> b = f.read().pages().get(0).articles().get(0).body();
        assertEquals(List.of(new Inline("bus 6", Style.CODE, "")), inlines(b.get(0)));
        assertEquals(List.of(new Inline("bus 9", Style.CODE, "")), inlines(b.get(1)));
        assertEquals(List.of(Inline.plain("缩进的段落第二行")), inlines(b.get(2)));
        assertEquals(10, Fixture.only(f.diags.warnings(), "indented by 4 spaces").span().line());
    }

    @Test
    void thematicBreakIsIgnoredWithAWarning() {
        Fixture f = fixture("上文。\n\n***\n\n下文。\n");
        assertEquals(2, f.read().pages().get(0).articles().get(0).body().size());
        assertEquals(6, Fixture.only(f.diags.warnings(), "thematic break").span().line());
    }

    @Test
    void linksThatPointNowhereInPrintAreDropped() {
        Fixture f = fixture("[上文](#top)、[附件](plan.pdf)、[邮件](mailto:news@example.org)\n");
        assertEquals(List.of(Inline.plain("上文、附件、邮件")), inlines(f.read().pages().get(0).articles().get(0).body().get(0)));
        assertEquals(3, f.diags.warnings().size(), f.diags.warnings().toString());
        assertFalse(f.diags.hasErrors());
    }

    @Test
    void linkLeavingTheIssueIsAnError() {
        fixture("[旧闻](../../2026-11-25/01/10-a.md)\n").error("names no article", "2026-11-26/01/10-a.md:4");
    }

    @Test
    void nestingTooDeepForTheStackIsAnErrorNamingTheFile() throws Exception {
        Fixture f = fixture("> ".repeat(MarkdownBody.MAX_PARSE_DEPTH - 100) + "底\n");
        List<Diagnostic> errors = new java.util.ArrayList<>();
        // a small stack makes the overflow certain whatever the JVM's default
        Thread t = new Thread(null, () -> errors.addAll(f.errors()), "small-stack", 144 * 1024);
        t.start();
        t.join();
        Diagnostic d = Fixture.only(errors, "nested too deeply");
        assertEquals("2026-11-26/01/10-a.md:1", d.span().display() + ":" + d.span().line());
    }

    /** How many quotes or lists lie inside each other, following the last block of each. */
    private static int depth(Block b) {
        int d = 0;
        while (true) {
            List<Block> inner;
            if (b instanceof Block.Quote q) inner = q.blocks();
            else if (b instanceof Block.ListBlock l) inner = l.items().get(0);
            else return d;
            d++;
            b = inner.get(inner.size() - 1);
        }
    }
}
