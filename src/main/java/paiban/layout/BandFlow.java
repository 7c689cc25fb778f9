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
        List<List<FlowItem>> out = new ArrayList<>();
        int i = 0;
        for (int start0 : starts) {
            int start = i;
            int used = 0;
            int room = end - start0;
            while (i < flow.size() && used + flow.get(i).rows() <= room) used += flow.get(i++).rows();
            while (i > start + 1 && !Columns.legal(flow, i)) i--;
            out.add(new ArrayList<>(flow.subList(start, i)));
        }
        return new Split(out, i);
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
        while (end <= limit && fill(flow, starts, end).placed() < flow.size()) end++;
        return end;
    }

    private static int max(int[] values) {
        int m = 0;
        for (int v : values) m = Math.max(m, v);
        return m;
    }
}
