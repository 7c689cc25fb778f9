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
}
