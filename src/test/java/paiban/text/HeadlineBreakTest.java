package paiban.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import paiban.diag.Diagnostics;
import paiban.font.FontLibrary;
import paiban.font.FontRole;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;
import static paiban.text.LineChecks.*;

/** Headline breaks as an editor reads them: between words, units and short quotes kept whole. */
class HeadlineBreakTest {
    private static final double SIZE = 20;

    /** Headlines of issue 9 with the breaks they were printed with, each of which splits a unit. */
    private static final Map<String, List<String>> SPLIT_BEFORE = Map.of(
            "人民路改造完工“瓶颈路”", List.of("瓶|颈", "“|瓶", "颈|路"),
            "一台APP管住300台机床", List.of("管|住", "0|台"),
            "江南区部分区域12月6日停水", List.of("部分|区域", "月|6", "分|区"),
            "冬季献血市中心血站延长服务时间", List.of("市|中心", "延|长", "血|站"),
            "跨江通勤从50分钟缩短到12分钟", List.of("分|钟", "0|分"),
            "全市数字经济核心产业增加值增长", List.of("经|济"),
            "我市发放首笔“油茶贷”", List.of("首|笔", "油|茶", "茶|贷"),
            // a measure word belongs to its number; 场, 区, 馆 close the name before them
            "12月15日起4条公交线路调整走向", List.of("公|交"),
            "市一医院高新区院区开诊", List.of("新|区"),
            "体育馆滑冰场恢复开放", List.of("冰|场", "育|馆"));

    private static PreparedParagraph prepare(FontLibrary fonts, String text) {
        return new Composer(fonts).prepare(List.of(Samples.run(text, FontRole.SANS_BOLD, SIZE)),
                ParagraphStyle.HEADLINE, new Diagnostics());
    }

    @Test
    void headlinesNeverSplitAWordANumberWithItsUnitOrAShortQuote() {
        SPLIT_BEFORE.forEach((headline, splits) -> {
            PreparedParagraph p = prepare(Samples.FONTS, headline);
            for (double m = 8 * SIZE; m <= headline.length() * SIZE; m += SIZE / 2) {
                List<ComposedLine> lines = p.compose(m);
                assertReadable(headline, lines, m, false);
                String joined = String.join("|", texts(lines));
                for (String split : splits) assertFalse(joined.contains(split), split + " at " + m + ": " + joined);
                assertBreaksBetweenWords(joined, ULocale.SIMPLIFIED_CHINESE);
            }
        });
    }

    @Test
    void traditionalHeadlinesBreakBetweenWordsToo() {
        String headline = "老市場變身文創聚落";
        PreparedParagraph p = prepare(Samples.FONTS.traditional(), headline);
        for (double m = 5 * SIZE; m < headline.length() * SIZE; m += SIZE / 2) {
            String joined = String.join("|", texts(p.compose(m)));
            assertFalse(joined.contains("創|聚"), m + ": " + joined);
            assertFalse(joined.contains("變|身"), m + ": " + joined);
            assertBreaksBetweenWords(joined, ULocale.TRADITIONAL_CHINESE);
        }
    }

    @Test
    void aSpaceTheEditorTypedIsWhereTheHeadlineBreaks() {
        String headline = "青溪大桥今日通车 两岸市民步行过江";
        PreparedParagraph p = prepare(Samples.FONTS, headline);
        assertEquals(List.of("青溪大桥今日通车", "两岸市民步行过江"), texts(p.compose(10 * SIZE)));
    }

    @Test
    void aSettingIsCleanOnlyWhenItsBreaksAreBetweenWordsAndItsLinesBalanced() {
        PreparedParagraph p = prepare(Samples.FONTS, "冬季献血市中心血站延长服务时间");
        PreparedParagraph.Setting wide = p.setting(16 * SIZE);
        assertEquals(1, wide.lines().size());
        assertTrue(wide.clean());
        // four characters wide, the words no longer fit: the breaker must cut them
        PreparedParagraph.Setting narrow = p.setting(2.5 * SIZE);
        assertFalse(narrow.clean(), texts(narrow.lines()).toString());
        // 冬季献血|市中心血站延长服务时间 breaks between words but is lopsided
        PreparedParagraph lopsided = new Composer(Samples.FONTS).prepare(
                List.of(Samples.run("冬季献血\n市中心血站延长服务时间", FontRole.SANS_BOLD, SIZE)), ParagraphStyle.HEADLINE, new Diagnostics());
        assertFalse(lopsided.setting(16 * SIZE).clean());
    }

    /** Every line ends at a boundary of ICU's dictionary word segmentation of the whole headline. */
    private static void assertBreaksBetweenWords(String joined, ULocale locale) {
        String text = joined.replace("|", "");
        BreakIterator words = BreakIterator.getWordInstance(locale);
        words.setText(text);
        int at = 0;
        for (String line : joined.split("\\|")) {
            at += line.length();
            if (at < text.length()) assertTrue(words.isBoundary(at), "inside a word: " + joined);
        }
    }
}
