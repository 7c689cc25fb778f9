package paiban.layout;

import org.junit.jupiter.api.Test;
import paiban.text.ComposedLine;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a column draws of its items. */
class FlowItemTest {
    private static final FlowItem SUBHEAD = new FlowItem.Line(new ComposedLine(List.of(), 0, true), 0, true);

    @Test
    void aSubheadsBlankRowIsLeftOutWhereItWouldOpenAColumn() {
        assertEquals(List.of(SUBHEAD), FlowItem.drawn(List.of(new FlowItem.Space(1, true), SUBHEAD)));
    }

    @Test
    void otherBlankRowsAndBlankRowsInsideAColumnAreDrawn() {
        List<FlowItem> spaced = List.of(new FlowItem.Space(2), SUBHEAD); // a 导读 box's spacing
        assertEquals(spaced, FlowItem.drawn(spaced));
        List<FlowItem> inside = List.of(SUBHEAD, new FlowItem.Space(1, true), SUBHEAD);
        assertEquals(inside, FlowItem.drawn(inside));
    }
}
