package paiban.text;

import org.junit.jupiter.api.Test;
import paiban.diag.Diagnostics;
import paiban.font.FontLibrary;
import paiban.font.FontRole;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static paiban.text.LineChecks.*;

/**
 * 字字对齐: body lines of CJK text hold a column's full count of characters, each a whole em, at
 * any body size the grid computes (a size whose em is no whole number of millipoints included).
 */
class CharacterGridTest {
    /** A Taiwanese town's paper, 「」 quotes and centred 。，、 as Taiwan sets them. */
    private static final String HANT = "臺東縣政府今天宣布，明年起將在臺東市、卑南鄉試辦夜間公車，路線涵蓋火車站、醫院與主要商圈。"
            + "交通處長表示，試辦期間每班車間隔二十分鐘，票價與一般公車相同，民眾可以使用電子票證搭乘。"
            + "根據縣府去年的問卷調查，深夜時段有超過三成的受訪者表示，下班後找不到合適的交通工具，只能選擇計程車或騎機車回家。"
            + "縣議員也在質詢時指出：「夜間公車不只是便民措施，更關係到勞工的安全與生活品質。」"
            + "交通處將在試辦三個月後檢討成效，若搭乘人數達到預期，預計擴大到全縣十六個鄉鎮市，並與客運業者研議延長末班車時間。"
            + "住在新園里的護理師林佩君說，她每週有三天值大夜班，過去只能請家人接送，「有了夜間公車，家裡的負擔會輕很多。」"
            + "縣府同時規劃在各站設置候車亭與照明設施，讓民眾在夜間候車時更加安心，相關工程預計在明年春節前完成。";

    /** Body sizes a grid computes: whole, and with ems of fractional millipoints either side of the rounding. */
    private static final double[] SIZES = {9.0, 9.0416666, 8.7352941, 9.1234567, 8.9966667};

    @Test
    void traditionalBodyLinesHoldTheColumnsFullCount() {
        assertOnGrid(Samples.FONTS.traditional(), HANT);
    }

    /** Twenty-one characters in a 10-em column, no mark to squeeze: 10 + 10 + 1, not two lines spread apart. */
    @Test
    void aLoneLastCharacterIsNotAvoidedBySpreadingLines() {
        for (FontLibrary fonts : List.of(Samples.FONTS, Samples.FONTS.traditional())) {
            String text = "竹溪鎮公所今年編列預算整修市場對面兩棟老屋";
            List<ComposedLine> lines = composeFlush(fonts, text, 9, 10);
            assertEquals(List.of("竹溪鎮公所今年編列預", "算整修市場對面兩棟老", "屋"), texts(lines));
        }
    }

    /** Taiwan's centred comma cannot be squeezed: its line is pushed out, and only that line is spread. */
    @Test
    void onlyTheLinePushedOutBeforeACentredMarkIsSpread() {
        String text = "「小時候跟阿嬤來這裡買菜，現在帶女兒來喝咖啡，感覺很奇妙。」在台北上班、特地返鄉的林小姐說。"
                + "她指著市場中央的一根柱子說，那裡以前是賣豬肉的攤位。";
        double size = 9, measure = 14 * size;
        List<ComposedLine> lines = new Composer(Samples.FONTS.traditional()).compose(
                List.of(new TextRun(text, FontRole.SERIF, size, Samples.SPAN)), measure, ParagraphStyle.BODY, new Diagnostics());
        assertReadable(text, lines, measure, true);
        assertEquals("「小時候跟阿嬤來這裡買", lines.get(0).text(), "菜， would overfill the indented line: 菜 goes down");
        for (int i = 1; i < lines.size() - 1; i++) {
            assertEquals(14, lines.get(i).text().length(), "line " + i + " of " + texts(lines));
        }
    }

    /**
     * 。” take 1.5 em together, leaving their line half an em short: it is spread by that half em,
     * not squeezed by another half to take in a character more, which would move every character
     * after the squeezed mark off the grid.
     */
    @Test
    void aLineHalfAnEmShortIsSpreadNotSqueezed() {
        String text = "“以前孩子半夜发烧，得开车过江到老院区去看急诊。现在走路十分钟就到了。”带着女儿来看病的高新区居民聂晓鸥说。";
        double size = 9, measure = 13 * size;
        List<ComposedLine> lines = new Composer(Samples.FONTS).compose(
                List.of(new TextRun(text, FontRole.SERIF, size, Samples.SPAN)), measure, ParagraphStyle.BODY, new Diagnostics());
        assertReadable(text, lines, measure, true);
        assertEquals("现在走路十分钟就到了。”带", lines.get(2).text(), texts(lines).toString());
    }

    /** Wide measures at a size whose em rounds up to the next millipoint still hold their full count. */
    @Test
    void wideMeasuresHoldTheirCountWhenTheEmRoundsUp() {
        String text = "竹溪鎮公所今年編列預算整修市場對面兩棟日治時期老屋作為藝術家駐村空間並在周邊增設資源回收站"
                + "鎮長許明德表示希望老市場能成為帶動舊街區復甦的起點明年將再編列預算整修更多老屋";
        double size = 9.00051; // 9000.51 mp: each advance, 9001, is half a millipoint too wide
        for (int chars = 20; chars <= 40; chars += 4) {
            List<ComposedLine> lines = composeFlush(Samples.FONTS.traditional(), text, size, chars);
            for (int i = 0; i < lines.size() - 1; i++) {
                assertEquals(chars, lines.get(i).text().length(), "line " + i + " at " + chars + ": " + texts(lines));
            }
        }
    }

    /** Justified, no indent, {@code chars} ems wide. */
    private static List<ComposedLine> composeFlush(FontLibrary fonts, String text, double size, int chars) {
        double measure = chars * size;
        List<ComposedLine> lines = new Composer(fonts).compose(List.of(new TextRun(text, FontRole.SERIF, size, Samples.SPAN)),
                measure, new ParagraphStyle(Alignment.JUSTIFY, 0, false), new Diagnostics());
        assertReadable(text, lines, measure, true);
        return lines;
    }

    private static void assertOnGrid(FontLibrary fonts, String text) {
        Composer composer = new Composer(fonts);
        for (double size : SIZES) {
            for (int chars = 11; chars <= 14; chars++) {
                double measure = chars * size;
                List<ComposedLine> lines = composer.compose(List.of(new TextRun(text, FontRole.SERIF, size, Samples.SPAN)),
                        measure, ParagraphStyle.BODY, new Diagnostics());
                assertReadable(text, lines, measure, true);
                int considered = 0, onGrid = 0;
                for (int i = 1; i < lines.size() - 1; i++) { // the indented first line and the last are not full
                    considered++;
                    if (lines.get(i).text().codePointCount(0, lines.get(i).text().length()) == chars) onGrid++;
                }
                assertTrue(onGrid >= 0.9 * considered, onGrid + " of " + considered + " lines hold " + chars
                        + " characters at " + size + " pt: " + texts(lines));
            }
        }
    }
}
