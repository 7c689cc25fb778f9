package paiban.text;

import org.junit.jupiter.api.Test;
import paiban.diag.Diagnostic;
import paiban.diag.Diagnostics;
import paiban.font.FontRole;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A bold headline's rare character keeps the headline's weight. */
class BoldFallbackTest {
    @Test
    void aCharacterNoBoldFaceHasIsDrawnByTheFallbackEmboldenedWithAWarning() {
        Diagnostics diags = new Diagnostics();
        List<ComposedLine> lines = new Composer(Samples.FONTS).compose(
                List.of(Samples.run("𠮷田健一来青溪", FontRole.SANS_BOLD, 24)), 400, ParagraphStyle.HEADLINE, diags);
        List<PlacedGlyph> glyphs = lines.get(0).glyphs();
        PlacedGlyph rare = glyphs.get(0);
        assertEquals("𠮷", rare.text());
        assertNotNull(rare.face());
        assertTrue(rare.emboldened(), "drawn by " + rare.face().name() + " without emboldening");
        assertSame(Samples.FONTS.face(FontRole.SANS_BOLD), glyphs.get(1).face());
        assertFalse(glyphs.get(1).emboldened());
        List<Diagnostic> warnings = diags.all();
        assertEquals(1, warnings.size(), warnings.toString());
        String shown = warnings.get(0).format();
        assertTrue(shown.contains("U+20BB7") && shown.contains("lead.md:7"), shown);
    }

    @Test
    void regularTextFallsBackWithoutEmboldening() {
        Diagnostics diags = new Diagnostics();
        List<ComposedLine> lines = new Composer(Samples.FONTS).compose(
                List.of(Samples.run("𠮷田", FontRole.SERIF, 9)), 100, ParagraphStyle.BODY, diags);
        assertFalse(lines.get(0).glyphs().stream().anyMatch(PlacedGlyph::emboldened));
        assertEquals(List.of(), diags.all());
    }
}
