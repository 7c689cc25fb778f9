package paiban.render.pdf;

/**
 * What kind of PDF to write. {@code PDF_X_1A} is the print edition (CMYK, printer's marks when
 * {@code marks}); {@code PDF_A_1B} the archive copy (RGB and gray, never marks: PDF/A with an sRGB
 * output intent forbids the four-ink registration colour).
 */
public record PdfOptions(Standard standard, boolean marks) {
    public enum Standard { PDF_X_1A, PDF_A_1B }

    public PdfOptions {
        if (standard == Standard.PDF_A_1B && marks) {
            throw new IllegalArgumentException("the PDF/A archive copy cannot carry printer's marks");
        }
    }

    /** The default print PDF: PDF/X-1a with crop and registration marks and the slug line. */
    public static PdfOptions print() {
        return new PdfOptions(Standard.PDF_X_1A, true);
    }

    /** The PDF/A-1b archive copy. */
    public static PdfOptions archive() {
        return new PdfOptions(Standard.PDF_A_1B, false);
    }

    public PdfOptions withMarks(boolean on) {
        return new PdfOptions(standard, on);
    }
}
