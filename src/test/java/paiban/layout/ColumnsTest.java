package paiban.layout;

import org.junit.jupiter.api.Test;
import paiban.text.ComposedLine;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColumnsTest {
    private static final ComposedLine LINE = new ComposedLine(List.of(), 0, false);

    /** Paragraphs of the given line counts, each line marked the way ArticleShaper marks body lines. */
    private static List<FlowItem> paragraphs(int... lengths) {
        List<FlowItem> flow = new ArrayList<>();
        for (int n : lengths) {
            for (int i = 0; i < n; i++) flow.add(new FlowItem.Line(LINE, 0, n >= 3 && (i == 0 || i == n - 2)));
        }
        return flow;
    }

    private static void assertNoWidowOrOrphan(List<FlowItem> flow, List<List<FlowItem>> columns) {
        int end = 0;
        for (List<FlowItem> column : columns) {
            end += column.size();
            if (end < flow.size() && !column.isEmpty()) {
                assertTrue(flow.get(end - 1).breakAfter(), "column ends at item " + end + ", a widow or orphan");
            }
        }
    }

    @Test
    void balancedColumnsMoveABreakThatWouldLeaveAParagraphsLastLineAlone() {
        // paragraphs of 6, 4 and 3 lines in two columns: the 7 | 6 break would end the first
        // column on the second paragraph's first line; 6 | 7 is as balanced
        List<FlowItem> flow = paragraphs(6, 4, 3);
        int rows = Columns.balancedRows(flow, 2);
        Columns.Split split = Columns.split(flow, 2, rows);
        assertEquals(flow.size(), split.placed());
        assertNoWidowOrOrphan(flow, split.columns());
        int a = split.columns().get(0).size(), b = split.columns().get(1).size();
        assertTrue(Math.abs(a - b) <= 1, "columns " + a + " and " + b + " are not balanced within a line");
        assertEquals(7, rows);
    }

    @Test
    void aWidowedLastLineIsPulledBackEvenWhenTheModuleNeedsAnotherRow() {
        // a 7-line paragraph and a 2-line one in three columns: 3 | 3 | 3 would end the second
        // column on the 7-line paragraph's sixth line, leaving its last line alone at a column head
        List<FlowItem> flow = paragraphs(7, 2);
        Columns.Split split = Columns.split(flow, 3, Columns.balancedRows(flow, 3));
        assertEquals(flow.size(), split.placed());
        assertNoWidowOrOrphan(flow, split.columns());
    }

    @Test
    void everyBreakOfManyParagraphMixesIsLegal() {
        int[][] mixes = {{3, 3, 3, 3}, {5, 1, 6, 3, 4}, {8, 8, 8}, {3, 4, 5, 6, 7, 2, 1, 9}, {12, 3, 11}};
        for (int[] mix : mixes) {
            List<FlowItem> flow = paragraphs(mix);
            for (int columns = 2; columns <= 5; columns++) {
                int rows = Columns.balancedRows(flow, columns);
                Columns.Split split = Columns.split(flow, columns, rows);
                assertEquals(flow.size(), split.placed());
                assertNoWidowOrOrphan(flow, split.columns());
            }
        }
    }

    @Test
    void aThreeLineParagraphIsNotSpreadALineAColumn() {
        // one line a column would balance three columns, but leaves a widow and an orphan
        List<FlowItem> flow = paragraphs(3);
        int rows = Columns.balancedRows(flow, 3);
        Columns.Split split = Columns.split(flow, 3, rows);
        assertEquals(flow.size(), split.placed());
        assertNoWidowOrOrphan(flow, split.columns());
        assertEquals(3, rows);
    }

    @Test
    void aColumnFilledBeforeAJumpDoesNotEndOnAParagraphsFirstLine() {
        List<FlowItem> flow = paragraphs(4, 6, 5);
        Columns.Split split = Columns.fill(flow, 2, 5);
        assertNoWidowOrOrphan(flow, split.columns());
        assertTrue(flow.get(split.placed() - 1).breakAfter(), "the jump leaves a widow or orphan");
    }
}
