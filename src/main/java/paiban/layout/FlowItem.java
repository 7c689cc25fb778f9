package paiban.layout;

import paiban.model.Block;
import paiban.model.Picture;
import paiban.text.ComposedLine;

import java.util.List;

/** One piece of an article's body as it flows down its columns; each takes whole grid rows. */
sealed interface FlowItem {
    int rows();

    /** Whether a column may end after this item. */
    default boolean breakAfter() {
        return !(this instanceof Line l && l.keepWithNext());
    }

    /**
     * One body line, set {@code indent} pt in from the column's left edge. {@code keepWithNext}
     * forbids a column break after it: the first line of a paragraph that goes on (an orphan) or
     * the line before a paragraph's last (a widow).
     */
    record Line(ComposedLine line, double indent, boolean keepWithNext) implements FlowItem {
        Line(ComposedLine line, double indent) {
            this(line, indent, false);
        }

        public int rows() {
            return 1;
        }
    }

    /**
     * Blank rows: around a block across the module, between the pointers of a 导读 box, and before
     * a subhead, where they {@code collapse} at a column's head so the subhead stands at the top.
     */
    record Space(int rows, boolean collapses) implements FlowItem {
        Space(int rows) {
            this(rows, false);
        }
    }

    /** A column's or band's items as drawn: a collapsing space that would open it is left out. */
    static List<FlowItem> drawn(List<FlowItem> column) {
        return !column.isEmpty() && column.get(0) instanceof Space s && s.collapses() ? column.subList(1, column.size()) : column;
    }

    /** A picture inside the body, at column width, with its caption lines under it. */
    record Figure(Picture picture, double height, List<ComposedLine> caption, int rows) implements FlowItem {
    }

    /** A rule across the column at the top of the next row (a table's); it takes no rows. */
    record Rule(double weight) implements FlowItem {
        public int rows() {
            return 0;
        }
    }

    /**
     * A block too wide for a column (a table, a panorama), set across the whole module at this
     * place in the text: it takes no rows of a column, the module gives it rows of its own
     * between the balanced columns above and below it (see {@link ModuleBody}).
     */
    record Across(Block block) implements FlowItem {
        public int rows() {
            return 0;
        }
    }
}
