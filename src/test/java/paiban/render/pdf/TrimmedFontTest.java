package paiban.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.font.FontFace;
import paiban.font.FontLibrary;
import paiban.font.FontRole;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrimmedFontTest {
    private static final FontLibrary FONTS = FontLibrary.load(Path.of("fonts"));
    private static final FontRenderContext FRC = new FontRenderContext(null, false, false);

    @TempDir
    Path dir;

    private static BitSet of(String text) {
        BitSet set = new BitSet();
        text.codePoints().forEach(set::set);
        return set;
    }

    /** The trimmed font maps each character to the same glyph, width and outline as the whole file. */
    private void assertKeeps(FontFace face, String text) throws Exception {
        Path file = dir.resolve(face.name() + ".ttf");
        Files.write(file, TrimmedFont.of(face, of(text)));
        FontFace trimmed = FontFace.load("trimmed", file);
        Font whole = Font.createFont(Font.TRUETYPE_FONT, face.file().toFile()).deriveFont(100f);
        Font cut = Font.createFont(Font.TRUETYPE_FONT, file.toFile()).deriveFont(100f);
        BaseFont embedded = BaseFont.createFont(file.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                Files.readAllBytes(file), null);
        text.codePoints().distinct().forEach(cp -> {
            String c = Character.toString(cp);
            assertEquals(face.glyph(cp), trimmed.glyph(cp), "glyph of " + c);
            assertEquals(face.advance(cp), trimmed.advance(cp), "advance of " + c);
            assertTrue(embedded.charExists(cp), "OpenPDF finds " + c);
            assertEquals(face.advance(cp), embedded.getWidth(cp), 1, "OpenPDF's width of " + c);
            Rectangle2D before = whole.createGlyphVector(FRC, c).getOutline().getBounds2D();
            Rectangle2D after = cut.createGlyphVector(FRC, c).getOutline().getBounds2D();
            assertEquals(before, after, "outline of " + c);
            assertFalse(after.isEmpty() && !Character.isWhitespace(cp), "outline of " + c + " is drawn");
        });
        assertFalse(trimmed.has('龙'), "a character not asked for is not in the trimmed font");
        assertFalse(embedded.charExists('龙'));
    }

    @Test
    void keepsGlyphsWidthsAndOutlinesOfTheCharactersAskedFor() throws Exception {
        assertKeeps(FONTS.face(FontRole.SERIF), "青溪日报，“本报讯”GDP 6.1%——《城》");
        assertKeeps(FONTS.face(FontRole.SANS_BOLD), "高新区3家企业入选省级“5G全连接工厂”");
    }

    @Test
    void keepsCharactersBeyondTheBmp() throws Exception {
        FontFace kai = FONTS.fallback();
        assertTrue(kai.has("𠮷".codePointAt(0)), "the fallback face has 𠮷");
        assertKeeps(kai, "吉𠮷㙟");
    }

    @Test
    void isAFractionOfTheFile() throws Exception {
        FontFace serif = FONTS.face(FontRole.SERIF);
        byte[] bytes = TrimmedFont.of(serif, of("本报讯 今年以来，全市经济运行稳中有进。"));
        assertTrue(bytes.length < Files.size(serif.file()) / 20,
                bytes.length + " bytes from a file of " + Files.size(serif.file()));
    }

    @Test
    void theVerticalCutMapsEachCharacterToItsVerticalFormAndKeepsItsOutline() throws Exception {
        FontFace serif = FONTS.of(paiban.font.FontSet.JAPANESE).face(FontRole.SERIF);
        Path file = dir.resolve("vertical.ttf");
        Files.write(file, TrimmedFont.vertical(serif, of("図書館、。「」ー")));
        FontFace trimmed = FontFace.load("trimmed", file);
        Font whole = Font.createFont(Font.TRUETYPE_FONT, serif.file().toFile()).deriveFont(100f);
        Font cut = Font.createFont(Font.TRUETYPE_FONT, file.toFile()).deriveFont(100f);
        for (char c : "、。「」ー".toCharArray()) {
            int vertical = serif.verticalGlyph(c);
            assertEquals(vertical, trimmed.glyph(c), "cmap of " + c + " gives its vertical form");
            Rectangle2D before = whole.createGlyphVector(FRC, new int[] {vertical}).getOutline().getBounds2D();
            Rectangle2D after = cut.createGlyphVector(FRC, new int[] {vertical}).getOutline().getBounds2D();
            assertFalse(after.isEmpty(), "outline of the vertical " + c + " is kept");
            assertEquals(before, after, "outline of the vertical " + c);
        }
        assertEquals(serif.glyph('図'), trimmed.glyph('図'), "a kanji keeps its one form");
    }
}
