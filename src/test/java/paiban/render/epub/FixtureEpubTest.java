package paiban.render.epub;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fixtures' EPUBs as the command line builds them: zh-Hant and ja (issue 11 points 7, 10), the tabloid. */
class FixtureEpubTest {
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    @Test
    void theTraditionalJapaneseAndTabloidEditionsPassEpubCheck() {
        assertEquals(List.of(), EpubWriterTest.epubCheck(BuiltEditions.epub(BuiltEditions.TRADITIONAL)));
        assertEquals(List.of(), EpubWriterTest.epubCheck(BuiltEditions.epub(BuiltEditions.JAPANESE)));
        // tables of figures, a web and an e-mail address, an English sentence
        assertEquals(List.of(), EpubWriterTest.epubCheck(BuiltEditions.epub(BuiltEditions.TABLOID)));
    }

    @Test
    void everyDocumentIsInTheLanguageIssueYamlNames() throws Exception {
        for (String[] issue : List.of(new String[]{BuiltEditions.TRADITIONAL, "zh-Hant"},
                new String[]{BuiltEditions.JAPANESE, "ja"}, new String[]{BuiltEditions.SAMPLE, "zh-Hans"})) {
            Path book = BuiltEditions.unpacked(issue[0]);
            Document opf = parse(book.resolve("content.opf"));
            assertEquals(issue[1], opf.getElementsByTagNameNS(DC_NS, "language").item(0).getTextContent(), issue[0]);
            assertEquals(issue[1], opf.getDocumentElement().getAttributeNS(XML_NS, "lang"), issue[0]);
            for (Path xhtml : xhtmlFiles(book)) {
                Element html = parse(xhtml).getDocumentElement();
                assertEquals(issue[1], html.getAttribute("lang"), xhtml.toString());
                assertEquals(issue[1], html.getAttributeNS(XML_NS, "lang"), xhtml.toString());
            }
        }
    }

    @Test
    void theJapaneseEditionSpeaksJapanese() throws Exception {
        Path book = BuiltEditions.unpacked(BuiltEditions.JAPANESE);
        Document page = parse(book.resolve("page-01.xhtml"));
        assertEquals("1面 地域", page.getElementsByTagNameNS(XHTML_NS, "h1").item(0).getTextContent());
        assertEquals(List.of("みなと新報 2026年（令和8年）12月10日 木曜日 第20415号", "担当：佐藤直樹"), folio(page));
        Element pageBreak = (Element) page.getElementsByTagNameNS(XHTML_NS, "span").item(0);
        assertEquals("1面", pageBreak.getAttribute("aria-label"));
        assertTrue(page.getDocumentElement().getTextContent().contains("収穫を終えた白川地区の棚田。 撮影 山本美咲"));
        String nav = Files.readString(book.resolve("nav.xhtml"));
        assertTrue(nav.contains("<a href=\"page-01.xhtml#pb1\">1面</a>"), nav);
        assertTrue(nav.contains("<a href=\"page-01.xhtml\">1面 地域</a>"), nav);
        String ncx = Files.readString(book.resolve("toc.ncx"));
        assertTrue(ncx.contains("<text>1面</text>"), ncx);
        String opf = Files.readString(book.resolve("content.opf"));
        assertTrue(opf.contains(">2026年（令和8年）12月10日 第20415号</dc:title>"), opf);
        for (String chinese : List.of("第1版", "第20415期", "星期", "摄影", "责任编辑", "責任編輯")) {
            for (Path xhtml : xhtmlFiles(book)) {
                assertFalse(Files.readString(xhtml).contains(chinese), chinese + " in " + xhtml);
            }
            assertFalse(opf.contains(chinese) || ncx.contains(chinese), chinese);
        }
    }

    @Test
    void theTraditionalEditionUsesTraditionalWords() throws Exception {
        Document page = parse(BuiltEditions.unpacked(BuiltEditions.TRADITIONAL).resolve("page-01.xhtml"));
        assertEquals(List.of("竹溪時報 2026年12月9日 星期三 第3127期", "責任編輯：林宛蓁"), folio(page));
    }

    /** The folio's lines under the page's heading. */
    private static List<String> folio(Document page) {
        List<String> lines = new ArrayList<>();
        NodeList ps = ((Element) page.getElementsByTagNameNS(XHTML_NS, "header").item(0)).getElementsByTagNameNS(XHTML_NS, "p");
        for (int i = 0; i < ps.getLength(); i++) lines.add(ps.item(i).getTextContent());
        return lines;
    }

    private static Document parse(Path file) throws Exception {
        return EpubWriterTest.parse(Files.readAllBytes(file));
    }

    private static List<Path> xhtmlFiles(Path book) throws IOException {
        try (Stream<Path> files = Files.list(book)) {
            return files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList();
        }
    }
}
