package paiban.render.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import paiban.layout.PageItem;

/**
 * How the layout's inks are written. Print: process inks, black is 100% K alone (never rich or RGB
 * black), the masthead red is M+Y. Archive: the same colours for a screen, black as DeviceGray 0 and
 * the red as M+Y converted with {@link PictureInks}' formula, R = (1−C)(1−K) …, i.e. pure sRGB red.
 */
enum Inks {
    CMYK {
        @Override
        void fill(PdfContentByte cb, PageItem.Ink ink) {
            if (ink == PageItem.Ink.RED) cb.setCMYKColorFillF(0, 1, 1, 0);
            else cb.setCMYKColorFillF(0, 0, 0, 1);
        }

        @Override
        void stroke(PdfContentByte cb, PageItem.Ink ink) {
            if (ink == PageItem.Ink.RED) cb.setCMYKColorStrokeF(0, 1, 1, 0);
            else cb.setCMYKColorStrokeF(0, 0, 0, 1);
        }
    },
    RGB {
        @Override
        void fill(PdfContentByte cb, PageItem.Ink ink) {
            if (ink == PageItem.Ink.RED) cb.setRGBColorFillF(1, 0, 0);
            else cb.setGrayFill(0);
        }

        @Override
        void stroke(PdfContentByte cb, PageItem.Ink ink) {
            if (ink == PageItem.Ink.RED) cb.setRGBColorStrokeF(1, 0, 0);
            else cb.setGrayStroke(0);
        }
    };

    abstract void fill(PdfContentByte cb, PageItem.Ink ink);

    abstract void stroke(PdfContentByte cb, PageItem.Ink ink);

    /** Registration colour: 100% of all four inks, so marks print on every plate. Marks only. */
    static void registration(PdfContentByte cb) {
        cb.setCMYKColorFillF(1, 1, 1, 1);
        cb.setCMYKColorStrokeF(1, 1, 1, 1);
    }
}
