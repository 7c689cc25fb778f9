package paiban.layout;

import paiban.model.ArticleKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Chooses a rectangle for every piece of a page: an exact search over guillotine cuts of the
 * region (a cut splits it across or down; the pieces before the cut, higher in rank, take the top
 * or left part), with each leaf one piece whose picture, headline space and body columns flex to
 * its rectangle. The cost counts white cells, ragged column feet, lines sent to a later page and
 * ill-shaped modules; dynamic programming over (pieces i..j, width, height) keeps it to milliseconds.
 */
final class Planner {
    static final double INFEASIBLE = 1e9;
    static final double WASTE = 1.0;
    /** White gathered in one module reads as a hole: each further empty row of it costs more. */
    static final double HOLE = 0.25;
    /**
     * Empty rows past which white drawn between modules costs no more per row: on a page short of
     * copy the white is unavoidable, and module shapes decide where it goes.
     */
    private static final int HOLE_ROWS = 6;
    static final double RAGGED = 0.3;
    static final double HEAD_SPACE = 0.15;
    static final double OVERFLOW_LINE = 1.2;
    private static final double JUMP = 120;
    /** Text that may not jump and does not fit: an error, chosen only when nothing else fits. */
    static final double OVERSET = 1e6;
    static final int MAX_HEAD_EXTRA = 3;
    /** Per column, for a picture cropped past ±25 % of its shape: allowed only where nothing else fits. */
    static final double BAD_CROP = 60;
    /** Lines a story's columns are deep in a daily's module, where the copy is long enough. */
    private static final int DEEP = 12;
    /** Per line a story's columns fall short of {@link #DEEP}, per column. */
    private static final double SHALLOW = 8.0;
    /** Columns a lead takes on a grid wider than that. */
    private static final int LEAD_COLUMNS = 4;
    /** Per column a lead falls short of {@link #LEAD_COLUMNS}. */
    private static final double NARROW_LEAD = 40;
    /** A full-width module below the lead: one more layer of a cake. */
    private static final double BAND = 60;
    /** Text around a picture is ordinary, but a picture over the whole module is preferred when it fills as well. */
    private static final double AROUND = 12;
    /** 变栏 is ordinary, but the grid's own columns are preferred when they fill as well. */
    private static final double WIDEN = 6;

    /**
     * How a piece fills its rectangle. {@code headBands}: on a vertical page, the bands its
     * headline stands in (0 on horizontal pages, where it spans the module). {@code pictureSpan}:
     * the bands its picture stands in on a vertical page; on a horizontal one the columns at the
     * module's right its picture takes, the body running beside it and on under it (0: the
     * picture spans the module, the body under it).
     */
    record Fit(double cost, int pictureRows, int headExtra, int bodyRows, int overflowRows,
               int slackRows, boolean wide, boolean largerHead, int headBands, int pictureSpan) {
        Fit(double cost, int pictureRows, int headExtra, int bodyRows, int overflowRows,
            int slackRows, boolean wide, boolean largerHead) {
            this(cost, pictureRows, headExtra, bodyRows, overflowRows, slackRows, wide, largerHead, 0, 0);
        }
    }

    /** How a piece fills a w × h rectangle: a horizontal module's way ({@link #fit}), or a vertical one's. */
    interface Fitting {
        Fit fit(Piece piece, int w, int h);
    }

    /** A piece placed at a grid rectangle, relative to the planned region. */
    record Slot(Piece piece, int column, int columns, int row, int rows, Fit fit) {
        /**
         * The rectangle the module is drawn in, its white rows moved out to the edges it shares
         * with modules above and below (half to each, all to the one edge where the other is the
         * region's), so a page short of copy shows even space between modules, not holes at their feet.
         */
        Slot drawn(int regionRows) {
            int slack = fit.slackRows();
            if (slack == 0) return this;
            boolean atTop = row == 0, atFoot = row + rows == regionRows;
            int above = atTop ? 0 : atFoot ? slack : slack / 2;
            return new Slot(piece, column, columns, row + above, rows - slack, fit);
        }
    }

    private final List<Piece> pieces;
    private final int width;
    private final int height;
    private final boolean laterPages;
    private final int n;
    private final double[] memo;
    private final int[] choice;
    private final Fitting fitting;
    /** A rectangle at the region's top-left that holds no piece (a vertical page's 題字), 0 × 0 for none. */
    private final int cornerWidth;
    private final int cornerHeight;
    /** As memo and choice, for the sub-regions at the region's top-left, which hold the corner. */
    private final double[] cornerMemo;
    private final int[] cornerChoice;

