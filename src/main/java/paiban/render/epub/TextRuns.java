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
 * vertical text the numbers set upright (縦中横).
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
     * A number of one to three digits standing alone: upright in vertical text, one character wide
     * (縦中横; jlreq 3.1.9, where a single digit stands upright too). Longer numbers, and digits in a
     * word or a figure (A42, 3.2, 2,863, 17:30), run sideways with the text they belong to.
     */
    private static final Pattern UPRIGHT_NUMBER = Pattern.compile(
            "(?<![0-9\\p{IsLatin}]|[0-9][.,:/])[0-9]{1,3}(?![0-9\\p{IsLatin}]|[.,:/][0-9])");

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

    /** The numbers of the text set upright in vertical text (縦中横). */
    static List<Range> uprightNumbers(String text) {
        return UPRIGHT_NUMBER.matcher(text).results().map(r -> new Range(r.start(), r.end())).toList();
    }

    /** Each number with the unit written right after it. */
    static List<Range> numbersWithUnits(String text) {
        return NUMBER_WITH_UNIT.matcher(text).results()
                .map(r -> new Range(r.start(), r.end()))
                .toList();
    }
}
