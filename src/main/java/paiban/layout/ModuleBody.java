package paiban.layout;

import paiban.model.Block;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An article's body in a module of one width, in source order: runs of column text, each
 * balanced over the module's body columns and closed where a block too wide for a column stands
 * ({@link FlowItem.Across}), and those blocks set across the module between them, a blank row
 * either side (none under the body's last block).
 */
final class ModuleBody {
    /** Rows a run of columns needs under a block across to be worth starting before a jump. */
    private static final int MIN_RUN_ROWS = 3;
    /** Fewest lines of text worth setting under a picture, beside the full columns. */
    private static final int MIN_UNDER = 3;

    /**
     * A band of the body: balanced columns, or ({@code across}) one column the module's width;
     * column c starts {@code tops[c]} rows down (under a picture), all end on the band's last row.
     */
    record Band(List<List<FlowItem>> columns, boolean across, int rows, int[] tops) {
        Band(List<List<FlowItem>> columns, boolean across, int rows) {
            this(columns, across, rows, new int[columns.size()]);
        }
    }

    /**
     * The body around a picture ({@link #around}): its rows, the cells it leaves empty, the sum of
     * the squares of each column's empty rows (short columns beside a picture are holes), and its one band.
     */
    record Around(int rows, int emptyCells, int emptySquares, Layout layout) {
    }

    /** Bands in reading order holding the flow's items before {@code placed}. */
    record Layout(List<Band> bands, int placed) {
    }

    /** The flow's items [from, to): a run of column text, or one block with its lines set across. */
    private record Part(int from, int to, List<FlowItem> across, int rows) {
        boolean isAcross() {
            return across != null;
        }
    }

    private final List<FlowItem> flow;
    private final int columns;
    private final List<Part> parts = new ArrayList<>();
    private final int rows;
    private final int emptyCells;
    private final int cells;
    /** {@link #around} by (columns under the picture, its rows), empty where the body cannot be set so. */
    private final Map<List<Integer>, Optional<Around>> arounds = new HashMap<>();

    /** {@code setAcross} sets a block that spans the module at the module's width. */
    ModuleBody(List<FlowItem> flow, int columns, Function<Block, List<FlowItem>> setAcross) {
        this.flow = flow;
        this.columns = columns;
        int start = 0;
        for (int i = 0; i <= flow.size(); i++) {
            if (i < flow.size() && !(flow.get(i) instanceof FlowItem.Across)) continue;
            if (i > start) parts.add(new Part(start, i, null, Columns.balancedRows(flow.subList(start, i), columns)));
            if (i < flow.size()) {
                List<FlowItem> set = new ArrayList<>();
                set.add(new FlowItem.Space(1));
                set.addAll(setAcross.apply(((FlowItem.Across) flow.get(i)).block()));
                if (i < flow.size() - 1) set.add(new FlowItem.Space(1));
                parts.add(new Part(i, i + 1, List.copyOf(set), rowsOf(set)));
            }
            start = i + 1;
            // the block's blank row under it is the one a subhead after it would open with
            if (start < flow.size() && flow.get(start) instanceof FlowItem.Space s && s.collapses()) {
                start++;
                i++;
            }
        }
        int rows = 0, empty = 0;
        for (Part p : parts) {
            rows += p.rows();
            if (!p.isAcross()) empty += columns * p.rows() - rowsOf(flow.subList(p.from(), p.to()));
        }
        this.rows = rows;
        this.emptyCells = empty;
        this.cells = cellsBefore(flow.size());
    }

    private static int rowsOf(List<FlowItem> items) {
        return items.stream().mapToInt(FlowItem::rows).sum();
    }

    /** Fewest rows that hold the whole body, every run of columns balanced. */
    int balancedRows() {
        return rows;
    }

    /** Cells left empty at the feet of the balanced columns (the ragged ends). */
    int emptyCells() {
        return emptyCells;
    }

    /** Column cells the whole body fills. */
    int cells() {
        return cells;
    }

    /** Column cells the items before {@code end} fill: a block across fills every column of its rows. */
    int cellsBefore(int end) {
        int cells = 0;
        for (Part p : parts) {
            if (p.from() >= end) break;
            cells += p.isAcross() ? p.rows() * columns : rowsOf(flow.subList(p.from(), Math.min(end, p.to())));
        }
        return cells;
    }

    /**
     * The body around a picture that takes the module's last {@code under} columns for
     * {@code pictureRows} rows (picture and caption): the columns beside it run from the body's top,
     * those under it start below it, all end on the body's last row, and the text fills them in
     * reading order. Its rows are the fewest that hold the text, at least the picture's, and not one
     * or two lines under the picture. Empty where the body has a block across the module, which
     * keeps the picture over the body.
     */
    Optional<Around> around(int under, int pictureRows) {
        return arounds.computeIfAbsent(List.of(under, pictureRows), k -> setAround(under, pictureRows));
    }

    private Optional<Around> setAround(int under, int pictureRows) {
        if (parts.size() != 1 || parts.get(0).isAcross() || under >= columns) return Optional.empty();
        int total = rowsOf(flow);
        int[] tops = new int[columns];
        for (int c = columns - under; c < columns; c++) tops[c] = pictureRows;
        for (int rows = Math.max(pictureRows, (total + under * pictureRows + columns - 1) / columns);
             rows <= total + pictureRows; rows++) {
            int below = rows - pictureRows;
            if (below > 0 && below < MIN_UNDER) continue;
            int[] capacities = new int[columns];
            for (int c = 0; c < columns; c++) capacities[c] = rows - tops[c];
            Columns.Split split = Columns.split(flow, capacities);
            if (!Columns.legalThroughout(flow, split)) continue;
            List<List<FlowItem>> filled = new ArrayList<>(split.columns());
            while (filled.size() < columns) filled.add(List.of());
            int squares = 0;
            for (int c = 0; c < columns; c++) {
                int empty = capacities[c] - rowsOf(filled.get(c));
                squares += empty * empty;
            }
            Band band = new Band(filled, false, rows, tops);
            return Optional.of(new Around(rows, Arrays.stream(capacities).sum() - total, squares,
                    new Layout(List.of(band), flow.size())));
        }
        return Optional.empty();
    }

    /** The whole body in {@link #balancedRows()} rows. */
    Layout balanced() {
        List<Band> bands = new ArrayList<>();
        for (Part p : parts) {
            bands.add(p.isAcross() ? new Band(List.of(p.across()), true, p.rows())
                    : new Band(Columns.split(flow.subList(p.from(), p.to()), columns, p.rows()).columns(), false, p.rows()));
        }
        return new Layout(bands, flow.size());
    }

    /**
     * As much of the body as {@code rows} rows show before a jump, in source order: whole runs
     * balanced, the run the jump falls in filled to the brim. A block across that does not fit
     * with a few rows of what follows under it goes on with the rest, never ahead of its text.
     */
    Layout fill(int rows) {
        List<Band> bands = new ArrayList<>();
        int left = rows;
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.isAcross()) {
                int after = k + 1 < parts.size() ? Math.min(MIN_RUN_ROWS, parts.get(k + 1).rows()) : 0;
                if (p.rows() + after > left) return new Layout(bands, p.from());
                bands.add(new Band(List.of(p.across()), true, p.rows()));
                left -= p.rows();
                continue;
            }
            if (p.rows() <= left) {
                bands.add(new Band(Columns.split(flow.subList(p.from(), p.to()), columns, p.rows()).columns(), false, p.rows()));
                left -= p.rows();
                continue;
            }
            Columns.Split split = Columns.fill(flow.subList(p.from(), p.to()), columns, left);
            if (split.placed() > 0) bands.add(new Band(split.columns(), false, left));
            return new Layout(bands, p.from() + split.placed());
        }
        return new Layout(bands, flow.size());
    }
}
