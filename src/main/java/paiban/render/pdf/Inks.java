package paiban.render.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import paiban.layout.PageItem;

/** Process inks: black is 100% K alone (never rich or RGB black); the masthead red is M+Y. */
final class Inks {
    private Inks() {
    }

    static void fill(PdfContentByte cb, PageItem.Ink ink) {
        if (ink == PageItem.Ink.RED) cb.setCMYKColorFillF(0, 1, 1, 0);
        else cb.setCMYKColorFillF(0, 0, 0, 1);
    }

    static void stroke(PdfContentByte cb, PageItem.Ink ink) {
        if (ink == PageItem.Ink.RED) cb.setCMYKColorStrokeF(0, 1, 1, 0);
        else cb.setCMYKColorStrokeF(0, 0, 0, 1);
    }
}
