package paiban.text;

import org.junit.jupiter.api.Test;
import paiban.diag.Diagnostics;
import paiban.font.FontRole;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Element lists in the compact form of {@link ItemDump}, 10 pt text, so lengths read in em. */
class ElementBuilderTest {
    private static final ParagraphStyle PLAIN = new ParagraphStyle(Alignment.LEFT, 0, false);
    private static final String END = " penalty(inf) glue(fil) penalty(-inf)";

    private static String items(String text, FontRole role, ParagraphStyle style) {
        PreparedParagraph p = new Composer(Samples.FONTS).prepare(List.of(Samples.run(text, role, 10)), style, new Diagnostics());
        return ItemDump.describe(p, 10);
    }

    private static String items(String text) {
        return items(text, FontRole.SERIF, PLAIN);
    }

    @Test
    void hanGapsStretchAndALineMayEndOnTheCommaInkOrAfterItsBlankHalf() {
        assertEquals("中 glue(0+0.025) 文 penalty(inf) glue(0+0.025) ，[0.5] penalty(0) blank(0.5-0.5)"
                + " penalty(0) glue(0+0.025) 好 penalty(1500) glue(0+0.025) 的" + END, items("中文，好的"));
    }

    @Test
    void stopBeforeClosingBracketLosesItsBlankSoThePairTakesOneAndAHalfEm() {
        assertEquals("好 penalty(inf) glue(0+0.025) 。[0.5] penalty(inf) glue(0) 」[0.5] penalty(0) blank(0.5-0.5)"
                + " penalty(0) glue(0+0.025) 他 penalty(1500) glue(0+0.025) 说" + END, items("好。」他说"));
    }

    @Test
    void openingBracketBlankIsHeldByAnEmptyBoxSoItIsKeptAtALineStart() {
        assertEquals("他 glue(0+0.025) 说 glue(0+0.025) indent(0) penalty(inf) blank(0.5-0.5) 「[0.5] penalty(inf) glue(0+0.025) 好"
                + " penalty(1500) glue(0+0.025) 啊 penalty(inf) glue(0+0.025) 」[0.5]" + END,
                items("他说「好啊」"));
    }

    @Test
    void nestedOpeningBracketsSqueezeTheBlankBetweenThem() {
        assertEquals("说 penalty(1500) glue(0+0.025) indent(0) penalty(inf) blank(0.5-0.5) 「[0.5] penalty(inf) glue(0) 『[0.5] penalty(inf) glue(0+0.025) 好"
                + " penalty(inf) glue(0+0.025) 』[0.5] penalty(inf) glue(0) 」[0.5]" + END,
                items("说「『好』」"));
    }

    @Test
    void narrowKaiQuotesHaveNoBlankToSqueeze() {
        assertEquals("他 glue(0+0.025) 说 penalty(1500) glue(0+0.025) “ penalty(inf) glue(0+0.025) 好 penalty(inf) glue(0+0.025) ”" + END,
                items("他说“好”", FontRole.KAI, PLAIN));
    }

    @Test
    void quarterEmBetweenHanAndLatin() {
        assertEquals("用 glue(0.24-0.125) Java glue(0.24-0.125) 写 penalty(1500) glue(0+0.025) 字" + END,
                items("用Java写字"));
    }

    @Test
    void numbersStayWholeAndAYearMayLeaveItsUnitAtACost() {
        assertEquals("增 glue(0+0.025) 长 glue(0.24-0.125) 28.6% penalty(inf) glue(0+0.025) ，[0.5] penalty(0)"
                + " blank(0.5-0.5) penalty(0) glue(0+0.025) 2026 penalty(100) glue(0.24-0.125) 年"
                + " penalty(1500) glue(0+0.025) 的" + END, items("增长28.6%，2026年的"));
    }

    @Test
    void signedTemperatureIsOneUnbreakableUnit() {
        assertEquals("气 glue(0+0.025) 温 glue(0.24-0.125) −3℃ glue(0+0.025) 左 penalty(1500) glue(0+0.025) 右" + END,
                items("气温−3℃左右"));
    }

    @Test
    void doubleDashAndEllipsisAreUnbreakableAndMayStartALine() {
        assertEquals("他 glue(0+0.025) —— glue(0+0.025) 我 glue(0+0.025) …… glue(0+0.025) 你 penalty(1500) glue(0+0.025) 们" + END,
                items("他——我……你们"));
    }

    @Test
    void aLoneDashMayNotStartALine() {
        assertEquals("他 penalty(inf) glue(0+0.025) — glue(0+0.025) 我 penalty(1500) glue(0+0.025) 们" + END, items("他—我们"));
        assertEquals("他 glue(0+0.025) —— penalty(inf) glue(0+0.025) — glue(0+0.025) 我 penalty(1500) glue(0+0.025) 们" + END,
                items("他———我们"));
    }

    @Test
    void spacesBetweenWordsAreKeptAndBesideHanBecomeTheQuarterEm() {
        assertEquals("我 glue(0+0.025) 们 glue(0+0.025) 的 space(0.24-0.125) open space(0.256+0.244-0.006)"
                + " source space(0.24-0.125)"
                + " 团 penalty(1500) glue(0+0.025) 队" + END, items("我们的 open source 团队"));
    }

    @Test
    void aSpaceBetweenTwoHanPrintsNothing() {
        assertEquals("中 glue(0+0.025) 文 penalty(1500) glue(0+0.025) 字" + END, items("中 文字"));
    }

    @Test
    void writtenHyphensAreCheapBreaksInsertedOnesExpensive() {
        assertEquals("state- penalty(50,flagged) of- penalty(50,flagged) the- penalty(50,flagged) art" + END,
                items("state-of-the-art"), "TeX's patterns give state no hyphen");
        assertEquals("char penalty(3000,flagged,w=0.346) ac penalty(3000,flagged,w=0.346) ter" + END, items("character"));
    }

    @Test
    void firstLineIndentIsABox() {
        assertEquals("indent(2) 中 penalty(1500) glue(0+0.025) 文" + END, items("中文", FontRole.SERIF, ParagraphStyle.BODY));
    }

    @Test
    void anOpeningMarkAfterTheIndentKeepsItsBlankAndCannotBeBrokenFromIt() {
        assertEquals("indent(2) penalty(inf) indent(0) penalty(inf) blank(0.5-0.5) 「[0.5] penalty(inf) glue(0+0.025) 中 penalty(1500) glue(0+0.025) 文"
                + " penalty(inf) glue(0+0.025) 」[0.5]" + END,
                items("「中文」", FontRole.SERIF, ParagraphStyle.BODY), "the closing mark ends the paragraph half-width");
    }

    @Test
    void balancedTextCountsItsLastLineAndAvoidsOneOrTwoCharactersThere() {
        // ICU segments 寒潮|来|了|，|北方|降雪: a break inside a word, or inside the pair 来了 it leaves
        // as single characters, costs 5000; after the comma earns 150.
        assertEquals("寒 penalty(5000) glue(0+0.025) 潮 glue(0+0.025) 来 penalty(5000) glue(0+0.025) 了 penalty(inf) glue(0+0.025)"
                + " ，[0.5] penalty(-150) blank(0.5-0.5) penalty(-150) glue(0+0.025) 北 penalty(5000) glue(0+0.025) 方"
                + " penalty(2000) glue(0+0.025) 降 penalty(9999) glue(0+0.025) 雪 penalty(-inf)",
                items("寒潮来了，北方降雪", FontRole.SANS_BOLD, ParagraphStyle.HEADLINE));
    }
}
