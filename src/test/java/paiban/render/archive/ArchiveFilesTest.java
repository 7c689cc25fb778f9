package paiban.render.archive;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import paiban.cli.IssueBuilder;
import paiban.font.FontLibrary;
import paiban.layout.PageItem;
import paiban.layout.PageLayout;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The sample's ALTO pages (valid ALTO 4.4, every glyph's text in order, boxes where the PDF draws them)
 * and its METS file (valid METS 1.12.1, pointing at those pages and blocks).
 */
class ArchiveFilesTest {
    /** 0.2 mm in ALTO's tenths of a millimetre. */
    private static final double TOLERANCE_MM10 = 2;

    @TempDir
    static Path out;
    static IssueBuilder.Result built;
    static Path dir;

    @BeforeAll
    static void build() {
        built = new IssueBuilder(FontLibrary.load(Path.of("fonts"))).build(Path.of("issues/2026-11-26"), out,
                new IssueBuilder.Outputs(false, false, false, true));
        assertTrue(built.ok(), () -> built.diagnostics().toString());
        dir = out.resolve("2026-11-26");
    }

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    /** A validator for a schema in the test resources, its xlink import resolved to the local copy (no network). */
    static Validator validator(String schema) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        DOMImplementationLS ls = (DOMImplementationLS) DOMImplementationRegistry.newInstance().getDOMImplementation("LS");
        factory.setResourceResolver((type, ns, publicId, systemId, base) -> {
            if (systemId == null || !systemId.endsWith("xlink.xsd")) return null;
            LSInput input = ls.createLSInput();
            input.setByteStream(ArchiveFilesTest.class.getResourceAsStream("/schemas/xlink.xsd"));
            input.setSystemId(systemId);
            return input;
        });
        try (InputStream in = ArchiveFilesTest.class.getResourceAsStream("/schemas/" + schema)) {
            return factory.newSchema(new StreamSource(in, "schemas/" + schema)).newValidator();
        }
    }

    @Test
    void everyPageValidatesAgainstAlto44() throws Exception {
        Validator alto = validator("alto-4-4.xsd");
        for (PageLayout page : built.pages()) {
            Path file = dir.resolve("alto").resolve(String.format("%02d.xml", page.number()));
            alto.validate(new StreamSource(file.toFile()));
        }
    }

    @Test
    void everyCharacterOfEveryLineIsInItsStringsInReadingOrder() throws Exception {
        for (PageLayout page : built.pages()) {
            StringBuilder expected = new StringBuilder();
            for (PageItem item : page.items()) {
                if (item instanceof PageItem.TextLine t) {
                    t.line().glyphs().stream().filter(g -> g.face() != null).forEach(g -> expected.append(g.text()));
                }
            }
            StringBuilder strings = new StringBuilder();
            for (Element s : strings(page.number())) strings.append(s.getAttribute("CONTENT"));
            assertEquals(expected.toString().replaceAll("(?U)\\s", ""), strings.toString(), "page " + page.number());
        }
    }

    @Test
    void eachArticleIsAComposedBlockNamedByItsPath() throws Exception {
        Document doc = parse(dir.resolve("alto/01.xml"));
        NodeList blocks = doc.getElementsByTagNameNS("*", "ComposedBlock");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < blocks.getLength(); i++) ids.add(((Element) blocks.item(i)).getAttribute("ID"));
        List<String> articles = built.pages().get(0).items().stream().filter(i -> i instanceof PageItem.ArticleStart)
                .map(i -> AltoWriter.articleBlockId(1, ((PageItem.ArticleStart) i).articleId())).toList();
        assertFalse(articles.isEmpty());
        assertEquals(articles, ids);
        assertTrue(doc.getElementsByTagNameNS("*", "Illustration").getLength() > 0, "the front page's photo");
    }

    @Test
    void metsValidatesAndPointsAtThePagesAndEveryArticlesBlocks() throws Exception {
        Path mets = dir.resolve("2026-11-26.mets.xml");
        validator("mets-1-12-1.xsd").validate(new StreamSource(mets.toFile()));
        Document doc = parse(mets);
        NodeList locations = doc.getElementsByTagNameNS("*", "FLocat");
        List<String> files = new ArrayList<>();
        for (int i = 0; i < locations.getLength(); i++) {
            files.add(((Element) locations.item(i)).getAttributeNS("http://www.w3.org/1999/xlink", "href"));
        }
        assertEquals(List.of("2026-11-26.archive.pdf", "alto/01.xml", "alto/02.xml", "alto/03.xml", "alto/04.xml"), files);
        for (String f : files) assertTrue(Files.isRegularFile(dir.resolve(f)), f);

        // every article once in the logical map, its areas naming ComposedBlocks of the pages it runs on
        List<String> articleIds = new ArrayList<>();
        for (PageLayout page : built.pages()) {
            for (PageItem item : page.items()) {
                if (item instanceof PageItem.ArticleStart a) {
                    if (!articleIds.contains(a.articleId())) articleIds.add(a.articleId());
                }
            }
        }
        NodeList divs = doc.getElementsByTagNameNS("*", "div");
        int articles = 0;
        for (int i = 0; i < divs.getLength(); i++) {
            Element div = (Element) divs.item(i);
            if (!div.getAttribute("TYPE").equals("article")) continue;
            articles++;
            NodeList areas = div.getElementsByTagNameNS("*", "area");
            assertTrue(areas.getLength() > 0, div.getAttribute("LABEL"));
            for (int k = 0; k < areas.getLength(); k++) {
                Element area = (Element) areas.item(k);
                int page = Integer.parseInt(area.getAttribute("FILEID").substring("ALTO".length()));
                Document alto = parse(dir.resolve(MetsWriter.altoPath(page)));
                NodeList blocks = alto.getElementsByTagNameNS("*", "ComposedBlock");
                boolean found = false;
                for (int b = 0; b < blocks.getLength(); b++) {
                    found |= ((Element) blocks.item(b)).getAttribute("ID").equals(area.getAttribute("BEGIN"));
                }
                assertTrue(found, area.getAttribute("BEGIN") + " on page " + page);
            }
        }
        assertEquals(articleIds.size(), articles);
    }

    /** An article continued on page 2 (a jump) is one article of page 1's section, with a block on each page. */
    @Test
    void aContinuedArticleIsOneArticleAcrossPages() {
        PageLayout front = built.pages().get(0);
        PageLayout second = built.pages().get(1);
        PageItem.ArticleStart lead = front.items().stream().filter(i -> i instanceof PageItem.ArticleStart)
                .map(i -> (PageItem.ArticleStart) i).findFirst().orElseThrow();
        List<PageItem> items = new ArrayList<>(second.items());
        items.add(new PageItem.ArticleStart(lead.articleId(), lead.title(), 100, true));
        PageLayout jumped = new PageLayout(second.number(), second.section(), second.widthPt(), second.heightPt(),
                second.bleedPt(), second.slug(), items, second.modules(), second.fill(), second.warnings());
        String mets = MetsWriter.issue(built.issue(), List.of(front, jumped), "x.pdf");
        String article = mets.substring(mets.indexOf("LABEL=\"" + lead.title() + "\""));
        article = article.substring(0, article.indexOf("</mets:div>"));
        assertTrue(article.contains("FILEID=\"ALTO1\" BETYPE=\"IDREF\" BEGIN=\"" + AltoWriter.articleBlockId(1, lead.articleId())), article);
        assertTrue(article.contains("FILEID=\"ALTO2\" BETYPE=\"IDREF\" BEGIN=\"" + AltoWriter.articleBlockId(2, lead.articleId())), article);
        assertEquals(1, mets.split("LABEL=\"" + java.util.regex.Pattern.quote(lead.title()) + "\"", -1).length - 1, "listed once");
    }

    /** Each String's left edge is its first glyph's in the PDF, its right edge past its last glyph's origin, its baseline the glyphs'. */
    @Test
    void stringBoxesAreWhereThePdfDrawsTheGlyphs() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("2026-11-26.archive.pdf").toFile())) {
            for (PageLayout page : built.pages()) {
                List<TextPosition> glyphs = positions(pdf, page.number());
                int at = 0;
                int checked = 0;
                for (Element s : strings(page.number())) {
                    String content = s.getAttribute("CONTENT");
                    while (at < glyphs.size() && !content.startsWith(glyphs.get(at).getUnicode())) at++;
                    assertTrue(at < glyphs.size(), "page " + page.number() + ": no glyphs for '" + content + "'");
                    TextPosition first = glyphs.get(at);
                    StringBuilder drawn = new StringBuilder();
                    TextPosition last = first;
                    while (drawn.length() < content.length() && at < glyphs.size()) {
                        last = glyphs.get(at++);
                        drawn.append(last.getUnicode());
                    }
                    assertEquals(content, drawn.toString(), "page " + page.number());
                    double hpos = Double.parseDouble(s.getAttribute("HPOS"));
                    double right = hpos + Double.parseDouble(s.getAttribute("WIDTH"));
                    double bottom = Double.parseDouble(s.getAttribute("VPOS")) + Double.parseDouble(s.getAttribute("HEIGHT"));
                    String where = "page " + page.number() + " '" + content + "'";
                    assertEquals(mm10(first.getXDirAdj()), hpos, TOLERANCE_MM10, where + " left");
                    assertTrue(right >= mm10(last.getXDirAdj()) - TOLERANCE_MM10
                            && right <= mm10(last.getXDirAdj() + last.getWidthDirAdj()) + TOLERANCE_MM10, where + " right " + right);
                    double baseline = mm10(first.getYDirAdj());
                    double size = Double.parseDouble(s.getAttribute("HEIGHT"));
                    assertEquals(baseline, bottom - 0.12 * size, TOLERANCE_MM10, where + " baseline");
                    checked++;
                }
                assertTrue(checked > 20, "page " + page.number() + ": " + checked);
            }
        }
    }

    private static double mm10(double pt) {
        return pt * 254 / 72;
    }

    private static List<Element> strings(int page) throws Exception {
        NodeList nodes = parse(dir.resolve("alto").resolve(String.format("%02d.xml", page))).getElementsByTagNameNS("*", "String");
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) list.add((Element) nodes.item(i));
        return list;
    }

    /** The page's glyphs in the order the content stream draws them. */
    private static List<TextPosition> positions(PDDocument pdf, int page) throws IOException {
        List<TextPosition> all = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                all.addAll(positions);
            }
        };
        stripper.setSortByPosition(false);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.writeText(pdf, new StringWriter());
        return all;
    }
}
