package paiban.render.epub;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import paiban.cli.IssueBuilder;
import paiban.diag.SourceSpan;
import paiban.layout.PageItem;
import paiban.layout.PageLayout;
import paiban.model.Article;
import paiban.model.ArticleKind;
import paiban.model.Edition;
import paiban.model.Inline;
import paiban.model.Issue;
import paiban.model.Page;
import paiban.model.PaperFormat;
import paiban.model.Writing;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12: the EPUB and the replica of a vertical edition (縦組み), read right to left. */
class VerticalEpubTest {
    private static final String OPF_NS = "http://www.idpf.org/2007/opf";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    @Test
    void theEpubsAndTheReplicasOfTheVerticalEditionsPassEpubCheck() {
        for (String issue : List.of(BuiltEditions.VERTICAL, BuiltEditions.VERTICAL_TRADITIONAL)) {
            assertEquals(List.of(), EpubWriterTest.epubCheck(BuiltEditions.epub(issue)), issue);
            assertEquals(List.of(), EpubWriterTest.epubCheck(BuiltEditions.replica(issue)), issue);
        }
    }

    @Test
    void aVerticalEditionIsPagedRightToLeftAndAHorizontalOneLeftToRight() throws Exception {
        assertEquals("rtl", spineDirection(Files.readAllBytes(BuiltEditions.unpacked(BuiltEditions.VERTICAL).resolve("content.opf"))));
        assertEquals("rtl", spineDirection(entry(BuiltEditions.replica(BuiltEditions.VERTICAL), "OEBPS/content.opf")));
        assertEquals("", spineDirection(Files.readAllBytes(BuiltEditions.unpacked(BuiltEditions.JAPANESE).resolve("content.opf"))));
        // Kindle's conversion takes the writing mode from the package, not from the CSS
        String kindle = "<meta name=\"primary-writing-mode\" content=\"vertical-rl\"/>";
        assertTrue(Files.readString(BuiltEditions.unpacked(BuiltEditions.VERTICAL).resolve("content.opf")).contains(kindle));
        assertFalse(Files.readString(BuiltEditions.unpacked(BuiltEditions.JAPANESE).resolve("content.opf")).contains("primary-writing-mode"));
    }

    @Test
    void theReplicaOfAVerticalEditionShowsItsPagesInPaperOrderOnePageAtATime() throws Exception {
        Document opf = EpubWriterTest.parse(entry(BuiltEditions.replica(BuiltEditions.VERTICAL_TRADITIONAL), "OEBPS/content.opf"));
        List<String> spine = new ArrayList<>();
        NodeList refs = opf.getElementsByTagNameNS(OPF_NS, "itemref");
        for (int i = 0; i < refs.getLength(); i++) spine.add(((Element) refs.item(i)).getAttribute("idref"));
        assertEquals(List.of("print-01", "page-01", "print-02", "page-02"), spine,
                "each printed page, then its text off the reading order");
        String metadata = new String(entry(BuiltEditions.replica(BuiltEditions.VERTICAL_TRADITIONAL), "OEBPS/content.opf"), StandardCharsets.UTF_8);
        assertTrue(metadata.contains("<meta property=\"rendition:spread\">none</meta>"), metadata);
    }

