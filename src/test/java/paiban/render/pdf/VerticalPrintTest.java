package paiban.render.pdf;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import paiban.cli.IssueBuilder;
import paiban.diag.Diagnostics;
import paiban.diag.SourceSpan;
import paiban.font.FontFace;
import paiban.font.FontLibrary;
import paiban.font.FontRole;
import paiban.font.FontSet;
import paiban.layout.PageItem;
import paiban.layout.PageLayout;
import paiban.source.Scaffold;
import paiban.text.Alignment;
import paiban.text.ComposedLine;
import paiban.text.Composer;
import paiban.text.Language;
import paiban.text.ParagraphStyle;
import paiban.text.PlacedGlyph;
import paiban.text.Stance;
import paiban.text.TextRun;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Vertical lines (縦組み) of Japanese and Taiwanese text as the print PDF draws them, read back with
 * PDFBox and poppler's pdftotext: glyphs top to bottom at one x, punctuation in the faces'
 * vertical forms, 縦中横 digits upright within one em, the text in reading order.
 */
class VerticalPrintTest {
    static final String JA = "市立図書館は12月から、開館時間を延ばす。「仕事帰りに寄りたい」という声（利用者アンケート）が多かった……"
            + "2026年度からはJR駅前の分館でも——読み聞かせを再開する。";
    static final String ZH = "市府今天宣布，12月起延長圖書館開放時間。館長說：「希望更多上班族利用。」（記者林曉舟）";
    static final double SIZE = 10, MEASURE = 150, TOP = 100, RIGHT = 500, PITCH = 16;

    @TempDir
    static Path tmp;
    static FontLibrary fonts;
    static IssueBuilder.Result issue;
    static List<ComposedLine> ja, zh;
    static byte[] pdf;

    @BeforeAll
    static void render() throws Exception {
        fonts = FontLibrary.load(Path.of("fonts"));
        Path folder = tmp.resolve("2026-11-26");
        Scaffold.create(folder, LocalDate.of(2026, 11, 26));
        issue = new IssueBuilder(fonts).check(folder);
        assertTrue(issue.ok(), () -> issue.diagnostics().toString());
        ja = compose(Composer.vertical(fonts.of(FontSet.JAPANESE), Language.JA), JA);
        zh = compose(Composer.vertical(fonts.traditional(), Language.ZH_HANT), ZH);
        pdf = write(page());
        String keep = System.getProperty("paiban.vertical.pdf");
        if (keep != null) Files.write(Path.of(keep), pdf);
    }

    private static List<ComposedLine> compose(Composer composer, String text) {
        SourceSpan span = SourceSpan.of(Path.of("a.md"), "a.md").at(1, 1);
        return composer.compose(List.of(new TextRun(text, FontRole.SERIF, SIZE, span)), MEASURE,
                new ParagraphStyle(Alignment.JUSTIFY, 1, false), new Diagnostics());
    }

    /** The Japanese lines from the right, then the Taiwanese ones below them, each line PITCH left of the one before. */
    static List<PageItem> page() {
        List<PageItem> items = new ArrayList<>();
        for (int i = 0; i < ja.size(); i++) items.add(new PageItem.VerticalLine(RIGHT - i * PITCH, TOP, ja.get(i), PageItem.Ink.BLACK));
        for (int i = 0; i < zh.size(); i++) {
            items.add(new PageItem.VerticalLine(RIGHT - i * PITCH, TOP + MEASURE + 40, zh.get(i), PageItem.Ink.BLACK));
        }
        return items;
    }

    static byte[] write(List<PageItem> items) throws IOException {
        return write(items, PdfOptions.print());
    }

    static byte[] write(List<PageItem> items, PdfOptions options) throws IOException {
        PageLayout page = issue.pages().get(0);
        PageLayout vertical = new PageLayout(page.number(), page.section(), page.widthPt(), page.heightPt(),
                page.bleedPt(), page.slug(), items, List.of(), page.fill(), List.of());
        return new PdfRenderer(fonts).write(issue.issue(), List.of(vertical), options);
    }

    /** The page's glyphs one by one as PDFBox reads them (see {@link PdfGlyphs#drawn}). */
    static List<PdfGlyphs.Glyph> read(byte[] pdf) throws IOException {
        Path file = Files.createTempFile(tmp, "vertical", ".pdf");
        Files.write(file, pdf);
        return new PdfGlyphs(file).drawn.get(0);
    }

