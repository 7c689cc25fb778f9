package paiban.layout;

import paiban.model.ArticleKind;
import paiban.text.PlacedGlyph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How an article fills a module on a vertical page, worked out in the grid's frame (w bands as
 * columns, h lines as rows, line 0 the module's right edge): the headline stands at the right in
 * the module's first bands, as many as its lines need; the picture, if any, stands after it in
 * the first bands of the module with its caption beside it; the body fills the bands one after the other, each band's lines starting
 * after what stands at its head and ending at the module's end line. The costs are the horizontal
 * planner's, so both kinds of page weigh white, ragged ends and shapes alike.
 */
final class VerticalModule implements Planner.Fitting {
    /** Share of the module's lines beyond the headline a picture may take. */
    private static final double PICTURE_SHARE = 0.6;
    /**
     * Per band a brief (ベタ記事) takes past its one: a paper sets briefs one band tall, so a taller
     * one is a last resort, for a page that has little else to fill it (a page of briefs).
     */
    private static final double TALL_BRIEF = 5000;

    /**
     * A title a step smaller than its module's width gives it, so that it stands in fewer bands:
     * cheaper than a band of white under a headline that fills the module's height.
     */
    private static final double SMALLER_TITLE = 20;

    /**
     * Per squared line of white a band of the body leaves inside its module: twice a hole at a
     * module's foot, which reads as a story short of copy where this reads as a module set wrong.
     */
    private static final double INNER_HOLE = 4 * Planner.HOLE;

    private final Grid frame;
    /** Each piece's fit at each module size: a page plans with several 題字 heights. */
    private final Map<Piece, Planner.Fit[][]> fits = new HashMap<>();
    /** The end line each body arrangement needs, by piece and (bands, head lines, head bands, picture bands, picture lines). */
    private final Map<Piece, Map<List<Integer>, Integer>> ends = new HashMap<>();
    /** The headline's settings by piece and (bands, picture bands, picture lines): the same at every module length. */
    private final Map<Piece, Map<List<Integer>, List<Setting>>> settings = new HashMap<>();
    /** Lines each piece's caption takes beside its picture, by the picture's bands; -1 until worked out. */
    private final Map<Piece, int[]> captionRows = new HashMap<>();

    /** {@code frame}: the vertical grid's frame the page is planned in. */
    VerticalModule(Grid frame) {
        this.frame = frame;
    }

    /** The size of a headline's title: its largest type. */
    private static double titleSize(Headline head) {
        return head.lines().stream().flatMap(l -> l.line().glyphs().stream()).mapToDouble(PlacedGlyph::size)
                .max().orElse(0);
    }

    /**
     * The line each band's body starts at, in a module of {@code w} bands: after the headline's
     * {@code headRows} in its {@code headBands}, and after the picture and its caption in its bands.
     */
    static int[] starts(Piece p, int w, int headRows, int headBands, int pictureBands, int pictureRows) {
        return starts(w, headRows, headBands, pictureBands, pictureBands == 0 ? 0 : pictureRows + captionRows(p, pictureBands));
    }

