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
