package paiban.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** jlreq's character classes (Appendix A) and the line-edge rules Japanese newspapers set by. */
class JlreqClassTest {
    private static void assertClass(JlreqClass expected, String chars) {
        chars.codePoints().forEach(cp -> assertSame(expected, JlreqClass.of(cp), Character.toString(cp)));
    }

    @Test
    void charactersFallInTheirJlreqClasses() {
        assertClass(JlreqClass.OPENING_BRACKET, "「『（〔［｛〈《【〘〖“‘«〝");
        assertClass(JlreqClass.CLOSING_BRACKET, "」』）〕］｝〉》】〙〗”’»〟");
        assertClass(JlreqClass.HYPHEN, "‐〜゠–");
        assertClass(JlreqClass.DIVIDING_PUNCTUATION, "！？‼⁇⁈⁉");
        assertClass(JlreqClass.MIDDLE_DOT, "・：；");
        assertClass(JlreqClass.FULL_STOP, "。．");
        assertClass(JlreqClass.COMMA, "、，");
        assertClass(JlreqClass.INSEPARABLE, "—…‥");
        assertClass(JlreqClass.ITERATION_MARK, "々〻ゝゞヽヾ");
        assertClass(JlreqClass.PROLONGED_SOUND_MARK, "ーｰ");
        assertClass(JlreqClass.SMALL_KANA, "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇿｧｯ");
        assertClass(JlreqClass.PREFIXED_ABBREVIATION, "¥$£#€№￥");
        assertClass(JlreqClass.POSTFIXED_ABBREVIATION, "°′″℃%‰％");
        assertClass(JlreqClass.IDEOGRAPHIC_SPACE, "\u3000");
        assertClass(JlreqClass.HIRAGANA, "あいうかがんゐゑ");
        assertClass(JlreqClass.KATAKANA, "アイウカガンヴヷ");
        assertClass(JlreqClass.MATH_SYMBOL, "＝≠≦≧");
        assertClass(JlreqClass.MATH_OPERATOR, "＋−×÷±");
        assertClass(JlreqClass.IDEOGRAPHIC, "棚田新米漢字〇㐀𠮷Ａ１■※");
        assertClass(JlreqClass.WESTERN_SPACE, " ");
        assertClass(JlreqClass.WESTERN, "Aza09éß");
    }

    @Test
    void smallKanaAndTheProlongedSoundMarkNeverStartALineAtTheStrictLevel() {
        "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー".codePoints()
                .forEach(cp -> assertTrue(JlreqClass.of(cp).notAtLineStart(), Character.toString(cp)));
        "、。，．」』）：；・！？々ゝヽ〜".codePoints()
                .forEach(cp -> assertTrue(JlreqClass.of(cp).notAtLineStart(), Character.toString(cp)));
        "あアカ漢「（Ａ—…".codePoints()
                .forEach(cp -> assertFalse(JlreqClass.of(cp).notAtLineStart(), Character.toString(cp)));
    }

    @Test
    void onlyOpeningBracketsNeverEndALine() {
        "「『（【“".codePoints().forEach(cp -> assertTrue(JlreqClass.of(cp).notAtLineEnd(), Character.toString(cp)));
        "」、。あ漢ー".codePoints().forEach(cp -> assertFalse(JlreqClass.of(cp).notAtLineEnd(), Character.toString(cp)));
    }

    @Test
    void closingBracketsFullStopsAndCommasAreHalfWidthAtALineEnd() {
        "、。，．」』）】”".codePoints().forEach(cp -> assertTrue(JlreqClass.of(cp).halfWidthAtLineEnd(), Character.toString(cp)));
        // ・：； sit in the middle of the em and keep it; ！？ are full-width in Japanese text
        "・：；！？「漢".codePoints().forEach(cp -> assertFalse(JlreqClass.of(cp).halfWidthAtLineEnd(), Character.toString(cp)));
    }
}
