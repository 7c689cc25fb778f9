package paiban.render.epub;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs of running text that need markup of their own in the EPUB: English sentences inside CJK
 * text (read with an English voice and hyphenation when tagged lang="en"), web and e-mail
 * addresses (which may break only after / . - _ ? &amp; =, as in print) and numbers with their
 * units in table cells (kept on one line: 2863.47亿元 must not break as 2863.47亿/元), and in
 * vertical text the short numbers and initialisms set upright.
 */
final class TextRuns {
    /** A range [start, end) of a string. */
    record Range(int start, int end) {
    }

    /**
     * Latin script with what goes between its words: a run starts at a Latin letter and takes letters,
     * digits, spaces and the punctuation of English text but quotation marks, which may open outside
     * it (写着“Ride slowly.”): a span must not hold one mark of a pair.
     */
    private static final Pattern LATIN_RUN = Pattern.compile(
            "\\p{IsLatin}[\\p{IsLatin}\\p{Nd} .,;:!?'’()\\-–—/&%]*");
    /** A word: letters between spaces (an address, with no space in it, is one word). */
    private static final Pattern WORD = Pattern.compile("[^ ]*\\p{IsLatin}[^ ]*");
    /** An English sentence: at least this many words, or two ending with . ! or ?. */
    private static final int SENTENCE_WORDS = 4;
    /**
     * A number (14.3, 2,863, 2026) and the one to four Han characters or unit signs right after it:
     * its unit. (Digits and Latin letters hold together in any browser; a Han unit may be broken off.)
     */
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile(
            "[+\\-−]?\\p{Nd}+(?:[.,:/]\\p{Nd}+)*[\\p{IsHan}%％‰℃℉°′″]{1,4}");

    /**
     * A run of Latin text between CJK characters and spaces, as the print edition's composer takes
     * it (paiban.text.CharClass): ASCII but the space, −, ±, and letters, digits, marks and currency
     * signs of scripts that are not CJK.
     */
    private static final Pattern LATIN_WORD = Pattern.compile("(?:[!-~−±]|(?![\\p{IsHan}\\p{IsHiragana}"
            + "\\p{IsKatakana}\\p{IsHangul}\\p{IsBopomofo}\\x{FF01}-\\x{FF5E}\\x{FF70}])[\\p{L}\\p{Nd}\\p{Mn}\\p{Sc}])+");
    /** Brackets and stops around a Latin run, which keep to the text as it runs (turned). */
    private static final String LATIN_OPENINGS = "([{";
    private static final String LATIN_CLOSINGS = ",.;:?!)]}";
    /** The most digits set upright side by side in one em (縦中横), as in print. */
    private static final int COMBINED_DIGITS = 3;
    /** The most capitals of an initialism (JR, NHK) set upright a letter an em, as in print. */
    private static final int UPRIGHT_CAPITALS = 4;

    /** A web address, or an e-mail address; what ends a sentence after it is not part of it. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?:https?://|www\\.)[A-Za-z0-9\\-._~:/?#@!$&'*+,;=%]*[A-Za-z0-9/#=&_~\\-]"
                    + "|[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+");
    /** Where an address may break: after these, as the print edition breaks it (see paiban.text). */
    static final String ADDRESS_BREAKS_AFTER = "/.-_?&=";

    private TextRuns() {
    }

    /** The web and e-mail addresses in the text. */
    static List<Range> addresses(String text) {
        return ADDRESS.matcher(text).results().map(r -> new Range(r.start(), r.end())).toList();
    }

    /** The English runs of a sentence or more: four words or longer, or two or more ending a sentence. */
    static List<Range> english(String text) {
        List<Range> runs = new ArrayList<>();
        Matcher m = LATIN_RUN.matcher(text);
        while (m.find()) {
            int end = m.end();
            // what trails a run (spaces, an opening bracket or quote) belongs to what follows
            while (end > m.start() && " ('-–—/&".indexOf(text.charAt(end - 1)) >= 0) end--;
            String run = text.substring(m.start(), end);
            int words = (int) WORD.matcher(run).results().count();
            String closed = run.replaceAll("[)'’]+$", "");
            boolean endsSentence = closed.endsWith(".") || closed.endsWith("!") || closed.endsWith("?");
            if (words >= SENTENCE_WORDS || words >= 2 && endsSentence) runs.add(new Range(m.start(), end));
        }
        return runs;
    }

    /**
     * The Latin runs that stand upright in vertical text, as the print edition sets them (jlreq
     * 3.1.9): a number of one to three digits, its digits side by side in one em (縦中横, {@code
     * combined}); a lone letter, or an initialism of up to four capitals, a letter an em. Other Latin
     * words and longer numbers (2026, 3.2, 17:30, A42) run turned with the line. The brackets and stops
     * around a run are not part of it.
     */
    static List<Upright> upright(String text) {
        List<Upright> runs = new ArrayList<>();
        Matcher m = LATIN_WORD.matcher(text);
        while (m.find()) {
            int start = m.start(), end = m.end();
            while (start < end && LATIN_OPENINGS.indexOf(text.charAt(start)) >= 0) start++;
            while (end > start && LATIN_CLOSINGS.indexOf(text.charAt(end - 1)) >= 0) end--;
            String core = text.substring(start, end);
            if (core.matches("[0-9]{1," + COMBINED_DIGITS + "}")) {
                runs.add(new Upright(new Range(start, end), true));
            } else if (core.matches("[A-Za-z]|[A-Z]{2," + UPRIGHT_CAPITALS + "}")) {
                runs.add(new Upright(new Range(start, end), false));
            }
        }
        return runs;
    }

    /** A run set upright in vertical text: digits {@code combined} in one em, or letters one an em. */
    record Upright(Range range, boolean combined) {
    }

    /** Each number with the unit written right after it. */
    static List<Range> numbersWithUnits(String text) {
        return NUMBER_WITH_UNIT.matcher(text).results()
                .map(r -> new Range(r.start(), r.end()))
                .toList();
    }
}
