package paiban.text;

import paiban.diag.SourceSpan;
import paiban.font.FontRole;

/** A run of text to compose in one role and size (pt). {@code span} names the source for warnings. */
public record TextRun(String text, FontRole role, double size, SourceSpan span) {
}
