package paiban.text;

import paiban.diag.SourceSpan;
import paiban.font.FontRole;

/**
 * A run of text to compose in one role and size (pt). {@code span} names the source for warnings.
 * {@code whole}: the run is not broken inside unless it is wider than the measure (a credit
 * entry such as 摄影 张书豪, which never splits between role and name).
 */
public record TextRun(String text, FontRole role, double size, SourceSpan span, boolean whole) {
    public TextRun(String text, FontRole role, double size, SourceSpan span) {
        this(text, role, size, span, false);
    }
}
