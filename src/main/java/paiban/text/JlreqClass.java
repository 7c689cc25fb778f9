package paiban.text;

/**
 * The character classes of W3C jlreq (<i>Requirements for Japanese Text Layout</i>, Appendix A)
 * that a single character determines. Classes of composed material (cl-20 reference marks, cl-21
 * ornamented character complexes, cl-22/23 ruby, cl-24 grouped numerals, cl-25 unit symbols,
 * cl-28/29 warichu, cl-30 table) are not: ruby and warichu are not set yet, and the element builder
 * keeps numbers with their units itself.
 *
 * <p>Where Japanese editions differ from clreq: {@link #notAtLineStart()} at the strict level
 * Japanese newspapers use (jlreq 3.1.7 "Characters Not Starting a Line", with cl-10 and cl-11),
 * and {@link #halfWidthAtLineEnd()} (jlreq 3.1.2 and table 3: a closing bracket, full stop or
 * comma at a line end is set half-width).
 */
enum JlreqClass {
    /** cl-01 ‘“（〔［｛〈《「『【⦅〘〖«〝. */
    OPENING_BRACKET,
    /** cl-02 ’”）〕］｝〉》」』】⦆〙〗»〟. */
    CLOSING_BRACKET,
    /** cl-03 ‐〜゠–. */
    HYPHEN,
    /** cl-04 ？！‼⁇⁈⁉. */
    DIVIDING_PUNCTUATION,
    /** cl-05 ・：；. */
    MIDDLE_DOT,
    /** cl-06 。．. */
    FULL_STOP,
    /** cl-07 、，. */
    COMMA,
    /** cl-08 —…‥〳〴〵: not broken between two of them. */
    INSEPARABLE,
    /** cl-09 ヽヾゝゞ々〻. */
    ITERATION_MARK,
    /** cl-10 ー (and the half-width ｰ). */
    PROLONGED_SOUND_MARK,
    /** cl-11 ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰ–ㇿ (and the half-width ｧ–ｯ). */
    SMALL_KANA,
    /** cl-12 ¥$£#€№ and their full-width forms: before a number. */
    PREFIXED_ABBREVIATION,
    /** cl-13 °′″℃¢%‰ and their full-width forms: after a number. */
    POSTFIXED_ABBREVIATION,
    /** cl-14 the ideographic space. */
    IDEOGRAPHIC_SPACE,
    /** cl-15. */
    HIRAGANA,
    /** cl-16. */
    KATAKANA,
    /** cl-17 ＝≠≦≧ and other relations. */
    MATH_SYMBOL,
    /** cl-18 ＋−×÷±. */
    MATH_OPERATOR,
    /** cl-19 kanji and the other characters set in the em square. */
    IDEOGRAPHIC,
    /** cl-26 a space between Western words. */
    WESTERN_SPACE,
    /** cl-27 Latin letters, digits and symbols. */
    WESTERN;

    private static final String OPENING = "‘“（〔［｛〈《「『【⦅〘〖«〝([{";
    private static final String CLOSING = "’”）〕］｝〉》」』】⦆〙〗»〟)]}";
    private static final String HYPHENS = "‐〜゠–";
    private static final String DIVIDING = "？！‼⁇⁈⁉?!";
    private static final String MIDDLE_DOTS = "・：；:;";
    private static final String FULL_STOPS = "。．.";
    private static final String COMMAS = "、，,";
    private static final String INSEPARABLES = "—…‥〳〴〵";
    private static final String ITERATION = "ヽヾゝゞ々〻";
    private static final String SMALL = "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ";
    private static final String PREFIXED = "¥$£#€№￥＄￡＃";
    private static final String POSTFIXED = "°′″℃¢%‰％￠";
    private static final String OPERATORS = "＋−×÷±+";

    static JlreqClass of(int cp) {
        if (cp < 0x10000) {
            char c = (char) cp;
            if (OPENING.indexOf(c) >= 0) return OPENING_BRACKET;
            if (CLOSING.indexOf(c) >= 0) return CLOSING_BRACKET;
            if (HYPHENS.indexOf(c) >= 0) return HYPHEN;
            if (DIVIDING.indexOf(c) >= 0) return DIVIDING_PUNCTUATION;
            if (MIDDLE_DOTS.indexOf(c) >= 0) return MIDDLE_DOT;
            if (FULL_STOPS.indexOf(c) >= 0) return FULL_STOP;
            if (COMMAS.indexOf(c) >= 0) return COMMA;
            if (INSEPARABLES.indexOf(c) >= 0) return INSEPARABLE;
            if (ITERATION.indexOf(c) >= 0) return ITERATION_MARK;
            if (c == 'ー' || c == 'ｰ') return PROLONGED_SOUND_MARK;
            if (SMALL.indexOf(c) >= 0 || (c >= 0x31F0 && c <= 0x31FF) || (c >= 'ｧ' && c <= 'ｯ')) return SMALL_KANA;
            if (PREFIXED.indexOf(c) >= 0) return PREFIXED_ABBREVIATION;
            if (POSTFIXED.indexOf(c) >= 0) return POSTFIXED_ABBREVIATION;
            if (c == 0x3000) return IDEOGRAPHIC_SPACE;
            if (OPERATORS.indexOf(c) >= 0) return MATH_OPERATOR;
        }
        if (Character.isWhitespace(cp) || cp == 0x00A0) return WESTERN_SPACE;
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HIRAGANA) return HIRAGANA;
        if (script == Character.UnicodeScript.KATAKANA) return KATAKANA;
        if (cp < 0x80) return WESTERN;
        if (Character.getType(cp) == Character.MATH_SYMBOL) return MATH_SYMBOL;
        boolean fullWidth = cp >= 0xFF01 && cp <= 0xFF5E; // Ａ１ are set in the em like kanji
        boolean cjk = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO;
        if (Character.isLetterOrDigit(cp) && !fullWidth && !cjk) return WESTERN;
        return IDEOGRAPHIC;
    }

    /** jlreq 3.1.7, strict: never at the start of a line (small kana and ー included, as newspapers set them). */
    boolean notAtLineStart() {
        return switch (this) {
            case CLOSING_BRACKET, HYPHEN, DIVIDING_PUNCTUATION, MIDDLE_DOT, FULL_STOP, COMMA, ITERATION_MARK,
                 PROLONGED_SOUND_MARK, SMALL_KANA -> true;
            default -> false;
        };
    }

    /** jlreq 3.1.8: never at the end of a line. */
    boolean notAtLineEnd() {
        return this == OPENING_BRACKET;
    }

    /** Closing brackets, full stops and commas: the blank half of their em goes at a line end. */
    boolean halfWidthAtLineEnd() {
        return this == CLOSING_BRACKET || this == FULL_STOP || this == COMMA;
    }
}
