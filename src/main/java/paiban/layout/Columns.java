package paiban.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a body flow into balanced columns (均衡分栏): equal heights, the first ones longer by at most
 * a line; or, beside a picture, columns of unequal heights that end level.
 */
final class Columns {
    private Columns() {
    }

    /**
     * Fewest rows per column that hold the whole flow in {@code columns} columns, every column
     * ending where a paragraph allows: a three-line paragraph is not spread one line a column.
     */
    static int balancedRows(List<FlowItem> flow, int columns) {
        int total = flow.stream().mapToInt(FlowItem::rows).sum();
        if (total == 0) return 0;
        int tallest = flow.stream().mapToInt(FlowItem::rows).max().orElse(0);
        int r = Math.max(tallest, (total + columns - 1) / columns);
        while (r < total && !legalThroughout(flow, split(flow, columns, r))) r++;
        return r;
    }

    /** Whether the split placed the whole flow and every column ends at a legal break. */
    static boolean legalThroughout(List<FlowItem> flow, Split split) {
        if (split.placed() < flow.size()) return false;
        int end = 0;
        for (List<FlowItem> column : split.columns()) {
            end += column.size();
            if (!legal(flow, end)) return false;
        }
        return true;
    }

    record Split(List<List<FlowItem>> columns, int placed) {
    }

    /**
     * Fills up to {@code columns} columns of at most {@code rows} rows, each column taking its
     * even share of what is left, so columns end level.
     */
    static Split split(List<FlowItem> flow, int columns, int rows) {
        int[] capacities = new int[columns];
        Arrays.fill(capacities, rows);
        return split(flow, capacities);
    }

    /**
     * Fills columns of the given heights, each taking its share of what is left in proportion to
     * its height, so columns that end on one row end level.
     */
    static Split split(List<FlowItem> flow, int[] capacities) {
        List<List<FlowItem>> out = new ArrayList<>();
        int remaining = flow.stream().mapToInt(FlowItem::rows).sum();
        int room = Arrays.stream(capacities).sum();
        int i = 0;
        for (int c = 0; c < capacities.length && i < flow.size(); c++) {
            int rows = capacities[c];
            int quota = rows == 0 ? 0 : (int) Math.min(rows, ((long) remaining * rows + room - 1) / room);
            room -= rows;
            int used = 0;
            int start = i;
            while (i < flow.size()) {
                int h = flow.get(i).rows();
                boolean fitsQuota = used + h <= quota;
                boolean firstAndFits = i == start && h <= rows;
                if (!fitsQuota && !firstAndFits) break;
                used += h;
                i++;
            }
            i = legalEnd(flow, start, i, rows, quota);
            List<FlowItem> col = new ArrayList<>(flow.subList(start, i));
            remaining -= col.stream().mapToInt(FlowItem::rows).sum();
            out.add(col);
        }
        return new Split(out, i);
    }

    /**
     * Where a column that starts at {@code start} and would end before {@code end} may end
     * without a widow or orphan: the nearest legal break at or before {@code end}, or after it
     * while the column stays within {@code rows}, whichever leaves its height closer to
     * {@code target} (the later on a tie, as the first columns are the longer). With no legal
     * break in reach the column keeps {@code end}.
     */
    private static int legalEnd(List<FlowItem> flow, int start, int end, int rows, int target) {
        if (end == start || legal(flow, end)) return end;
        int height = 0;
        for (int k = start; k < end; k++) height += flow.get(k).rows();
        int back = end, backHeight = height;
        while (back > start + 1 && !legal(flow, back)) backHeight -= flow.get(--back).rows();
        int ahead = end, aheadHeight = height;
        while (ahead < flow.size() && !legal(flow, ahead) && aheadHeight + flow.get(ahead).rows() <= rows) {
            aheadHeight += flow.get(ahead++).rows();
        }
        boolean backOk = legal(flow, back), aheadOk = legal(flow, ahead);
        if (aheadOk && (!backOk || aheadHeight - target <= target - backHeight)) return ahead;
        return backOk ? back : end;
    }

    /** Whether a column may end before item {@code end}. */
    static boolean legal(List<FlowItem> flow, int end) {
        return end >= flow.size() || flow.get(end - 1).breakAfter();
    }

    /** Fills columns to the brim (for a piece that will continue elsewhere): how many items fit. */
    static Split fill(List<FlowItem> flow, int columns, int rows) {
        List<List<FlowItem>> out = new ArrayList<>();
        int i = 0;
        for (int c = 0; c < columns && i < flow.size(); c++) {
            int start = i;
            int used = 0;
            while (i < flow.size() && used + flow.get(i).rows() <= rows) used += flow.get(i++).rows();
            while (i > start + 1 && !legal(flow, i)) i--; // a full column may only end shorter
            out.add(new ArrayList<>(flow.subList(start, i)));
        }
        return new Split(out, i);
    }
}
