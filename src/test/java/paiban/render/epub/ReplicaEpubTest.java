package paiban.render.epub;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import paiban.cli.IssueBuilder;
import paiban.font.FontLibrary;
import paiban.model.Article;
import paiban.model.Page;
import paiban.render.pdf.PdfOptions;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 11 point 9: the replica edition (e-paper) of the sample, as {@code paiban build --replica} writes it. */
class ReplicaEpubTest {
    private static final String OPF_NS = "http://www.idpf.org/2007/opf";
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final String OPS_NS = "http://www.idpf.org/2007/ops";
    private static final IssueBuilder.Outputs EPUBS =
            new IssueBuilder.Outputs(false, true, false, false, PdfOptions.Standard.PDF_A_3U, false, true);

    @TempDir
    static Path out;
    static IssueBuilder.Result result;
    static Path replicaFile;
    static Map<String, byte[]> replica;
    static Map<String, byte[]> reflowable;
    static Document opf;

    @BeforeAll
    static void build() throws Exception {
        result = new IssueBuilder(FontLibrary.load(Path.of("fonts"))).build(Path.of("issues/2026-11-26"), out, EPUBS);
        assertTrue(result.ok(), () -> result.diagnostics().toString());
        replicaFile = out.resolve("2026-11-26/2026-11-26.replica.epub");
        replica = unzip(replicaFile);
        reflowable = unzip(out.resolve("2026-11-26/2026-11-26.epub"));
        opf = parse(replica.get("OEBPS/content.opf"));
        // Left in target/ for scripts/ace.sh and for looking at by hand.
        Path copy = Path.of("target", "test-epub", "sample.replica.epub");
        Files.createDirectories(copy.getParent());
        Files.copy(replicaFile, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void epubCheckFindsNothing() {
        assertEquals(List.of(), EpubWriterTest.epubCheck(replicaFile));
    }

    @Test
    void theBookIsPrePaginatedOnePageAtATime() {
        assertEquals(List.of("pre-paginated"), meta("rendition:layout"));
        assertEquals(List.of("none"), meta("rendition:spread"));
    }

    @Test
    void theSpineShowsEachPrintedPageFollowedByItsTextOffTheReadingOrder() {
        List<String> linear = new ArrayList<>();
        NodeList refs = opf.getElementsByTagNameNS(OPF_NS, "itemref");
        for (int i = 0; i < refs.getLength(); i++) {
            Element ref = (Element) refs.item(i);
            String href = manifestHref(ref.getAttribute("idref"));
            assertEquals(href.replace(".xhtml", ""), ref.getAttribute("idref"), "ids named after the file");
            if (ref.getAttribute("linear").equals("no")) {
                assertTrue(href.matches("page-\\d\\d\\.xhtml"), href);
                assertEquals("rendition:layout-reflowable", ref.getAttribute("properties"), href + " reflows");
            } else {
                assertEquals("", ref.getAttribute("properties"), href);
                linear.add(href);
            }
        }
        assertEquals(List.of("print-01.xhtml", "print-02.xhtml", "print-03.xhtml", "print-04.xhtml"), linear,
                "one spine item per printed page, in paper order");
    }

    @Test
    void eachPageShowsItsImageAboutSixteenHundredPixelsWideAtTheViewportSize() throws Exception {
        for (Page page : result.issue().pages()) {
            String name = String.format("OEBPS/print-%02d.xhtml", page.number());
            Document doc = parse(replica.get(name));
            Element img = (Element) doc.getElementsByTagNameNS(XHTML_NS, "img").item(0);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(replica.get("OEBPS/" + img.getAttribute("src"))));
            assertEquals(EpubWriter.REPLICA_WIDTH_PX, image.getWidth(), name);
            assertEquals(8, image.getColorModel().getComponentSize(0), name);
            assertEquals("width=" + image.getWidth() + ", height=" + image.getHeight(), viewport(doc), name);
            assertEquals(Integer.toString(image.getWidth()), img.getAttribute("width"));
            assertEquals(Integer.toString(image.getHeight()), img.getAttribute("height"));
            assertTrue(img.getAttribute("alt").startsWith(paiban.model.Words.of("zh-Hans").page(page.number(), page.section())),
                    img.getAttribute("alt"));
        }
        assertEquals("cover-image", manifestItemByHref("images/print-01.jpg").getAttribute("properties"),
                "the front page is the cover");
    }

    @Test
    void everyArticleOnAPageIsALinkedRegionLandingOnItsText() throws Exception {
        Pattern box = Pattern.compile("left:(\\d+)px;top:(\\d+)px;width:(\\d+)px;height:(\\d+)px");
        for (Page page : result.issue().pages()) {
            Document doc = parse(replica.get(String.format("OEBPS/print-%02d.xhtml", page.number())));
            Element img = (Element) doc.getElementsByTagNameNS(XHTML_NS, "img").item(0);
            int width = Integer.parseInt(img.getAttribute("width"));
            int height = Integer.parseInt(img.getAttribute("height"));
            Set<String> linkedTitles = new HashSet<>();
            NodeList links = doc.getElementsByTagNameNS(XHTML_NS, "a");
            for (int i = 0; i < links.getLength(); i++) {
                Element a = (Element) links.item(i);
                String href = a.getAttribute("href");
                String[] target = href.split("#");
                assertEquals(2, target.length, href);
                byte[] text = replica.get("OEBPS/" + target[0]);
                assertNotNull(text, href + " is in the replica");
                assertNotNull(elementById(parse(text), target[1]), href + " lands on an element");
                Matcher m = box.matcher(a.getAttribute("style"));
                assertTrue(m.matches(), a.getAttribute("style"));
                int x = Integer.parseInt(m.group(1)), y = Integer.parseInt(m.group(2));
                int w = Integer.parseInt(m.group(3)), h = Integer.parseInt(m.group(4));
                assertTrue(w > 50 && h > 50 && x + w <= width && y + h <= height, href + " " + a.getAttribute("style"));
                linkedTitles.add(a.getTextContent());
            }
            for (Article article : page.articles()) {
                assertTrue(linkedTitles.contains(EpubWriter.navTitle(article)), article.id() + " has a region");
            }
        }
    }

    @Test
    void theTextIsTheReflowableEditionsOwn() {
        for (Page page : result.issue().pages()) {
            String name = String.format("OEBPS/page-%02d.xhtml", page.number());
            assertArrayEquals(reflowable.get(name), replica.get(name), name);
        }
        for (String name : reflowable.keySet()) {
            if (name.startsWith("OEBPS/images/img-")) assertArrayEquals(reflowable.get(name), replica.get(name), name);
        }
    }

    @Test
    void navPageListAndMetadataAreTheReflowableEditions() throws Exception {
        Document replicaNav = parse(replica.get("OEBPS/nav.xhtml"));
        Document reflowableNav = parse(reflowable.get("OEBPS/nav.xhtml"));
        assertEquals(links(reflowableNav, "toc", false), links(replicaNav, "toc", false), "the same entries");
        assertEquals(links(reflowableNav, "page-list", false), links(replicaNav, "page-list", false));
        // pages open on the printed page, articles on their text
        List<String> pageTargets = links(replicaNav, "page-list", true);
        assertEquals(List.of("print-01.xhtml#pb1", "print-02.xhtml#pb2", "print-03.xhtml#pb3", "print-04.xhtml#pb4"),
                pageTargets);
        for (String target : pageTargets) {
            String[] parts = target.split("#");
            assertNotNull(elementById(parse(replica.get("OEBPS/" + parts[0])), parts[1]), target);
        }

        Document reflowableOpf = parse(reflowable.get("OEBPS/content.opf"));
        for (String dc : List.of("title", "language", "publisher", "date", "source", "contributor")) {
            assertEquals(texts(reflowableOpf, DC_NS, dc), texts(opf, DC_NS, dc), "dc:" + dc);
        }
        for (String property : List.of("belongs-to-collection", "pageBreakSource", "dcterms:modified",
                "schema:accessMode", "schema:accessibilityFeature", "schema:accessibilitySummary")) {
            assertEquals(meta(reflowableOpf, property), meta(opf, property), property);
        }
        assertNotEquals(texts(reflowableOpf, DC_NS, "identifier"), texts(opf, DC_NS, "identifier"),
                "a library holding both editions keeps them apart");
        String report = Files.readString(out.resolve("2026-11-26/report.json"));
        assertTrue(report.contains("\"replica\": {\"bytes\": " + Files.size(replicaFile) + "}"), report);
    }

    @Test
    void aRebuildGivesTheSameBytes() throws IOException {
        byte[] first = Files.readAllBytes(replicaFile);
        Path again = out.resolve("again");
        new IssueBuilder(FontLibrary.load(Path.of("fonts"))).build(Path.of("issues/2026-11-26"), again, EPUBS);
        assertArrayEquals(first, Files.readAllBytes(again.resolve("2026-11-26/2026-11-26.replica.epub")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zhhant-2026-12-09", "ja-2026-12-10"})
    void otherLanguagesPassEpubCheck(String fixture) throws IOException {
        Path dir = out.resolve(fixture);
        IssueBuilder.Result r = new IssueBuilder(FontLibrary.load(Path.of("fonts")))
                .build(Path.of("src/test/resources/fixtures", fixture), dir, EPUBS);
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        Path file = dir.resolve(r.issue().id()).resolve(r.issue().id() + ".replica.epub");
        assertEquals(List.of(), EpubWriterTest.epubCheck(file));
    }

    private static String viewport(Document doc) {
        NodeList metas = doc.getElementsByTagNameNS(XHTML_NS, "meta");
        for (int i = 0; i < metas.getLength(); i++) {
            Element meta = (Element) metas.item(i);
            if (meta.getAttribute("name").equals("viewport")) return meta.getAttribute("content");
        }
        return null;
    }

    /** The link texts (or hrefs) of the nav of the given epub:type, in order. */
    private static List<String> links(Document nav, String type, boolean hrefs) {
        NodeList navs = nav.getElementsByTagNameNS(XHTML_NS, "nav");
        for (int i = 0; i < navs.getLength(); i++) {
            Element n = (Element) navs.item(i);
            if (!n.getAttributeNS(OPS_NS, "type").equals(type)) continue;
            List<String> out = new ArrayList<>();
            NodeList as = n.getElementsByTagNameNS(XHTML_NS, "a");
            for (int j = 0; j < as.getLength(); j++) {
                Element a = (Element) as.item(j);
                out.add(hrefs ? a.getAttribute("href") : a.getTextContent());
            }
            return out;
        }
        throw new AssertionError("no " + type + " nav");
    }

    private static Element elementById(Document doc, String id) {
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getAttribute("id").equals(id)) return e;
        }
        return null;
    }

    private static List<String> meta(String property) {
        return meta(opf, property);
    }

    private static List<String> meta(Document packageDocument, String property) {
        List<String> values = new ArrayList<>();
        NodeList metas = packageDocument.getElementsByTagNameNS(OPF_NS, "meta");
        for (int i = 0; i < metas.getLength(); i++) {
            Element meta = (Element) metas.item(i);
            if (meta.getAttribute("property").equals(property)) values.add(meta.getTextContent());
        }
        return values;
    }

    private static List<String> texts(Document doc, String ns, String name) {
        List<String> values = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS(ns, name);
        for (int i = 0; i < nodes.getLength(); i++) values.add(nodes.item(i).getTextContent());
        return values;
    }

    private static String manifestHref(String id) {
        NodeList items = opf.getElementsByTagNameNS(OPF_NS, "item");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            if (item.getAttribute("id").equals(id)) return item.getAttribute("href");
        }
        throw new AssertionError("no manifest item " + id);
    }

    private static Element manifestItemByHref(String href) {
        NodeList items = opf.getElementsByTagNameNS(OPF_NS, "item");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            if (item.getAttribute("href").equals(href)) return item;
        }
        throw new AssertionError("no manifest item " + href);
    }

    private static Map<String, byte[]> unzip(Path file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
        }
        return entries;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
