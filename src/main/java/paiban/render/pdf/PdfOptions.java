package paiban.render.pdf;

/**
 * What kind of PDF to write. {@code PDF_X_1A} is the print edition (CMYK, printer's marks when
 * {@code marks}); {@code PDF_A_3U} the archive copy (RGB and gray, never marks: PDF/A with an sRGB
 * output intent forbids the four-ink registration colour; the sources embedded), or
 * {@code PDF_A_1B} for archives that require the old level (no embedded files).
 */
public record PdfOptions(Standard standard, boolean marks) {
    public enum Standard {
        PDF_X_1A, PDF_A_1B, PDF_A_3U;

        public boolean archive() {
            return this != PDF_X_1A;
        }
    }

    public PdfOptions {
        if (standard.archive() && marks) {
            throw new IllegalArgumentException("the PDF/A archive copy cannot carry printer's marks");
        }
    }

    /** The default print PDF: PDF/X-1a with crop and registration marks and the slug line. */
    public static PdfOptions print() {
        return new PdfOptions(Standard.PDF_X_1A, true);
    }

    /** The PDF/A-3u archive copy. */
    public static PdfOptions archive() {
        return new PdfOptions(Standard.PDF_A_3U, false);
    }

    /** The archive copy at a PDF/A level: {@code PDF_A_3U} or {@code PDF_A_1B}. */
    public static PdfOptions archive(Standard level) {
        if (!level.archive()) throw new IllegalArgumentException(level + " is not a PDF/A level");
        return new PdfOptions(level, false);
    }

    public PdfOptions withMarks(boolean on) {
        return new PdfOptions(standard, on);
    }
}
