package paiban.model;

/** Trim size of a page in millimetres, with the base column count (基本栏) usual for it. */
public record PaperFormat(String name, double widthMm, double heightMm, int defaultColumns) {
    public static final double PT_PER_MM = 72.0 / 25.4;

    public double widthPt() {
        return widthMm * PT_PER_MM;
    }

    public double heightPt() {
        return heightMm * PT_PER_MM;
    }

    /**
     * Bands (段) usual for a vertical page of this height: one per 33 mm of the type area, which
     * gives a Japanese broadsheet's 15 and a tabloid's 10.
     */
    public int defaultBands() {
        return Math.max(3, (int) ((heightMm - 40) / 33));
    }
}
