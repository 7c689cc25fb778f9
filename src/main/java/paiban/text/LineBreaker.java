package paiban.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Total-fit line breaking after Knuth and Plass (TeX: The Program §813–§890). It sees only
 * {@link Item}s and a {@link LineFit}; script rules are already in the items. Three passes: within
 * {@link #TOLERANCE}; then any underfull line; then a final pass that may also split between two
 * glyph boxes or at a forbidden penalty after a glyph box (never after an indent, which would
 * leave an empty line, nor before a box of no width), each at a cost dearer than any loose line, and, as TeX's,
 * accepts an overfull line when even that does not fit (a box wider than the measure), so it
 * always returns.
 */
public final class LineBreaker {
    /** Pass-one limit on badness (100·r³): an adjustment ratio up to 3. */
    static final double TOLERANCE = 2700;
    static final int LINE_PENALTY = 10;
    /** Justified lines: the badness of any squeezed line on top of its ratio's (see {@link #JUSTIFIED}). */
    static final double SQUEEZE_BADNESS = 1000;
    static final double ADJ_DEMERITS = 10000;
    static final double DOUBLE_HYPHEN_DEMERITS = 10000;
    /**
     * A split between two boxes (inside an unbreakable word) or at a forbidden penalty (a line-start
     * rule) when nothing else fits: dearer than any loose line, so the final pass makes as few as it can.
     */
    static final double EMERGENCY_DEMERITS = 1e15;

    /** How far a line of the given totals must be adjusted to fill the measure. */
    @FunctionalInterface
    public interface LineFit {
        /**
         * The adjustment ratio: positive is stretching (infinite when it cannot stretch), negative
         * shrinking; below -1 the line is overfull.
         */
        double ratio(long width, long stretch, long shrink, boolean fill, long measure);

        /** Badness added to any line that is shrunk, on top of its ratio's. */
        default double squeezeBadness() {
            return 0;
        }
    }

    /**
     * Justified lines: glue stretches or shrinks to the measure. A line with nothing to stretch is
     * rated as if it had 1% of the measure to give, so emptier ones rate worse (TeX rates them all
     * alike, which lets a forced or very loose line land anywhere).
     */
    public static final LineFit JUSTIFIED = new LineFit() {
        @Override
        public double ratio(long width, long stretch, long shrink, boolean fill, long measure) {
            long slack = measure - width;
            if (slack > 0) {
                if (fill) return 0;
                return (double) slack / (stretch > 0 ? stretch : measure / 100.0);
            }
            if (slack < 0) return shrink > 0 ? (double) slack / shrink : Double.NEGATIVE_INFINITY;
            return 0;
        }

        /**
         * 字字对齐: squeezing marks to take in a character more moves every character after them
         * off the grid, so a line short of half an em is spread rather than squeezed; squeezing
         * still costs less than pushing a character out, which spreads a whole em (先挤进，后推出).
         */
        @Override
        public double squeezeBadness() {
            return SQUEEZE_BADNESS;
        }
    };

    /**
     * Ragged lines are never stretched; their badness grows with the empty space at the end, as if
     * each line had {@code virtualStretch} to give (TeX's ragged right with a stretchable rightskip).
     */
    public static LineFit ragged(long virtualStretch) {
        return (width, stretch, shrink, fill, measure) -> {
            long slack = measure - width;
            if (slack >= 0) return fill ? 0 : (double) slack / virtualStretch;
            return shrink > 0 ? (double) slack / shrink : Double.NEGATIVE_INFINITY;
        };
    }

    private LineBreaker() {
    }

    /**
     * The break positions, one per line, the last one being the paragraph's final forced penalty.
     * A break at a glue or penalty ends its line just before that item; the next line starts at the
     * first box after it ({@link #lineStart}). A break at a box is an emergency split just before it.
     * {@code items} must end with a forced break (penalty -{@link Item#INFINITY}).
     */
    public static int[] breakLines(List<Item> items, long measure, LineFit fit) {
        if (items.isEmpty() || !(items.get(items.size() - 1) instanceof Item.Penalty p && p.forced())) {
            throw new IllegalArgumentException("item list must end with a forced break");
        }
        Sums sums = new Sums(items);
        int[] breaks = new Pass(items, sums, measure, fit, TOLERANCE, false).run();
        if (breaks == null) breaks = new Pass(items, sums, measure, fit, Double.POSITIVE_INFINITY, false).run();
        if (breaks == null) breaks = new Pass(items, sums, measure, fit, Double.POSITIVE_INFINITY, true).run();
        return breaks;
    }

    /** Where the line after a break at {@code position} begins: discardable items are dropped. */
    public static int lineStart(List<Item> items, int position) {
        if (position < 0) return 0;
        if (items.get(position) instanceof Item.Box) return position;
        int i = position + 1;
        while (i < items.size() && !(items.get(i) instanceof Item.Box)
                && !(items.get(i) instanceof Item.Penalty p && p.forced())) {
            i++;
        }
        return i;
    }

    /** TeX's 100·r³, not capped at 10000, so that past pass one looser lines still rate worse. */
    static double badness(double ratio) {
        if (ratio < -1) return Double.POSITIVE_INFINITY;
        double r = Math.abs(ratio);
        return 100 * r * r * r;
    }

    /** Prefix sums of widths, stretch, shrink and fill glue counts, so a line's totals are O(1). */
    private static final class Sums {
        final long[] width;
        final long[] stretch;
        final long[] shrink;
        final int[] fill;

        Sums(List<Item> items) {
            int n = items.size();
            width = new long[n + 1];
            stretch = new long[n + 1];
            shrink = new long[n + 1];
            fill = new int[n + 1];
            for (int i = 0; i < n; i++) {
                Item it = items.get(i);
                width[i + 1] = width[i] + (it instanceof Item.Penalty ? 0 : it.width());
                stretch[i + 1] = stretch[i];
                shrink[i + 1] = shrink[i];
                fill[i + 1] = fill[i];
                if (it instanceof Item.Glue g) {
                    stretch[i + 1] += g.stretch();
                    shrink[i + 1] += g.shrink();
                    if (g.fill()) fill[i + 1]++;
                }
            }
        }
    }

    /** A feasible break: the best way found to end a line here in one fitness class. */
    private record Node(int position, int start, int fitness, double demerits, boolean flagged, Node previous) {
    }

    private static final class Pass {
        private final List<Item> items;
        private final Sums sums;
        private final long measure;
        private final LineFit fit;
        private final double threshold;
        private final boolean finalPass;
        private List<Node> active = new ArrayList<>();
        // reused at every feasible break, which in CJK text is nearly every character
        private List<Node> spare = new ArrayList<>();
        private final Node[] best = new Node[4];

        Pass(List<Item> items, Sums sums, long measure, LineFit fit, double threshold, boolean finalPass) {
            this.items = items;
            this.sums = sums;
            this.measure = measure;
            this.fit = fit;
            this.threshold = threshold;
            this.finalPass = finalPass;
        }

        int[] run() {
            active.add(new Node(-1, 0, 1, 0, false, null));
            for (int b = 0; b < items.size(); b++) {
                Item it = items.get(b);
                Item previous = b > 0 ? items.get(b - 1) : null;
                boolean afterGlyph = previous instanceof Item.Box before && before.glyph() >= 0;
                if (it instanceof Item.Penalty p) {
                    if (!p.forbidden()) tryBreak(b, p.penalty(), p.width(), p.flagged());
                    else if (finalPass && afterGlyph && startsWithBox(b)) tryBreak(b, 0, 0, false);
                } else if (it instanceof Item.Glue) {
                    if (previous instanceof Item.Box) tryBreak(b, 0, 0, false);
                } else if (finalPass && afterGlyph && it.glyph() >= 0 && it.width() > 0) {
                    tryBreak(b, 0, 0, false);
                }
                if (active.isEmpty()) return null;
            }
            Node best = null;
            for (Node n : active) {
                if (n.position() == items.size() - 1 && (best == null || n.demerits() < best.demerits())) best = n;
            }
            if (best == null) return null;
            List<Integer> positions = new ArrayList<>();
            for (Node n = best; n.previous() != null; n = n.previous()) positions.add(0, n.position());
            return positions.stream().mapToInt(Integer::intValue).toArray();
        }

        /**
         * Whether a line after a break at {@code b} would start with a box that takes room: a box of
         * no width belongs to the one before it (a 縦中横 unit's later digits share its first's em),
         * so splitting before it would move nothing but what follows.
         */
        private boolean startsWithBox(int b) {
            int start = lineStart(items, b);
            return start < items.size() && items.get(start) instanceof Item.Box box && box.width() > 0;
        }

        private void tryBreak(int b, int penalty, int penaltyWidth, boolean flagged) {
            boolean forced = penalty <= -Item.INFINITY;
            boolean emergency = items.get(b) instanceof Item.Box
                    || (items.get(b) instanceof Item.Penalty p && p.forbidden());
            int start = lineStart(items, b);
            Arrays.fill(best, null);
            double minDemerits = Double.POSITIVE_INFINITY;
            List<Node> survivors = spare;
            survivors.clear();
            for (int k = 0; k < active.size(); k++) {
                Node a = active.get(k);
                if (b <= a.start() && !forced) {
                    survivors.add(a);
                    continue;
                }
                int s = Math.min(a.start(), b);
                long width = sums.width[b] - sums.width[s] + penaltyWidth;
                long stretch = sums.stretch[b] - sums.stretch[s];
                long shrink = sums.shrink[b] - sums.shrink[s];
                boolean fill = sums.fill[b] > sums.fill[s];
                double ratio = fit.ratio(width, stretch, shrink, fill, measure);
                double bad = badness(ratio) + (ratio < 0 ? fit.squeezeBadness() : 0);
                boolean artificial = false;
                boolean staysActive;
                boolean overfull = ratio < -1;
                if (overfull || forced) {
                    boolean onlyOneLeft = survivors.isEmpty() && k == active.size() - 1;
                    if (finalPass && minDemerits == Double.POSITIVE_INFINITY && onlyOneLeft) {
                        artificial = true; // TeX §854: keep the paragraph going with an overfull line
                    } else if (overfull || bad > threshold) {
                        continue;
                    }
                    staysActive = false;
                } else {
                    staysActive = true;
                    if (bad > threshold) {
                        survivors.add(a);
                        continue;
                    }
                }
                int fitness = fitness(ratio);
                double d = 0;
                if (!artificial) {
                    d = demerits(bad, penalty, flagged && a.flagged());
                    if (emergency) d += EMERGENCY_DEMERITS;
                    if (Math.abs(fitness - a.fitness()) > 1) d += ADJ_DEMERITS;
                }
                double total = a.demerits() + d;
                if (best[fitness] == null || total < best[fitness].demerits()) {
                    best[fitness] = new Node(b, start, fitness, total, flagged, a);
                }
                minDemerits = Math.min(minDemerits, total);
                if (staysActive) survivors.add(a);
            }
            for (Node n : best) {
                if (n != null && n.demerits() <= minDemerits + ADJ_DEMERITS) survivors.add(n);
            }
            spare = active;
            active = survivors;
        }

        private static int fitness(double ratio) {
            if (ratio < -0.5) return 0;
            if (ratio <= 0.5) return 1;
            if (ratio <= 1) return 2;
            return 3;
        }

        /** TeX §859: (l + b)² ± p², plus extra for two hyphenated lines in a row. */
        private static double demerits(double bad, int penalty, boolean twoFlagged) {
            double d = (LINE_PENALTY + bad) * (LINE_PENALTY + bad);
            if (penalty > 0) d += (double) penalty * penalty;
            else if (penalty > -Item.INFINITY) d -= (double) penalty * penalty;
            if (twoFlagged) d += DOUBLE_HYPHEN_DEMERITS;
            return d;
        }
    }
}