    /** {@code laterPages}: a story's rest may continue on a later page (not on the last one). */
    Planner(List<Piece> pieces, int width, int height, boolean laterPages) {
        this(pieces, width, height, laterPages, 0, 0, null);
    }

    /**
     * A planner whose region keeps a {@code cornerWidth} × {@code cornerHeight} rectangle at its
     * top-left empty: the guillotine cuts carve it out exactly, the pieces tile the rest. Pieces fill
     * their rectangles by {@code fitting}, or as horizontal modules when it is null.
     */
    Planner(List<Piece> pieces, int width, int height, boolean laterPages, int cornerWidth, int cornerHeight,
            Fitting fitting) {
        this.fitting = fitting != null ? fitting : this::fit;
        this.pieces = pieces;
        this.width = width;
        this.height = height;
        this.laterPages = laterPages;
        this.n = pieces.size();
        int states = n * n * (width + 1) * (height + 1);
        this.memo = new double[states];
        this.choice = new int[states];
        Arrays.fill(memo, -1);
        boolean corner = cornerWidth > 0 && cornerHeight > 0;
        this.cornerWidth = corner ? cornerWidth : 0;
        this.cornerHeight = corner ? cornerHeight : 0;
        int cornerStates = corner ? (n + 1) * (n + 1) * (width + 1) * (height + 1) : 0;
        this.cornerMemo = new double[cornerStates];
        this.cornerChoice = new int[cornerStates];
        Arrays.fill(cornerMemo, -1);
    }

    /** The best plan's cost, {@link #INFEASIBLE} when the pieces cannot share the region. */
    double cost() {
        if (n == 0) return 0;
        return cornerWidth > 0 ? cornerBest(0, n, width, height) : best(0, n, width, height);
    }

    /** The best plan, or an empty list when the pieces cannot share the region at all. */
    List<Slot> plan() {
        if (n == 0) return List.of();
        boolean corner = cornerWidth > 0;
        double cost = cost();
        if (cost >= INFEASIBLE) return List.of();
        List<Slot> slots = new ArrayList<>();
        if (corner) collectCorner(0, n, width, height, slots);
        else collect(0, n, width, height, 0, 0, slots);
        return slots;
    }

    private int cornerIndex(int i, int j, int w, int h) {
        return ((i * (n + 1) + j) * (width + 1) + w) * (height + 1) + h;
    }

    /**
     * Best cost of pieces i..j (possibly none) in a w × h region at the top-left, the corner
     * included: exactly the corner holds no piece; otherwise a cut leaves the corner in the top or
     * left part, which takes the pieces before the cut (reading order), and at least one piece below
     * or right of it.
     */
    private double cornerBest(int i, int j, int w, int h) {
        if (w < cornerWidth || h < cornerHeight) return INFEASIBLE;
        if (w == cornerWidth && h == cornerHeight) return i == j ? 0 : INFEASIBLE;
        int idx = cornerIndex(i, j, w, h);
        if (cornerMemo[idx] >= 0) return cornerMemo[idx];
        int[] bestChoice = new int[1];
        double best = bestCut(i, j, w, h, i, cornerHeight, cornerWidth, this::cornerBest, bestChoice);
        cornerMemo[idx] = Math.min(best, INFEASIBLE);
        cornerChoice[idx] = bestChoice[0];
        return cornerMemo[idx];
    }

    /** The cost of a cut's first part: pieces i..k in a w × h region at its top or left. */
    private interface FirstPart {
        double cost(int i, int k, int w, int h);
    }

    /**
     * The cheapest guillotine cut of a w × h region holding pieces i..j: across or down, pieces
     * [i, k) (k from {@code firstK}) in a top or left part at least {@code minHeight} tall or
     * {@code minWidth} wide, costed by {@code first}, the rest below or right of it as {@link #best}
     * costs it. The cut goes to {@code chosen}[0].
     */
    private double bestCut(int i, int j, int w, int h, int firstK, int minHeight, int minWidth, FirstPart first,
                           int[] chosen) {
        double best = INFEASIBLE;
        for (int k = firstK; k < j; k++) {
            for (int h1 = minHeight; h1 < h; h1++) {
                double top = first.cost(i, k, w, h1);
                if (top >= best) continue;
                double c = top + best(k, j, w, h - h1);
                if (c < best) {
                    best = c;
                    chosen[0] = encode(1, k, h1);
                }
            }
            for (int w1 = minWidth; w1 < w; w1++) {
                double left = first.cost(i, k, w1, h);
                if (left >= best) continue;
                double c = left + best(k, j, w - w1, h);
                if (c < best) {
                    best = c;
                    chosen[0] = encode(2, k, w1);
                }
            }
        }
        return best;
    }

