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

    /** The shorter line of a clean headline holds at least this share of the longer. */
    static final double BALANCE = 0.6;

    /** The lines of the paragraph set at {@code measure} pt; empty for a paragraph without text. */
    public List<ComposedLine> compose(double measure) {
        return setting(measure).lines();
    }

    /**
     * The lines at {@code measure} pt and whether they read well as a headline: every break
     * between units of sense (no break the composer rates as splitting one, none forced inside a
     * word) and the shortest line at least {@link #BALANCE} of the longest.
     */
    public Setting setting(double measure) {
        long t = System.nanoTime();
        try {
            long m = millipoints(measure);
            int[] breaks = breaks(m);
            List<ComposedLine> lines = new LineSetter(fonts, glyphs, items, style).set(breaks, m);
            return new Setting(lines, cleanBreaks(breaks) && balanced(lines));
        } finally {
            TextTime.add(t);
        }
    }

    /** Lines set at one measure; {@code clean}: see {@link #setting}. */
    public record Setting(List<ComposedLine> lines, boolean clean) {
    }

    private boolean cleanBreaks(int[] breaks) {
        for (int k = 0; k + 1 < breaks.length; k++) {
            Item at = items.get(breaks[k]);
            if (at instanceof Item.Box) return false;
            if (at instanceof Item.Penalty p && (p.forbidden() || p.penalty() >= ElementBuilder.BAD_BREAK_PENALTY)) return false;
        }
        return true;
    }

    private static boolean balanced(List<ComposedLine> lines) {
        double shortest = Double.POSITIVE_INFINITY, longest = 0;
        for (ComposedLine l : lines) {
            shortest = Math.min(shortest, l.width());
            longest = Math.max(longest, l.width());
        }
        return lines.size() < 2 || shortest >= BALANCE * longest;
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

    /** Rounded up, as glyph lengths are rounded down ({@link Glyph#millipoints}). */
    private static long millipoints(double pt) {
        if (!(pt > 0)) throw new IllegalArgumentException("measure must be positive: " + pt);
        return (long) Math.ceil(pt * 1000 - 1e-6);
    }
}
