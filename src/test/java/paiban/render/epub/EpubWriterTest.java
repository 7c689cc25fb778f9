package paiban.render.epub;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import paiban.model.Article;
import paiban.model.ArticleKind;
import paiban.model.Edition;
import paiban.model.Inline;
import paiban.model.Issue;
import paiban.model.Page;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class EpubWriterTest {
    private static final String OPF_NS = "http://www.idpf.org/2007/opf";
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final String OPS_NS = "http://www.idpf.org/2007/ops";
    private static final String NCX_NS = "http://www.daisy.org/z3986/2005/ncx/";

    @TempDir
    static Path dir;
    static Issue issue;
    static byte[] epub;
    static Map<String, byte[]> entries;
    static Document opf;

    @BeforeAll
    static void writeSample() throws Exception {
        issue = SampleIssue.create(dir);
        epub = write(issue, null);
        entries = unzip(epub);
        opf = parse(entries.get("OEBPS/content.opf"));
        // Left in target/ for scripts/ace.sh and for looking at by hand.
        Path copy = Path.of("target", "test-epub", "sample.epub");
        Files.createDirectories(copy.getParent());
        Files.write(copy, epub);
    }

    @Test
    void epubCheckFindsNothing() throws IOException {
        Path file = dir.resolve("sample.epub");
        Files.write(file, epub);
        List<String> problems = epubCheck(file);
        assertEquals(List.of(), problems);
    }

    @Test
    void mimetypeIsTheFirstEntryStoredWithoutExtraField() {
        ByteBuffer header = ByteBuffer.wrap(epub).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x04034b50, header.getInt(0), "local file header");
        assertEquals(0, header.getShort(8), "compression method: stored");
        assertEquals(8, header.getShort(26), "name length");
        assertEquals(0, header.getShort(28), "extra field length");
        assertEquals("mimetypeapplication/epub+zip", new String(epub, 30, 28, StandardCharsets.US_ASCII));
    }

    @Test
    void packageDocumentIsEpub3WithPublicationMetadata() {
        Element pkg = opf.getDocumentElement();
        assertEquals("3.0", pkg.getAttribute("version"));
        assertEquals("青溪日报", dc("title"));
        assertEquals("zh-Hans", dc("language"), "as issue.yaml writes it");
        assertEquals("青溪日报社", dc("publisher"));
        assertEquals("2026-11-26", dc("date"));
        String expectedId = "urn:uuid:" + UUID.nameUUIDFromBytes("青溪日报\n2026-11-26".getBytes(StandardCharsets.UTF_8));
        assertEquals(expectedId, dc("identifier"));
        assertEquals(pkg.getAttribute("unique-identifier"),
                ((Element) opf.getElementsByTagNameNS(DC_NS, "identifier").item(0)).getAttribute("id"));
        // 00:00 on the issue date in China (UTC+8), revision 0
        assertEquals(List.of("2026-11-25T16:00:00Z"), metaValues("dcterms:modified"));
        String ncx = new String(entries.get("OEBPS/toc.ncx"), StandardCharsets.UTF_8);
        assertTrue(ncx.contains("<meta name=\"dtb:uid\" content=\"" + expectedId + "\""), ncx);
    }

    @Test
    void accessibilityMetadataClaimsNoAlternativeTextWhenAPictureHasNone() throws Exception {
        assertEquals(List.of("textual", "visual"), metaValues("schema:accessMode"));
        assertEquals(List.of("textual"), metaValues("schema:accessModeSufficient"));
        assertEquals(List.of("structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability"),
                metaValues("schema:accessibilityFeature"));
        assertEquals(List.of("none"), metaValues("schema:accessibilityHazard"));
        // the lake picture of the photo article has no alt (the brief showing the same file has one)
        assertEquals(List.of("按报纸版面顺序收录全部文章，以标题标示结构，附目录导航，可调整字号与显示方式。有1张图片没有替代文字，仅有图片说明。"),
                metaValues("schema:accessibilitySummary"));
        assertEquals(List.of(), metaValues("dcterms:conformsTo"));
        assertEquals(List.of(), metaValues("a11y:certifiedBy"));
        // an empty alt, so the caption is heard once, from the figcaption
        String page1 = new String(entries.get("OEBPS/page-01.xhtml"), StandardCharsets.UTF_8);
        assertTrue(page1.matches("(?s).*<img src=\"images/img-\\d+\\.png\" alt=\"\"[^>]*/>\\s*<figcaption>清晨，市民在青溪湖畔锻炼。.*"),
                page1);
    }

    @Test
    void accessibilityMetadataClaimsWcagWhenEveryPictureIsDescribed() throws Exception {
        Issue described = SampleIssue.create(Files.createDirectories(dir.resolve("described")), "湖边步道上晨练的人");
        Path file = dir.resolve("described.epub");
        Files.write(file, write(described, null));
        assertEquals(List.of(), epubCheck(file));
        Document describedOpf = parse(unzip(Files.readAllBytes(file)).get("OEBPS/content.opf"));
        assertEquals(List.of("structuralNavigation", "tableOfContents", "readingOrder", "alternativeText",
                "displayTransformability"), metaValues(describedOpf, "schema:accessibilityFeature"));
        assertEquals(List.of("按报纸版面顺序收录全部文章，以标题标示结构，附目录导航，可调整字号与显示方式。图片均有替代文字。"),
                metaValues(describedOpf, "schema:accessibilitySummary"));
        assertEquals(List.of("EPUB Accessibility 1.1 - WCAG 2.1 Level AA"), metaValues(describedOpf, "dcterms:conformsTo"));
        assertEquals(List.of("青溪日报社"), metaValues(describedOpf, "a11y:certifiedBy"));
    }

    @Test
    void spineFollowsThePaperAndEveryArticleIsReadOnce() throws Exception {
        assertEquals(List.of("cover.xhtml", "page-01.xhtml", "page-02.xhtml", "page-03.xhtml"), spineHrefs());
        StringBuilder text = new StringBuilder();
        for (String href : spineHrefs()) {
            text.append(parse(entries.get("OEBPS/" + href)).getDocumentElement().getTextContent());
        }
        String all = text.toString();
        List<String> titlesInOrder = List.of("城东绿道全线贯通市民骑行可达青溪湖畔", "导读", "湖畔晨光",
                "图书馆延时开放 <𠮷> & 更多", "城西片区周五停水");
        int previous = -1;
        for (String title : titlesInOrder) {
            int at = all.indexOf(title, previous + 1);
            assertTrue(at > previous, "in reading order: " + title);
            previous = at;
        }
        for (String once : List.of(SampleIssue.LEAD_PARAGRAPH, SampleIssue.ESCAPED_PARAGRAPH, SampleIssue.NESTED_ITEM,
                SampleIssue.TABLE_CELL, SampleIssue.QUOTE_TEXT, SampleIssue.BRIEF_TEXT, SampleIssue.BOX_TEXT,
                "本报青溪11月25日电", "本报记者 林晓岚", "全长二十八公里 串联十一座公园", "摄影 陈雨桐", "本报记者 周明 摄")) {
            assertEquals(1, occurrences(all, once), once);
        }
    }

    /** The nav element of the given epub:type; fails when there is none. */
    private static Element navOfType(Document nav, String type) {
        NodeList navs = nav.getElementsByTagNameNS(XHTML_NS, "nav");
        for (int i = 0; i < navs.getLength(); i++) {
            Element n = (Element) navs.item(i);
            if (n.getAttributeNS(OPS_NS, "type").equals(type)) return n;
        }
        return fail("no nav of type " + type);
    }

    @Test
    void navHasOneEntryPerPageWithItsArticlesInOrder() throws Exception {
        Document nav = parse(entries.get("OEBPS/nav.xhtml"));
        Element toc = navOfType(nav, "toc");
        Element list = child(toc, "ol").get(0);
        Map<String, List<String>> pages = new LinkedHashMap<>();
        for (Element li : child(list, "li")) {
            List<String> articles = new ArrayList<>();
            for (Element sub : child(li, "ol")) {
                for (Element item : child(sub, "li")) articles.add(child(item, "a").get(0).getTextContent());
            }
            pages.put(child(li, "a").get(0).getTextContent(), articles);
        }
        Map<String, List<String>> expected = new LinkedHashMap<>();
        // the headline's two printed lines, joined by a space as they are read
        expected.put("第1版 要闻", List.of("城东绿道全线贯通 市民骑行可达青溪湖畔", "导读", "湖畔晨光"));
        expected.put("第2版 经济", List.of("晚稻喜获丰收 农户笑开颜", "图书馆延时开放 <𠮷> & 更多"));
        expected.put("第3版", List.of("城西片区周五停水"));
        assertEquals(expected, pages);
        String ncx = new String(entries.get("OEBPS/toc.ncx"), StandardCharsets.UTF_8);
        assertTrue(ncx.contains("<text>城东绿道全线贯通 市民骑行可达青溪湖畔</text>"), ncx);
    }

    @Test
    void printedPagesAreListedAndMarkedWhereTheyBegin() throws Exception {
        Document nav = parse(entries.get("OEBPS/nav.xhtml"));
        Element pageList = navOfType(nav, "page-list");
        assertEquals("doc-pagelist", pageList.getAttribute("role"));
        Map<String, String> targets = new LinkedHashMap<>();
        for (Element li : child(child(pageList, "ol").get(0), "li")) {
            Element a = child(li, "a").get(0);
            targets.put(a.getTextContent(), a.getAttribute("href"));
        }
        assertEquals(List.of("第1版", "第2版", "第3版"), List.copyOf(targets.keySet()));
        for (Map.Entry<String, String> target : targets.entrySet()) {
            String[] parts = target.getValue().split("#");
            Document page = parse(entries.get("OEBPS/" + parts[0]));
            Element body = (Element) page.getElementsByTagNameNS(XHTML_NS, "body").item(0);
            // the marker comes first in the page's document, before any article
            Element marker = child(body, "span").get(0);
            assertEquals(body.getElementsByTagNameNS(XHTML_NS, "*").item(0), marker);
            assertEquals(parts[1], marker.getAttribute("id"));
            assertEquals("pagebreak", marker.getAttributeNS(OPS_NS, "type"));
            assertEquals("doc-pagebreak", marker.getAttribute("role"));
            assertEquals(target.getKey(), marker.getAttribute("title"));
        }
        String printEdition = dc("source");
        assertEquals(List.of(printEdition), metaValues("pageBreakSource"));
        assertFalse(printEdition.equals(dc("identifier")), "the print edition is not the EPUB");

        Document ncx = parse(entries.get("OEBPS/toc.ncx"));
        NodeList pageTargets = ncx.getElementsByTagNameNS(NCX_NS, "pageTarget");
        assertEquals(3, pageTargets.getLength());
        Element second = (Element) pageTargets.item(1);
        assertEquals("2", second.getAttribute("value"));
        assertEquals("第2版", second.getElementsByTagNameNS(NCX_NS, "text").item(0).getTextContent());
        String src = ((Element) second.getElementsByTagNameNS(NCX_NS, "content").item(0)).getAttribute("src");
        assertEquals(targets.get("第2版").split("#")[0], src);
        // the same document as the page's navPoint, so the same place in the reading order
        NodeList navPoints = ncx.getElementsByTagNameNS(NCX_NS, "navPoint");
        String order = null;
        for (int i = 0; i < navPoints.getLength(); i++) {
            Element point = (Element) navPoints.item(i);
            Element content = child(point, "content").get(0);
            if (content.getAttribute("src").equals(src)) order = point.getAttribute("playOrder");
        }
        assertEquals(order, second.getAttribute("playOrder"));
    }

    @Test
    void theIssueIsDescribedAsOneOfTheSeries() throws Exception {
        Issue withIssn = withEdition(issue, e -> new Edition(e.paper(), e.date(), e.number(), e.publisher(), e.language(),
                e.format(), e.columns(), e.bleedMm(), 0, "1234-5679"));
        Path file = dir.resolve("issn.epub");
        Files.write(file, write(withIssn, null));
        assertEquals(List.of(), epubCheck(file));
        Map<String, byte[]> issnEntries = unzip(Files.readAllBytes(file));
        Document issnOpf = parse(issnEntries.get("OEBPS/content.opf"));

        Map<String, String> titleTypes = new LinkedHashMap<>();
        NodeList titles = issnOpf.getElementsByTagNameNS(DC_NS, "title");
        for (int i = 0; i < titles.getLength(); i++) {
            Element title = (Element) titles.item(i);
            titleTypes.put(title.getTextContent(), refinement(issnOpf, title.getAttribute("id"), "title-type"));
        }
        assertEquals(Map.of("青溪日报", "main", "2026年11月26日 第1234期", "subtitle"), titleTypes);

        Element collection = null;
        NodeList metas = issnOpf.getElementsByTagNameNS(OPF_NS, "meta");
        for (int i = 0; i < metas.getLength(); i++) {
            Element m = (Element) metas.item(i);
            if (m.getAttribute("property").equals("belongs-to-collection")) collection = m;
        }
        assertNotNull(collection);
        assertEquals("青溪日报", collection.getTextContent());
        assertEquals("series", refinement(issnOpf, collection.getAttribute("id"), "collection-type"));
        assertEquals("1234", refinement(issnOpf, collection.getAttribute("id"), "group-position"));
        assertEquals("urn:issn:1234-5679", refinement(issnOpf, collection.getAttribute("id"), "dcterms:identifier"));
        assertEquals("青溪日报社", dc(issnOpf, "publisher"));

        // page 1's editor, once, as editor (MARC relator edt); pages without one add no one
        NodeList contributors = issnOpf.getElementsByTagNameNS(DC_NS, "contributor");
        assertEquals(1, contributors.getLength());
        Element editor = (Element) contributors.item(0);
        assertEquals("林编", editor.getTextContent());
        assertEquals("edt", refinement(issnOpf, editor.getAttribute("id"), "role"));

        // the reader sees the issue number and the page's editor too, in the page's folio
        String page1 = new String(issnEntries.get("OEBPS/page-01.xhtml"), StandardCharsets.UTF_8);
        assertTrue(page1.contains("<p class=\"issue\">青溪日报 2026年11月26日 星期四 第1234期</p>"), page1);
        assertTrue(page1.contains("<p class=\"editor\">责任编辑：林编</p>"), page1);
        String page3 = new String(issnEntries.get("OEBPS/page-03.xhtml"), StandardCharsets.UTF_8);
        assertFalse(page3.contains("class=\"editor\""), page3);
    }

    private static String refinement(Document packageDocument, String id, String property) {
        NodeList metas = packageDocument.getElementsByTagNameNS(OPF_NS, "meta");
        for (int i = 0; i < metas.getLength(); i++) {
            Element m = (Element) metas.item(i);
            if (m.getAttribute("refines").equals("#" + id) && m.getAttribute("property").equals(property)) {
                return m.getTextContent();
            }
        }
        return null;
    }

    @Test
    void teaserLinksPointAtTheArticlesAndUnsafeLinksAreDropped() throws Exception {
        Document page1 = parse(entries.get("OEBPS/page-01.xhtml"));
        Map<String, String> links = new LinkedHashMap<>();
        NodeList anchors = page1.getElementsByTagNameNS(XHTML_NS, "a");
        for (int i = 0; i < anchors.getLength(); i++) {
            Element a = (Element) anchors.item(i);
            links.put(a.getTextContent(), a.getAttribute("href"));
        }
        assertEquals("page-02.xhtml#a2-1", links.get("晚稻喜获丰收 农户笑开颜"));
        assertEquals("page-03.xhtml#a3-1", links.get("城西片区周五停水"));
        assertFalse(links.containsKey(SampleIssue.MISSING_TARGET_TEXT));
        assertFalse(links.containsKey("另见说明"));
        assertTrue(links.get("市园林局网站").startsWith("https://example.org/"));
        assertNotNull(parse(entries.get("OEBPS/page-02.xhtml")).getElementById("a2-1"), "target id exists");
        assertNotNull(parse(entries.get("OEBPS/page-03.xhtml")).getElementById("a3-1"), "target id exists");
    }

    @Test
    void eachStoryIsAnArticleWithItsHeadlineGroupedUnderThePagesHeading() throws Exception {
        Document page1 = parse(entries.get("OEBPS/page-01.xhtml"));
        // the 版 is the page's one h1
        NodeList h1s = page1.getElementsByTagNameNS(XHTML_NS, "h1");
        assertEquals(1, h1s.getLength());
        assertEquals("第1版 要闻", h1s.item(0).getTextContent());
        assertEquals("folio", ((Element) h1s.item(0).getParentNode()).getAttribute("class"));

        Element story = page1.getElementById("a1-1");
        assertEquals("article", story.getLocalName());
        assertEquals("article story lead", story.getAttribute("class"), "the page's lead");
        Element header = child(story, "header").get(0);
        Element hgroup = child(header, "hgroup").get(0);
        List<String> grouped = new ArrayList<>();
        for (Node n = hgroup.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) grouped.add(e.getLocalName() + (e.hasAttribute("class") ? "." + e.getAttribute("class") : "")
                    + " " + e.getTextContent());
        }
        assertEquals(List.of("p.kicker 本报讯", "h2 城东绿道全线贯通市民骑行可达青溪湖畔", "p.subtitle 全长二十八公里 串联十一座公园"), grouped);
        Element title = child(hgroup, "h2").get(0);
        assertEquals(1, title.getElementsByTagNameNS(XHTML_NS, "br").getLength(), "the two printed lines");
        assertEquals(title.getAttribute("id"), story.getAttribute("aria-labelledby"));
        Element byline = child(header, "p").get(0);
        assertEquals("byline", byline.getAttribute("class"));
        assertEquals("本报记者 林晓岚", byline.getTextContent());

        Element dateline = (Element) story.getElementsByTagNameNS(XHTML_NS, "b").item(0);
        assertEquals("本报青溪11月25日电" + SampleIssue.LEAD_PARAGRAPH, dateline.getParentNode().getTextContent());
        // the body's ## is the level below the title; #### after it is clamped so no level is skipped
        assertEquals(List.of("沿线配套"), texts(story, "h3"));
        assertEquals(List.of("数字看绿道"), texts(story, "h4"));
        assertEquals(List.of(), texts(story, "h5"));

        assertEquals("aside", page1.getElementById("a1-2").getLocalName(), "teaser");
        Element photo = page1.getElementById("a1-3");
        assertEquals("article photo", photo.getAttribute("class"), "a photo below the lead is no lead");
        Element figcaption = (Element) photo.getElementsByTagNameNS(XHTML_NS, "figcaption").item(0);
        assertEquals("清晨，市民在青溪湖畔锻炼。 摄影 陈雨桐", figcaption.getTextContent());

        Document page2 = parse(entries.get("OEBPS/page-02.xhtml"));
        assertEquals("article story lead", page2.getElementById("a2-1").getAttribute("class"));
        Element brief = page2.getElementById("a2-2");
        assertEquals("article brief", brief.getAttribute("class"));
        assertEquals(List.of("图书馆延时开放 <𠮷> & 更多"), texts(brief, "h3"), "a brief's title is one level below a story's");
        assertEquals(List.of(), texts(brief, "h2"));
        assertEquals("article box", parse(entries.get("OEBPS/page-03.xhtml")).getElementById("a3-1").getAttribute("class"));
    }

    private static List<String> texts(Element parent, String tag) {
        List<String> result = new ArrayList<>();
        NodeList found = parent.getElementsByTagNameNS(XHTML_NS, tag);
        for (int i = 0; i < found.getLength(); i++) result.add(found.item(i).getTextContent());
        return result;
    }

    @Test
    void englishSentencesAreTaggedAddressesMayBreakAndNumbersKeepTheirUnits() throws Exception {
        Document page1 = parse(entries.get("OEBPS/page-01.xhtml"));
        List<String> english = new ArrayList<>();
        NodeList spans = page1.getElementsByTagNameNS(XHTML_NS, "span");
        for (int i = 0; i < spans.getLength(); i++) {
            Element span = (Element) spans.item(i);
            if (span.hasAttribute("lang")) {
                assertEquals(span.getAttribute("lang"), span.getAttributeNS(XML_NS, "lang"));
                english.add(span.getAttribute("lang") + ":" + span.getTextContent());
            }
        }
        assertEquals(List.of("en:" + SampleIssue.ENGLISH_SENTENCE), english, "the sentence, not the code QX-01 nor the address");

        Element address = paragraphWith(page1, "骑行路线图");
        assertEquals(SampleIssue.ADDRESS_PARAGRAPH, address.getTextContent());
        // a break opportunity after each / . - _ ? & = of the address, none elsewhere
        assertEquals(10, address.getElementsByTagNameNS(XHTML_NS, "wbr").getLength());
        String xhtml = new String(entries.get("OEBPS/page-01.xhtml"), StandardCharsets.UTF_8);
        assertTrue(xhtml.contains("https:/<wbr/>/<wbr/>www.<wbr/>qingxi-<wbr/>garden.<wbr/>example/<wbr/>"), xhtml);

        List<String> unbroken = new ArrayList<>();
        NodeList cells = page1.getElementsByTagNameNS(XHTML_NS, "td");
        for (int i = 0; i < cells.getLength(); i++) {
            for (Element span : child((Element) cells.item(i), "span")) {
                if (span.getAttribute("class").equals("nowrap")) unbroken.add(span.getTextContent());
            }
        }
        assertEquals(List.of(SampleIssue.TABLE_CELL, SampleIssue.TABLE_AMOUNT), unbroken);
    }

    private static Element paragraphWith(Document doc, String start) {
        NodeList ps = doc.getElementsByTagNameNS(XHTML_NS, "p");
        for (int i = 0; i < ps.getLength(); i++) {
            if (ps.item(i).getTextContent().startsWith(start)) return (Element) ps.item(i);
        }
        return fail("no paragraph begins " + start);
    }

    @Test
    void everyContentDocumentHasLanguageAndEveryImageAltAndData() throws Exception {
        int images = 0;
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (!e.getKey().endsWith(".xhtml")) continue;
            Document doc = parse(e.getValue());
            Element html = doc.getDocumentElement();
            assertEquals("zh-Hans", html.getAttribute("lang"), e.getKey());
            assertEquals("zh-Hans", html.getAttributeNS(XML_NS, "lang"), e.getKey());
            NodeList imgs = doc.getElementsByTagNameNS(XHTML_NS, "img");
            for (int i = 0; i < imgs.getLength(); i++) {
                Element img = (Element) imgs.item(i);
                assertTrue(img.hasAttribute("alt"), "alt in " + e.getKey());
                if (img.getAttribute("alt").isBlank()) {
                    // no written alt: the figure's caption is what describes it
                    Element figure = (Element) img.getParentNode();
                    assertEquals("figure", figure.getLocalName(), e.getKey());
                    assertFalse(child(figure, "figcaption").get(0).getTextContent().isBlank(), e.getKey());
                }
                assertTrue(entries.containsKey("OEBPS/" + img.getAttribute("src")), img.getAttribute("src"));
                images++;
            }
            NodeList cells = doc.getElementsByTagNameNS(XHTML_NS, "*");
            for (int i = 0; i < cells.getLength(); i++) {
                assertFalse(((Element) cells.item(i)).hasAttribute("align"), "no align= in " + e.getKey());
            }
        }
        assertEquals(4, images, "cover, photo, inline picture, the photo again");
        long imageItems = entries.keySet().stream().filter(n -> n.startsWith("OEBPS/images/")).count();
        assertEquals(3, imageItems, "a picture used twice is stored once");
        assertEquals("image/jpeg", manifestType("images/img-002.jpg"));
        assertEquals("image/png", manifestType("images/img-001.png"));
    }

    @Test
    void fallbackCoverIsDrawnAndMarked() throws IOException {
        BufferedImage cover = ImageIO.read(new ByteArrayInputStream(entries.get("OEBPS/images/cover.png")));
        assertEquals(CoverPainter.WIDTH, cover.getWidth());
        assertEquals(CoverPainter.HEIGHT, cover.getHeight());
        assertEquals("cover-image", manifestItem("images/cover.png").getAttribute("properties"));
    }

    @Test
    void givenCoverIsCopiedUnchanged() throws IOException {
        byte[] png = tinyPng();
        assertArrayEquals(png, unzip(write(issue, png)).get("OEBPS/images/cover.png"));
    }

    private static byte[] tinyPng() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(30, 40, BufferedImage.TYPE_INT_RGB), "png", png);
        return png.toByteArray();
    }

    @Test
    void controlCharactersNeverReachTheXml() throws Exception {
        Article bell = new Article("01/01-bell", null, ArticleKind.BRIEF, 1, "", List.of("警\u0007报"), "", "", "",
                null, 0, List.of(SampleIssue.paragraph(Inline.plain("正\u0000文\uDC00"))));
        Issue odd = new Issue("x", dir, issue.edition(), List.of(new Page(1, "01", "要\u001B闻", "", List.of(bell), null)));
        Map<String, byte[]> files = unzip(write(odd, tinyPng()));
        for (String name : List.of("OEBPS/content.opf", "OEBPS/nav.xhtml", "OEBPS/toc.ncx", "OEBPS/page-01.xhtml")) {
            assertNotNull(parse(files.get(name)), name);
        }
        assertTrue(new String(files.get("OEBPS/page-01.xhtml"), StandardCharsets.UTF_8).contains("<h3 id=\"a1-1-title\">警报</h3>"));
        assertTrue(new String(files.get("OEBPS/toc.ncx"), StandardCharsets.UTF_8).contains("<text>第1版 要闻</text>"));
    }

    @Test
    void anIssueWithoutPagesIsRefused() {
        Issue empty = new Issue("empty", dir, issue.edition(), List.of());
        assertThrows(IllegalArgumentException.class, () -> write(empty, tinyPng()));
    }

    @Test
    void sameIssueGivesTheSameBytes() throws IOException {
        assertArrayEquals(epub, write(SampleIssue.create(Files.createDirectories(dir.resolve("again"))), null));
    }

    @Test
    void aCorrectedReissueIsModifiedLaterUnderTheSameIdentifier() throws Exception {
        Issue corrected = withEdition(issue, e -> new Edition(e.paper(), e.date(), e.number(), e.publisher(), e.language(),
                e.format(), e.columns(), e.bleedMm(), 2, ""));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String hash = new EpubWriter().write(corrected, null, out);
        Document correctedOpf = parse(unzip(out.toByteArray()).get("OEBPS/content.opf"));
        assertEquals(List.of("2026-11-25T16:02:00Z"), metaValues(correctedOpf, "dcterms:modified"));
        assertEquals(dc("identifier"), dc(correctedOpf, "identifier"));
        // only the revision moved: the content hash stays, so a rebuild is not taken for a correction
        assertEquals(new EpubWriter().write(issue, null, new ByteArrayOutputStream()), hash);
    }

    @Test
    void contentHashFollowsTheContent() throws IOException {
        List<Page> pages = new ArrayList<>(issue.pages());
        Page third = pages.get(2);
        pages.set(2, new Page(third.number(), third.folder(), "副刊", third.editor(), third.articles(), third.span()));
        Issue changed = new Issue(issue.id(), issue.folder(), issue.edition(), pages);
        assertFalse(new EpubWriter().write(issue, null, new ByteArrayOutputStream())
                .equals(new EpubWriter().write(changed, null, new ByteArrayOutputStream())));
    }

    @Test
    void japaneseEditionIsModifiedAtMidnightInJapan() throws Exception {
        Issue japanese = withEdition(issue, e -> new Edition(e.paper(), e.date(), e.number(), e.publisher(), "ja",
                e.format(), e.columns(), e.bleedMm()));
        Document japaneseOpf = parse(unzip(write(japanese, null)).get("OEBPS/content.opf"));
        assertEquals(List.of("2026-11-25T15:00:00Z"), metaValues(japaneseOpf, "dcterms:modified"));
    }

    private static Issue withEdition(Issue issue, UnaryOperator<Edition> change) {
        return new Issue(issue.id(), issue.folder(), change.apply(issue.edition()), issue.pages());
    }

    private static byte[] write(Issue issue, byte[] cover) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EpubWriter().write(issue, cover, out);
        return out.toByteArray();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> result = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                result.put(e.getName(), in.readAllBytes());
            }
        }
        return result;
    }

    static Document parse(byte[] xml) throws ParserConfigurationException, IOException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        // getElementById needs id attributes declared; XHTML ids are plain attributes to the parser.
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("id")) e.setIdAttribute("id", true);
        }
        return doc;
    }

    private static String dc(String name) {
        return dc(opf, name);
    }

    private static String dc(Document packageDocument, String name) {
        return packageDocument.getElementsByTagNameNS(DC_NS, name).item(0).getTextContent();
    }

    private static List<String> metaValues(String property) {
        return metaValues(opf, property);
    }

    private static List<String> metaValues(Document packageDocument, String property) {
        List<String> values = new ArrayList<>();
        NodeList metas = packageDocument.getElementsByTagNameNS(OPF_NS, "meta");
        for (int i = 0; i < metas.getLength(); i++) {
            Element m = (Element) metas.item(i);
            if (m.getAttribute("property").equals(property)) values.add(m.getTextContent());
        }
        return values;
    }

    private static Element manifestItem(String href) {
        NodeList items = opf.getElementsByTagNameNS(OPF_NS, "item");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            if (item.getAttribute("href").equals(href)) return item;
        }
        throw new AssertionError("not in manifest: " + href);
    }

    private static String manifestType(String href) {
        return manifestItem(href).getAttribute("media-type");
    }

    private static List<String> spineHrefs() {
        Map<String, String> hrefById = new LinkedHashMap<>();
        NodeList items = opf.getElementsByTagNameNS(OPF_NS, "item");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            hrefById.put(item.getAttribute("id"), item.getAttribute("href"));
        }
        List<String> hrefs = new ArrayList<>();
        NodeList refs = opf.getElementsByTagNameNS(OPF_NS, "itemref");
        for (int i = 0; i < refs.getLength(); i++) {
            hrefs.add(hrefById.get(((Element) refs.item(i)).getAttribute("idref")));
        }
        return hrefs;
    }

    private static List<Element> child(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(name)) result.add(e);
        }
        return result;
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) count++;
        return count;
    }

    /** Runs EPUBCheck and returns its warnings and errors, each with its place. */
    static List<String> epubCheck(Path file) {
        List<String> problems = new ArrayList<>();
        MasterReport report = new MasterReport() {
            @Override
            public void message(Message message, EPUBLocation location, Object... args) {
                Severity s = message.getSeverity();
                if (s == Severity.WARNING || s == Severity.ERROR || s == Severity.FATAL) {
                    problems.add(s + " " + message.getID() + " " + location + ": " + message.getMessage(args));
                }
            }

            @Override
            public void info(String resource, FeatureEnum feature, String value) {
            }

            @Override
            public int generate() {
                return 0;
            }

            @Override
            public void initialize() {
            }
        };
        new EpubCheck(file.toFile(), report).doValidate();
        return problems;
    }
}