    /**
     * Each article's region on a printed vertical page is its module: it starts at the module's top
     * band, holds lines of the page, and no two overlap.
     */
    @Test
    void theRegionsOfAVerticalReplicaPageAreItsModules() throws Exception {
        Pattern style = Pattern.compile("left:(\\d+)px;top:(\\d+)px;width:(\\d+)px;height:(\\d+)px");
        for (String issue : List.of(BuiltEditions.VERTICAL, BuiltEditions.VERTICAL_TRADITIONAL)) {
            IssueBuilder.Result build = BuiltEditions.replicaBuild(issue);
            for (PageLayout layout : build.pages()) {
                Document doc = EpubWriterTest.parse(entry(BuiltEditions.replica(issue), String.format("OEBPS/print-%02d.xhtml", layout.number())));
                int imageWidth = Integer.parseInt(((Element) doc.getElementsByTagNameNS(XHTML_NS, "img").item(0)).getAttribute("width"));
                double pxPerPt = imageWidth / layout.widthPt();
                Map<String, Double> tops = new HashMap<>();
                for (PageItem item : layout.items()) {
                    if (item instanceof PageItem.ArticleStart start && !start.continuation()) tops.put(start.title(), start.y());
                }
                List<Rectangle> regions = new ArrayList<>();
                NodeList links = doc.getElementsByTagNameNS(XHTML_NS, "a");
                for (int i = 0; i < links.getLength(); i++) {
                    Element a = (Element) links.item(i);
                    Matcher m = style.matcher(a.getAttribute("style"));
                    assertTrue(m.matches(), a.getAttribute("style"));
                    Rectangle region = new Rectangle(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
                    String where = issue + " page " + layout.number() + " " + a.getTextContent() + " " + region;
                    Double top = tops.get(a.getTextContent());
                    if (top != null) assertEquals(top * pxPerPt, region.y, 2, where + " starts at its module's top");
                    long lines = layout.items().stream().filter(item -> item instanceof PageItem.VerticalLine v
                            && region.contains(v.x() * pxPerPt, v.top() * pxPerPt + 1)).count();
                    assertTrue(lines >= 2, where + " holds " + lines + " lines");
                    for (Rectangle other : regions) assertFalse(other.intersects(region), where + " overlaps " + other);
                    regions.add(region);
                }
                assertFalse(regions.isEmpty(), issue + " page " + layout.number());
            }
        }
    }

    @Test
    void theNavAndTheCoverOfAVerticalEditionStayHorizontal() throws Exception {
        Path book = BuiltEditions.unpacked(BuiltEditions.VERTICAL);
        for (String document : List.of("nav.xhtml", "cover.xhtml")) {
            Element html = EpubWriterTest.parse(Files.readAllBytes(book.resolve(document))).getDocumentElement();
            assertEquals("", html.getAttribute("class"), document);
        }
        Element page = EpubWriterTest.parse(Files.readAllBytes(book.resolve("page-01.xhtml"))).getDocumentElement();
        assertEquals(PageXhtml.VERTICAL, page.getAttribute("class"));
    }

    @Test
    void shortNumbersAndInitialismsOfAVerticalPageAreMarkedUprightAndLongerRunsAreNot() throws Exception {
        Document page = EpubWriterTest.parse(Files.readAllBytes(BuiltEditions.unpacked(BuiltEditions.VERTICAL).resolve("page-01.xhtml")));
        List<String> combined = new ArrayList<>();
        List<String> upright = new ArrayList<>();
        NodeList spans = page.getElementsByTagNameNS(XHTML_NS, "span");
        for (int i = 0; i < spans.getLength(); i++) {
            Element span = (Element) spans.item(i);
            if (span.getAttribute("class").equals(PageXhtml.COMBINED)) combined.add(span.getTextContent());
            if (span.getAttribute("class").equals(PageXhtml.UPRIGHT)) upright.add(span.getTextContent());
        }
        // the page, the folio's date (令和8年12月12日), then the lead's subtitle and first lines
        assertEquals(List.of("1", "8", "12", "12", "15", "15", "3", "3", "15"), combined.subList(0, 9));
        assertTrue(upright.containsAll(List.of("JR", "AI", "NPO", "LED")), upright.toString());
        for (String number : combined) assertTrue(number.matches("[0-9]{1,3}"), number);
        for (String letters : upright) assertTrue(letters.matches("[A-Za-z]|[A-Z]{2,4}"), letters);
        String xhtml = Files.readString(BuiltEditions.unpacked(BuiltEditions.VERTICAL).resolve("page-01.xhtml"));
        for (String sideways : List.of("約3.5キロ", "2028年度", "87.3%", "約2400人", "「Seabreeze（")) {
            assertTrue(xhtml.contains(sideways), sideways + " is left as it stands");
        }
    }

    /** A horizontal page in a vertical edition (page.yaml's writing: horizontal), as the writer sets both. */
    @Test
    void aHorizontalPageOfAVerticalEditionStaysHorizontal() {
        Edition edition = new Edition("みなと新報", LocalDate.of(2026, 12, 12), 0, "", "ja",
                new PaperFormat("tabloid", 280, 406, 5), 5, 0, 0, "", Writing.VERTICAL, 10);
        SourceSpan span = SourceSpan.of(Path.of("a.md"), "a.md");
        Article article = new Article("01/a", span, ArticleKind.STORY, 1, "", List.of("港に12隻"), "", "", "",
                null, 0, List.of(SampleIssue.paragraph(Inline.plain("12月12日、漁船12隻が入港した。"))));
        Page vertical = new Page(1, "01", "", "", List.of(article), span, Writing.VERTICAL, 10);
        Page horizontal = new Page(2, "02", "", "", List.of(article), span, Writing.HORIZONTAL, 10);
        Issue issue = new Issue("x", Path.of("."), edition, List.of(vertical, horizontal));
        PageXhtml pages = new PageXhtml(new IssueIndex(issue), p -> null, Wording.of("ja"), "みなと新報");
        String verticalXhtml = new String(pages.render(vertical), StandardCharsets.UTF_8);
        String horizontalXhtml = new String(pages.render(horizontal), StandardCharsets.UTF_8);
        assertTrue(verticalXhtml.contains("class=\"vertical\""), verticalXhtml);
        assertTrue(verticalXhtml.contains("<p><span class=\"tcy\">12</span>月<span class=\"tcy\">12</span>日、漁船"
                + "<span class=\"tcy\">12</span>隻が入港した。</p>"), verticalXhtml);
        assertFalse(horizontalXhtml.contains("vertical") || horizontalXhtml.contains("tcy"), horizontalXhtml);
        assertTrue(horizontalXhtml.contains("<p>12月12日、漁船12隻が入港した。</p>"), horizontalXhtml);
    }

    @Test
    void shortNumbersAndInitialismsStandUprightAsInPrint() {
        assertEquals(List.of("8", "34", "12", "1", "100"), combined("移住者ら8人（34）12月1日、100年"));
        assertEquals(List.of("34", "12"), combined("(34) 12, JR"));
        // longer numbers, figures with a point, comma, colon or sign, and digits in a Latin word run turned
        assertEquals(List.of(), combined("2021年 約3.2ヘクタール 2,863人 17:30発 A42号 G7 12km 0.5 18% 20-30人"));
        assertEquals(List.of("JR", "NHK", "IAEA", "A"), letters("JR線、NHK、IAEA、A案、Seabreeze、UNESCO、Ok"));
    }

    private static List<String> combined(String text) {
        return TextRuns.upright(text).stream().filter(TextRuns.Upright::combined)
                .map(r -> text.substring(r.range().start(), r.range().end())).toList();
    }

    private static List<String> letters(String text) {
        return TextRuns.upright(text).stream().filter(r -> !r.combined())
                .map(r -> text.substring(r.range().start(), r.range().end())).toList();
    }

    private static String spineDirection(byte[] opf) throws Exception {
        Element spine = (Element) EpubWriterTest.parse(opf).getElementsByTagNameNS(OPF_NS, "spine").item(0);
        return spine.getAttribute("page-progression-direction");
    }

    private static byte[] entry(Path zip, String name) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile()); InputStream in = file.getInputStream(file.getEntry(name))) {
            return in.readAllBytes();
        }
    }
}
