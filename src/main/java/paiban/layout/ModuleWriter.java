package paiban.layout;

import paiban.model.ArticleKind;
import paiban.model.Picture;
import paiban.text.ComposedLine;

import java.util.List;

/** Turns a planned slot into page items: headline, picture with caption, body columns, jump line. */
final class ModuleWriter {
    private static final double RULE = 0.5;
    private final Grid grid;
    private final List<PageItem> out;

    ModuleWriter(Grid grid, List<PageItem> out) {
        this.grid = grid;
        this.out = out;
    }

    /**
     * Writes one module whose top-left grid cell is (column, row) in page rows, its body in bands
     * from top to bottom; {@code jumpLine}, when not null, is set under the last column (the 下转 note).
     * Returns where in the items the jump line stands, to be rewritten once its page is known; -1 for none.
     */
    int write(Planner.Slot slot, int regionRow, ModuleBody.Layout body, ComposedLine jumpLine) {
        Piece p = slot.piece();
        Planner.Fit fit = slot.fit();
        int w = slot.columns();
        double x = grid.columnX(slot.column());
        double width = grid.spanWidth(w);
        int row = regionRow + slot.row();
        out.add(new PageItem.ArticleStart(p.article.id(), p.article.titleText(), grid.rowTop(row), p.continuation()));

        Headline head = p.headline(w, fit.largerHead());
        int displayRows = head.rows() - head.byline().size() + fit.headExtra();
        double headTop = grid.rowTop(row) + (displayRows * grid.pitch() - head.displayHeight()) / 2;
        for (Headline.Placed line : head.lines()) {
            out.add(new PageItem.TextLine(x, headTop + line.baselineOffset(), line.line()));
        }
        int r = row + displayRows;
        for (ComposedLine line : head.byline()) {
            out.add(new PageItem.TextLine(x, grid.baseline(r++), line));
        }

        Picture picture = p.picture();
        if (picture != null) {
            // a picture over the module, or in its last columns with the body around it
            int span = fit.pictureSpan() > 0 ? fit.pictureSpan() : w;
            double px = grid.columnX(slot.column() + w - span);
            double boxHeight = (fit.pictureRows() - Piece.PICTURE_INSET) * grid.pitch();
            out.add(image(picture, px, grid.rowTop(r) + 0.1 * grid.pitch(), grid.spanWidth(span), boxHeight));
            int captionRow = r + fit.pictureRows();
            for (ComposedLine line : p.caption(span)) {
                out.add(new PageItem.TextLine(px, grid.baseline(captionRow++), line));
            }
            if (span == w) r = captionRow;
        }
        double bodyWidth = p.bodyColumnWidth(w, fit.wide());
        double bodyGutter = p.bodyGutter(w, fit.wide());
        double right = x;
        int bodyTop = r;
        for (ModuleBody.Band band : body.bands()) {
            double columnWidth = band.across() ? width : bodyWidth;
            for (int c = 0; c < band.columns().size(); c++) {
                double cx = x + c * (columnWidth + bodyGutter);
                writeColumn(FlowItem.drawn(band.columns().get(c)), cx, r + band.tops()[c], columnWidth);
                right = cx + columnWidth;
            }
            r += band.rows();
        }
        int jumpAt = -1;
        if (jumpLine != null) {
            jumpAt = out.size();
            out.add(new PageItem.TextLine(right - jumpLine.width(), grid.baseline(bodyTop + fit.bodyRows()), jumpLine));
        }
        if (p.kind() == ArticleKind.BOX || p.kind() == ArticleKind.TEASER) {
            double inset = grid.gutter() / 2;
            out.add(new PageItem.Frame(x - inset, grid.rowTop(row) + 0.15 * grid.pitch(), width + 2 * inset,
                    slot.rows() * grid.pitch() - 0.3 * grid.pitch(), 0.8));
        }
        return jumpAt;
    }

    /** One column of body items from grid row {@code row} down. */
    private void writeColumn(List<FlowItem> items, double cx, int row, double columnWidth) {
        for (FlowItem item : items) {
            if (item instanceof FlowItem.Line l) {
                out.add(new PageItem.TextLine(cx + l.indent(), grid.baseline(row), l.line()));
            } else if (item instanceof FlowItem.Rule rule) {
                double y = grid.rowTop(row);
                out.add(new PageItem.Rule(cx, y, cx + columnWidth, y, rule.weight()));
            } else if (item instanceof FlowItem.Figure f) {
                out.add(image(f.picture(), cx, grid.rowTop(row) + 0.1 * grid.pitch(), columnWidth, f.height()));
                int capRow = row + f.rows() - f.caption().size();
                for (ComposedLine line : f.caption()) {
                    out.add(new PageItem.TextLine(cx, grid.baseline(capRow++), line));
                }
            }
            row += item.rows();
        }
    }

    /** Rules between modules: at each module's right and bottom edge unless that edge is the region's. */
    void rules(List<Planner.Slot> slots, int regionRow, int regionRows) {
        for (Planner.Slot s : slots) {
            boolean framed = s.piece().kind() == ArticleKind.BOX || s.piece().kind() == ArticleKind.TEASER;
            int top = regionRow + s.row();
            int bottom = top + s.rows();
            if (s.column() + s.columns() < grid.columns() && !framed) {
                double rx = grid.columnX(s.column() + s.columns()) - grid.gutter() / 2;
                out.add(new PageItem.Rule(rx, grid.rowTop(top) + 0.25 * grid.pitch(), rx,
                        grid.rowTop(bottom) - 0.25 * grid.pitch(), RULE));
            }
            if (s.row() + s.rows() < regionRows && !framed) {
                double left = grid.columnX(s.column());
                double right = left + grid.spanWidth(s.columns());
                double y = grid.rowTop(bottom);
                out.add(new PageItem.Rule(left, y, right, y, RULE));
            }
        }
    }

    /** Fits a picture to its box by cropping the longer side, keeping the part its focus names. */
    static PageItem.Image image(Picture picture, double x, double y, double width, double height) {
        double box = height / width;
        double natural = picture.aspect();
        if (box > natural) {
            double cropW = natural / box;
            double cropX = switch (picture.focus()) {
                case LEFT -> 0;
                case RIGHT -> 1 - cropW;
                default -> (1 - cropW) / 2;
            };
            return new PageItem.Image(picture, x, y, width, height, cropX, 0, cropW, 1);
        }
        double cropH = box / natural;
        double cropY = switch (picture.focus()) {
            case TOP -> 0;
            case BOTTOM -> 1 - cropH;
            default -> (1 - cropH) / 2;
        };
        return new PageItem.Image(picture, x, y, width, height, 0, cropY, 1, cropH);
    }
}
