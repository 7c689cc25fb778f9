package paiban.layout;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import paiban.cli.IssueBuilder;
import paiban.font.FontFace;
import paiban.font.FontLibrary;
import paiban.font.FontRole;
import paiban.font.FontSet;
import paiban.model.Article;
import paiban.model.Block;
import paiban.model.Page;
import paiban.render.pdf.PdfOptions;
import paiban.render.pdf.PdfRenderer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The vertical fixtures' print PDFs read back as a reader's software reads them: PDFBox's glyph
 * positions (every body character stands inside a band, the characters of a line straight down
 * one axis) and poppler's text extraction (each article whole and in reading order).
 */
class VerticalPrintedPageTest {
    private static final FontLibrary FONTS = FontLibrary.load(Path.of("fonts"));
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @TempDir
    Path tmp;

    /** A glyph as PDFBox reads it: its text, and its origin from the trim box's top-left, y down. */
    private record Read(int page, String text, double x, double y, double size, String font, boolean vertical,
                        int code) {
    }

    private record Printed(IssueBuilder.Result issue, Path pdf, List<Read> glyphs) {
    }

    private Printed print(String id) throws IOException {
        IssueBuilder.Result r = new IssueBuilder(FONTS).check(FIXTURES.resolve(id));
        assertTrue(r.ok(), () -> id + ": " + r.diagnostics());
        byte[] bytes = new PdfRenderer(FONTS).write(r.issue(), r.pages(), PdfOptions.print());
        Path pdf = tmp.resolve(id + ".pdf");
        Files.write(pdf, bytes);
        List<Read> glyphs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                private PDRectangle trim;

                @Override
                protected void startPage(PDPage page) throws IOException {
                    trim = page.getTrimBox();
                    super.startPage(page);
                }

                @Override
                protected void processTextPosition(TextPosition p) {
                    double x = p.getTextMatrix().getTranslateX() - trim.getLowerLeftX();
                    double y = trim.getUpperRightY() - p.getTextMatrix().getTranslateY();
                    glyphs.add(new Read(getCurrentPageNo(), p.getUnicode(), x, y, p.getTextMatrix().getScalingFactorY(),
                            p.getFont().getName(), p.getFont().isVertical(), p.getCharacterCodes()[0]));
                }
            };
            stripper.getText(doc);
        }
        return new Printed(r, pdf, glyphs);
    }

    private static boolean ideograph(String text) {
        if (text.codePointCount(0, text.length()) != 1) return false;
        Character.UnicodeScript script = Character.UnicodeScript.of(text.codePointAt(0));
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja-vertical-2026-12-12", "zhhant-vertical-2026-12-13"})
    void everyBodyCharacterStandsInsideABandOnItsLinesAxis(String id) throws IOException {
        Printed printed = print(id);
        int checked = 0;
        for (Page page : printed.issue().issue().pages()) {
            VerticalGrid g = VerticalGrid.of(Grid.of(printed.issue().issue().edition()), page.bands(), page.number() == 1);
            List<Read> body = printed.glyphs().stream().filter(r -> r.page() == page.number() && ideograph(r.text())
                    && Math.abs(r.size() - g.bodySize()) < 0.01).toList();
            for (Read r : body) {
                // an upright character's em box hangs from its origin's baseline: 0.88 em above it, 0.12 below
                double top = r.y() - 0.88 * r.size(), bottom = r.y() + 0.12 * r.size();
                boolean inBand = false;
                for (int b = 0; b < g.bands(); b++) {
                    inBand |= top >= g.bandTop(b) - 0.05 && bottom <= g.bandTop(b) + g.bandHeight() + 0.05;
                }
                assertTrue(inBand, "page " + page.number() + ": " + r + " is not inside a band");
                assertTrue(r.x() >= g.areaLeft() - 0.05 && r.x() + r.size() <= g.lineRight(0) + 0.05,
                        "page " + page.number() + ": " + r + " is outside the type area");
                checked++;
            }
            // down a line, one character under the other on one axis; the next line a pitch to the left,
            // or back to the right where a band or an article begins
            for (int k = 1; k < body.size(); k++) {
                Read a = body.get(k - 1), b = body.get(k);
                if (Math.abs(a.x() - b.x()) < 0.05) {
                    assertTrue(b.y() > a.y(), "page " + page.number() + ": " + b + " is not below " + a);
                } else if (b.x() < a.x()) {
                    assertTrue(a.x() - b.x() >= g.pitch() - 0.05, "page " + page.number() + ": the line of " + b
                            + " is less than a pitch left of " + a);
                }
            }
        }
        assertTrue(checked > 2000, "characters checked: " + checked);
    }

    /**
     * Every mark of the fixtures set down a line (headlines, body, captions, the 題字) is drawn by
     * the glyph id of its face's vertical form: 、。 top right, brackets and ー turned; Taiwan's
     * centred stops, which have none, by their own glyph.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ja-vertical-2026-12-12", "zhhant-vertical-2026-12-13"})
    void marksDownALineAreDrawnInTheirFacesVerticalForms(String id) throws IOException {
        Map<String, FontFace> faces = new HashMap<>();
        for (FontSet set : FontSet.values()) {
            for (FontRole role : FontRole.values()) {
                FontFace face = FONTS.of(set).face(role);
                String file = face.file().getFileName().toString();
                faces.put(file.substring(0, file.length() - ".ttf".length()), face);
            }
        }
        int turned = 0, kept = 0;
        for (Read r : print(id).glyphs()) {
            if (!r.vertical() || r.text().length() != 1 || "、。，「」『』（）ー…".indexOf(r.text().charAt(0)) < 0) continue;
            FontFace face = faces.get(r.font().substring(r.font().indexOf('+') + 1));
            assertNotNull(face, r.font());
            int form = face.verticalGlyph(r.text().charAt(0));
            assertEquals(form != 0 ? form : face.glyph(r.text().charAt(0)), r.code(), r + " in " + face);
            if (form != 0) turned++;
            else kept++;
        }
        assertTrue(turned > 50, "marks drawn in vertical forms: " + turned);
        if (id.startsWith("zhhant")) assertTrue(kept > 100, "Taiwan's centred stops kept: " + kept);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja-vertical-2026-12-12", "zhhant-vertical-2026-12-13"})
    void pdftotextReadsEveryArticleWholeInReadingOrder(String id) throws Exception {
        boolean installed = Files.isExecutable(Path.of("/usr/bin/pdftotext"));
        if (!installed && System.getenv("CI") != null) fail("CI must read the PDF with pdftotext: apt-get install poppler-utils");
        assumeTrue(installed, "skipped: pdftotext (poppler-utils) is not installed");
        Printed printed = print(id);
        for (Page page : printed.issue().issue().pages()) {
            Process p = new ProcessBuilder("pdftotext", "-raw", "-f", "" + page.number(), "-l", "" + page.number(),
                    printed.pdf().toString(), "-").redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s", "");
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            int from = 0;
            for (Article a : page.articles()) {
                String title = a.titleText().replaceAll("\\s", "");
                int at = text.indexOf(title, from);
                assertTrue(at >= 0, "page " + page.number() + ": " + a.id() + "'s title after the article before it");
                String body = (a.dateline() + paragraphs(a.body())).replaceAll("\\s", "");
                int bodyAt = text.indexOf(body, at);
                assertTrue(bodyAt >= 0, "page " + page.number() + ": " + a.id() + "'s body whole and in order in «" + text + "»");
                from = bodyAt + body.length();
            }
        }
    }

    private static String paragraphs(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph para) para.inlines().forEach(in -> sb.append(in.text()));
            else if (b instanceof Block.Heading h) h.inlines().forEach(in -> sb.append(in.text()));
            else if (b instanceof Block.Quote q) sb.append(paragraphs(q.blocks()));
            else fail("the vertical fixtures hold paragraphs, subheads and quotes only: " + b);
        }
        return sb.toString();
    }
}
