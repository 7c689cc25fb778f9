package paiban.layout;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChineseDatesTest {
    @Test
    void sampleIssueDate() {
        LocalDate d = LocalDate.of(2026, 11, 26);
        assertEquals("2026年11月26日", ChineseDates.date(d));
        assertEquals("星期四", paiban.model.Words.of("zh-Hans").weekday(d));
        assertEquals("农历丙午年十月十八", ChineseDates.lunar(d, false));
    }

    @Test
    void springFestivalAndLeapMonth() {
        assertEquals("农历丙午年正月初一", ChineseDates.lunar(LocalDate.of(2026, 2, 17), false));
        assertEquals("农历乙巳年闰六月初一", ChineseDates.lunar(LocalDate.of(2025, 7, 25), false));
        assertEquals("农历乙巳年腊月廿九", ChineseDates.lunar(LocalDate.of(2026, 2, 16), false));
    }

    @Test
    void traditionalEditionsPrintTheLunarDateInTraditionalCharacters() {
        assertEquals("農曆乙巳年閏六月初一", ChineseDates.lunar(LocalDate.of(2025, 7, 25), true));
        assertEquals("農曆乙巳年臘月廿九", ChineseDates.lunar(LocalDate.of(2026, 2, 16), true));
        assertEquals("農曆丙午年冬月初四", ChineseDates.lunar(LocalDate.of(2026, 12, 12), true));
    }
}
