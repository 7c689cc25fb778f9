package paiban.text;

import paiban.font.FontFace;
import paiban.font.FontRole;

/**
 * One character of a prepared paragraph with its font and metrics in millipoints. {@code leftBlank}
 * and {@code rightBlank} are the blank parts of the glyph's em that punctuation adjustment may
 * squeeze (clreq: opening marks have the left half blank, closing marks and 。，、：； the right).
 * {@code face} is null when no shipped font has the character; it is then set 1 em wide.
 * {@code emboldened}: a bold role's character drawn by a lighter face, to be stroked bold.
 */
record Glyph(int codePoint, String text, FontFace face, FontRole role, double size, CharClass cls,
             int advance, int leftBlank, int rightBlank, boolean emboldened) {

    int em() {
        return (int) Math.round(size * 1000);
    }

    /** The part of the advance that is never squeezed. */
    int ink() {
        return advance - leftBlank - rightBlank;
    }

    boolean letterOrDigit() {
        return Character.isLetterOrDigit(codePoint);
    }

    /** Counts as a character for the no-lone-character-on-the-last-line rule (not punctuation). */
    boolean counted() {
        return cls == CharClass.HAN || (cls == CharClass.LATIN && letterOrDigit());
    }
}
