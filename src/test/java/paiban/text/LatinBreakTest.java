package paiban.text;

import org.junit.jupiter.api.Test;
import paiban.diag.Diagnostics;
import paiban.font.FontRole;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static paiban.text.LineChecks.*;

/** Addresses break only at their separators; English words hyphenate only where TeX's patterns allow. */
class LatinBreakTest {
    private static List<String> lines(String text, double measure) {
        List<ComposedLine> lines = new Composer(Samples.FONTS).compose(List.of(Samples.run(text, FontRole.SERIF, 9)),
                measure, ParagraphStyle.BODY, new Diagnostics());
        assertReadable(text, lines, measure, true);
        return texts(lines);
    }

    @Test
    void addressesBreakAfterTheirSeparatorsWithoutAHyphen() {
        String text = "详情请登录市政府网站https://www.lijiang.gov.cn/zwgk/notice?id=2026&lang=zh查询，或发邮件至service-desk@lijiang.gov.cn咨询。";
        for (double m = 60; m <= 160; m += 4.5) {
            List<String> lines = lines(text, m);
            for (int i = 0; i + 1 < lines.size(); i++) {
                String end = lines.get(i), next = lines.get(i + 1);
                if (!end.isEmpty() && !next.isEmpty() && asciiLetterOrDigit(end.charAt(end.length() - 1))
                        && asciiLetterOrDigit(next.charAt(0))) {
                    fail("address broken between two letters at " + m + ": " + lines);
                }
            }
            String joined = String.join("", lines);
            assertEquals(text, joined, "no hyphen added at " + m);
        }
    }

    private static boolean asciiLetterOrDigit(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    @Test
    void englishWordsHyphenateOnlyAtPatternPoints() {
        String text = "他在发言中反复用到一个英文单词character，随后又谈到了about这个词的用法，以及hyphenation和information两个词。";
        for (double m = 40; m <= 140; m += 3.7) {
            List<ComposedLine> composed = new Composer(Samples.FONTS).compose(List.of(Samples.run(text, FontRole.SERIF, 9)),
                    m, ParagraphStyle.BODY, new Diagnostics());
            String joined = String.join("|", texts(composed));
            for (String bad : List.of("chara|", "cha|", "ab|", "abo|", "hyphe|", "hyp|", "inf|", "informat|")) {
                assertFalse(joined.contains(bad), bad + " at " + m + ": " + joined);
            }
        }
    }
}
