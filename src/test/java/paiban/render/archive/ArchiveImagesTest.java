package paiban.render.archive;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import paiban.cli.IssueBuilder;
import paiban.font.FontLibrary;
import paiban.layout.PageLayout;
import paiban.render.pdf.PdfOptions;

import javax.imageio.ImageIO;
import javax.xml.transform.stream.StreamSource;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** {@code --archive-images}: a 300 dpi PNG of every page, listed in a METS file that still validates; and the ISSN. */
class ArchiveImagesTest {
    @TempDir
    static Path dir;
    static IssueBuilder.Result built;
    static Path out;
    static final IssueBuilder.Outputs OUTPUTS = new IssueBuilder.Outputs(false, false, false, true,
            PdfOptions.Standard.PDF_A_3U, true);

    /** Two tabloid pages of a paper with an ISSN, the first with a photo. */
    @BeforeAll
    static void build() throws IOException {
        Path issue = dir.resolve("2026-04-03");
        Files.createDirectories(issue.resolve("01"));
        Files.createDirectories(issue.resolve("02"));
        Files.createDirectories(issue.resolve("images"));
        Files.writeString(issue.resolve("issue.yaml"), "paper: 柳岸晚报\ndate: 2026-04-03\nformat: tabloid\nissn: 0317-8471\n");
        BufferedImage photo = new BufferedImage(900, 600, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < 600; y++) {
            for (int x = 0; x < 900; x++) photo.setRGB(x, y, (x * 255 / 900) << 16 | (y * 255 / 600) << 8 | 0x40);
        }
        ImageIO.write(photo, "jpeg", issue.resolve("images/ferry.jpg").toFile());
        String body = "柳岸渡口的新渡船昨日下水，两岸居民过江时间由二十分钟缩短到八分钟。船长周立群说，新船更稳，雨天也能照常开航。\n\n";
        Files.writeString(issue.resolve("01/10-ferry.md"), "---\ntitle: 柳岸新渡船下水\nimage: ../images/ferry.jpg\n"
                + "caption: 新渡船靠上柳岸码头。\nalt: 一艘白色渡船停在码头边。\n---\n" + body.repeat(6));
        Files.writeString(issue.resolve("02/10-market.md"), "---\ntitle: 春茶开市 价格平稳\n---\n"
                + "柳岸茶市昨日开市，头茬春茶每斤售价与去年相当，茶农说今年雨水足，芽头饱满。\n\n".repeat(8));
        built = new IssueBuilder(FontLibrary.load(Path.of("fonts"))).build(issue, dir.resolve("out"), OUTPUTS);
        assertTrue(built.ok(), built.diagnostics()::toString);
        out = dir.resolve("out/2026-04-03");
    }

    @Test
    void metsListsEveryPageImageAndValidates() throws Exception {
        Path mets = out.resolve("2026-04-03.mets.xml");
        ArchiveFilesTest.validator("mets-1-12-1.xsd").validate(new StreamSource(mets.toFile()));
        Document doc = ArchiveFilesTest.parse(mets);
        NodeList groups = doc.getElementsByTagNameNS("http://www.loc.gov/METS/", "fileGrp");
        Element images = null;
        for (int i = 0; i < groups.getLength(); i++) {
            if (((Element) groups.item(i)).getAttribute("USE").equals("image")) images = (Element) groups.item(i);
        }
        assertNotNull(images, "a file group of page images");
        NodeList files = images.getElementsByTagNameNS("http://www.loc.gov/METS/", "file");
        assertEquals(built.pages().size(), files.getLength());
        for (int i = 0; i < files.getLength(); i++) {
            Element file = (Element) files.item(i);
            assertEquals("image/png", file.getAttribute("MIMETYPE"));
            String href = ((Element) file.getElementsByTagNameNS("http://www.loc.gov/METS/", "FLocat").item(0))
                    .getAttributeNS("http://www.w3.org/1999/xlink", "href");
            assertTrue(Files.isRegularFile(out.resolve(href)), href);
            // the page's div in the physical map points at its image
            assertEquals(1, count(doc, "mets:div[@TYPE='page'][@ORDER='" + (i + 1) + "']/mets:fptr[@FILEID='"
                    + file.getAttribute("ID") + "']"));
        }
        assertTrue(Files.readString(mets).contains("<dc:relation>urn:ISSN:0317-8471</dc:relation>"));
    }

    @Test
    void eachPageImageIsTheArchivePageAt300Dpi() throws IOException {
        for (PageLayout page : built.pages()) {
            BufferedImage png = ImageIO.read(out.resolve(MetsWriter.imagePath(page.number())).toFile());
            assertNotNull(png);
            double inches = (page.widthPt() + 2 * page.bleedPt()) / 72;
            assertEquals(Math.round(inches * 300), png.getWidth());
            assertEquals(Math.round((page.heightPt() + 2 * page.bleedPt()) / 72 * 300), png.getHeight());
            assertEquals(0xFFFFFF, png.getRGB(5, 5) & 0xFFFFFF, "the bleed is blank paper");
        }
        // the photo (red rising across it, little blue) is drawn: paper and black text have R = B
        BufferedImage first = ImageIO.read(out.resolve(MetsWriter.imagePath(1)).toFile());
        long coloured = 0;
        for (int y = 0; y < first.getHeight(); y += 7) {
            for (int x = 0; x < first.getWidth(); x += 7) {
                int rgb = first.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xFF) - (rgb & 0xFF)) > 60) coloured++;
            }
        }
        assertTrue(coloured > 1000, "the photo is drawn: " + coloured);
    }

    @Test
    void pageImagesAreTheSameBytesRunToRun() throws IOException {
        Path again = dir.resolve("again");
        IssueBuilder.Result second = new IssueBuilder(FontLibrary.load(Path.of("fonts")))
                .build(dir.resolve("2026-04-03"), again, OUTPUTS);
        assertTrue(second.ok());
        for (PageLayout page : built.pages()) {
            String png = MetsWriter.imagePath(page.number());
            assertArrayEquals(Files.readAllBytes(out.resolve(png)), Files.readAllBytes(again.resolve("2026-04-03").resolve(png)), png);
        }
    }

    private static int count(Document doc, String xpath) throws Exception {
        javax.xml.xpath.XPath xp = javax.xml.xpath.XPathFactory.newInstance().newXPath();
        xp.setNamespaceContext(new javax.xml.namespace.NamespaceContext() {
            public String getNamespaceURI(String prefix) {
                return "http://www.loc.gov/METS/";
            }

            public String getPrefix(String uri) {
                return "mets";
            }

            public java.util.Iterator<String> getPrefixes(String uri) {
                return java.util.List.of("mets").iterator();
            }
        });
        return ((NodeList) xp.evaluate("//" + xpath, doc, javax.xml.xpath.XPathConstants.NODESET)).getLength();
    }
}
