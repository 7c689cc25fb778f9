package paiban.layout;

import paiban.model.Block;

import java.util.ArrayList;
import java.util.List;
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

    /** A band of the body: balanced columns, or ({@code across}) one column the module's width. */
    record Band(List<List<FlowItem>> columns, boolean across, int rows) {
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
