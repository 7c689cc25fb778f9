package paiban.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** What a reader checks in composed lines, as assertions shared by the composer tests. */
public final class LineChecks {
    /** clreq basic level: never at a line start (ASCII ones when they follow CJK text). */
    public static final String NOT_AT_START = "。．，、：；！？‼⁇”’」』）〕］｝】〗〉》～‐–—·・‧／,.;:?!)]}";
    /** clreq: never at a line end. */
    public static final String NOT_AT_END = "“‘「『（〔［｛【〖《〈";
    private static final Pattern NUMBER = Pattern.compile("[−+]?\\d+(?:[.,]\\d+)*[%℃]?");
    private static final Pattern UNBREAKABLE_PAIR = Pattern.compile("——|……");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

    private LineChecks() {
    }

    /** Runs every check; {@code justified}: all lines but the last end exactly at the measure. */
    static void assertReadable(String input, List<ComposedLine> lines, double measure, boolean justified) {
        assertFalse(lines.isEmpty(), "no lines");
        assertTrue(lines.get(lines.size() - 1).last(), "last line flagged");
        int[] starts = assertFaithful(input, lines);
        for (int i = 0; i < lines.size(); i++) {
            ComposedLine line = lines.get(i);
            String text = line.text();
            String where = "line " + i + " «" + text + "» at " + measure;
            assertFalse(text.isEmpty() && line.glyphs().isEmpty(), where + " is empty");
            int first = text.codePointAt(0);
            if (i > 0) {
                boolean dashPair = text.startsWith("——");
                assertTrue(NOT_AT_START.indexOf(first) < 0 || dashPair, where + " starts with a prohibited mark");
            }
            if (i < lines.size() - 1) {
                String visible = text.stripTrailing();
                if (!visible.isEmpty()) {
                    int lastCp = visible.codePointBefore(visible.length());
                    assertTrue(NOT_AT_END.indexOf(lastCp) < 0, where + " ends with an opening mark");
                }
            }
            double end = end(line);
            assertTrue(end <= measure + 0.01, where + " overflows: " + end);
            assertEquals(end, line.width(), 1e-6, where + " width");
            boolean hardBreak = i + 1 < lines.size() && starts[i + 1] > 0 && input.charAt(starts[i + 1] - 1) == '\n';
            if (justified && !line.last() && line.glyphs().size() > 1 && !hardBreak) {
                assertEquals(measure, end, 0.01, where + " is not flush");
            }
            double x = Double.NEGATIVE_INFINITY;
            for (PlacedGlyph g : line.glyphs()) {
                assertTrue(g.x() >= x - 1e-9, where + ": x goes back at " + g.text());
                assertTrue(g.width() > 0, where + ": empty glyph " + g.text());
                x = g.x();
            }
        }
        assertNoBreakInside(input, lines, starts, NUMBER, false, measure);
        assertNoBreakInside(input, lines, starts, UNBREAKABLE_PAIR, false, measure);
        assertNoBreakInside(input, lines, starts, WORD, true, measure);
    }

    static double end(ComposedLine line) {
        PlacedGlyph last = line.glyphs().get(line.glyphs().size() - 1);
        return last.x() + last.width();
    }

    /**
     * The glyph texts, concatenated, are the input with at most some spaces left out (and inserted
     * hyphens, whose text is empty). Returns the input offset of each line's first character.
     */
    static int[] assertFaithful(String input, List<ComposedLine> lines) {
        int[] starts = new int[lines.size()];
        int at = 0;
        for (int l = 0; l < lines.size(); l++) {
            boolean firstOfLine = true;
            for (PlacedGlyph g : lines.get(l).glyphs()) {
                if (g.text().isEmpty()) continue;
                while (at < input.length() && unprinted(input.charAt(at)) && !g.text().equals(" ")) at++;
                assertTrue(input.startsWith(g.text(), at),
                        "glyph «" + g.text() + "» of line " + l + " is not the input's next character at " + at);
                if (firstOfLine) starts[l] = at;
                firstOfLine = false;
                at += g.text().length();
            }
        }
        assertTrue(input.substring(at).chars().allMatch(LineChecks::unprinted), "characters left out: «" + input.substring(at) + "»");
        return starts;
    }

    /** Spaces the composer may drop, and hard line breaks, which end a line instead of printing. */
    private static boolean unprinted(int c) {
        return c == ' ' || c == '\n';
    }

    /** The width of an ASCII word (one glyph a character) broken between lines l - 1 and l. */
    private static double wordWidth(List<ComposedLine> lines, int[] starts, int l, int from, int to) {
        List<PlacedGlyph> before = lines.get(l - 1).glyphs();
        int head = starts[l] - Math.max(from, starts[l - 1]);
        double width = 0;
        for (int k = 0; k < head && k < before.size(); k++) width += before.get(before.size() - 1 - k).width();
        List<PlacedGlyph> after = lines.get(l).glyphs();
        for (int k = 0; k < to - starts[l] && k < after.size(); k++) width += after.get(k).width();
        return width;
    }

    private static void assertNoBreakInside(String input, List<ComposedLine> lines, int[] starts, Pattern p,
                                            boolean unlessHyphenated, double measure) {
        Matcher m = p.matcher(input);
        while (m.find()) {
            for (int l = 1; l < lines.size(); l++) {
                if (starts[l] > m.start() && starts[l] < m.end()) {
                    List<PlacedGlyph> prev = lines.get(l - 1).glyphs();
                    boolean hyphen = prev.get(prev.size() - 1).text().isEmpty();
                    // a word with no hyphenation point, wider than the measure, must still break somewhere
                    boolean tooWide = unlessHyphenated && wordWidth(lines, starts, l, m.start(), m.end()) > measure;
                    assertTrue(unlessHyphenated && hyphen || tooWide, "«" + m.group() + "» split across lines " + (l - 1) + "/" + l);
                }
            }
        }
    }

    static List<String> texts(List<ComposedLine> lines) {
        List<String> out = new ArrayList<>();
        for (ComposedLine l : lines) out.add(l.text());
        return out;
    }
}
