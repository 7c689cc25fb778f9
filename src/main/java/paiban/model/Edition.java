package paiban.model;

import java.time.LocalDate;

/**
 * What issue.yaml says. {@code number} is 0 when not given; {@code language} is a BCP 47 tag
 * (zh-Hans, zh-Hant, ja).
 */
public record Edition(String paper, LocalDate date, int number, String publisher, String language,
                      PaperFormat format, int columns, double bleedMm) {
}
