package paiban.render.epub;

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

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A three-page issue of an invented paper with every article kind and every block type: a title
 * in two lines, a teaser linking to later pages, nested lists, a table, a PNG and a JPEG, text
 * that needs care in XML (𠮷 outside the BMP, {@code < & >}), a long web address and an English sentence.
 */
final class SampleIssue {
    static final String LEAD_PARAGRAPH = "记者从市园林局获悉，城东绿道今天全线贯通，市民可沿青溪河一路骑行至湖畔。";
    static final String ESCAPED_PARAGRAPH = "沿线标注写作“𠮷野家路口”的路牌已更正，施工方称 A < B & C > D 的标识也将一并更换。";
    static final String NESTED_ITEM = "周末另开通夜间照明";
    static final String TABLE_CELL = "11座";
    static final String TABLE_AMOUNT = "14.3亿元";
    static final String ADDRESS = "https://www.qingxi-garden.example/greenway/2026/route-map.html";
    static final String ADDRESS_PARAGRAPH = "骑行路线图和各驿站的开放时间已在市园林局网站公布，详情可登录 " + ADDRESS + " 查询。";
    static final String ENGLISH_SENTENCE = "Ride slowly and enjoy the lake.";
    static final String ENGLISH_PARAGRAPH = "湖畔驿站的指示牌上写着“" + ENGLISH_SENTENCE + "”，方便外地游客，牌上的 QX-01 是驿站编号。";
    static final String QUOTE_TEXT = "今年亩产比去年多了一百来斤，心里踏实。";
    static final String BRIEF_TEXT = "市图书馆新馆本周六起延长开放时间至晚九时。";
    static final String BOX_TEXT = "因管网检修，城西片区11月28日8时至16时停水，请居民提前储水。";
    static final String MISSING_TARGET_TEXT = "不存在的稿件";

    private SampleIssue() {
    }

    /** The sample, whose photo article's lake picture has no alt text. */
    static Issue create(Path folder) throws IOException {
        return create(folder, "");
    }

