package paiban.text;

/**
 * How to set one paragraph. {@code firstIndentEm}: indent of the first line in em of the first
 * run's size (2 for body text). {@code balance}: break into lines of near-equal length, never
 * leaving a lone character on the last line (headlines).
 */
public record ParagraphStyle(Alignment alignment, double firstIndentEm, boolean balance) {
    public static final ParagraphStyle BODY = new ParagraphStyle(Alignment.JUSTIFY, 2, false);
    public static final ParagraphStyle HEADLINE = new ParagraphStyle(Alignment.LEFT, 0, true);
    /** Flush left, ragged, no indent: labels, bylines, one-line texts. */
    public static final ParagraphStyle LINE = new ParagraphStyle(Alignment.LEFT, 0, false);

    /** Whether lines other than the last are spread to the measure (balanced headlines are not). */
    public boolean justified() {
        return alignment == Alignment.JUSTIFY && !balance;
    }
}
