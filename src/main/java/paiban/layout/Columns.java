package paiban.layout;

import java.util.ArrayList;
import java.util.List;

/** Splits a body flow into balanced columns (均衡分栏): equal heights, the first ones longer by at most a line. */
final class Columns {
    private Columns() {
    }

    /** Fewest rows per column that hold the whole flow in {@code columns} columns. */
    static int balancedRows(List<FlowItem> flow, int columns) {
        int total = flow.stream().mapToInt(FlowItem::rows).sum();
        if (total == 0) return 0;
        int tallest = flow.stream().mapToInt(FlowItem::rows).max().orElse(0);
        int r = Math.max(tallest, (total + columns - 1) / columns);
        while (split(flow, columns, r).placed() < flow.size()) r++;
        return r;
    }

    record Split(List<List<FlowItem>> columns, int placed) {
    }

    /**
     * Fills up to {@code columns} columns of at most {@code rows} rows, each column taking its
     * even share of what is left, so columns end level.
     */
    static Split split(List<FlowItem> flow, int columns, int rows) {
        List<List<FlowItem>> out = new ArrayList<>();
        int remaining = flow.stream().mapToInt(FlowItem::rows).sum();
        int i = 0;
        for (int c = 0; c < columns && i < flow.size(); c++) {
            int quota = Math.min(rows, (remaining + (columns - c) - 1) / (columns - c));
            List<FlowItem> col = new ArrayList<>();
            int used = 0;
            while (i < flow.size()) {
                int h = flow.get(i).rows();
                boolean fitsQuota = used + h <= quota;
                boolean firstAndFits = col.isEmpty() && h <= rows;
                if (!fitsQuota && !firstAndFits) break;
                col.add(flow.get(i));
                used += h;
                i++;
            }
            remaining -= used;
            out.add(col);
        }
        return new Split(out, i);
    }

    /** Fills columns to the brim (for a piece that will continue elsewhere): how many items fit. */
    static Split fill(List<FlowItem> flow, int columns, int rows) {
        List<List<FlowItem>> out = new ArrayList<>();
        int i = 0;
        for (int c = 0; c < columns && i < flow.size(); c++) {
            List<FlowItem> col = new ArrayList<>();
            int used = 0;
            while (i < flow.size() && used + flow.get(i).rows() <= rows) {
                used += flow.get(i).rows();
                col.add(flow.get(i++));
            }
            out.add(col);
        }
        return new Split(out, i);
    }
}
