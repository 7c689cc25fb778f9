package paiban.model;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;

/**
 * The fixed words a paper prints around its copy (masthead, folio, jump lines, labels), one
 * instance per language: zh-Hans, zh-Hant or ja. Templates hold {@code N} where a number goes.
 *
 * @param pageLabel     a page's 版次: 第N版, N面
 * @param issueNumber   the issue's number under the masthead: 第N期, 第N号
 * @param pagesToday    how many pages the issue has: 今日N版, 本日N面
 * @param editor        the folio's label before the page editor's name
 * @param publishedBy   what follows the publisher's name under the masthead
 * @param continuedOn   the jump line under a continued article's last column
 * @param continuedFrom the jump line over its continuation
 * @param weekdays      the seven weekday names, Monday first, each as printed whole
 * @param photographer  the word a picture's credit puts before the photographer's name: 摄影, 撮影
 * @param lunarDate     whether the masthead prints the 农历 date
 * @param traditional   whether the lunar date and words are in traditional characters
 */
public record Words(String language, String pageLabel, String issueNumber, String pagesToday, String editor,
                    String publishedBy, String continuedOn, String continuedFrom, List<String> weekdays,
                    String photographer, boolean lunarDate, boolean traditional) {
    public Words {
        weekdays = List.copyOf(weekdays);
    }

    private static final Words SIMPLIFIED = new Words("zh-Hans", "第N版", "第N期", "今日N版", "责任编辑",
            "出版", "（下转第N版）", "（上接第N版）", chinese("星期"), "摄影", true, false);
    private static final Words TRADITIONAL = new Words("zh-Hant", "第N版", "第N期", "今日N版", "責任編輯",
            "出版", "（下轉第N版）", "（上接第N版）", chinese("星期"), "攝影", true, true);
    private static final Words JAPANESE = new Words("ja", "N面", "第N号", "本日N面", "担当",
            "発行", "（N面へ続く）", "（N面から続く）",
            List.of("月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日"), "撮影", false, false);

    private static List<String> chinese(String prefix) {
        return "一二三四五六日".codePoints().mapToObj(c -> prefix + Character.toString(c)).toList();
    }

    /** The table for a BCP 47 tag: ja for Japanese, zh-Hant for traditional Chinese, else zh-Hans. */
    public static Words of(String language) {
        if (Edition.japanese(language)) return JAPANESE;
        return Edition.traditional(language) ? TRADITIONAL : SIMPLIFIED;
    }

    private static String fill(String template, int n) {
        return template.replace("N", Integer.toString(n));
    }

    public String page(int number) {
        return fill(pageLabel, number);
    }

    /** 第3版 要闻, or the label alone when the page has no section name. */
    public String page(int number, String section) {
        return section.isBlank() ? page(number) : page(number) + " " + section.strip();
    }

    public String issue(int number) {
        return fill(issueNumber, number);
    }

    public String pages(int count) {
        return fill(pagesToday, count);
    }

    public String jumpTo(int page) {
        return fill(continuedOn, page);
    }

    public String jumpFrom(int page) {
        return fill(continuedFrom, page);
    }

    /**
     * A picture's credit: 摄影 陈雨桐, unless it already says who took it in its own words
     * (本报记者 周明 摄, 山本美咲撮影); empty for none.
     */
    public String credit(String credit) {
        String c = credit.strip();
        if (c.isEmpty() || c.indexOf(photographer.charAt(0)) >= 0) return c;
        return photographer + " " + c;
    }

    public String weekday(LocalDate d) {
        return weekdays.get(d.getDayOfWeek().getValue() - 1);
    }

    /** 2026年3月3日, or in Japanese with the era year: 2026年（令和8年）3月3日 (令和元年 in its first year). */
    public String date(LocalDate d) {
        String era = "";
        if (language.equals("ja") && !d.isBefore(LocalDate.of(1873, 1, 1))) {
            JapaneseDate j = JapaneseDate.from(d);
            int year = j.get(ChronoField.YEAR_OF_ERA);
            era = "（" + j.getEra().getDisplayName(TextStyle.FULL, Locale.JAPANESE) + (year == 1 ? "元" : year) + "年）";
        }
        return d.getYear() + "年" + era + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
