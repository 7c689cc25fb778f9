package paiban.font;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class FontLibraryTest {
    static FontLibrary fonts;

    @BeforeAll
    static void load() {
        fonts = FontLibrary.load(Path.of("fonts"));
    }

    @Test
    void hanIsOneEmAndLatinIsNarrower() {
        FontFace serif = fonts.face(FontRole.SERIF);
        assertEquals(1000, serif.advance('中'));
        assertEquals(1000, serif.advance('，'));
        assertTrue(serif.advance('i') < 400, "i is narrow");
        assertTrue(serif.advance('M') > serif.advance('i'));
    }

    @Test
    void rareCharacterFallsBackToKai() {
        int tsuchiYoshi = 0x20BB7; // 𠮷
        assertFalse(fonts.face(FontRole.SERIF).has(tsuchiYoshi));
        assertSame(fonts.face(FontRole.KAI), fonts.resolve(FontRole.SERIF, tsuchiYoshi));
        assertSame(fonts.face(FontRole.SERIF), fonts.resolve(FontRole.SERIF, '吉'));
    }

    @Test
    void characterNoFontHasResolvesToNull() {
        assertNull(fonts.resolve(FontRole.SERIF, 0xE000 + 123)); // private use area
    }

    @Test
    void verticalMetricsAreSane() {
        FontFace sans = fonts.face(FontRole.SANS_BOLD);
        assertTrue(sans.ascender() > 700 && sans.ascender() < 1200, "ascender " + sans.ascender());
        assertTrue(sans.descender() < 0);
    }

    @Test
    void mainlandFontsSetStopsInTheLeftHalfTaiwansCentreThem() {
        FontFace sc = fonts.face(FontRole.SERIF), tc = fonts.traditional().face(FontRole.SERIF);
        assertTrue(tc.file().getFileName().toString().startsWith("NotoSerifTC"), tc.toString());
        for (char stop : "。，、：；".toCharArray()) {
            assertTrue(sc.inkInLeftHalf(stop), "mainland " + stop);
            assertFalse(tc.inkInLeftHalf(stop) || tc.inkInRightHalf(stop), "Taiwan " + stop + " is centred");
        }
        for (FontFace face : new FontFace[] {sc, tc}) {
            assertTrue(face.inkInRightHalf('「') && face.inkInRightHalf('“'), face + ": opening marks");
            assertTrue(face.inkInLeftHalf('」') && face.inkInLeftHalf('”'), face + ": closing marks");
            assertFalse(face.inkInLeftHalf('中') || face.inkInRightHalf('中'), face + ": not punctuation");
        }
    }

    @Test
    void aTraditionalLibraryFallsBackToTheSimplifiedFaceOfTheSameRole() {
        FontLibrary tc = fonts.traditional();
        assertSame(tc, fonts.traditional(), "loaded once");
        assertSame(tc, tc.traditional());
        int simplifiedOnly = "这们说发现进经济发"
                .codePoints().filter(c -> !tc.face(FontRole.SANS_BOLD).has(c)).findFirst().orElseThrow();
        assertSame(fonts.face(FontRole.SANS_BOLD), tc.resolve(FontRole.SANS_BOLD, simplifiedOnly),
                "a simplified character keeps the headline's style: " + Character.toString(simplifiedOnly));
        assertSame(tc.face(FontRole.SANS_BOLD), tc.resolve(FontRole.SANS_BOLD, '臺'));
    }

    @Test
    void japaneseEditionsAreSetInTheJapaneseFacesLoadedOnce() {
        FontLibrary ja = fonts.of(FontSet.JAPANESE);
        assertSame(ja, fonts.of(FontSet.JAPANESE));
        assertSame(ja, fonts.traditional().of(FontSet.JAPANESE), "one library per set, whichever asks");
        assertSame(FontSet.JAPANESE, FontSet.of("ja"));
        assertEquals("NotoSerifJP-Regular.ttf", ja.face(FontRole.SERIF).file().getFileName().toString());
        assertEquals("NotoSansJP-Bold.ttf", ja.face(FontRole.SANS_BOLD).file().getFileName().toString());
        // Japanese papers set captions, bylines and emphasis in ゴシック, not in a Chinese 楷体
        assertSame(ja.face(FontRole.SANS), ja.face(FontRole.KAI));
        for (FontRole role : FontRole.values()) {
            assertTrue(ja.face(role).file().getFileName().toString().contains("JP"), role + ": " + ja.face(role));
            for (int cp : "みなと新報、ふるさと納税。ーッャ々".codePoints().toArray()) {
                assertSame(ja.face(role), ja.resolve(role, cp), role + " " + Character.toString(cp));
            }
        }
        FontFace serif = ja.face(FontRole.SERIF);
        for (char mark : "、。」）".toCharArray()) assertTrue(serif.inkInLeftHalf(mark), "half of " + mark + " may be taken up");
    }

    @Test
    void aKanjiTheJapaneseFacesLackFallsBackToTheChineseFaceOfTheSameRole() {
        FontLibrary ja = fonts.of(FontSet.JAPANESE), tc = fonts.traditional();
        int rare = '乸'; // Cantonese, in Taiwan's faces only
        assertFalse(ja.face(FontRole.SERIF).has(rare));
        assertSame(tc.face(FontRole.SERIF), ja.resolve(FontRole.SERIF, rare));
        assertSame(tc.face(FontRole.SANS_BOLD), ja.resolve(FontRole.SANS_BOLD, rare));
        assertFalse(ja.lacksWeight(FontRole.SANS_BOLD, tc.face(FontRole.SANS_BOLD)), "a bold face keeps the weight");
        int simplifiedOnly = '这';
        assertSame(fonts.face(FontRole.SANS_BOLD), ja.resolve(FontRole.SANS_BOLD, simplifiedOnly));
    }
}