    /** {@code lakeAlt}: the alt text of the photo article's lake picture, empty for none. */
    static Issue create(Path folder, String lakeAlt) throws IOException {
        SourceSpan span = SourceSpan.of(folder.resolve("issue.yaml"), "issue.yaml");
        Picture lake = picture(folder.resolve("lake.png"), "png", new Color(0x30, 0x70, 0xB0),
                lakeAlt, "清晨，市民在青溪湖畔锻炼。", "陈雨桐", span);
        Picture field = picture(folder.resolve("field.jpg"), "jpg", new Color(0xC0, 0xA0, 0x30),
                "金黄的稻田里，收割机正在作业。", "晚稻开镰", "本报记者 周明 摄", span);

        Article greenway = new Article("01/01-greenway", span, ArticleKind.STORY, 1,
                "本报讯", List.of("城东绿道全线贯通", "市民骑行可达青溪湖畔"), "全长二十八公里 串联十一座公园",
                "本报记者 林晓岚", "本报青溪11月25日电", null, 0, List.of(
                paragraph(Inline.plain(LEAD_PARAGRAPH)),
                new Block.Paragraph(List.of(Inline.plain("据介绍，绿道"), new Inline("全程无障碍", Inline.Style.STRONG, ""),
                        Inline.plain("，并设有"), new Inline("十二处驿站", Inline.Style.EMPHASIS, ""),
                        Inline.plain("，编号以"), new Inline("QX-01", Inline.Style.CODE, ""), Inline.plain("起。")), span),
                paragraph(Inline.plain(ESCAPED_PARAGRAPH)),
                paragraph(Inline.plain(ADDRESS_PARAGRAPH)),
                paragraph(Inline.plain(ENGLISH_PARAGRAPH)),
                new Block.Heading(2, List.of(Inline.plain("沿线配套")), span),
                new Block.ListBlock(true, List.of(
                        List.of(paragraph(Inline.plain("设置自行车租赁点六处"))),
                        List.of(paragraph(Inline.plain("开放时间")),
                                new Block.ListBlock(false, List.of(
                                        List.of(paragraph(Inline.plain("工作日早六时至晚十时"))),
                                        List.of(paragraph(Inline.plain(NESTED_ITEM)))), span))), span),
                new Block.Heading(4, List.of(Inline.plain("数字看绿道")), span),
                new Block.Table(List.of(
                        List.of(List.of(Inline.plain("项目")), List.of(Inline.plain("数量"))),
                        List.of(List.of(Inline.plain("串联公园")), List.of(Inline.plain(TABLE_CELL))),
                        List.of(List.of(Inline.plain("驿站")), List.of(Inline.plain("十二处"))),
                        List.of(List.of(Inline.plain("总投资")), List.of(Inline.plain(TABLE_AMOUNT)))), 1, span),
                new Block.Paragraph(List.of(Inline.plain("线路图见"),
                        new Inline("市园林局网站", Inline.Style.PLAIN, "https://example.org/绿道?线路=东&v=2"),
                        Inline.plain("，"),
                        new Inline("另见说明", Inline.Style.PLAIN, "javascript:alert(1)"),
                        Inline.plain("。")), span)));

        Article teaser = new Article("01/02-daodu", span, ArticleKind.TEASER, 2,
                "", List.of("导读"), "", "", "", null, 0, List.of(
                new Block.ListBlock(false, List.of(
                        List.of(paragraph(new Inline("晚稻喜获丰收 农户笑开颜", Inline.Style.PLAIN, "02/01-harvest"))),
                        List.of(paragraph(new Inline("城西片区周五停水", Inline.Style.PLAIN, "03/01-notice"))),
                        List.of(paragraph(new Inline(MISSING_TARGET_TEXT, Inline.Style.PLAIN, "09/99-missing")))), span)));

        Article photo = new Article("01/03-sunrise", span, ArticleKind.PHOTO, 3,
                "", List.of("湖畔晨光"), "", "", "", lake, 0, List.of());

        Article harvest = new Article("02/01-harvest", span, ArticleKind.STORY, 1,
                "", List.of("晚稻喜获丰收 农户笑开颜"), "", "通讯员 许安", "本报讯", null, 0, List.of(
                paragraph(Inline.plain("连日晴好，青溪县十二万亩晚稻进入收割期。")),
                new Block.Image(field, span),
                new Block.Quote(List.of(paragraph(Inline.plain(QUOTE_TEXT))), span)));

        Article brief = new Article("02/02-library", span, ArticleKind.BRIEF, 2,
                "", List.of("图书馆延时开放 <𠮷> & 更多"), "", "", "", null, 0, List.of(paragraph(Inline.plain(BRIEF_TEXT)),
                new Block.Image(sameFileOtherPath(lake), span)));

        Article notice = new Article("03/01-notice", span, ArticleKind.BOX, 1,
                "", List.of("城西片区周五停水"), "", "", "", null, 0, List.of(paragraph(Inline.plain(BOX_TEXT))));

        Edition edition = new Edition("青溪日报", LocalDate.of(2026, 11, 26), 1234, "青溪日报社", "zh-Hans",
                new PaperFormat("对开", 350, 500, 8), 8, 3.0);
        return new Issue("2026-11-26", folder, edition, List.of(
                new Page(1, "01", "要闻", "林编", List.of(greenway, teaser, photo), span),
                new Page(2, "02", "经济", "", List.of(harvest, brief), span),
                new Page(3, "03", "", "", List.of(notice), span)));
    }

    /** The same picture file reached through "./", as two articles of one issue may name it. */
    private static Picture sameFileOtherPath(Picture p) {
        Path other = p.file().getParent().resolve(".").resolve(p.file().getFileName());
        return new Picture(other, p.widthPx(), p.heightPx(), "湖畔晨练的市民", "", "", p.span());
    }

    static Block.Paragraph paragraph(Inline... inlines) {
        return new Block.Paragraph(List.of(inlines), SourceSpan.of(Path.of("a.md"), "a.md"));
    }

    /** A small flat-colour image written in the given format; alt falls back to the caption, as the source stage does. */
    private static Picture picture(Path file, String format, Color colour, String alt, String caption, String credit,
                                   SourceSpan span) throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        if (!ImageIO.write(image, format, file.toFile())) throw new IOException("no ImageIO writer for " + format);
        return new Picture(file, 64, 48, alt, caption, credit, span);
    }
}
