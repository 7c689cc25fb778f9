package paiban.text;

/**
 * How a character behaves in line breaking and spacing, after W3C clreq ("Prohibition rules for
 * line start and line end", basic level; "Punctuation adjustment space"; "Mixed text composition").
 */
enum CharClass {
    /** Ideographs, kana, hangul, full-width letters and digits, other CJK symbols. */
    HAN,
    /** Full-width opening quotes and brackets: never at a line end; left half blank. */
    OPENING,
    /** Full-width closing quotes and brackets: never at a line start; right half blank. */
    CLOSING,
    /** Full-width pauses and stops 。，、：；: never at a line start; right half blank (zh-Hans). */
    STOP,
    /** Marks never at a line start that keep their width: ．！？‼⁇ ～ ‐ – · ・ ‧ ／. */
    NON_STARTER,
    /** The em dash; a pair —— is unbreakable and may start a line, a lone one may not. */
    DASH,
    /** The ellipsis … and two-dot leader ‥; a pair …… or ‥‥ is unbreakable. */
    ELLIPSIS,
    /** Unit signs that stay with the number before them: ℃ ℉ ％ ‰ ° ′ ″. */
    UNIT,
    /** Letters, digits and ASCII symbols: Latin words and numbers, unbreakable inside. */
    LATIN,
    /** ASCII closing punctuation , . ; : ? ! ) ] }: never at a line start after CJK text. */
    LATIN_CLOSING,
    /** ASCII opening brackets ( [ {: never at a line end. */
    LATIN_OPENING,
    /** Whitespace: a Latin word space, the Han–Latin space, or dropped. */
    SPACE,
    /** A hard line break (LF or U+2028): ends the line there, which is set as a last line. */
    LINE_BREAK;

    private static final String OPENINGS = "“‘「『（〔［｛【〖《〈";
    private static final String CLOSINGS = "”’」』）〕］｝】〗》〉";
    private static final String STOPS = "。，、：；";
    /** clreq's, and jlreq's iteration marks (々 〻 ゝ ゞ ヽ ヾ), which repeat what precedes them. */
    private static final String NON_STARTERS = "．！？‼⁇～‐–·・‧／々〻ゝゞヽヾ";
    private static final String UNITS = "℃℉％‰°′″";

    static CharClass of(int cp) {
        if (cp == '\n' || cp == 0x2028) return LINE_BREAK;
        if (cp == 0x3000) return HAN; // the ideographic space is a deliberate 1 em blank
        if (Character.isWhitespace(cp) || cp == 0x00A0) return SPACE;
        if (cp < 0x80) {
            if (",.;:?!)]}".indexOf(cp) >= 0) return LATIN_CLOSING;
            if ("([{".indexOf(cp) >= 0) return LATIN_OPENING;
            return LATIN;
        }
        if (cp == 0x2014) return DASH;
        if (cp == 0x2026 || cp == 0x2025) return ELLIPSIS; // …… and ‥‥ (jlreq cl-08)
        if (cp < 0x10000) {
            char c = (char) cp;
            if (OPENINGS.indexOf(c) >= 0) return OPENING;
            if (CLOSINGS.indexOf(c) >= 0) return CLOSING;
            if (STOPS.indexOf(c) >= 0) return STOP;
            if (NON_STARTERS.indexOf(c) >= 0) return NON_STARTER;
            if (UNITS.indexOf(c) >= 0) return UNIT;
        }
        if (cp == 0x2212 || cp == 0x00B1) return LATIN; // minus and plus-minus signs lead numbers
        if (cp == 0x30FC || cp == 0xFF70) return HAN; // ー is kana, though Unicode gives it no script of its own
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO || (cp >= 0xFF01 && cp <= 0xFF5E)) {
            return HAN;
        }
        if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.CURRENCY_SYMBOL) {
            return LATIN;
        }
        return HAN;
    }

    /** Full-width punctuation whose blank half may be squeezed (clreq: punctuation adjustment). */
    boolean squeezable() {
        return this == OPENING || this == CLOSING || this == STOP;
    }

    /** Part of a Latin word or number: no break between two of these. */
    boolean latin() {
        return this == LATIN || this == LATIN_CLOSING || this == LATIN_OPENING;
    }

    /** CJK punctuation: no Han–Latin space beside it, and a source space next to it is dropped. */
    boolean cjkPunctuation() {
        return squeezable() || this == NON_STARTER || this == DASH || this == ELLIPSIS || this == UNIT;
    }
}
