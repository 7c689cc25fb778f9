package paiban.font;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class VerticalFormsTest {
    /** Marks whose vertical forms differ from their horizontal glyphs in every Noto face shipped. */
    private static final String TURNED = "「」（）ー…―—";
    /** Japanese and mainland faces set these in a corner of the em, so they have vertical forms; Taiwan's centre them and need none. */
    private static final String STOPS = "、。，";

    private static List<FontFace> notoFaces() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("fonts"))) {
            return files.filter(f -> f.getFileName().toString().matches("Noto.*\\.ttf")).sorted()
                    .map(f -> FontFace.load(f.getFileName().toString(), f)).toList();
        }
    }

    @Test
    void punctuationHasVerticalAlternatesInEveryNotoFace() throws IOException {
        List<FontFace> faces = notoFaces();
        assertEquals(9, faces.size(), "Noto JP, SC and TC faces shipped");
        for (FontFace face : faces) {
            for (char mark : TURNED.toCharArray()) {
                int alternate = face.verticalGlyph(mark);
                assertTrue(alternate > 0, face + ": " + mark + " has a vertical form");
                assertNotEquals(face.glyph(mark), alternate, face + ": " + mark);
            }
            boolean taiwan = face.name().contains("TC");
            for (char stop : STOPS.toCharArray()) {
                assertEquals(!taiwan, face.verticalGlyph(stop) > 0, face + ": " + stop);
            }
            // the faces' — is proportional, without a vertical form of its own: it takes the full-width dash's
            assertEquals(face.verticalGlyph('―'), face.verticalGlyph('—'), face + ": —");
            // “ ” have turned forms in the SC and TC faces; the JP faces draw them proportional and stand 〝 〟 in
            boolean japanese = face.name().contains("JP");
            if (japanese) {
                assertEquals(face.verticalGlyph('〝'), face.verticalGlyph('“'), face + ": “");
                assertEquals(face.verticalGlyph('〟'), face.verticalGlyph('”'), face + ": ”");
            }
            assertTrue(face.verticalGlyph('“') > 0 && face.verticalGlyph('“') != face.glyph('“'), face + ": “ down a line");
            assertEquals(0, face.verticalGlyph('中'), face + ": a Han character stands as it is");
            assertEquals(0, face.verticalGlyph('A'), face + ": Latin has no vert form");
            assertEquals(1000, face.verticalAdvance('中'), face + ": CJK advances 1 em down the line");
            assertEquals(1000, face.verticalAdvance('。'), face + ": and so does its 。");
        }
    }

    @Test
    void japaneseStopsSitInTheTopHalfTaiwansStayCentredBracketsTurn() {
        FontLibrary fonts = FontLibrary.load(Path.of("fonts"));
        FontFace ja = fonts.of(FontSet.JAPANESE).face(FontRole.SERIF), tc = fonts.traditional().face(FontRole.SERIF);
        for (char stop : "、。".toCharArray()) {
            assertTrue(ja.inkInTopHalf(stop), "Japanese " + stop + " in the em's top right");
            assertFalse(tc.inkInTopHalf(stop) || tc.inkInBottomHalf(stop), "Taiwan's " + stop + " is centred");
        }
        for (FontFace face : new FontFace[] {ja, tc}) {
            assertTrue(face.inkInBottomHalf('「') && face.inkInBottomHalf('（'), face + ": opening marks turned down");
            assertTrue(face.inkInTopHalf('」') && face.inkInTopHalf('）'), face + ": closing marks turned up");
            assertFalse(face.inkInTopHalf('中') || face.inkInBottomHalf('中'), face + ": not punctuation");
        }
    }
}
