package paiban.text;

import org.junit.jupiter.api.Test;
import paiban.diag.Diagnostics;
import paiban.font.FontLibrary;
import paiban.font.FontRole;
import paiban.font.FontSet;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;
import static paiban.text.LineChecks.assertReadable;
import static paiban.text.LineChecks.texts;

/**
 * Japanese paragraphs composed by jlreq where it differs from clreq, in the JP faces at 10 pt (so
 * an em is 10 pt). Each case also composes the text by clreq's rules, to show the rule is what moves
 * the break.
 */
class JlreqCompositionTest {
    private static final FontLibrary JP = Samples.FONTS.of(FontSet.JAPANESE);
    private static final Composer JAPANESE = new Composer(JP, Language.JA);
    private static final Composer CHINESE_RULES = new Composer(JP, Language.ZH_HANS);
    private static final ParagraphStyle JUSTIFY = new ParagraphStyle(Alignment.JUSTIFY, 0, false);
    private static final String SMALL_KANA_AND_LONG_VOWEL = "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー";

    private static List<ComposedLine> compose(Composer composer, String text, double measure, ParagraphStyle style) {
        return composer.compose(List.of(Samples.run(text, FontRole.SERIF, 10)), measure, style, new Diagnostics());
    }

    @Test
    void smallKanaAndTheProlongedSoundMarkNeverStartALine() {
        String text = "商店街では年末のイベントでキャンペーンを行っており、多くの買い物客でにぎわった。";
        // where a plain break would fall: ャ after 14 em, ー after 17, っ after 21
        for (int ems : new int[] {14, 17, 21}) {
            char next = text.charAt(ems);
            assertTrue(SMALL_KANA_AND_LONG_VOWEL.indexOf(next) >= 0, "case set up at " + next);
            List<ComposedLine> clreq = compose(CHINESE_RULES, text, ems * 10, JUSTIFY);
            assertEquals(next, clreq.get(1).text().charAt(0), "clreq lets it start a line: " + texts(clreq));

            List<ComposedLine> lines = compose(JAPANESE, text, ems * 10, JUSTIFY);
            assertReadable(text, lines, ems * 10, true);
            for (ComposedLine line : lines.subList(1, lines.size())) {
                assertTrue(SMALL_KANA_AND_LONG_VOWEL.indexOf(line.text().charAt(0)) < 0, ems + " em: " + texts(lines));
            }
            assertEquals(text.charAt(ems - 1), lines.get(1).text().charAt(0), "the kana before it goes down with it");
        }
    }

    /** In the manner of WPT's css-text-line-break-ja-*-strict tests: each kana where a plain break would start a line with it. */
    @Test
    void everySmallKanaAndTheProlongedSoundMarkIsPulledOffTheLineStart() {
        for (char c : "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿｧｨｩｪｫｬｭｮｯーｰ".toCharArray()) {
            String text = "かきくけこ" + c + "さしすせそ";
            List<ComposedLine> lines = compose(JAPANESE, text, 50, JUSTIFY);
            assertReadable(text, lines, 50, true);
            assertEquals("こ" + c, lines.get(1).text().substring(0, 2), "pushed down with the kana before it: " + texts(lines));
        }
    }

    @Test
    void kanjiAndKanaAreSetSolidWithAQuarterEmOnlyBesideLatinAndDigits() {
        String text = "若手農家グループ「しずくの会」は8人で2021年に発足";
        List<ComposedLine> lines = compose(JAPANESE, text, 400, ParagraphStyle.LINE);
        assertEquals(1, lines.size());
        List<PlacedGlyph> g = lines.get(0).glyphs();
        for (int i = 0; i + 1 < g.size(); i++) {
            PlacedGlyph a = g.get(i), b = g.get(i + 1);
            double gap = b.x() - (a.x() + a.width());
            boolean latinSide = Character.isDigit(a.codePoint()) != Character.isDigit(b.codePoint());
            String pair = "«" + a.text() + b.text() + "»";
            if (latinSide) {
                assertEquals(2.4, gap, 0.15, pair + " is spaced a quarter em");
            } else {
                assertEquals(0, gap, 1e-6, pair + " is set solid");
            }
        }
        double groupWidth = g.get(7).x() + g.get(7).width() - g.get(4).x();
        assertEquals("グループ", lines.get(0).text().substring(4, 8));
        assertEquals(40, groupWidth, 1e-6, "グループ takes four em, ー one of them");
    }

    @Test
    void aCommaOrFullStopEndingALineIsHalfWidthEvenWhereFullWidthWouldFit() {
        // 、 is the 18th character and 。 the 12th of the next sentence
        for (String text : List.of("十一月の受け付け開始から約一か月で、寄付の申し込みは二千件を超えた。",
                "寄付の申し込みは二千三百件を超えた。十一月の受け付け開始から約一か月。")) {
            int ems = text.indexOf(text.startsWith("十") ? '、' : '。') + 1;
            List<ComposedLine> clreq = compose(CHINESE_RULES, text, ems * 10, JUSTIFY);
            assertEquals(10, last(clreq.get(0)).width(), 1e-6, "clreq may keep it full width: " + texts(clreq));

            List<ComposedLine> lines = compose(JAPANESE, text, ems * 10, JUSTIFY);
            assertReadable(text, lines, ems * 10, true);
            PlacedGlyph mark = last(lines.get(0));
            assertEquals(text.charAt(ems - 1), mark.codePoint(), texts(lines).toString());
            assertEquals(5, mark.width(), 1e-6, "«" + mark.text() + "» at the line end takes half an em");
            assertEquals(ems * 10, lines.get(0).width(), 1e-6, "and the line is still justified");
        }
    }

    @Test
    void aClosingBracketEndingALineIsHalfWidthToo() {
        String text = "中村さんは「最初の年は獣害で半分がだめに」と振り返った。";
        int ems = text.indexOf('」') + 1;
        List<ComposedLine> lines = compose(JAPANESE, text, ems * 10, JUSTIFY);
        assertReadable(text, lines, ems * 10, true);
        assertEquals("」", last(lines.get(0)).text(), texts(lines).toString());
        assertEquals(5, last(lines.get(0)).width(), 1e-6);
    }

    @Test
    void aHeadlineKeepsEachParticleWithTheWordBeforeIt() {
        Map<String, Integer> titles = Map.of("市立図書館が来月から開館時間を延長へ", 10, "港の朝市に観光客が押し寄せる", 6);
        titles.forEach((title, ems) -> {
            List<String> clreq = texts(compose(CHINESE_RULES, title, ems * 10, ParagraphStyle.HEADLINE));
            assertTrue(clreq.stream().skip(1).anyMatch(l -> "がにをかへ".indexOf(l.charAt(0)) >= 0), "clreq splits one off: " + clreq);

            List<String> lines = texts(compose(JAPANESE, title, ems * 10, ParagraphStyle.HEADLINE));
            assertTrue(lines.size() > 1, lines.toString());
            for (String line : lines) assertTrue("がにをかへ".indexOf(line.charAt(0)) < 0, "a line starts with a particle: " + lines);
        });
    }

    private static PlacedGlyph last(ComposedLine line) {
        return line.glyphs().get(line.glyphs().size() - 1);
    }
}
