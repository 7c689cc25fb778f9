package paiban.layout;

/**
 * The grid of a vertical page (縦組み): the type area divided into {@code bands} horizontal bands (段)
 * of {@code charsPerBand} body ems each, a band gap between them, and {@code lines} line slots
 * across the width, {@code pitch} apart, numbered from the right (line 0 is the rightmost).
 *
 * <p>{@link #frame()} is the same grid given a quarter turn counter-clockwise: bands become columns
 * (band 0, the top, the left column) and lines become rows (line 0, the rightmost, the top row), so
 * a vertical module (whole bands × a width in lines, its body flowing band by band) is a horizontal
 * module (whole columns × a height in rows, its body flowing column by column). The planner, the
 * shaper and the module bodies work in that frame unchanged; {@link VerticalWriter} turns its
 * rectangles back onto the page.
 */
record VerticalGrid(double areaTop, double areaRight, int bands, int charsPerBand, double bodySize, double bandGap,
                    double pitch, int lines, Grid frame) {

    /**
     * The bands of an edition whose horizontal grid is {@code page}: the body size near the
     * horizontal pages', the band height a whole number of body ems (so pure CJK lines fill a band
     * exactly), lines at the horizontal pitch per em. Every vertical page keeps the same band height
     * and body size; bands start below the folio line ({@link Furniture#FOLIO_ROWS}), and on the front
     * page, which has no folio, at the type area's top, the band gaps taking up the difference.
     */
    static VerticalGrid of(Grid page, int bands, boolean front) {
        double bottom = page.rowTop(page.rows());
        double innerTop = page.rowTop(Furniture.FOLIO_ROWS);
        double inner = bottom - innerTop;
        int chars = Math.max(4, (int) Math.round((inner / page.bodySize() - (bands - 1)) / bands));
        double size = inner / (bands * chars + (bands - 1));
        double top = front ? page.top() : innerTop;
        double gap = bands < 2 ? 0 : (bottom - top - bands * chars * size) / (bands - 1);
        double pitch = Math.round(size * page.pitch() / page.bodySize() * 100) / 100.0;
        int lines = (int) Math.floor(page.areaWidth() / pitch + 1e-9);
        // the lines centred in the type area's width
        double right = page.left() + page.areaWidth() - (page.areaWidth() - lines * pitch) / 2;
        Grid frame = new Grid(page.pageHeight(), page.pageWidth(), 0, 0, bands, chars, size, pitch, lines);
        return new VerticalGrid(top, right, bands, chars, size, gap, pitch, lines, frame);
    }

    /** Length of a band's lines: its height. */
    double bandHeight() {
        return charsPerBand * bodySize;
    }

    /** Top of band {@code b} (0-based, from the top). */
    double bandTop(int b) {
        return areaTop + b * (bandHeight() + bandGap);
    }

    /** Height of {@code n} adjacent bands with the gaps between them. */
    double bandSpan(int n) {
        return n * bandHeight() + (n - 1) * bandGap;
    }

    /** Right edge of line slot {@code r} (0-based, from the right). */
    double lineRight(int r) {
        return areaRight - r * pitch;
    }

    /** The vertical axis a body line in slot {@code r} is centred on. */
    double axis(int r) {
        return lineRight(r) - pitch / 2;
    }

    /** Left edge of the line slots' area. */
    double areaLeft() {
        return lineRight(lines);
    }

    /** Foot of the last band. */
    double areaBottom() {
        return bandTop(bands - 1) + bandHeight();
    }
}
