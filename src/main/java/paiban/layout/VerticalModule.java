package paiban.layout;

import paiban.model.ArticleKind;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How an article fills a module on a vertical page, worked out in the grid's frame (w bands as
 * columns, h lines as rows, line 0 the module's right edge): the headline stands over all its
 * bands at the right; the picture, if any, stands after it in the first bands of the module with
 * its caption beside it; the body fills the bands one after the other, each band's lines starting
 * after what stands at its head and ending at the module's end line. The costs are the horizontal
 * planner's, so both kinds of page weigh white, ragged ends and shapes alike.
 */
final class VerticalModule implements Planner.Fitting {
    /** Share of the module's lines beyond the headline a picture may take. */
    private static final double PICTURE_SHARE = 0.6;

    private final int regionBands;
    /** The end line each body arrangement needs, by piece and (bands, head, picture bands, picture lines). */
    private final Map<Piece, Map<List<Integer>, Integer>> ends = new HashMap<>();

    VerticalModule(int regionBands) {
        this.regionBands = regionBands;
    }

    /** The line each band's body starts at, in a module of {@code w} bands. */
    static int[] starts(Piece p, int w, int headRows, int pictureBands, int pictureRows) {
        int[] starts = new int[w];
        int beside = pictureBands == 0 ? 0 : pictureRows + captionRows(p, pictureBands);
        for (int b = 0; b < w; b++) starts[b] = headRows + (b < pictureBands ? beside : 0);
        return starts;
    }

    /** The caption's lines, set at a band's length so that none crosses a band gap. */
    static List<FlowItem> caption(Piece p) {
        return p.caption(1).stream().<FlowItem>map(l -> new FlowItem.Line(l, 0)).toList();
    }

    /** Lines the caption takes beside a picture {@code pictureBands} bands tall, filled band by band. */
    static int captionRows(Piece p, int pictureBands) {
        List<FlowItem> caption = caption(p);
        return caption.isEmpty() ? 0 : BandFlow.end(caption, new int[pictureBands], Integer.MAX_VALUE / 2);
    }

    @Override
    public Planner.Fit fit(Piece p, int w, int h) {
        Planner.Fit none = new Planner.Fit(Planner.INFEASIBLE, 0, 0, 0, 0, 0, false, false, 0);
        if (w < p.minColumns() || w > p.maxColumns()) return none;
        if (p.forcedColumns() > 0 && w != Math.min(p.forcedColumns(), regionBands)) return none;
        int head = p.headline(w).rows();
        if (h - head < 2) return none;
        Planner.Fit best = none;
        if (p.picture() == null) return fit(p, w, h, head, 0, 0);
        // a photo stands in all its module's bands; a story's picture leaves a band for the text under it
        int most = p.kind() == ArticleKind.PHOTO || w == 1 ? w : w - 1;
        int fewest = p.kind() == ArticleKind.PHOTO ? w : 1;
        for (int bands = fewest; bands <= most; bands++) {
            int[] rows = p.pictureRows(bands);
            if (rows[0] + captionRows(p, bands) > (h - head) * PICTURE_SHARE && bands > fewest) break;
            for (int r = rows[0]; r <= rows[1]; r++) {
                Planner.Fit f = fit(p, w, h, head, bands, r);
                if (f.cost() < best.cost()) best = f;
            }
        }
        return best;
    }

    private Planner.Fit fit(Piece p, int w, int h, int head, int pictureBands, int pictureRows) {
        Planner.Fit none = new Planner.Fit(Planner.INFEASIBLE, 0, 0, 0, 0, 0, false, false, 0);
        int[] starts = starts(p, w, head, pictureBands, pictureRows);
        for (int s : starts) if (h - s < 2) return none;
        int end = end(p, w, head, pictureBands, pictureRows, starts);
        double shape = Planner.shapePenalty(p, w, Math.min(end, h) - head, regionBands);
        if (pictureBands > 0 && !p.cropWithin(pictureBands, pictureRows)) shape += Planner.BAD_CROP * pictureBands;
        int total = p.flow.stream().mapToInt(FlowItem::rows).sum();
        if (end <= h) {
            int slack = h - end;
            // white left: the title may take one size larger, and the headline more space, where they fit
            int larger = slack > 0 ? p.headline(w, true).rows() - head : slack + 1;
            boolean largerHead = larger <= slack;
            if (largerHead) slack -= larger;
            int extra = Math.min(slack, Planner.MAX_HEAD_EXTRA);
            slack -= extra;
            int headRows = extra + (largerHead ? larger : 0);
            int cells = 0;
            for (int s : starts) cells += end - s;
            double cost = slack * w * Planner.WASTE + Planner.hole(slack, w == regionBands) * w * Planner.HOLE
                    + (cells - total) * Planner.RAGGED + headRows * w * Planner.HEAD_SPACE + shape;
            return new Planner.Fit(cost, pictureRows, extra, end - head, 0, slack, false, largerHead, pictureBands);
        }
        if (p.kind() == ArticleKind.TEASER || p.kind() == ArticleKind.PHOTO) return none;
        BandFlow.Split split = BandFlow.fill(p.flow, starts, h);
        if (split.placed() == 0) return none;
        int shown = p.flow.subList(0, split.placed()).stream().mapToInt(FlowItem::rows).sum();
        int cells = 0;
        for (int s : starts) cells += h - s;
        double cost = (total - shown) * Planner.OVERFLOW_LINE + Planner.OVERSET + (cells - shown) * Planner.WASTE + shape;
        return new Planner.Fit(cost, pictureRows, 0, h - head, total - shown, 0, false, false, pictureBands);
    }

    /** The end line the body needs in bands starting at {@code starts}, the same at every module length. */
    private int end(Piece p, int w, int head, int pictureBands, int pictureRows, int[] starts) {
        Map<List<Integer>, Integer> byPiece = ends.computeIfAbsent(p, k -> new HashMap<>());
        return byPiece.computeIfAbsent(List.of(w, head, pictureBands, pictureRows),
                k -> BandFlow.end(p.flow, starts, Integer.MAX_VALUE / 2));
    }
}
