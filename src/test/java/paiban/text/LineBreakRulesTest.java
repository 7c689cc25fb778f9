package paiban.text;

import org.junit.jupiter.api.Test;
import paiban.diag.Diagnostics;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static paiban.text.LineChecks.*;

/**
 * Character lists in the manner of the WPT css-text-line-break-zh-* tests (cases written anew): each
 * mark is placed where a plain break would put it at a line start or end, 10 pt text in a 5 em
 * measure, and the composer must keep it off that edge; characters that may start a line must be
 * allowed to.
 */
class LineBreakRulesTest {
    private static final Composer COMPOSER = new Composer(Samples.FONTS);
    private static final ParagraphStyle JUSTIFY = new ParagraphStyle(Alignment.JUSTIFY, 0, false);
    private static final double FIVE_EM = 50;

    private static List<ComposedLine> compose(String text, double measure, ParagraphStyle style) {
        return COMPOSER.compose(List.of(Samples.serif(text, 10)), measure, style, new Diagnostics());
    }

    private static final double FIVE_AND_A_HALF_EM = 55;

    private static List<String> lines(String text) {
        return lines(text, FIVE_EM);
    }

    private static List<String> lines(String text, double measure) {
        List<ComposedLine> lines = compose(text, measure, JUSTIFY);
        assertReadable(text, lines, measure, true);
        return texts(lines);
    }

    /** Six em of text in a 5.5 em measure: a mark with a blank half is squeezed in, others push a character out. */
    @Test
    void closingQuotesAndBracketsNeverStartALine() {
        for (char c : "”’」』）〕］｝】〗〉》".toCharArray()) {
            List<String> l = lines("一二三四五" + c + "六七八九十", FIVE_AND_A_HALF_EM);
            assertEquals("一二三四五" + c, l.get(0), "squeezed in: " + l);
        }
    }

    @Test
    void pausesAndStopsNeverStartALine() {
        for (char c : "。，、：；".toCharArray()) {
            List<String> l = lines("一二三四五" + c + "六七八九十", FIVE_AND_A_HALF_EM);
            assertEquals("一二三四五" + c, l.get(0), "squeezed in: " + l);
        }
        for (char c : "．！？‼⁇".toCharArray()) {
            List<String> l = lines("一二三四五" + c + "六七八九十", FIVE_AND_A_HALF_EM);
            assertEquals("五" + c, l.get(1).substring(0, 2), "pushed out with the character before: " + l);
        }
    }

    @Test
    void connectorsInterpunctsAndSolidusNeverStartALine() {
        for (char c : "～‐–—·・‧／".toCharArray()) {
            List<String> l = lines("一二三四五" + c + "六七八九十");
            assertNotEquals(c, l.get(1).charAt(0), l.toString());
        }
    }

    @Test
    void iterationMarksNeverStartALine() {
        for (String text : List.of("人人人人人々木木木木木", "時時時時時〻木木木木木", "こここここゝろろろろろ", "カカカカカヽロロロロロ")) {
            List<String> l = lines(text);
            char mark = text.charAt(5);
            assertTrue(l.stream().skip(1).noneMatch(line -> line.charAt(0) == mark), l.toString());
        }
    }

    @Test
    void asciiClosingPunctuationAfterHanNeverStartsALine() {
        for (char c : ",.;:?!)]}".toCharArray()) {
            List<String> l = lines("一二三四五" + c + "六七八九十");
            assertNotEquals(c, l.get(1).charAt(0), l.toString());
        }
    }

    @Test
    void openingMarksNeverEndALine() {
        for (char c : "“‘「『（〔［｛【〖《〈".toCharArray()) {
            List<String> l = lines("一二三四" + c + "五六七八九");
            assertEquals("一二三四", l.get(0), l.toString());
            assertEquals(c, l.get(1).charAt(0));
        }
    }

    @Test
    void doubleDashDoubleEllipsisAndOpeningMarksMayStartALine() {
        for (String s : List.of("——", "……", "「", "《", "（")) {
            List<String> l = lines("一二三四五" + s + "六七八九");
            assertEquals("一二三四五", l.get(0), l.toString());
            assertTrue(l.get(1).startsWith(s), l.toString());
        }
    }

    @Test
    void doubleDashAndDoubleEllipsisAreNeverSplit() {
        for (String s : List.of("——", "……")) {
            for (int at = 1; at < 9; at++) {
                String text = "一二三四五六七八九十".substring(0, at) + s + "甲乙丙丁戊己庚";
                List<ComposedLine> l = compose(text, FIVE_EM, JUSTIFY);
                assertReadable(text, l, FIVE_EM, true);
            }
        }
    }

    @Test
    void numbersWithSignsUnitsAndCurrencyStayTogetherAtEveryWidth() {
        String text = "菜价从￥12.5涨到￥18，涨幅44％；北方气温−5℃，南方回升到18.6℃左右，全年进口额约为$3.2亿，"
                + "同比下降7.9%，其中第4季度降幅达到12.25%，为2019年以来最低。";
        for (double m = 40; m < 200; m += 1.7) { // from the widest number, 12.25%, up
            List<ComposedLine> l = compose(text, m, JUSTIFY);
            assertReadable(text, l, m, true);
            for (int i = 1; i < l.size(); i++) {
                String prev = l.get(i - 1).text();
                int before = prev.codePointBefore(prev.length());
                int after = l.get(i).text().codePointAt(0);
                assertFalse(before == '￥' || before == '$' || before == '−', "sign left at a line end: " + texts(l));
                assertFalse(after == '％' || after == '℃' || after == '%', "unit at a line start: " + texts(l));
            }
        }
    }

    @Test
    void everyParagraphAtEveryWidthAndAlignment() {
        for (String p : Samples.PARAGRAPHS) {
            for (double m = 40; m < 320; m += 7.3) {
                assertReadable(p, compose(p, m, ParagraphStyle.BODY), m, true);
                assertReadable(p, compose(p, m, new ParagraphStyle(Alignment.LEFT, 0, false)), m, false);
                assertReadable(p, compose(p, m, new ParagraphStyle(Alignment.CENTER, 0, true)), m, false);
            }
        }
    }
}