    @Test
    void everyUprightGlyphStandsOnItsLinesAxisWhereTheComposerPutItDownTheLine() throws IOException {
        List<PdfGlyphs.Glyph> drawn = read(pdf);
        List<ComposedLine> lines = new ArrayList<>(ja);
        lines.addAll(zh);
        // the page's offset from the layout's coordinates, from the first glyph (市, upright, its em box left of the axis)
        double dx = drawn.get(0).x() + SIZE / 2 - RIGHT, dy = drawn.get(0).baseline() - (TOP + ja.get(0).glyphs().get(0).x()
                + FontFace.EM_BOX_TOP * SIZE);
        int at = 0, upright = 0;
        for (int l = 0; l < lines.size(); l++) {
            double axis = RIGHT - (l < ja.size() ? l : l - ja.size()) * PITCH + dx;
            double top = (l < ja.size() ? TOP : TOP + MEASURE + 40) + dy;
            double previous = Double.NEGATIVE_INFINITY;
            for (PlacedGlyph g : lines.get(l).glyphs()) {
                PdfGlyphs.Glyph d = drawn.get(at++);
                assertEquals(g.text(), d.text(), "the content order is the reading order, line " + l);
                if (g.stance().orientation() != Stance.Orientation.UPRIGHT || g.face().advance(g.codePoint()) != 1000) continue;
                assertEquals(axis - SIZE / 2, d.x(), 0.01, "centred on line " + l + "'s axis: " + g.text());
                assertEquals(top + g.x() + FontFace.EM_BOX_TOP * SIZE, d.baseline(), 0.01, "at its place down line " + l + ": " + g.text());
                assertTrue(d.baseline() > previous, "top to bottom");
                previous = d.baseline();
                upright++;
            }
        }
        assertTrue(upright > 80, "upright glyphs checked: " + upright);
    }

    @Test
    void punctuationIsDrawnWithTheFacesVerticalForms() throws IOException {
        FontFace serifJp = fonts.of(FontSet.JAPANESE).face(FontRole.SERIF);
        int checked = 0;
        for (PdfGlyphs.Glyph r : read(pdf)) {
            if (!r.font().contains("SerifJP") || r.text().length() != 1 || "、。「」（）ー…—".indexOf(r.text().charAt(0)) < 0) continue;
            assertEquals(serifJp.verticalGlyph(r.text().charAt(0)), r.code(), "CID of " + r.text() + " is its vertical form");
            checked++;
        }
        assertEquals(JA.chars().filter(c -> "、。「」（）ー…—".indexOf(c) >= 0).count(), checked, "every mark checked");
    }

    @Test
    void combinedDigitsStandUprightSideBySideWithinOneEm() throws IOException {
        List<PdfGlyphs.Glyph> all = read(pdf);
        int at = 0;
        while (!(all.get(at).text().equals("1") && all.get(at + 1).text().equals("2"))) at++;
        PdfGlyphs.Glyph one = all.get(at), two = all.get(at + 1);
        assertEquals(one.baseline(), two.baseline(), 0.01, "one baseline: side by side");
        FontFace face = fonts.of(FontSet.JAPANESE).face(FontRole.SERIF);
        double axis = all.get(0).x() + SIZE / 2; // 市 is upright on the first line: its em box is centred on the axis
        PlacedGlyph unit = ja.stream().flatMap(l -> l.glyphs().stream()).filter(g -> g.text().equals("1")).findFirst().orElseThrow();
        double right = two.x() + face.advance('2') * SIZE / 1000 * unit.stance().scale();
        assertTrue(one.x() >= axis - SIZE / 2 - 0.01 && right <= axis + SIZE / 2 + 0.01, "within the em: " + one.x() + ".." + right);
        assertEquals(axis, (one.x() + right) / 2, 0.01, "centred on the axis");
        assertEquals(Stance.Orientation.COMBINED, unit.stance().orientation());
    }

    @Test
    void theArchiveCopyOfVerticalLinesIsPdfA3uAndEveryRunIsByteIdentical() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        assertEquals("", PdfConformanceTest.pdfAFailures(write(page(), PdfOptions.archive()), PDFAFlavour.PDFA_3_U));
        assertArrayEquals(pdf, write(page()), "the same page twice gives the same bytes");
    }

    @Test
    void pdftotextRawReadsEachLineTopToBottomInOrder() throws Exception {
        boolean installed = Files.isExecutable(Path.of("/usr/bin/pdftotext"));
        if (!installed && System.getenv("CI") != null) fail("CI must read the PDF with pdftotext: apt-get install poppler-utils");
        assumeTrue(installed, "skipped: pdftotext (poppler-utils) is not installed");
        Path file = tmp.resolve("vertical.pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder("pdftotext", "-raw", file.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, text);
        List<String> expected = new ArrayList<>();
        for (List<ComposedLine> lines : List.of(ja, zh)) lines.forEach(l -> expected.add(l.text()));
        assertEquals(expected, text.lines().limit(expected.size()).toList(), "each vertical line, top to bottom, in order");
    }
}
