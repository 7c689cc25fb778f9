package paiban.text;

import paiban.font.FontFace;

/**
 * One character set on a line: {@code x} is its left edge from the line start (pt), {@code width}
 * the advance it occupies after compression (pt). {@code face} is null when no shipped font has the
 * character: the renderer then draws a visible placeholder box. {@code text} is what the glyph
 * stands for in extracted text (one code point; empty for a hyphen the composer inserted).
 */
public record PlacedGlyph(int codePoint, String text, FontFace face, double size, double x, double width) {
}
