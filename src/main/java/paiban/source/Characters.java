package paiban.source;

import paiban.diag.Diagnostics;
import paiban.diag.SourceSpan;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Checks the characters of a source file where the editor can find them (file:line:column): ones
 * no shipped font draws, and half-width punctuation typed between CJK characters.
 */
final class Characters {
    /** Half-width marks and the full-width ones a Chinese or Japanese text uses instead. */
    private static final Map<Character, String> FULL_WIDTH = Map.of(
            ',', "，", '!', "！", '?', "？", ';', "；", ':', "：", '(', "（", ')', "）");

    /** A YAML line holding a flow list or map, whose commas are syntax: {@code title: [第一行, 第二行]}. */
    private static final Pattern FLOW_LINE = Pattern.compile("^[ \\t]*[A-Za-z_-]+:[ \\t]*[\\[{].*$", Pattern.MULTILINE);

    private final IntPredicate printable;
    private final boolean japanese;

    /** {@code printable}: whether some shipped font draws a code point. */
    Characters(IntPredicate printable, boolean japanese) {
        this.printable = printable;
        this.japanese = japanese;
    }

    /** Warns at the first of each unprintable character and each half-width mark, counting the others. */
    void check(String text, SourceSpan whole, Diagnostics diags) {
        LineIndex lines = new LineIndex(text);
        Map<Integer, int[]> unprintable = new TreeMap<>(); // code point -> {first offset, count}
        Map<Integer, int[]> halfWidth = new TreeMap<>();
        boolean[] flow = new boolean[text.length()];
        FLOW_LINE.matcher(text).results().forEach(m -> Arrays.fill(flow, m.start(), m.end(), true));
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int cp = text.codePointAt(i);
            int at = i;
            if (!Character.isWhitespace(cp) && !printable.test(cp)) {
                unprintable.computeIfAbsent(cp, c -> new int[] {at, 0})[1]++;
            }
            if (FULL_WIDTH.containsKey(text.charAt(i)) && !flow[i] && betweenCjk(text, i)) {
                halfWidth.computeIfAbsent(cp, c -> new int[] {at, 0})[1]++;
            }
        }
        unprintable.forEach((cp, at) -> diags.warning(span(whole, lines, at[0]),
                String.format("no shipped font has the character %s (U+%04X)", Character.toString(cp), cp) + more(at),
                "it is printed as an empty box; replace it or add a font that has it"));
        halfWidth.forEach((mark, at) -> diags.warning(span(whole, lines, at[0]),
                "half-width '" + Character.toString(mark) + "' between CJK characters" + more(at),
                "use the full-width " + fullWidth((char) (int) mark)
                        + "; the half-width mark is set narrow, with a Latin space"));
    }

    private static SourceSpan span(SourceSpan whole, LineIndex lines, int offset) {
        return whole.at(lines.line(offset), lines.column(offset));
    }

    private static String more(int[] at) {
        return at[1] > 1 ? " (" + (at[1] - 1) + " more in this file)" : "";
    }

    private String fullWidth(char mark) {
        return japanese && mark == ',' ? "、" : FULL_WIDTH.get(mark);
    }

    /** Whether the nearest characters on both sides on the line, past spaces and other such marks, are CJK. */
    private static boolean betweenCjk(String text, int at) {
        int before = at - 1;
        while (before >= 0 && skipped(text.charAt(before))) before--;
        int after = at + 1;
        while (after < text.length() && skipped(text.charAt(after))) after++;
        return before >= 0 && after < text.length()
                && Cjk.isCjk(text.codePointBefore(before + 1)) && Cjk.isCjk(text.codePointAt(after));
    }

    private static boolean skipped(char c) {
        return c == ' ' || FULL_WIDTH.containsKey(c);
    }
}