    /** As {@link #starts(Piece, int, int, int, int, int)}, the picture and its caption taking {@code beside} lines. */
    private static int[] starts(int w, int headRows, int headBands, int pictureBands, int beside) {
        int[] starts = new int[w];
        for (int b = 0; b < w; b++) starts[b] = (b < headBands ? headRows : 0) + (b < pictureBands ? beside : 0);
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

    /** {@link #captionRows}, worked out once per piece and picture bands. */
    private int captionRowsOnce(Piece p, int pictureBands) {
        int[] byBands = captionRows.computeIfAbsent(p, k -> {
            int[] none = new int[frame.columns() + 1];
            Arrays.fill(none, -1);
            return none;
        });
        if (byBands[pictureBands] < 0) byBands[pictureBands] = captionRows(p, pictureBands);
        return byBands[pictureBands];
    }

    @Override
    public Planner.Fit fit(Piece p, int w, int h) {
        Planner.Fit[][] byPiece = fits.computeIfAbsent(p, k -> new Planner.Fit[frame.columns() + 1][frame.rows() + 1]);
        if (byPiece[w][h] == null) byPiece[w][h] = briefInItsBand(p, w, fitted(p, w, h));
        return byPiece[w][h];
    }

    /** A brief's fit, costing more for each band past its one. */
    private static Planner.Fit briefInItsBand(Piece p, int w, Planner.Fit f) {
        if (p.kind() != ArticleKind.BRIEF || w == 1 || f.cost() >= Planner.INFEASIBLE) return f;
        return new Planner.Fit(f.cost() + TALL_BRIEF * (w - 1), f.pictureRows(), f.headExtra(), f.bodyRows(),
                f.overflowRows(), f.slackRows(), f.wide(), f.largerHead(), f.headBands(), f.pictureSpan());
    }

    private Planner.Fit fitted(Piece p, int w, int h) {
        Planner.Fit none = none();
        if (w < p.minColumns() || w > p.maxColumns()) return none;
        if (p.forcedColumns() > 0 && w != Math.min(p.forcedColumns(), frame.columns())) return none;
        int head = p.headline(w).rows();
        if (h - head < 2) return none;
        if (p.picture() == null) return fit(p, w, h, 0, 0);
        // a photo stands in all its module's bands; a story's picture leaves a band for the text under it
        int most = p.kind() == ArticleKind.PHOTO || w == 1 ? w : w - 1;
        int fewest = p.kind() == ArticleKind.PHOTO ? w : 1;
        Planner.Fit best = none;
        for (int bands = fewest; bands <= most; bands++) {
            int[] rows = p.pictureRows(bands);
            if (rows[0] + captionRowsOnce(p, bands) > (h - head) * PICTURE_SHARE && bands > fewest) break;
            for (int r = rows[0]; r <= rows[1]; r++) {
                Planner.Fit f = fit(p, w, h, bands, r);
                if (f.cost() < best.cost()) best = f;
            }
        }
        return best;
    }

    private static Planner.Fit none() {
        return new Planner.Fit(Planner.INFEASIBLE, 0, 0, 0, 0, 0, false, false, 0, 0);
    }

    /**
     * A setting of the headline with a picture in a module of some bands, at whatever length the
     * module takes: the body's end line and the parts of the cost that do not depend on the length.
     */
    private record Setting(boolean larger, int headBands, int extra, int headRows, int end, int highestStart,
                           double ragged, double innerWhite, double innerHoles, double headSpace, double smaller,
                           double shapePenalty) {
    }

    /**
     * The best of the headline's settings with this picture: at its size or one larger, standing in
     * all the module's bands or in fewer (down to the fewest that keep the title at its size, the
     * bands below taking text from the module's right edge, as a paper runs text under a headline
     * shorter than its article), with up to {@link Planner#MAX_HEAD_EXTRA} lines of white more; each
     * where the body still fits. The text sent on past the module when none does.
     */
    private Planner.Fit fit(Piece p, int w, int h, int pictureBands, int pictureRows) {
        double shape = pictureBands > 0 && !p.cropWithin(pictureBands, pictureRows) ? Planner.BAD_CROP * pictureBands : 0;
        int total = p.flowRows;
        Planner.Fit best = none();
        for (Setting s : settings(p, w, pictureBands, pictureRows)) {
            if (s.end() > h || h - s.highestStart() < 2) continue;
            int slack = h - s.end();
            // summed in this order so that costs, and so plans, stay the same to the last bit
            double cost = slack * w * Planner.WASTE + Planner.hole(slack, h == frame.rows()) * w * Planner.HOLE
                    + s.ragged() + s.innerWhite() + s.innerHoles() + s.headSpace()
                    + s.smaller() + shape + s.shapePenalty();
            if (cost < best.cost()) {
                best = new Planner.Fit(cost, pictureRows, s.extra(), s.end() - s.headRows(), 0, slack, false,
                        s.larger(), s.headBands(), pictureBands);
            }
        }
        if (best.cost() < Planner.INFEASIBLE || p.kind() == ArticleKind.TEASER || p.kind() == ArticleKind.PHOTO) return best;
        int head = p.headline(w).rows();
        int[] starts = starts(p, w, head, w, pictureBands, pictureRows);
        if (Arrays.stream(starts).anyMatch(s -> h - s < 2)) return best;
        BandFlow.Split split = BandFlow.fill(p.flow, starts, h);
        if (split.placed() == 0) return best;
        int shown = p.flow.subList(0, split.placed()).stream().mapToInt(FlowItem::rows).sum();
        int cells = 0;
        for (int s : starts) cells += h - s;
        double cost = (total - shown) * Planner.OVERFLOW_LINE + Planner.OVERSET + (cells - shown) * Planner.WASTE
                + shape + Planner.shapePenalty(p, w, h - head, frame.columns());
        return new Planner.Fit(cost, pictureRows, 0, h - head, total - shown, 0, false, false, w, pictureBands);
    }

    /** The headline's settings with this picture in a module of {@code w} bands, in the order they are weighed. */
    private List<Setting> settings(Piece p, int w, int pictureBands, int pictureRows) {
        return settings.computeIfAbsent(p, k -> new HashMap<>()).computeIfAbsent(List.of(w, pictureBands, pictureRows), k -> {
            int total = p.flowRows;
            List<Setting> out = new ArrayList<>();
            int beside = pictureBands == 0 ? 0 : pictureRows + captionRowsOnce(p, pictureBands);
            for (boolean larger : new boolean[]{false, true}) {
                double size = titleSize(p.headline(w, larger));
                double smallest = p.smallerTitle(size);
                for (int headBands = w; headBands >= Math.max(1, pictureBands); headBands--) {
                    Headline head = p.headline(w, headBands, larger);
                    double title = titleSize(head);
                    if (title < smallest - 0.01) break;
                    double smaller = title < size - 0.01 ? SMALLER_TITLE : 0;
                    int base = p.headline(w, headBands, false).rows();
                    for (int extra = 0; extra <= Planner.MAX_HEAD_EXTRA; extra++) {
                        int headRows = head.rows() + extra;
                        int[] starts = starts(w, headRows, headBands, pictureBands, beside);
                        int end = end(p, w, headRows, headBands, pictureBands, pictureRows, starts);
                        int white = white(starts, end, total);
                        // a last band short by less than the bands is ragged; past that (bands the
                        // body never reaches, under a picture that set the end line) each band's white
                        // is a hole that, unlike slack, cannot be drawn out between modules
                        int ragged = Math.min(white, w - 1);
                        out.add(new Setting(larger, headBands, extra, headRows, end, max(starts),
                                ragged * Planner.RAGGED, (white - ragged) * Planner.WASTE,
                                white > ragged ? holes(p, starts, end) * INNER_HOLE : 0,
                                (headRows - base) * headBands * Planner.HEAD_SPACE, smaller,
                                Planner.shapePenalty(p, w, end - headRows, frame.columns())));
                    }
                }
            }
            return out;
        });
    }

    private static int max(int[] values) {
        int m = 0;
        for (int v : values) m = Math.max(m, v);
        return m;
    }

    /** The holes the body leaves in bands starting at {@code starts} ending at {@code end}, each as the planner weighs one. */
    private static double holes(Piece p, int[] starts, int end) {
        int[] filled = BandFlow.bandRows(p.flow, starts, end);
        double holes = 0;
        for (int b = 0; b < starts.length; b++) holes += Planner.hole(end - starts[b] - filled[b], true);
        return holes;
    }

    /** Body lines left empty in bands starting at {@code starts} and ending at {@code end}, holding {@code rows}. */
    static int white(int[] starts, int end, int rows) {
        int cells = 0;
        for (int s : starts) cells += end - s;
        return cells - rows;
    }

    /** The line each band's body starts at in a module of {@code w} bands fitted as {@code fit}. */
    static int[] starts(Piece p, Planner.Fit fit, int w) {
        int headRows = p.headline(w, fit.headBands(), fit.largerHead()).rows() + fit.headExtra();
        return starts(p, w, headRows, fit.headBands(), fit.pictureSpan(), fit.pictureRows());
    }

    /** The end line the body needs in bands starting at {@code starts}, the same at every module length. */
    private int end(Piece p, int w, int head, int headBands, int pictureBands, int pictureRows, int[] starts) {
        Map<List<Integer>, Integer> byPiece = ends.computeIfAbsent(p, k -> new HashMap<>());
        return byPiece.computeIfAbsent(List.of(w, head, headBands, pictureBands, pictureRows),
                k -> BandFlow.end(p.flow, starts, Integer.MAX_VALUE / 2));
    }
}
