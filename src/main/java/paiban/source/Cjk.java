package paiban.source;

/** Which characters are CJK for joining lines: a line break between two of them is no space. */
final class Cjk {
    private Cjk() {
    }

    /**
     * Whether a line ending in {@code a} and the next starting with {@code b} join without a
     * space. Quotes, dashes and the ellipsis are ambiguous (used in Latin and CJK text): they join
     * when the other side is CJK.
     */
    static boolean joinsWithoutSpace(int a, int b) {
        return (isCjk(a) && (isCjk(b) || isAmbiguous(b))) || (isAmbiguous(a) && isCjk(b));
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS
                || block == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY
                || (cp >= 0xFF01 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6);
    }

    private static boolean isAmbiguous(int cp) {
        return (cp >= 0x2018 && cp <= 0x201F) || cp == 0x2014 || cp == 0x2026 || cp == 0x00B7;
    }
}
