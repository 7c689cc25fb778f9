package paiban.text;

import paiban.font.FontFace;

/**
 * One character set on a line: {@code x} is its left edge from the line start (pt), where the glyph
 * is drawn; {@code x + width} is where the space it takes ends, so {@code width} is its advance
 * after compression (pt). A mark squeezed on the right (。 before 」) is simply narrower. An opening
 * mark squeezed on the left (「 at a line start, 『 after 「) keeps x at its drawing origin, half an
 * em before the space it takes: its blank half overlaps what precedes it (x &lt; 0 at a line start). {@code face} is null when no shipped font has the
 * character: the renderer then draws a visible placeholder box. {@code text} is what the glyph
 * stands for in extracted text (one code point; empty for a hyphen the composer inserted).
 * {@code emboldened}: a character of a bold role that only a lighter face has; the renderer
 * strokes its outline so it keeps the headline's weight.
 *
 * <p>In a vertical line x runs down the line from its top to the top of the glyph's em box and
 * {@code width} is the advance down the line; {@code stance} says how the glyph stands there.
 */
public record PlacedGlyph(int codePoint, String text, FontFace face, double size, double x, double width,
                          boolean emboldened, Stance stance) {
    /** The same glyph set at another x. */
    public PlacedGlyph at(double newX) {
        return new PlacedGlyph(codePoint, text, face, size, newX, width, emboldened, stance);
    }

    /** The same glyph moved {@code dx} along the line. */
    public PlacedGlyph shifted(double dx) {
        return at(x + dx);
    }
}
