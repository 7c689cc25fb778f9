package paiban.robust;

import org.junit.jupiter.api.Test;
import paiban.diag.Diagnostics;
import paiban.diag.SourceSpan;
import paiban.font.FontLibrary;
import paiban.font.FontRole;
import paiban.text.Alignment;
import paiban.text.ComposedLine;
import paiban.text.Composer;
import paiban.text.ParagraphStyle;
import paiban.text.PlacedGlyph;
import paiban.text.PreparedParagraph;
import paiban.text.TextRun;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Random paragraphs (mixed fonts and sizes, empty runs, odd characters) composed at random
 * measures from 1 pt to 2000 pt: each ends within 10 s of CPU time without an exception, and the glyphs'
 * text without spaces is the input without spaces. {@code -Dpaiban.fuzz.cases=N} multiplies the cases by N/200.
 */
class ComposerFuzzTest {
    static final int CASES = SourceFuzzTest.CASES * 10;
    private static final SourceSpan SPAN = SourceSpan.of(Path.of("fuzz.md"), "fuzz.md").at(1, 1);
    private static final Composer COMPOSER = new Composer(FontLibrary.load(FontLibrary.locate()));

    @Test
    void randomParagraphsComposeAtRandomMeasuresKeepingEveryCharacter() throws Exception {
        try (Bounded bounded = new Bounded(SourceFuzzTest.LIMIT_MS)) {
            for (int n = 0; n < CASES; n++) {
                SplittableRandom rnd = new SplittableRandom(SourceFuzzTest.SEED * 1_000_003L + n);
                List<TextRun> runs = runs(rnd);
                ParagraphStyle style = new ParagraphStyle(Alignment.values()[rnd.nextInt(3)],
                        rnd.nextBoolean() ? 0 : rnd.nextDouble(0, 4), rnd.nextBoolean());
                double[] measures = {measure(rnd), measure(rnd), measure(rnd)};
                String which = "case " + n + " (seed " + SourceFuzzTest.SEED + "): " + style + " at " + List.of(measures[0],
                        measures[1], measures[2]) + " pt, runs " + describe(runs);
                Bounded.Outcome<List<String>> o = bounded.run(() -> {
                    PreparedParagraph p = COMPOSER.prepare(runs, style, new Diagnostics());
                    List<String> texts = new ArrayList<>();
                    for (double m : measures) texts.add(glyphText(p.compose(m)));
                    return texts;
                });
                if (o.timedOut()) fail(which + " ran over " + SourceFuzzTest.LIMIT_MS + " ms of CPU time (or six times that in all)");
                if (o.thrown() != null) throw new AssertionError(which + " threw", o.thrown());
                String input = withoutSpaces(runs.stream().map(TextRun::text).collect(Collectors.joining()));
                for (String text : o.value()) assertEquals(input, withoutSpaces(text), which);
            }
        }
    }

    private static List<TextRun> runs(SplittableRandom rnd) {
        RandomText text = new RandomText(rnd);
        List<TextRun> runs = new ArrayList<>();
        for (int i = rnd.nextInt(6); i > 0; i--) {
            String t = rnd.nextInt(8) == 0 ? "" : text.text(rnd.nextInt(1, rnd.nextBoolean() ? 20 : 600));
            double size = rnd.nextInt(10) == 0 ? rnd.nextDouble(0.5, 300) : rnd.nextDouble(5, 40);
            runs.add(new TextRun(t, FontRole.values()[rnd.nextInt(FontRole.values().length)], size, SPAN));
        }
        return runs;
    }

    /** From 1 pt to 2000 pt, as many narrow as wide. */
    private static double measure(SplittableRandom rnd) {
        return Math.exp(rnd.nextDouble(0, Math.log(2000)));
    }

    private static String glyphText(List<ComposedLine> lines) {
        StringBuilder sb = new StringBuilder();
        for (ComposedLine l : lines) for (PlacedGlyph g : l.glyphs()) sb.append(g.text());
        return sb.toString();
    }

    /** Spaces are glue, kept or dropped by context; the ideographic space U+3000 is a character. */
    private static String withoutSpaces(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().filter(cp -> cp == 0x3000 || !(Character.isWhitespace(cp) || cp == 0xA0)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static String describe(List<TextRun> runs) {
        StringBuilder sb = new StringBuilder();
        for (TextRun r : runs) {
            String t = r.text().length() > 200 ? r.text().substring(0, 200) + "…(" + r.text().length() + ")" : r.text();
            sb.append(String.format("[%s %.2f \"%s\"]", r.role(), r.size(), t));
        }
        return sb.toString();
    }
}
