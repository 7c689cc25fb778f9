package paiban.render.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.cli.IssueBuilder;
import paiban.diag.Diagnostics;
import paiban.diag.SourceSpan;
import paiban.font.FontLibrary;
import paiban.font.FontRole;
import paiban.layout.PageItem;
import paiban.layout.PageLayout;
import paiban.source.Scaffold;
import paiban.text.ComposedLine;
import paiban.text.Composer;
import paiban.text.ParagraphStyle;
import paiban.text.TextRun;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A bold headline's rare character, drawn by the lighter fallback, is stroked to weight in black only. */
class EmboldenedGlyphTest {
    @TempDir
    static Path tmp;

    @Test
    void anEmboldenedGlyphIsFilledAndStrokedInBlackAndItsNeighboursOnlyFilled() throws Exception {
        FontLibrary fonts = FontLibrary.load(Path.of("fonts"));
        Path folder = tmp.resolve("2026-11-26");
        Scaffold.create(folder, LocalDate.of(2026, 11, 26));
        IssueBuilder.Result issue = new IssueBuilder(fonts).check(folder);
        assertTrue(issue.ok(), () -> issue.diagnostics().toString());
        ComposedLine title = new Composer(fonts).compose(List.of(new TextRun("𠮷田健一", FontRole.SANS_BOLD, 28,
                SourceSpan.of(Path.of("a.md"), "a.md").at(2, 1))), 300, ParagraphStyle.HEADLINE, new Diagnostics()).get(0);
        PageLayout page = issue.pages().get(0);
        List<PageItem> items = new ArrayList<>(page.items());
        items.add(new PageItem.TextLine(100, 300, title));
        PageLayout withTitle = new PageLayout(page.number(), page.section(), page.widthPt(), page.heightPt(),
                page.bleedPt(), page.slug(), items, page.modules(), page.fill(), page.warnings());
        byte[] pdf = new PdfRenderer(fonts).write(issue.issue(), List.of(withTitle), PdfOptions.print());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PdfPaint.Mark> glyphs = PdfPaint.of(doc.getPage(0)).painted.stream()
                    .filter(m -> m.what().endsWith("glyph 𠮷") || m.what().endsWith("glyph 健")).toList();
            assertEquals(List.of("stroked glyph 𠮷", "glyph 健"), glyphs.stream().map(PdfPaint.Mark::what).toList());
            for (PdfPaint.Mark m : glyphs) assertArrayEquals(new float[] {0, 0, 0, 1}, m.cmyk(), Arrays.toString(m.cmyk()));
        }
    }
}
