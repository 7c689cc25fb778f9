package paiban.layout;

import paiban.model.Edition;
import paiban.model.PaperFormat;

/**
 * The page grid (版心 and 基本栏): margins, columns, gutter and the baseline pitch, in pt. The
 * body size is chosen so a column holds a whole number of characters and the gutter is one
 * character, so pure CJK lines fill their column exactly (字字对齐).
 */
public record Grid(double pageWidth, double pageHeight, double left, double top, int columns,
                   int charsPerColumn, double bodySize, double pitch, int rows) {

    /** Body type near 9 pt (小五号) on a broadsheet, smaller on small formats. */
    private static final double TARGET_BODY_SIZE = 9.0;
    private static final double LEADING = 1.5;

    public static Grid of(Edition edition) {
        PaperFormat f = edition.format();
        double width = f.widthPt();
        double height = f.heightPt();
        double side = width * 0.045;
        double topMargin = height * 0.035;
        double bottomMargin = height * 0.04;
        double area = width - 2 * side;
        int n = edition.columns();
        int chars = Math.max(4, (int) Math.round((area / TARGET_BODY_SIZE - (n - 1)) / n));
        double size = area / (n * chars + (n - 1));
        double pitch = Math.round(size * LEADING * 100) / 100.0;
        int rows = (int) Math.floor((height - topMargin - bottomMargin) / pitch);
        return new Grid(width, height, side, topMargin, n, chars, size, pitch, rows);
    }

    public double columnWidth() {
        return charsPerColumn * bodySize;
    }

    public double gutter() {
        return bodySize;
    }

    public double areaWidth() {
        return columns * columnWidth() + (columns - 1) * gutter();
    }

    /** Left edge of grid column {@code c} (0-based). */
    public double columnX(int c) {
        return left + c * (columnWidth() + gutter());
    }

    /** Width of {@code n} adjacent columns including the gutters between them. */
    public double spanWidth(int n) {
        return n * columnWidth() + (n - 1) * gutter();
    }

    /** Top of row {@code r} (0-based). */
    public double rowTop(int r) {
        return top + r * pitch;
    }

    /** Baseline of a body line in row {@code r}: the em box (0.88 up, 0.12 down) centred in the row. */
    public double baseline(int r) {
        return top + r * pitch + pitch / 2 + bodySize * 0.38;
    }
}
