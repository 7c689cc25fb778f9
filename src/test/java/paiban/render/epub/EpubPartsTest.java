package paiban.render.epub;

import org.junit.jupiter.api.Test;
import paiban.diag.SourceSpan;
import paiban.model.Article;
import paiban.model.ArticleKind;
import paiban.model.Block;
import paiban.model.Edition;
import paiban.model.Inline;
import paiban.model.Issue;
import paiban.model.Page;
import paiban.model.PaperFormat;
import paiban.model.Picture;
import paiban.model.Words;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EpubPartsTest {

    @Test
    void theEditionsLanguageIsWrittenAsIssueYamlGivesIt() {
        // not rewritten to zh-CN or zh-TW: the script is what sets the faces apart
        assertEquals("zh-Hans", Wording.of("zh-Hans").lang());
        assertEquals("zh-Hant", Wording.of("zh-Hant").lang());
        assertEquals("ja", Wording.of("ja").lang());
        assertEquals("目錄", Wording.of("zh-Hant").toc());
        assertEquals("目次", Wording.of("ja").toc());
    }

    @Test
    void printedWordsComeFromTheLanguageTable() {
        assertEquals("第4版 国际", Words.of("zh-Hans").page(4, " 国际 "));
        assertEquals("12面", Words.of("ja").page(12, ""));
        assertEquals("责任编辑：林编", Wording.of("zh-Hans").editor(" 林编"));
        assertEquals("担当：佐藤直樹", Wording.of("ja").editor("佐藤直樹"));
        LocalDate date = LocalDate.of(2026, 11, 26);
        assertEquals("青溪日报 2026年11月26日 星期四 第1234期", EpubWriter.folioLine(edition(date, 1234, "zh-Hans"), Words.of("zh-Hans")));
        assertEquals("青溪日报 2026年（令和8年）11月26日 木曜日 第88号", EpubWriter.folioLine(edition(date, 88, "ja"), Words.of("ja")));
        assertEquals("青溪日报 2026年11月26日 星期四", EpubWriter.folioLine(edition(date, 0, "zh-Hant"), Words.of("zh-Hant")));
    }

    @Test
    void coverDateLinesFollowTheEditionLanguage() {
        LocalDate date = LocalDate.of(2026, 11, 26);
        assertEquals("2026年11月26日 星期四", CoverPainter.dateLine(date, Words.of("zh-Hans")));
        assertEquals("2026年（令和8年）11月26日 木曜日", CoverPainter.dateLine(date, Words.of("ja")));
        assertEquals("农历丙午年十月十八\u3000第1234期", CoverPainter.detailLine(edition(date, 1234, "zh-Hans"), Words.of("zh-Hans")));
        assertEquals("農曆丙午年十月初二", CoverPainter.detailLine(edition(LocalDate.of(2026, 11, 10), 0, "zh-Hant"), Words.of("zh-Hant")));
        assertEquals("第88号", CoverPainter.detailLine(edition(date, 88, "ja"), Words.of("ja")));
    }

    private static Edition edition(LocalDate date, int number, String language) {
        return new Edition("青溪日报", date, number, "", language, new PaperFormat("四开", 260, 370, 6), 6, 0);
    }

    @Test
    void imagesAreTypedByTheirBytes() throws IOException {
        BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        assertEquals("image/jpeg", ImageData.of(encode(image, "jpg"), "a.png").mediaType().getName(), "the name lies");
        assertEquals("image/gif", ImageData.of(encode(image, "gif"), "b").mediaType().getName());
        ImageData fromBmp = ImageData.of(encode(image, "bmp"), "c.bmp");
        assertEquals("image/png", fromBmp.mediaType().getName(), "other formats become PNG");
        assertEquals(8, ImageIO.read(new ByteArrayInputStream(fromBmp.bytes())).getWidth());
        assertThrows(IOException.class, () -> ImageData.of("<svg/>".getBytes(StandardCharsets.UTF_8), "d.svg"));
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out), format);
        return out.toByteArray();
    }

    @Test
    void datelineStandsAloneWhenTheBodyStartsWithAPicture() {
        SourceSpan span = SourceSpan.of(Path.of("p.md"), "p.md");
        Picture picture = new Picture(Path.of("p.jpg"), 10, 10, "渡口", "渡口", "", span);
        Article article = new Article("01/01-ferry", span, ArticleKind.PHOTO, 1, "", List.of(), "", "", "本报讯",
                null, 0, List.of(new Block.Image(picture, span), SampleIssue.paragraph(Inline.plain("新渡船今日启用。"))));
        Page page = new Page(1, "01", "", "", List.of(article), span);
        Edition edition = edition(LocalDate.of(2026, 11, 26), 0, "zh-Hans");
        IssueIndex index = new IssueIndex(new Issue("x", Path.of("."), edition, List.of(page)));
        String xhtml = new String(new PageXhtml(index, p -> "images/p.jpg", Wording.of("zh-Hans"), "青溪日报 2026年11月26日").render(page), StandardCharsets.UTF_8);
        assertTrue(xhtml.contains("<p><b class=\"dateline\">本报讯</b></p>\n<figure>"), xhtml);
        assertTrue(xhtml.contains("<p>新渡船今日启用。</p>"), xhtml);
    }

    @Test
    void onlyAbsoluteWebLinksSurvive() {
        assertEquals("https://example.org/a?b=1&c=2", PageXhtml.webLink("https://example.org/a?b=1&c=2"));
        assertEquals("http://example.org/%E6%96%B0", PageXhtml.webLink(" http://example.org/新 "));
        assertNull(PageXhtml.webLink("javascript:alert(1)"));
        assertNull(PageXhtml.webLink("data:text/html,hi"));
        assertNull(PageXhtml.webLink("mailto:desk@example.org"));
        assertNull(PageXhtml.webLink("https:///nohost"));
        assertNull(PageXhtml.webLink("https://example.org/a b"));
        assertNull(PageXhtml.webLink("../secret.xhtml"));
    }

    @Test
    void creditSaysPhotographerOnceInTheEditionsLanguage() {
        assertEquals("摄影 陈雨桐", Words.of("zh-Hans").credit("陈雨桐"));
        assertEquals("本报记者 周明 摄", Words.of("zh-Hans").credit(" 本报记者 周明 摄"));
        assertEquals("攝影 陳雨桐", Words.of("zh-Hant").credit("陳雨桐"));
        assertEquals("撮影 山本美咲", Words.of("ja").credit("山本美咲"));
        assertEquals("山本美咲撮影", Words.of("ja").credit("山本美咲撮影"));
        assertEquals("", Words.of("ja").credit(""));
    }

    @Test
    void englishRunsOfASentenceOrMore() {
        assertEquals(List.of("Ride slowly and enjoy the lake."), english("牌上写着“Ride slowly and enjoy the lake.”，方便游客。"));
        assertEquals(List.of("The port is open around the clock."), english("达到450万标准箱。The port is open around the clock. 这句英文"));
        assertEquals(List.of("Qingxi Daily News Group"), english("英文名 Qingxi Daily News Group 已注册"), "four words");
        assertEquals(List.of("Go now!"), english("他喊 Go now! 然后"), "two words ending a sentence");
        assertEquals(List.of(), english("5G基站、iPhone 17 Pro和QX-01编号"), "names and codes are not sentences");
        assertEquals(List.of(), english("登录 https://www.lanjiang-city.example/notice/2026/1208.html 查询"), "an address is one word");
        assertEquals(List.of(), english("全部中文"));
    }

    private static List<String> english(String text) {
        return TextRuns.english(text).stream().map(r -> text.substring(r.start(), r.end())).toList();
    }

    @Test
    void addressesAndNumbersWithUnits() {
        String text = "详情登录 https://www.example.org/a/b.html。或写信至 desk@qingxi.example 。";
        assertEquals(List.of("https://www.example.org/a/b.html", "desk@qingxi.example"),
                TextRuns.addresses(text).stream().map(r -> text.substring(r.start(), r.end())).toList());
        String cells = "2863.47亿元 412.6万标准箱 -2.1% 十二处 2026 5G";
        assertEquals(List.of("2863.47亿元", "412.6万标准箱", "-2.1%"),
                TextRuns.numbersWithUnits(cells).stream().map(r -> cells.substring(r.start(), r.end())).toList());
    }

    @Test
    void navLabelsJoinTheTitlesPrintedLinesWithASpaceButAfterAFullWidthMark() {
        assertEquals("城东绿道全线贯通 市民骑行可达青溪湖畔", EpubWriter.navTitle(titled("城东绿道全线贯通", "市民骑行可达青溪湖畔")));
        assertEquals("东门码头早市：一条老街的“烟火新生”", EpubWriter.navTitle(titled("东门码头早市：", "一条老街的“烟火新生”")));
        assertEquals("Port open: all night", EpubWriter.navTitle(titled("Port open:", " all night")));
    }

    private static Article titled(String... lines) {
        SourceSpan span = SourceSpan.of(Path.of("t.md"), "t.md");
        return new Article("01/01-t", span, ArticleKind.STORY, 1, "", List.of(lines), "", "", "", null, 0, List.of());
    }
}
