package paiban.text;

/**
 * How a glyph of a vertical line stands (jlreq 3.1.9, 3.2.3): every glyph of a horizontal line is
 * {@link #UPRIGHT}. {@code across} is the distance (pt) from the line's axis to the left edge of a
 * {@link Orientation#COMBINED} glyph, {@code scale} the horizontal scale it is drawn at; 0 and 1
 * for the others.
 */
public record Stance(Orientation orientation, double across, double scale) {
    public enum Orientation {
        /** Drawn upright, centred on the axis, in its vertical form (the font's vert/vrt2 alternate) if it has one. */
        UPRIGHT,
        /** Latin set sideways: turned 90° clockwise, advancing down the line by its horizontal width. */
        ROTATED,
        /**
         * Horizontal in vertical (縦中横): upright, in its horizontal form, side by side with the
         * other glyphs of its unit across the line; the unit's glyphs share one x and width.
         */
        COMBINED
    }

    public static final Stance UPRIGHT = new Stance(Orientation.UPRIGHT, 0, 1);
    public static final Stance ROTATED = new Stance(Orientation.ROTATED, 0, 1);
}
