package paiban.render.pdf;

import com.lowagie.text.Rectangle;
import paiban.layout.PageLayout;

/**
 * One PDF page's boxes in PDF user space (pt, y up, origin at the MediaBox's lower-left corner):
 * the trim box is the format, the bleed box adds the bleed, and the media box adds {@code margin}
 * around the trim: just the bleed, or room for printer's marks outside it.
 */
record Sheet(float width, float height, float bleed, float margin) {
    static Sheet of(PageLayout page, boolean marks) {
        float bleed = (float) page.bleedPt();
        return new Sheet((float) page.widthPt(), (float) page.heightPt(), bleed, marks ? Marks.margin(bleed) : bleed);
    }

    Rectangle media() {
        return new Rectangle(width + 2 * margin, height + 2 * margin);
    }

    Rectangle trim() {
        return new Rectangle(margin, margin, margin + width, margin + height);
    }

    Rectangle bleedBox() {
        return new Rectangle(margin - bleed, margin - bleed, margin + width + bleed, margin + height + bleed);
    }

    /** Layout x (pt from the trim's left edge) to user space. */
    float x(double x) {
        return margin + (float) x;
    }

    /** Layout y (pt down from the trim's top edge) to user space. */
    float y(double y) {
        return margin + height - (float) y;
    }
}
