package paiban.layout;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;

import java.time.LocalDate;

/** Dates as a Chinese daily prints them: 2026年11月26日, 农历丙午年十月初八 (weekdays: {@link paiban.model.Words}). */
public final class ChineseDates {
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
    private static final String[] MONTHS = {"正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊"};
    private static final String DIGITS = "一二三四五六七八九十";

    private ChineseDates() {
    }

    public static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /**
     * The lunar date (ICU's Chinese calendar, computed for China's time zone): 农历丙午年十月十八,
     * or 農曆…, 閏…, 臘月 in traditional characters.
     */
    public static String lunar(LocalDate d, boolean traditional) {
        GregorianCalendar g = new GregorianCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
        g.clear();
        g.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth(), 12, 0, 0);
        ChineseCalendar c = new ChineseCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
        c.setTimeInMillis(g.getTimeInMillis());
        int cycleYear = c.get(ChineseCalendar.YEAR) - 1;
        String year = "" + STEMS.charAt(cycleYear % 10) + BRANCHES.charAt(cycleYear % 12);
        boolean leap = c.get(ChineseCalendar.IS_LEAP_MONTH) == 1;
        String month = (leap ? (traditional ? "閏" : "闰") : "") + MONTHS[c.get(ChineseCalendar.MONTH)] + "月";
        if (traditional) month = month.replace('腊', '臘');
        return (traditional ? "農曆" : "农历") + year + "年" + month + day(c.get(ChineseCalendar.DAY_OF_MONTH));
    }

    private static String day(int n) {
        if (n <= 10) return "初" + DIGITS.charAt(n - 1);
        if (n < 20) return "十" + DIGITS.charAt(n - 11);
        if (n == 20) return "二十";
        if (n < 30) return "廿" + DIGITS.charAt(n - 21);
        return "三十";
    }
}
