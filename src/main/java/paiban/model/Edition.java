package paiban.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * What issue.yaml says. {@code number} is 0 when not given; {@code language} is a BCP 47 tag
 * (zh-Hans, zh-Hant, ja); {@code revision} counts corrected re-issues of the same date (0 for the first);
 * {@code issn} is the paper's ISSN (1234-5679) or empty. {@code writing} is the default way
 * of setting pages (page.yaml may differ), {@code bands} the number of bands (段) of a vertical page.
 */
public record Edition(String paper, LocalDate date, int number, String publisher, String language,
                      PaperFormat format, int columns, double bleedMm, int revision, String issn,
                      Writing writing, int bands) {
    /** A horizontal edition. */
    public Edition(String paper, LocalDate date, int number, String publisher, String language,
                   PaperFormat format, int columns, double bleedMm, int revision, String issn) {
        this(paper, date, number, publisher, language, format, columns, bleedMm, revision, issn,
                Writing.HORIZONTAL, format.defaultBands());
    }

    /** The first issue of its date (revision 0), of a paper with no ISSN given. */
    public Edition(String paper, LocalDate date, int number, String publisher, String language,
                   PaperFormat format, int columns, double bleedMm) {
        this(paper, date, number, publisher, language, format, columns, bleedMm, 0, "");
    }

    /** Where the paper is published: Japan for ja, UTC+8 for Chinese. */
    public ZoneOffset zone() {
        return japanese() ? ZoneOffset.ofHours(9) : ZoneOffset.ofHours(8);
    }

    /** Whether the edition is Japanese (see {@link #japanese(String)}). */
    public boolean japanese() {
        return japanese(language);
    }

    /** Whether a BCP 47 language tag names Japanese (ja, ja-JP, ...). */
    public static boolean japanese(String languageTag) {
        return Locale.forLanguageTag(languageTag).getLanguage().equals("ja");
    }

    /**
     * When this revision was issued, as far as files say: the issue date at 00:00 in the paper's
     * zone, one minute later per revision. No clock is read, so a rebuild gives the same instant.
     */
    public Instant issued() {
        return date.atStartOfDay(zone()).plusMinutes(revision).toInstant();
    }

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
