package paiban.text;

import paiban.font.FontFace;
import paiban.font.FontRole;

/**
 * One character of a prepared paragraph with its font and metrics in millipoints. {@code leftBlank}
 * and {@code rightBlank} are the blank parts of the glyph's em that punctuation adjustment may
 * squeeze (clreq: opening marks have the left half blank, closing marks and 。，、：； the right).
 * {@code face} is null when no shipped font has the character; it is then set 1 em wide.
 * {@code emboldened}: a bold role's character drawn by a lighter face, to be stroked bold.
 * In vertical text left and right are the top and bottom, {@code advance} is down the line, and
 * {@code orientation} says how the glyph stands; a {@link Stance.Orientation#COMBINED} glyph of
 * advance 0 belongs to the 縦中横 unit of the glyph before it.
 */
record Glyph(int codePoint, String text, FontFace face, FontRole role, double size, CharClass cls,
             int advance, int leftBlank, int rightBlank, boolean emboldened, Stance.Orientation orientation) {

    int em() {
        return millipoints(size * 1000);
    }

    /**
     * A length of the paragraph in whole millipoints, rounded down, as the measure is rounded up
     * ({@link PreparedParagraph}): n characters of one em then never add up to more than an n-em
     * measure, whatever the body size (rounded to nearest, n of them could come out n/2 over).
     */
    static int millipoints(double millipoints) {
        return (int) Math.floor(millipoints + 1e-6);
    }

    /** The part of the advance that is never squeezed. */
    int ink() {
        return advance - leftBlank - rightBlank;
    }

    /** Whether this glyph continues the 縦中横 unit the glyph before it began. */
    boolean continuesUnit() {
        return orientation == Stance.Orientation.COMBINED && advance == 0;
    }

    boolean letterOrDigit() {
        return Character.isLetterOrDigit(codePoint);
    }

    /** Counts as a character for the no-lone-character-on-the-last-line rule (not punctuation). */
    boolean counted() {
        return cls == CharClass.HAN || (cls == CharClass.LATIN && letterOrDigit());
    }
}
