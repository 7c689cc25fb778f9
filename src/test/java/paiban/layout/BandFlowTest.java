package paiban.layout;

import org.junit.jupiter.api.Test;
import paiban.text.ComposedLine;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The body of a vertical module filled band by band (段送り), bands starting at different lines. */
class BandFlowTest {
    private static List<FlowItem> lines(int n, int keepAt) {
        List<FlowItem> flow = new ArrayList<>();
        for (int i = 0; i < n; i++) flow.add(new FlowItem.Line(new ComposedLine(List.of(), 0, false), 0, i == keepAt));
        return flow;
    }

    @Test
    void theFewestEndLinesHoldTheFlowEveryBandFullButTheLast() {
        // a picture and its caption take the first 6 lines of the first band
        int[] starts = {6, 0, 0};
        List<FlowItem> flow = lines(40, -1);
        int end = BandFlow.end(flow, starts, 100);
        assertEquals(16, end, "(40 + 6) / 3, rounded up");
        BandFlow.Split split = BandFlow.fill(flow, starts, end);
        assertEquals(40, split.placed());
        assertEquals(List.of(10, 16, 14), split.bands().stream().map(List::size).toList());
        assertEquals(39, BandFlow.fill(flow, starts, end - 1).placed(), "a line less cannot hold it all");
    }

    @Test
    void aBandDoesNotEndAfterALineKeptWithTheNext() {
        int[] starts = {0, 0};
        List<FlowItem> flow = lines(10, 4); // line 4 opens a paragraph that goes on: it stays with line 5
        BandFlow.Split split = BandFlow.fill(flow, starts, 5);
        assertEquals(4, split.bands().get(0).size(), "the first band ends before the kept line");
        assertEquals(9, split.placed());
        assertEquals(6, BandFlow.end(flow, starts, 100));
    }

    @Test
    void withNoRoomTheEndIsPastTheLimit() {
        assertTrue(BandFlow.end(lines(30, -1), new int[]{0, 0}, 10) > 10);
    }
}
