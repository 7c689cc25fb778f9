package paiban.layout;

import paiban.model.Picture;
import paiban.text.ComposedLine;

import java.util.List;

/** One piece of an article's body as it flows down its columns; each takes whole grid rows. */
sealed interface FlowItem {
    int rows();

    /** One body line, set {@code indent} pt in from the column's left edge. */
    record Line(ComposedLine line, double indent) implements FlowItem {
        public int rows() {
            return 1;
        }
    }

    /** Blank rows, spacing out the pointers of a 导读 box to fill it. */
    record Space(int rows) implements FlowItem {
    }

    /** A picture inside the body, at column width, with its caption lines under it. */
    record Figure(Picture picture, double height, List<ComposedLine> caption, int rows) implements FlowItem {
    }
}
