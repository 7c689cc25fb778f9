package paiban.text;

import org.junit.jupiter.api.Test;
import paiban.diag.Diagnostics;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;
import static paiban.text.LineChecks.*;

/** Seeded random mixtures of every character class: the composer never loses text, overflows or hangs. */
class RandomTextTest {
    private static final String[] PIECES = {
        "中", "文", "排", "版", "，", "。", "、", "：", "；", "！", "？", "“", "”", "‘", "’", "「", "」", "『", "』",
        "（", "）", "《", "》", "——", "……", "—", "·", "～", "／", "Latin", "words", " ", "  ", "2026", "3.14", "%",
        "−5℃", "(", ")", ",", ".", "state-of-the-art", "𠮷", "\uE000", "ー", "ａ", "１", "　", "internationalization", "\n"
    };

    @Test
    void randomMixturesKeepEveryCharacterAndFitTheMeasure() {
        Composer composer = new Composer(Samples.FONTS);
        Random random = new Random(20261126);
        List<ParagraphStyle> styles = List.of(ParagraphStyle.BODY, ParagraphStyle.HEADLINE,
                new ParagraphStyle(Alignment.CENTER, 0, false), new ParagraphStyle(Alignment.LEFT, 1, false));
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + random.nextInt(120);
            for (int i = 0; i < pieces; i++) sb.append(PIECES[random.nextInt(PIECES.length)]);
            String text = sb.toString();
            double measure = 30 + random.nextDouble() * 250; // an indent and one character always fit
            ParagraphStyle style = styles.get(random.nextInt(styles.size()));
            List<ComposedLine> lines = assertTimeoutPreemptively(Duration.ofSeconds(2),
                    () -> composer.compose(List.of(Samples.serif(text, 10)), measure, style, new Diagnostics()));
            if (text.chars().allMatch(c -> c == ' ' || c == '\n')) {
                assertTrue(lines.isEmpty());
                continue;
            }
            assertFaithful(text, lines);
            for (ComposedLine line : lines) {
                assertFalse(line.glyphs().isEmpty(), "empty line from «" + text + "» at " + measure);
                assertTrue(end(line) <= measure + 0.01, "«" + line.text() + "» overflows " + measure + " in «" + text + "»");
            }
        }
    }
}
