package paiban.text;

import org.junit.jupiter.api.Test;
import paiban.diag.Diagnostics;
import paiban.font.FontLibrary;
import paiban.font.FontRole;
import paiban.font.FontSet;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static paiban.text.LineChecks.assertReadable;
import static paiban.text.LineChecks.texts;

/** Vertical lines (縦組み) composed at 10 pt, so an em is 10 pt: x runs down the line. */
class VerticalCompositionTest {
    private static final FontLibrary JP = Samples.FONTS.of(FontSet.JAPANESE);
    private static final Composer JAPANESE = Composer.vertical(JP, Language.JA);
    private static final Composer TAIWAN = Composer.vertical(Samples.FONTS.traditional(), Language.ZH_HANT);
    private static final ParagraphStyle JUSTIFY = new ParagraphStyle(Alignment.JUSTIFY, 0, false);

    static final String TOWN = "市立図書館は12月から、開館時間を午後8時まで延ばす。2026年度の利用者アンケートで「仕事帰りに寄りたい」"
            + "という声が多かったためだ。館長の佐藤さんは「まずは3カ月、様子を見たい」と話す。JR駅前の分館でも、"
            + "ボランティアによる読み聞かせ（毎週土曜）を再開した……。コーヒーショップ併設の計画もあるという。";

    private static List<ComposedLine> compose(Composer composer, String text, double measure) {
        return composer.compose(List.of(Samples.run(text, FontRole.SERIF, 10)), measure, JUSTIFY, new Diagnostics());
    }

    private static List<PlacedGlyph> glyphs(List<ComposedLine> lines) {
        return lines.stream().flatMap(l -> l.glyphs().stream()).toList();
    }

    @Test
    void twoDigitsStandSideBySideInOneEmLongerNumbersAreTurned() {
        List<PlacedGlyph> line = compose(JAPANESE, "会議は2026年12月5日に開く", 300).get(0).glyphs();
        PlacedGlyph one = line.get(8), two = line.get(9);
        assertEquals("12", one.text() + two.text());
        for (PlacedGlyph digit : List.of(one, two)) {
            assertEquals(Stance.Orientation.COMBINED, digit.stance().orientation(), digit.text());
            assertEquals(10, digit.width(), 1e-6, "the unit is one em down the line");
        }
        assertEquals(one.x(), two.x(), 1e-9, "side by side: one place down the line");
        assertTrue(one.stance().across() < 0 && two.stance().across() > one.stance().across(), "1 left of 2");
        double across = 10 * one.stance().scale() * (JP.face(FontRole.SERIF).advance('1') + JP.face(FontRole.SERIF).advance('2')) / 1000;
        assertTrue(across <= 10 + 1e-6, "the digits fit the em: " + across);
        assertEquals(0, one.stance().across() + across / 2, 1e-6, "centred on the axis");
        assertEquals(line.get(7).x() + line.get(7).width(), one.x(), 1e-6, "no space after 年");

        for (int k = 3; k < 7; k++) {
            PlacedGlyph digit = line.get(k);
            assertEquals(Stance.Orientation.ROTATED, digit.stance().orientation(), "2026 is turned: " + digit.text());
            assertEquals(JP.face(FontRole.SERIF).advance(digit.codePoint()) / 100.0, digit.width(), 1e-3, "advancing by its width");
        }
        PlacedGlyph five = line.get(11);
        assertEquals("5", five.text());
        assertEquals(Stance.Orientation.COMBINED, five.stance().orientation(), "a lone digit stands upright");
        assertEquals(10, five.width(), 1e-6);
        assertEquals(Stance.Orientation.UPRIGHT, line.get(0).stance().orientation(), "kanji stand upright");
    }

    @Test
    void initialismsStandUprightALetterAnEmWordsAreTurned() {
        List<ComposedLine> lines = compose(JAPANESE, "JR駅でlibraryの本", 300);
        List<PlacedGlyph> g = lines.get(0).glyphs();
        assertEquals(Stance.Orientation.COMBINED, g.get(0).stance().orientation());
        assertEquals(Stance.Orientation.COMBINED, g.get(1).stance().orientation());
        assertEquals(10, g.get(1).x() - g.get(0).x(), 1e-6, "J and R one em apart, one below the other");
        assertEquals(Stance.Orientation.ROTATED, g.get(4).stance().orientation(), "library is turned: " + g.get(4).text());
        for (int width : new int[] {20, 30, 40}) {
            List<ComposedLine> narrow = compose(JAPANESE, "今年はJRが", width);
            assertFalse(narrow.stream().anyMatch(l -> l.text().startsWith("R")), "JR kept together: " + texts(narrow));
        }
    }

