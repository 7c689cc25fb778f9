package paiban.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;

import java.util.function.IntFunction;

/**
 * Printer's marks in registration colour, all outside the bleed: a pair of crop marks at each
 * corner in line with the trim edges, a registration target at the middle of each side, and the
 * slug line (paper, date, 版次) under the foot of the page, so a plate or a proof names its page.
 */
final class Marks {
    static final float MM = 72f / 25.4f;
    /** Crop marks: long enough to rule a cut by, thin enough not to blur where they meet the paper edge. */
    static final float LENGTH = 6 * MM;
    static final float LINE = 0.25f;
    static final float SLUG_SIZE = 7;
    private static final float TARGET_RADIUS = 2 * MM;
    private static final float TARGET_ARM = 3 * MM;

    private Marks() {
    }

    /** Gap between the trim edge and a mark: clear of the bleed, and at least 4 mm so a loose cut shows none. */
    static float offset(float bleed) {
        return Math.max(bleed, 3 * MM) + MM;
    }

    /** The media margin around the trim that holds the marks. */
    static float margin(float bleed) {
        return offset(bleed) + LENGTH + 3 * MM;
    }

    /** Draws every mark; {@code fontFor} gives the font for a slug character, or null to skip it. */
    static void draw(PdfContentByte cb, Sheet sheet, String slug, IntFunction<BaseFont> fontFor) {
        float left = sheet.margin(), bottom = sheet.margin();
        float right = left + sheet.width(), top = bottom + sheet.height();
        float o = offset(sheet.bleed());
        cb.saveState();
        Inks.registration(cb);
        cb.setLineWidth(LINE);
        for (float x : new float[] {left, right}) {
            float out = x == left ? -1 : 1;
            for (float y : new float[] {bottom, top}) {
                float up = y == bottom ? -1 : 1;
                line(cb, x + out * o, y, x + out * (o + LENGTH), y);
                line(cb, x, y + up * o, x, y + up * (o + LENGTH));
            }
        }
        float mid = o + LENGTH / 2;
        target(cb, (left + right) / 2, top + mid);
        target(cb, (left + right) / 2, bottom - mid);
        target(cb, left - mid, (bottom + top) / 2);
        target(cb, right + mid, (bottom + top) / 2);
        drawSlug(cb, slug, left + 5 * MM, bottom - mid - SLUG_SIZE * 0.35f, fontFor);
        cb.restoreState();
    }

    private static void line(PdfContentByte cb, float x1, float y1, float x2, float y2) {
        cb.moveTo(x1, y1);
        cb.lineTo(x2, y2);
        cb.stroke();
    }

    private static void target(PdfContentByte cb, float x, float y) {
        cb.circle(x, y, TARGET_RADIUS);
        cb.stroke();
        line(cb, x - TARGET_ARM, y, x + TARGET_ARM, y);
        line(cb, x, y - TARGET_ARM, x, y + TARGET_ARM);
    }

    /** Sets the slug in runs of one font each. */
    private static void drawSlug(PdfContentByte cb, String slug, float x, float baseline, IntFunction<BaseFont> fontFor) {
        cb.beginText();
        float pen = x;
        int i = 0;
        while (i < slug.length()) {
            BaseFont font = fontFor.apply(slug.codePointAt(i));
            int j = i + Character.charCount(slug.codePointAt(i));
            while (j < slug.length() && fontFor.apply(slug.codePointAt(j)) == font) {
                j += Character.charCount(slug.codePointAt(j));
            }
            if (font != null) {
                String run = slug.substring(i, j);
                cb.setFontAndSize(font, SLUG_SIZE);
                cb.setTextMatrix(pen, baseline);
                cb.showText(run);
                pen += font.getWidthPoint(run, SLUG_SIZE);
            }
            i = j;
        }
        cb.endText();
    }
}
