package paiban.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What issue.yaml says. {@code number} is 0 when not given; {@code language} is a BCP 47 tag
 * (zh-Hans, zh-Hant, ja).
 */
public record Edition(String paper, LocalDate date, int number, String publisher, String language,
                      PaperFormat format, int columns, double bleedMm) {
    /** Whether the edition is set in traditional characters (see {@link #traditional(String)}). */
    public boolean traditional() {
        return traditional(language);
    }

    /**
     * Whether an edition in this BCP 47 language is set in traditional characters: script Hant,
     * or no script and a region that writes traditional (Taiwan, Hong Kong, Macao).
     */
    public static boolean traditional(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        return locale.getLanguage().equals("zh") && (locale.getScript().equals("Hant")
                || locale.getScript().isEmpty() && List.of("TW", "HK", "MO").contains(locale.getCountry()));
    }
}