    @Test
    void aLineOfPureCjkHoldsTheMeasuresFullCount() {
        String text = "市立図書館は来月から開館時間を延長する方針を固めた".repeat(2);
        List<ComposedLine> lines = compose(JAPANESE, text, 150);
        for (ComposedLine line : lines.subList(0, lines.size() - 1)) {
            assertEquals(15, line.glyphs().size(), "15 characters in a 15-em line: " + line.text());
            for (int k = 0; k < 15; k++) assertEquals(10.0 * k, line.glyphs().get(k).x(), 1e-6, line.text());
        }
    }

    @Test
    void kinsokuHoldsDownTheLineAtEveryMeasure() {
        for (int ems = 6; ems <= 20; ems++) {
            List<ComposedLine> lines = compose(JAPANESE, TOWN, ems * 10);
            assertReadable(TOWN, lines, ems * 10, true);
            for (ComposedLine line : lines.subList(1, lines.size())) {
                char first = line.text().charAt(0);
                assertTrue("、。」）ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ".indexOf(first) < 0,
                        "«" + line.text() + "» at " + ems + " em starts with " + first);
            }
        }
    }

    @Test
    void japaneseStopsAndClosingBracketsSqueezeDownTheLineTaiwansCentredStopsDoNot() {
        List<PlacedGlyph> ja = compose(JAPANESE, "見たい。」と話す", 300).get(0).glyphs();
        assertEquals(15, ja.get(5).x() - ja.get(3).x(), 1e-6, "。」 take an em and a half");
        List<PlacedGlyph> tw = compose(TAIWAN, "他說好。」再見", 300).get(0).glyphs();
        assertEquals(10, tw.get(4).x() - tw.get(3).x(), 1e-6, "Taiwan's centred 。 keeps its em before 」");
    }

    @Test
    void theEmDashPairRunsTwoEmsDownTheLine() {
        List<PlacedGlyph> g = compose(JAPANESE, "結論——再開", 300).get(0).glyphs();
        assertEquals("——", g.get(2).text() + g.get(3).text());
        assertEquals(10, g.get(2).width(), 1e-6, "the full-width dash's vertical form, not the proportional —");
        assertEquals(10, g.get(3).x() - g.get(2).x(), 1e-6);
    }

    @Test
    void aStopEndingAJapaneseLineIsHalfAnEmDownTheLine() {
        String text = "市立図書館は来月から開館時間を延長" + "。" + "する方針だ";
        List<ComposedLine> lines = compose(JAPANESE, text, 180);
        PlacedGlyph stop = lines.get(0).glyphs().get(lines.get(0).glyphs().size() - 1);
        assertEquals("。", stop.text(), texts(lines).toString());
        assertEquals(5, stop.width(), 1e-6, "jlreq: a full stop ending a line is set half-width (its vertical form's ink is in the top half)");
        List<ComposedLine> chinese = compose(Composer.vertical(JP, Language.ZH_HANS), text, 180);
        assertEquals(10, chinese.get(0).glyphs().get(chinese.get(0).glyphs().size() - 1).width(), 1e-6,
                "clreq keeps it full width where the line is not too long");
    }

    /**
     * A measure too short for anything but emergency breaks never splits a 縦中横 unit: its later
     * digits share the first one's em, so a break before them would move nothing but what follows.
     */
    @Test
    void anEmergencyBreakKeepsA縦中横UnitWhole() {
        for (double measure : new double[] {10, 15, 20}) {
            List<ComposedLine> lines = compose(TAIWAN, "粄條節20、21日登場", measure);
            for (int i = 1; i < lines.size(); i++) {
                List<PlacedGlyph> before = lines.get(i - 1).glyphs();
                PlacedGlyph last = before.get(before.size() - 1), first = lines.get(i).glyphs().get(0);
                boolean split = last.stance().orientation() == Stance.Orientation.COMBINED
                        && first.stance().orientation() == Stance.Orientation.COMBINED;
                assertFalse(split, "a unit split at " + measure + ": " + texts(lines));
            }
            assertEquals("粄條節20、21日登場", String.join("", texts(lines)));
        }
    }
}
