package paiban.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills the bands of a vertical module with its body (段送り): each band's lines start after what
 * stands at its head (the headline, in the bands beside the picture also the picture and its
 * caption) and end at the module's end line, the first band filled before the next. A band may
 * only end where a paragraph allows (no widow or orphan). In the grid's frame a band is a column
 * and its lines are rows.
 */
final class BandFlow {
    private BandFlow() {
    }

    /** The items each band holds, in order, and how many of the flow's items they hold. */
    record Split(List<List<FlowItem>> bands, int placed) {
    }

    /** Fills band {@code b} with rows [{@code starts[b]}, {@code end}) in turn, as much as fits. */
    static Split fill(List<FlowItem> flow, int[] starts, int end) {
        int[] ends = new int[starts.length];
        int placed = place(flow, starts, end, ends);
        List<List<FlowItem>> out = new ArrayList<>();
        int from = 0;
        for (int e : ends) {
            out.add(new ArrayList<>(flow.subList(from, e)));
            from = e;
        }
        return new Split(out, placed);
    }

    /** The rows each band holds, filled as by {@link #fill}. */
    static int[] bandRows(List<FlowItem> flow, int[] starts, int end) {
        int[] ends = new int[starts.length];
        place(flow, starts, end, ends);
        int[] rows = new int[starts.length];
        int from = 0;
        for (int b = 0; b < ends.length; b++) {
            for (int i = from; i < ends[b]; i++) rows[b] += flow.get(i).rows();
            from = ends[b];
        }
        return rows;
    }

    /** Fills the bands as {@link #fill} does, without copying: how many items they hold, and in {@code ends} where each band's stop. */
    private static int place(List<FlowItem> flow, int[] starts, int end, int[] ends) {
        int i = 0;
        for (int b = 0; b < starts.length; b++) {
            int start = i;
            int used = 0;
            int room = end - starts[b];
            while (i < flow.size() && used + flow.get(i).rows() <= room) used += flow.get(i++).rows();
            while (i > start + 1 && !Columns.legal(flow, i)) i--;
            ends[b] = i;
        }
        return i;
    }

    /**
     * The fewest end rows that hold the whole flow, filled band by band: every band full to that
     * end but the last, which is short by less than the module's bands; a line past {@code limit}
     * when even {@code limit} does not hold it.
     */
    static int end(List<FlowItem> flow, int[] starts, int limit) {
        int total = flow.stream().mapToInt(FlowItem::rows).sum();
        if (total == 0) return max(starts);
        long startSum = 0;
        for (int s : starts) startSum += s;
        int end = Math.max(max(starts) + 1, (int) ((total + startSum + starts.length - 1) / starts.length));
        int[] ends = new int[starts.length];
        while (end <= limit && place(flow, starts, end, ends) < flow.size()) end++;
        return end;
    }

    private static int max(int[] values) {
        int m = 0;
        for (int v : values) m = Math.max(m, v);
        return m;
    }
}