    private void collectCorner(int i, int j, int w, int h, List<Slot> out) {
        if (w == cornerWidth && h == cornerHeight) return;
        int c = cornerChoice[cornerIndex(i, j, w, h)];
        int kind = c >>> 24, k = (c >>> 12) & 0xFFF, cut = c & 0xFFF;
        if (kind == 1) {
            collectCorner(i, k, w, cut, out);
            collect(k, j, w, h - cut, 0, cut, out);
        } else {
            collectCorner(i, k, cut, h, out);
            collect(k, j, w - cut, h, cut, 0, out);
        }
    }

    private int index(int i, int j, int w, int h) {
        return ((i * n + (j - 1)) * (width + 1) + w) * (height + 1) + h;
    }

    private double best(int i, int j, int w, int h) {
        int idx = index(i, j, w, h);
        if (memo[idx] >= 0) return memo[idx];
        int[] bestChoice = new int[1];
        double best = j - i == 1 ? fitting.fit(pieces.get(i), w, h).cost()
                : bestCut(i, j, w, h, i + 1, 1, 1, this::best, bestChoice);
        memo[idx] = Math.min(best, INFEASIBLE);
        choice[idx] = bestChoice[0];
        return memo[idx];
    }

    private static int encode(int kind, int k, int cut) {
        return (kind << 24) | (k << 12) | cut;
    }

    private void collect(int i, int j, int w, int h, int col, int row, List<Slot> out) {
        if (j - i == 1) {
            out.add(new Slot(pieces.get(i), col, w, row, h, fitting.fit(pieces.get(i), w, h)));
            return;
        }
        int c = choice[index(i, j, w, h)];
        int kind = c >>> 24, k = (c >>> 12) & 0xFFF, cut = c & 0xFFF;
        if (kind == 1) {
            collect(i, k, w, cut, col, row, out);
            collect(k, j, w, h - cut, col, row + cut, out);
        } else {
            collect(i, k, cut, h, col, row, out);
            collect(k, j, w - cut, h, col + cut, row, out);
        }
    }

    /**
     * The best of setting the body in the grid's columns or 变栏, one fewer and wider, under the
     * picture, or around a picture at the module's right.
     */
    Fit fit(Piece p, int w, int h) {
        Fit best = fit(p, w, h, false);
        if (p.canWiden(w)) {
            Fit wide = fit(p, w, h, true);
            if (wide.overflowRows() == 0 && wide.cost() + WIDEN < best.cost()) {
                best = new Fit(wide.cost() + WIDEN, wide.pictureRows(), wide.headExtra(), wide.bodyRows(),
                        0, wide.slackRows(), true, wide.largerHead());
            }
        }
        int[] beside = p.columnsBeside(w);
        for (int under = beside[0]; under <= beside[1]; under++) {
            Fit around = aroundPicture(p, w, h, under);
            if (around.cost() < best.cost()) best = around;
        }
        return best;
    }

    /**
     * The picture in the module's last {@code under} columns, its caption under it, the body
     * beside it and on under it; the picture may take any height its crop allows, and the body
     * must fit (a story set so does not jump).
     */
    private Fit aroundPicture(Piece p, int w, int h, int under) {
        Fit best = new Fit(INFEASIBLE, 0, 0, 0, 0, 0, false, false);
        int room = h - p.headline(w).rows();
        int caption = p.caption(under).size();
        int[] pic = p.pictureRows(under);
        ModuleBody body = p.body(w, false);
        for (int rows = pic[0]; rows <= pic[1]; rows++) {
            if (!p.cropWithin(under, rows)) continue;
            ModuleBody.Around around = body.around(under, rows + caption).orElse(null);
            if (around == null || around.rows() > room) continue;
            // a column ending short beside the picture is a hole, not a ragged foot
            double hole = around.emptySquares() * HOLE;
            Fit f = filled(p, w, h, room - around.rows(), around.emptyCells(),
                    shapePenalty(p, w, around.rows(), width) + hole + AROUND, rows, around.rows(), false, under);
            if (f.cost() < best.cost()) best = f;
        }
        return best;
    }

