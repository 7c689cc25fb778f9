package paiban.render.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import paiban.cli.IssueBuilder;
import paiban.font.FontLibrary;
import paiban.layout.PageItem;
import paiban.layout.PageLayout;
import paiban.source.Scaffold;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The print PDF as a printer's preflight sees it (PDF/X-1a keys, boxes, inks, marks), the archive
 * copy as veraPDF sees it (PDF/A-1b), and both as byte-for-byte reproducible.
 */
class PdfConformanceTest {
    @TempDir
    static Path tmp;
    static PdfRenderer renderer;
    static IssueBuilder.Result sample;
    /** The scaffold issue of {@code paiban new}; its page 2 holds text and rules, no picture. */
    static IssueBuilder.Result small;
    static byte[] print, archive, pageAlone, blackPage;

    @BeforeAll
    static void write() throws Exception {
        FontLibrary fonts = FontLibrary.load(Path.of("fonts"));
        IssueBuilder builder = new IssueBuilder(fonts);
        sample = builder.check(Path.of("issues/2026-11-26"));
        assertTrue(sample.ok(), () -> "sample did not lay out: " + sample.diagnostics());
        Path folder = tmp.resolve("2026-11-26");
        Scaffold.create(folder, LocalDate.of(2026, 11, 26));
        small = builder.check(folder);
        assertTrue(small.ok(), () -> "scaffold did not lay out: " + small.diagnostics());
        renderer = new PdfRenderer(fonts);
        print = render(sample, PdfOptions.print());
        archive = render(sample, PdfOptions.archive());
        pageAlone = renderPage(sample, 1, PdfOptions.print());
        blackPage = renderBlackOnly(small.pages().get(1));
    }

    /** The page without its red items (the paper's name in the folio): black text and rules alone. */
    static byte[] renderBlackOnly(PageLayout page) throws IOException {
        List<PageItem> black = page.items().stream().filter(item -> !isRed(item)).toList();
        assertTrue(black.stream().anyMatch(item -> item instanceof PageItem.TextLine));
        assertTrue(black.stream().noneMatch(item -> item instanceof PageItem.Image));
        PageLayout blackOnly = new PageLayout(page.number(), page.section(), page.widthPt(), page.heightPt(),
                page.bleedPt(), page.slug(), black, page.modules(), page.fill(), page.warnings());
        return renderer.write(small.issue(), List.of(blackOnly), PdfOptions.print());
    }

    private static boolean isRed(PageItem item) {
        return item instanceof PageItem.TextLine t && t.ink() == PageItem.Ink.RED
                || item instanceof PageItem.Rule r && r.ink() == PageItem.Ink.RED;
    }

    static byte[] render(IssueBuilder.Result r, PdfOptions options) throws IOException {
        return renderer.write(r.issue(), r.pages(), options);
    }

    /** A page as the command line writes it: split from the issue's PDF. */
    static byte[] renderPage(IssueBuilder.Result r, int number, PdfOptions options) throws IOException {
        return renderer.splitPages(r.issue(), r.pages(), options, render(r, options)).get(number - 1);
    }

