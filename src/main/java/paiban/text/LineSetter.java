package paiban.text;

import paiban.font.FontFace;
import paiban.font.FontLibrary;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the glyphs of each line once the breaks are chosen: sets glue to the line's adjustment
 * ratio and turns items back into glyphs with x positions.
 */
final class LineSetter {
    private final FontLibrary fonts;
    private final List<Glyph> glyphs;
    private final List<Item> items;
    private final ParagraphStyle style;

    LineSetter(FontLibrary fonts, List<Glyph> glyphs, List<Item> items, ParagraphStyle style) {
        this.fonts = fonts;
        this.glyphs = glyphs;
        this.items = items;
        this.style = style;
    }

    List<ComposedLine> set(int[] breaks, long measure) {
        List<ComposedLine> lines = new ArrayList<>(breaks.length);
        int start = 0;
        for (int l = 0; l < breaks.length; l++) {
            boolean last = l == breaks.length - 1;
            lines.add(line(start, breaks[l], measure, last));
            start = LineBreaker.lineStart(items, breaks[l]);
        }
        return lines;
    }

    private ComposedLine line(int start, int end, long measure, boolean last) {
        long width = 0, stretch = 0, shrink = 0;
        boolean fill = false;
        for (int i = start; i < end; i++) {
            Item it = items.get(i);
            if (it instanceof Item.Box b) width += b.width();
            if (it instanceof Item.Glue g) {
                width += g.width();
                stretch += g.stretch();
                shrink += g.shrink();
                fill |= g.fill();
            }
        }
        Item.Penalty hyphen = items.get(end) instanceof Item.Penalty p && p.width() > 0 ? p : null;
        if (hyphen != null) width += hyphen.width();

        long slack = measure - width;
        // a line ended by the paragraph's end or a hard break is filled, not stretched
        boolean justify = style.justified() && !last && !fill;
        // 先挤进，后推出 (clreq): a line that is too long first squeezes the mark at its end, then the
        // rest. The mark is squeezed whole (to its ink, ½ em) when the line can stretch to take up the
        // difference, so the line ends either on the mark's full box or on its ink, never between.
        int endBlank = slack < 0 ? endBlank(start, end) : -1;
        long endShrink = endBlank >= 0 ? ((Item.Glue) items.get(endBlank)).shrink() : 0;
        double endCut = endBlank < 0 ? 0 : justify && stretch > 0 || -slack >= endShrink ? endShrink : -slack;
        double remaining = slack + endCut;
        double stretchRatio = justify && remaining > 0 && stretch > 0 ? remaining / stretch : 0;
        long otherShrink = shrink - endShrink;
        double shrinkRatio = remaining < 0 && otherShrink > 0 ? Math.min(1, -remaining / otherShrink) : 0;

        // A line that holds only an unbreakable word or number cannot stretch: rather than leave it
        // short, spread its letters (the last resort of clreq's justification order).
        double letterSpacing = 0;
        if (justify && slack > 0 && stretch == 0) {
            int placed = hyphen != null ? 1 : 0; // glyphs the line places, a kept space included
            int owner = -1;
            for (int i = start; i < end; i++) {
                int g = items.get(i).glyph();
                if (g >= 0 && g != owner && !(items.get(i) instanceof Item.Penalty)) placed++;
                if (g >= 0) owner = g;
            }
            if (placed > 1) letterSpacing = (double) slack / (placed - 1);
        }

        List<PlacedGlyph> placed = new ArrayList<>();
        double x = 0;
        int open = -1; // glyph being placed; its width is known once its last item is set
        double openX = 0, openEnd = 0;
        for (int i = start; i < end; i++) {
            Item it = items.get(i);
            if (it instanceof Item.Penalty) continue;
            double w = it.width();
            if (it instanceof Item.Glue g) {
                if (g.fill()) continue;
                w += stretchRatio * g.stretch();
                w -= i == endBlank ? endCut : shrinkRatio * g.shrink();
            }
            int owner = it.glyph();
            if (owner >= 0 && owner != open) {
                if (open >= 0) {
                    placed.add(place(open, openX, openEnd, placed));
                    x += letterSpacing;
                }
                open = owner;
                openX = x;
            }
            if (it instanceof Item.Box && owner >= 0) openX = x - glyphs.get(owner).leftBlank();
            x += w;
            if (owner >= 0) openEnd = x;
        }
        if (open >= 0) placed.add(place(open, openX, openEnd, placed));
        if (hyphen != null) placed.add(hyphen(hyphen, x + (placed.isEmpty() ? 0 : letterSpacing)));
        double lineEnd = placed.isEmpty() ? 0 : placed.get(placed.size() - 1).x() + placed.get(placed.size() - 1).width();
        double offset = style.alignment() == Alignment.CENTER ? Math.max(0, (measure / 1000.0 - lineEnd) / 2) : 0;
        if (offset > 0) {
            placed.replaceAll(g -> g.shifted(offset));
        }
        return new ComposedLine(placed, lineEnd + offset, last);
    }

    /** The blank glue of the glyph that ends the line, if any: the first thing to squeeze. */
    private int endBlank(int start, int end) {
        for (int i = end - 1; i >= start; i--) {
            Item it = items.get(i);
            if (it instanceof Item.Box) return -1;
            if (it instanceof Item.Glue g && g.glyph() >= 0 && glyphs.get(g.glyph()).cls() != CharClass.SPACE && g.shrink() > 0) {
                return i;
            }
        }
        return -1;
    }

    /** The glyph set from x to end (millipoints); a glyph continuing a 縦中横 unit shares the place of the one before. */
    private PlacedGlyph place(int index, double x, double end, List<PlacedGlyph> before) {
        Glyph g = glyphs.get(index);
        double at = x / 1000, width = (end - x) / 1000;
        if (g.continuesUnit()) {
            PlacedGlyph lead = before.get(before.size() - 1);
            at = lead.x();
            width = lead.width();
        }
        Stance stance = switch (g.orientation()) {
            case UPRIGHT -> Stance.UPRIGHT;
            case ROTATED -> Stance.ROTATED;
            case COMBINED -> combined(index);
        };
        return new PlacedGlyph(g.codePoint(), g.text(), g.face(), g.size(), at, width, g.emboldened(), stance);
    }

    /**
     * Where glyph {@code index} of a 縦中横 unit stands across the line: the unit's glyphs side by
     * side at their horizontal advances, centred on the axis, condensed together to fit the em.
     */
    private Stance combined(int index) {
        int lead = index;
        while (glyphs.get(lead).continuesUnit()) lead--;
        double width = 0, before = 0;
        for (int k = lead; k == lead || k < glyphs.size() && glyphs.get(k).continuesUnit(); k++) {
            if (k == index) before = width;
            width += horizontalAdvance(glyphs.get(k));
        }
        double scale = Math.min(1, glyphs.get(lead).size() / width);
        return new Stance(Stance.Orientation.COMBINED, (before - width / 2) * scale, scale);
    }

    private static double horizontalAdvance(Glyph g) {
        return g.face() == null ? g.size() : g.face().advance(g.codePoint()) * g.size() / 1000;
    }

    /** The hyphen inserted at a break inside a word: no source text. */
    private PlacedGlyph hyphen(Item.Penalty p, double x) {
        Glyph g = glyphs.get(p.glyph());
        FontFace face = fonts.resolve(g.role(), '-');
        return new PlacedGlyph('-', "", face, g.size(), x / 1000, p.width() / 1000.0, false, Stance.UPRIGHT);
    }
}