    private Fit fit(Piece p, int w, int h, boolean wideBody) {
        Fit none = new Fit(INFEASIBLE, 0, 0, 0, 0, 0, wideBody, false);
        // widths the piece cannot take are refused before its body is set at them
        if (w < p.minColumns() || w > p.maxColumns()) return none;
        if (p.forcedColumns() > 0 && w != Math.min(p.forcedColumns(), width)) return none;
        ModuleBody moduleBody = p.body(w, wideBody);
        int[] pic = p.pictureRows(w);
        int fixed = p.fixedRows(w);
        int room = h - fixed - pic[0];
        if (room < 0) return none;
        int body = moduleBody.balancedRows();
        double shape = shapePenalty(p, w, Math.min(body, room), width);
        if (p.picture() != null && !p.cropWithin(w, pic[0])) shape += BAD_CROP * w;
        if (body <= room) {
            int slack = room - body;
            int grow = Math.min(slack, pic[1] - pic[0]);
            return filled(p, w, h, slack - grow, moduleBody.emptyCells(), shape, pic[0] + grow, body, wideBody, 0);
        }
        if (p.kind() == ArticleKind.TEASER || p.kind() == ArticleKind.PHOTO) return none;
        int shownRows = room - 1;
        if (shownRows < 4) return none;
        int placed = moduleBody.fill(shownRows).placed();
        if (placed == 0) return none;
        int shown = moduleBody.cellsBefore(placed);
        int overflow = moduleBody.cells() - shown;
        int unused = w * shownRows - shown;
        double cost = overflow * OVERFLOW_LINE + (laterPages && p.mayJump() ? JUMP : OVERSET) + unused * WASTE + shape;
        return new Fit(cost, pic[0], 0, shownRows, overflow, 0, wideBody, false);
    }

    /**
     * A module whose body fits with {@code slack} rows to spare: the title may take one size
     * larger where its extra rows fit, and a few more rows of space; the rest is white.
     */
    private Fit filled(Piece p, int w, int h, int slack, int emptyCells, double shape, int pictureRows, int bodyRows,
                       boolean wideBody, int pictureSpan) {
        int larger = slack > 0 ? p.headline(w, true).rows() - p.headline(w).rows() : slack + 1;
        boolean largerHead = larger <= slack;
        if (largerHead) slack -= larger;
        int extra = Math.min(slack, MAX_HEAD_EXTRA);
        slack -= extra;
        int headRows = extra + (largerHead ? larger : 0);
        double cost = slack * w * WASTE + hole(slack, h == height) * w * HOLE + emptyCells * RAGGED
                + headRows * w * HEAD_SPACE + shape;
        return new Fit(cost, pictureRows, extra, bodyRows, 0, slack, wideBody, largerHead, 0, pictureSpan);
    }

    /**
     * The hole part of a module's white, growing with its square. White in a module that shares
     * an edge with one above or below is drawn there as space between modules ({@link Slot#drawn}),
     * so past {@link #HOLE_ROWS} rows it grows on the same slope only; in a module as tall as the
     * region it stays a hole at the module's foot.
     */
    static double hole(int slack, boolean fullHeight) {
        return fullHeight || slack <= HOLE_ROWS ? (double) slack * slack : HOLE_ROWS * (2.0 * slack - HOLE_ROWS);
    }

    /**
     * Modules a reader finds awkward: very shallow bodies, very deep narrow ones, and the shapes a
     * daily avoids: a story's columns shallower than {@link #DEEP} lines where its copy would fill
     * them (the layer cake), a lead narrower than {@link #LEAD_COLUMNS}, and full-width bands below the lead.
     */
    static double shapePenalty(Piece p, int w, int bodyRows, int width) {
        double penalty = 0;
        if (!p.flow.isEmpty() && bodyRows < 4) penalty += 20 * w;
        if (w <= 2 && bodyRows > 40) penalty += (bodyRows - 40) * 0.5;
        if (p.kind() == ArticleKind.STORY || p.kind() == ArticleKind.BOX) {
            int deep = Math.min(DEEP, p.flowRows);
            if (bodyRows < deep) penalty += (deep - bodyRows) * w * SHALLOW;
            boolean lead = p.rank == 0 && !p.continuation();
            if (lead && w < LEAD_COLUMNS && width > LEAD_COLUMNS) penalty += (LEAD_COLUMNS - w) * NARROW_LEAD;
            if (!lead && w == width && width > LEAD_COLUMNS) penalty += BAND;
        }
        return penalty;
    }
}