    /** The sample's JPEGs go in unchanged; the scaffold's PNG is re-encoded as RGB JPEG. */
    @Test
    void archiveIsPdfA3uAndPdfA1bOnRequest() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        assertEquals("", pdfAFailures(archive, PDFAFlavour.PDFA_3_U));
        assertEquals("", pdfAFailures(render(small, PdfOptions.archive()), PDFAFlavour.PDFA_3_U));
        PdfOptions oldLevel = PdfOptions.archive(PdfOptions.Standard.PDF_A_1B);
        assertEquals("", pdfAFailures(render(sample, oldLevel), PDFAFlavour.PDFA_1_B));
        assertEquals("", pdfAFailures(render(small, oldLevel), PDFAFlavour.PDFA_1_B));
    }

    /** The archive copy carries the issue folder's files as a zip, the document's source. */
    @Test
    void archiveEmbedsTheSourcesAsAnAssociatedFile() throws Exception {
        try (PDDocument doc = Loader.loadPDF(archive)) {
            COSArray af = doc.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF"));
            assertNotNull(af, "the catalog lists associated files");
            org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification spec =
                    new org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification((COSDictionary) af.getObject(0));
            assertEquals("Source", spec.getCOSObject().getNameAsString("AFRelationship"));
            assertEquals("2026-11-26-sources.zip", spec.getFileUnicode());
            var names = doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            assertEquals(java.util.Set.of("2026-11-26-sources.zip"), names.keySet(), "listed as an attachment too");
            var file = spec.getEmbeddedFile();
            assertEquals("application/zip", file.getSubtype());
            java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
            try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(file.toByteArray()))) {
                for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null; ) entries.put(e.getName(), zip.readAllBytes());
            }
            Path issue = Path.of("issues/2026-11-26");
            List<String> expected = new ArrayList<>();
            for (Path f : SourceZip.files(issue)) expected.add("2026-11-26/" + issue.relativize(f).toString().replace('\\', '/'));
            assertEquals(expected, List.copyOf(entries.keySet()));
            assertTrue(expected.contains("2026-11-26/issue.yaml"), expected.toString());
            assertTrue(expected.stream().anyMatch(n -> n.endsWith(".jpg")), "the pictures too: " + expected);
            assertArrayEquals(Files.readAllBytes(issue.resolve("issue.yaml")), entries.get("2026-11-26/issue.yaml"));
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfaid:part>3</pdfaid:part>") && xmp.contains("<pdfaid:conformance>U</pdfaid:conformance>"), xmp);
            assertTrue(xmp.contains("paiban " + paiban.Version.NUMBER), xmp);
            assertTrue(xmp.contains(">" + sample.issue().edition().language() + "</rdf:li>"), xmp);
        }
    }

    static String pdfAFailures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                    .distinct().collect(Collectors.joining("\n"));
            return result.isCompliant() || !failures.isEmpty() ? failures : "not compliant: " + result.getJobEndStatus();
        }
    }

    /** The PNG, separated as PictureInks says, reads back from the print PDF as those inks (not inverted). */
    @Test
    void picturesPrintInTheirSeparatedInks() throws IOException {
        BufferedImage source = ImageIO.read(small.issue().folder().resolve("images/example.png").toFile());
        double[] expected = new double[4];
        for (int y = 0; y < source.getHeight(); y++) {
            for (int x = 0; x < source.getWidth(); x++) {
                Color c = new Color(source.getRGB(x, y));
                int[] ink = cmyk(c.getRed(), c.getGreen(), c.getBlue());
                for (int n = 0; n < 4; n++) expected[n] += ink[n] / 255.0;
            }
        }
        try (PDDocument doc = Loader.loadPDF(renderPage(small, 1, PdfOptions.print()))) {
            PDResources resources = doc.getPage(0).getResources();
            PDImageXObject image = null;
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject i) image = i;
            }
            assertNotNull(image);
            assertEquals(PDDeviceCMYK.INSTANCE, image.getColorSpace());
            WritableRaster raw = image.getRawRaster();
            assertEquals(source.getWidth(), raw.getWidth());
            double[] actual = new double[4];
            int[] pixel = new int[4];
            for (int y = 0; y < raw.getHeight(); y++) {
                for (int x = 0; x < raw.getWidth(); x++) {
                    raw.getPixel(x, y, pixel);
                    for (int n = 0; n < 4; n++) actual[n] += pixel[n] / 255.0;
                }
            }
            int pixels = raw.getWidth() * raw.getHeight();
            for (int n = 0; n < 4; n++) {
                assertEquals(expected[n] / pixels, actual[n] / pixels, 0.01, "mean of ink " + "CMYK".charAt(n));
            }
        }
    }

    @Test
    void archiveKeepsTheOutlineAndMetadataOfThePrintPdf() throws IOException {
        try (PDDocument p = Loader.loadPDF(print); PDDocument a = Loader.loadPDF(archive)) {
            assertEquals(outline(p), outline(a));
            assertFalse(outline(p).isEmpty());
            PDDocumentInformation pi = p.getDocumentInformation(), ai = a.getDocumentInformation();
            assertEquals(pi.getTitle(), ai.getTitle());
            assertEquals(pi.getAuthor(), ai.getAuthor());
            assertEquals(pi.getSubject(), ai.getSubject());
            assertEquals(pi.getCreationDate(), ai.getCreationDate());
            assertEquals(p.getDocumentCatalog().getLanguage(), a.getDocumentCatalog().getLanguage());
            assertEquals(p.getNumberOfPages(), a.getNumberOfPages());
            assertNotNull(a.getDocumentCatalog().getMetadata(), "PDF/A needs XMP");
        }
    }

    private static List<String> outline(PDDocument doc) {
        List<String> titles = new ArrayList<>();
        var root = doc.getDocumentCatalog().getDocumentOutline();
        for (var page : root.children()) {
            titles.add(page.getTitle());
            for (var article : page.children()) titles.add("  " + article.getTitle());
        }
        return titles;
    }

    @Test
    void printCarriesThePdfXKeys() throws IOException {
        try (PDDocument doc = Loader.loadPDF(print)) {
            assertEquals(1.3f, doc.getVersion(), 0.001f);
            PDDocumentInformation info = doc.getDocumentInformation();
            COSDictionary dict = info.getCOSObject();
            assertEquals("PDF/X-1:2001", dict.getString("GTS_PDFXVersion"));
            assertEquals("PDF/X-1a:2001", dict.getString("GTS_PDFXConformance"));
            assertEquals(COSName.getPDFName("False"), dict.getDictionaryObject(COSName.TRAPPED));
            Calendar day = info.getCreationDate();
            assertEquals(2026, day.get(Calendar.YEAR));
            assertEquals(Calendar.NOVEMBER, day.get(Calendar.MONTH));
            assertEquals(26, day.get(Calendar.DAY_OF_MONTH));
            assertEquals(0, day.get(Calendar.HOUR_OF_DAY));
            assertEquals(8 * 3600_000, day.getTimeZone().getRawOffset());
            assertEquals(day, info.getModificationDate());
            assertEquals(sample.issue().edition().paper() + " 2026年11月26日", info.getTitle());

            COSArray intents = (COSArray) doc.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.OUTPUT_INTENTS);
            assertEquals(1, intents.size());
            COSDictionary intent = (COSDictionary) intents.getObject(0);
            assertEquals(COSName.getPDFName("GTS_PDFX"), intent.getDictionaryObject(COSName.S));
            assertEquals(PdfRenderer.OUTPUT_CONDITION_ID, intent.getString(COSName.OUTPUT_CONDITION_IDENTIFIER));
            assertEquals("http://www.color.org", intent.getString(COSName.getPDFName("RegistryName")));
        }
    }

    @Test
    void trimIsTheFormatBleedAddsTheBleedMediaHoldsTheMarks() throws IOException {
        try (PDDocument doc = Loader.loadPDF(print)) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                PageLayout layout = sample.pages().get(i);
                PDRectangle trim = page.getTrimBox(), bleed = page.getBleedBox(), media = page.getMediaBox();
                double b = layout.bleedPt();
                assertEquals(layout.widthPt(), trim.getWidth(), 0.01);
                assertEquals(layout.heightPt(), trim.getHeight(), 0.01);
                assertEquals(trim.getLowerLeftX() - b, bleed.getLowerLeftX(), 0.01);
                assertEquals(trim.getLowerLeftY() - b, bleed.getLowerLeftY(), 0.01);
                assertEquals(trim.getWidth() + 2 * b, bleed.getWidth(), 0.01);
                assertEquals(trim.getHeight() + 2 * b, bleed.getHeight(), 0.01);
                Rectangle2D mediaBox = box(media);
                assertTrue(inside(mediaBox, box(bleed)), "media box holds the bleed box");
                assertTrue(mediaBox.getWidth() > bleed.getWidth() + 20, "room for marks");
                List<PdfPaint.Mark> marks = PdfPaint.of(page).painted.stream().filter(PdfPaint.Mark::registration).toList();
                assertFalse(marks.isEmpty(), "page " + (i + 1) + " has no marks");
                for (PdfPaint.Mark m : marks) assertTrue(inside(mediaBox, m.bounds()), "outside the media box: " + m);
            }
        }
    }

    @Test
    void printHasNoRgbColourAnywhere() throws IOException {
        for (byte[] pdf : List.of(print, pageAlone, renderPage(small, 1, PdfOptions.print()))) {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                for (int i = 0; i < doc.getNumberOfPages(); i++) {
                    PdfPaint paint = PdfPaint.of(doc.getPage(i));
                    assertEquals(List.of(), paint.foreignColour, "page " + (i + 1));
                    assertTrue(paint.painted.stream().anyMatch(m -> m.what().equals("image")), "pictures were read");
                }
            }
        }
    }

    @Test
    void textAndRulesAreBlackOnlyAndMarksStayOutsideTheBleed() throws IOException {
        try (PDDocument doc = Loader.loadPDF(print)) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                Rectangle2D bleed = box(page.getBleedBox());
                StringBuilder slug = new StringBuilder();
                for (PdfPaint.Mark m : PdfPaint.of(page).painted) {
                    if (m.registration()) {
                        assertFalse(overlap(m.bounds(), bleed), "page " + (i + 1) + " mark inside the bleed: " + m);
                        if (m.what().startsWith("glyph ")) slug.append(m.what().substring(6));
                    } else if (!m.what().equals("image")) {
                        float[] ink = m.cmyk();
                        boolean black = ink[0] == 0 && ink[1] == 0 && ink[2] == 0 && ink[3] == 1;
                        boolean masthead = ink[0] == 0 && ink[1] == 1 && ink[2] == 1 && ink[3] == 0;
                        assertTrue(black || masthead, "page " + (i + 1) + " not 100% K: " + m);
                    }
                }
                assertEquals(sample.pages().get(i).slug(), slug.toString());
            }
        }
    }

    @Test
    void withoutMarksTheMediaIsTheBleedBox() throws IOException {
        byte[] bare = renderPage(sample, 2, PdfOptions.print().withMarks(false));
        try (PDDocument doc = Loader.loadPDF(bare)) {
            PDPage page = doc.getPage(0);
            assertEquals(box(page.getBleedBox()), box(page.getMediaBox()));
            assertTrue(PdfPaint.of(page).painted.stream().noneMatch(PdfPaint.Mark::registration));
        }
        assertThrows(IllegalArgumentException.class, () -> PdfOptions.archive().withMarks(true));
    }

    @Test
    void aPageAloneIsThatPage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pageAlone)) {
            assertEquals(1, doc.getNumberOfPages());
            assertTrue(doc.getDocumentInformation().getTitle().endsWith("第1版"));
            assertEquals("PDF/X-1:2001", doc.getDocumentInformation().getCOSObject().getString("GTS_PDFXVersion"));
        }
    }

    @Test
    void identicalLayoutsGiveIdenticalBytes() throws IOException {
        assertArrayEquals(print, render(sample, PdfOptions.print()));
        assertArrayEquals(archive, render(sample, PdfOptions.archive()));
        assertArrayEquals(pageAlone, renderPage(sample, 1, PdfOptions.print()));
        assertArrayEquals(blackPage, renderBlackOnly(small.pages().get(1)));
        PdfRenderer fresh = new PdfRenderer(FontLibrary.load(Path.of("fonts")));
        byte[] issuePdf = fresh.write(sample.issue(), sample.pages(), PdfOptions.print());
        assertArrayEquals(pageAlone, fresh.splitPages(sample.issue(), sample.pages(), PdfOptions.print(),
                issuePdf).get(0), "a second renderer writes the same bytes");
    }

    @Test
    void aPagePdfHoldsOnlyItsOwnPageWithTheIssuesFonts() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pageAlone)) {
            assertEquals(1, doc.getNumberOfPages());
        }
        assertEquals(subsetNames(renderPage(sample, 1, PdfOptions.print())), subsetNames(pageAlone));
        assertTrue(subsetNames(pageAlone).stream().allMatch(n -> n.matches("[A-Z]{6}\\+.*")), "fonts are subsets");
    }

    private static List<String> subsetNames(byte[] pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (COSName name : doc.getPage(0).getResources().getFontNames()) {
                names.add(doc.getPage(0).getResources().getFont(name).getName());
            }
        }
        names.sort(null);
        return names;
    }

    @Test
    void qpdfFindsNoErrors() throws Exception {
        assumeTrue(onPath("qpdf"), "qpdf is not installed");
        for (byte[] pdf : List.of(print, archive, pageAlone)) {
            Path file = Files.write(Files.createTempFile(tmp, "check", ".pdf"), pdf);
            Run run = run("qpdf", "--check", file.toString());
            assertEquals(0, run.code, run.output);
            assertTrue(run.output.contains("No syntax or stream encoding errors"), run.output);
        }
    }

    @Test
    void aBlackTextPageUsesTheBlackPlateAlone() throws Exception {
        assumeTrue(onPath("gs"), "Ghostscript is not installed");
        Path file = Files.write(tmp.resolve("black-page.pdf"), blackPage);
        double[] ink = inkCoverage(file, "-dUseTrimBox");
        assertArrayEquals(new double[] {0, 0, 0}, new double[] {ink[0], ink[1], ink[2]}, "C, M, Y of " + file);
        assertTrue(ink[3] > 0.001, "some black: " + ink[3]);
        double[] withMarks = inkCoverage(file);
        assertTrue(withMarks[0] > 0, "the marks outside the trim print on every plate");

        Path folio = Files.write(tmp.resolve("folio-page.pdf"), renderPage(small, 2, PdfOptions.print()));
        double[] red = inkCoverage(folio, "-dUseTrimBox");
        assertEquals(0, red[0], "no cyan: the folio's red is M+Y, its text K");
        assertTrue(red[1] > 0 && red[2] > 0, "the folio's red");
    }

    /** Ghostscript's inkcov of the first page: C, M, Y, K coverage as fractions of the area. */
    private static double[] inkCoverage(Path file, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("gs", "-q", "-o", "-", "-sDEVICE=inkcov"));
        command.addAll(List.of(options));
        command.add(file.toString());
        Run run = run(command.toArray(String[]::new));
        assertEquals(0, run.code, run.output);
        String[] f = run.output.trim().split("\\s+");
        return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                Double.parseDouble(f[3])};
    }

    @Test
    void cmykSeparationFormula() {
        assertArrayEquals(new int[] {0, 0, 0, 0}, cmyk(255, 255, 255));
        assertArrayEquals(new int[] {0, 0, 0, 255}, cmyk(0, 0, 0));
        assertArrayEquals(new int[] {0, 0, 0, 127}, cmyk(128, 128, 128), "greys print on black alone");
        assertArrayEquals(new int[] {0, 255, 255, 0}, cmyk(255, 0, 0));
        assertArrayEquals(new int[] {128, 0, 255, 0}, cmyk(127, 255, 0));
        int[] dark = cmyk(5, 0, 2);
        assertEquals(PictureInks.TOTAL_INK_LIMIT * 255, dark[0] + dark[1] + dark[2] + dark[3], 2,
                "a near-black stays within the ink limit");
    }

    static int[] cmyk(int r, int g, int b) {
        int[] ink = new int[4];
        PictureInks.separate(r, g, b, ink);
        return ink;
    }

    /** Containment that, unlike Rectangle2D's, holds for a line's zero-height bounds. */
    private static boolean inside(Rectangle2D outer, Rectangle2D inner) {
        return inner.getMinX() >= outer.getMinX() && inner.getMaxX() <= outer.getMaxX()
                && inner.getMinY() >= outer.getMinY() && inner.getMaxY() <= outer.getMaxY();
    }

    /** Whether the interiors meet; holds for a line's zero-height bounds too. */
    private static boolean overlap(Rectangle2D a, Rectangle2D b) {
        return a.getMinX() < b.getMaxX() && a.getMaxX() > b.getMinX()
                && a.getMinY() < b.getMaxY() && a.getMaxY() > b.getMinY();
    }

    private static Rectangle2D box(PDRectangle r) {
        return new Rectangle2D.Double(r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(), r.getHeight());
    }

    private record Run(int code, String output) {
    }

    private static Run run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out: " + String.join(" ", command));
        return new Run(p.exitValue(), output);
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv("PATH").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) return true;
        }
        return false;
    }
}
