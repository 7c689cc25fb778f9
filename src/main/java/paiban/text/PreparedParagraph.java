package paiban.text;

import paiban.font.FontLibrary;

import java.util.List;

/**
 * A paragraph turned into glyphs and items once, ready to be broken at any measure: layout tries
 * many column widths, and only the breaking and setting depend on the width.
 */
public final class PreparedParagraph {
    /** For ragged lines: the end space that counts as an adjustment ratio of 1, as a share of the measure. */
    private static final double RAGGED_STRETCH_SHARE = 1 / 3.0;

    private final FontLibrary fonts;
    private final List<Glyph> glyphs;
    private final List<Item> items;
    private final ParagraphStyle style;

    PreparedParagraph(FontLibrary fonts, List<Glyph> glyphs, List<Item> items, ParagraphStyle style) {
        this.fonts = fonts;
        this.glyphs = List.copyOf(glyphs);
        this.items = List.copyOf(items);
        this.style = style;
    }

    /** The lines of the paragraph set at {@code measure} pt; empty for a paragraph without text. */
    public List<ComposedLine> compose(double measure) {
        long m = millipoints(measure);
        return new LineSetter(fonts, glyphs, items, style).set(breaks(m), m);
    }

    List<Item> items() {
        return items;
    }

    List<Glyph> glyphs() {
        return glyphs;
    }

    private int[] breaks(long measure) {
        if (glyphs.isEmpty()) return new int[0];
        boolean justify = style.justified();
        LineBreaker.LineFit fit = justify ? LineBreaker.JUSTIFIED
                : LineBreaker.ragged(Math.max(1, Math.round(measure * RAGGED_STRETCH_SHARE)));
        return LineBreaker.breakLines(items, measure, fit);
    }

    private static long millipoints(double pt) {
        if (!(pt > 0)) throw new IllegalArgumentException("measure must be positive: " + pt);
        return Math.round(pt * 1000);
    }
}
