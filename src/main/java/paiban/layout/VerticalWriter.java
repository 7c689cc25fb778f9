package paiban.layout;

import paiban.model.ArticleKind;
import paiban.model.Picture;
import paiban.text.ComposedLine;

import java.util.List;

/**
 * Turns a slot planned in a vertical grid's {@link VerticalGrid#frame() frame} into page items:
 * the headline standing at the module's right edge in its first bands, the byline, the picture with its caption
 * beside it, then the body band by band (段送り), each band's lines right to left.
 */
final class VerticalWriter {
    private static final double RULE = 0.5;
    private final VerticalGrid grid;
    private final List<PageItem> out;

    VerticalWriter(VerticalGrid grid, List<PageItem> out) {
        this.grid = grid;
        this.out = out;
    }

    /**
     * Writes one module; {@code slot} is in the frame (columns are bands, rows are lines from the
     * right) as drawn, its white moved out, so the body ends at its last line. Returns how many of
     * the body's items it holds.
     */
    int write(Planner.Slot slot) {
        Piece p = slot.piece();
        Planner.Fit fit = slot.fit();
        int bands = slot.columns();
        double top = grid.bandTop(slot.column());
        double height = grid.bandSpan(bands);
        int line = slot.row();
        out.add(new PageItem.ArticleStart(p.article.id(), p.article.titleText(), top, p.continuation()));

        int headBands = fit.headBands();
        int pictureBands = fit.pictureSpan();
        Headline head = p.headline(bands, headBands, fit.largerHead());
        // the headline was set across the frame's span, whose band gaps may be narrower than the page's
        double centring = (grid.bandSpan(headBands) - grid.frame().spanWidth(headBands)) / 2;
        int displayLines = head.rows() - head.byline().size() + fit.headExtra();
        double headRight = grid.lineRight(line) - (displayLines * grid.pitch() - head.displayHeight()) / 2;
        for (Headline.Placed placed : head.lines()) {
            if (placed.line().glyphs().isEmpty()) continue;
            double size = placed.line().glyphs().get(0).size();
            // a horizontal line's em box sits 0.88 em above its baseline and 0.12 below: its middle is the axis
            double axis = headRight - (placed.baselineOffset() - 0.38 * size);
            out.add(new PageItem.VerticalLine(axis, top + centring, placed.line(), PageItem.Ink.BLACK));
        }
        int r = line + displayLines;
        for (ComposedLine byline : head.byline()) {
            out.add(new PageItem.VerticalLine(grid.axis(r++), top, byline, PageItem.Ink.BLACK));
        }

        Picture picture = p.picture();
        if (picture != null) {
            double boxWidth = (fit.pictureRows() - Piece.PICTURE_INSET) * grid.pitch();
            double right = grid.lineRight(r) - 0.1 * grid.pitch();
            out.add(ModuleWriter.image(VerticalPages.upright(picture), right - boxWidth, top, boxWidth,
                    grid.bandSpan(pictureBands)));
            List<FlowItem> caption = VerticalModule.caption(p);
            int captionRows = VerticalModule.captionRows(p, pictureBands);
            BandFlow.Split beside = BandFlow.fill(caption, new int[pictureBands], captionRows);
            for (int b = 0; b < pictureBands; b++) {
                writeBand(beside.bands().get(b), slot.column() + b, r + fit.pictureRows());
            }
        }
        int[] starts = VerticalModule.starts(p, fit, bands);
        BandFlow.Split split = BandFlow.fill(p.flow, starts, slot.rows());
        for (int b = 0; b < bands; b++) writeBand(FlowItem.drawn(split.bands().get(b)), slot.column() + b, line + starts[b]);
        int placed = split.placed();
        if (p.kind() == ArticleKind.BOX || p.kind() == ArticleKind.TEASER) {
            double inset = grid.bandGap() / 2;
            double right = grid.lineRight(line) - 0.15 * grid.pitch();
            double left = grid.lineRight(line + slot.rows()) + 0.15 * grid.pitch();
            out.add(new PageItem.Frame(left, top - inset, right - left, height + 2 * inset, 0.8));
        }
        return placed;
    }

    /** One band's share of a module's body, from line slot {@code line} leftwards. */
    private void writeBand(List<FlowItem> items, int band, int line) {
        double top = grid.bandTop(band);
        for (FlowItem item : items) {
            if (item instanceof FlowItem.Line l) {
                out.add(new PageItem.VerticalLine(grid.axis(line), top + l.indent(), l.line(), PageItem.Ink.BLACK));
            } else if (item instanceof FlowItem.Figure f) {
                double right = grid.lineRight(line) - 0.1 * grid.pitch();
                out.add(ModuleWriter.image(VerticalPages.upright(f.picture()), right - f.height(), top, f.height(),
                        grid.bandHeight()));
                int captionLine = line + f.rows() - f.caption().size();
                for (ComposedLine caption : f.caption()) {
                    out.add(new PageItem.VerticalLine(grid.axis(captionLine++), top, caption, PageItem.Ink.BLACK));
                }
            }
            line += item.rows();
        }
    }

    /**
     * Rules (罫) between modules: a vertical rule at each module's left edge and a horizontal one in
     * the band gap under it, unless that edge is the page's; framed modules have their frame.
     */
    void rules(List<Planner.Slot> slots) {
        for (Planner.Slot s : slots) {
            ArticleKind kind = s.piece().kind();
            if (kind == ArticleKind.BOX || kind == ArticleKind.TEASER) continue;
            int lastBand = s.column() + s.columns();
            int leftLine = s.row() + s.rows();
            double top = grid.bandTop(s.column());
            double bottom = top + grid.bandSpan(s.columns());
            if (leftLine < grid.lines()) {
                double x = grid.lineRight(leftLine);
                out.add(new PageItem.Rule(x, top, x, bottom, RULE));
            }
            if (lastBand < grid.bands()) {
                double y = bottom + grid.bandGap() / 2;
                out.add(new PageItem.Rule(grid.lineRight(leftLine) + 0.25 * grid.pitch(), y,
                        grid.lineRight(s.row()) - 0.25 * grid.pitch(), y, RULE));
            }
        }
    }
}
