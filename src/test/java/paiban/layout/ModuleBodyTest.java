package paiban.layout;

import org.junit.jupiter.api.Test;
import paiban.diag.SourceSpan;
import paiban.model.Block;
import paiban.text.ComposedLine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A body with a block across the module: balanced columns above it, the block, balanced columns below. */
class ModuleBodyTest {
    private static final ComposedLine LINE = new ComposedLine(List.of(), 0, false);
    private static final Block.Table TABLE = new Block.Table(List.of(), 0, SourceSpan.of(Path.of("t.md"), "t.md"));
    /** The table as set across a module: this many lines. */
    private static final int TABLE_LINES = 5;

    private static List<FlowItem> lines(int n) {
        List<FlowItem> flow = new ArrayList<>();
        for (int i = 0; i < n; i++) flow.add(new FlowItem.Line(LINE, 0, false));
        return flow;
    }

    /** {@code before} lines, the table across, {@code after} lines. */
    private static ModuleBody body(int before, int after, int columns) {
        List<FlowItem> flow = new ArrayList<>(lines(before));
        flow.add(new FlowItem.Across(TABLE));
        flow.addAll(lines(after));
        return new ModuleBody(flow, columns, b -> lines(TABLE_LINES));
    }

    private static int items(ModuleBody.Band band) {
        return band.columns().stream().mapToInt(List::size).sum();
    }

    @Test
    void theColumnsAboveABlockAcrossAreBalancedAndClosedAndTheRestGoesOnBelowIt() {
        ModuleBody body = body(17, 10, 3);
        ModuleBody.Layout layout = body.balanced();
        assertEquals(3, layout.bands().size());
        ModuleBody.Band above = layout.bands().get(0), across = layout.bands().get(1), below = layout.bands().get(2);
        assertFalse(above.across());
        assertEquals(6, above.rows(), "17 lines in 3 columns: 6, 6, 5");
        assertEquals(List.of(6, 6, 5), above.columns().stream().map(List::size).toList());
        assertTrue(across.across());
        assertEquals(1, across.columns().size(), "the block is one column the module's width");
        assertEquals(1 + TABLE_LINES + 1, across.rows(), "a blank row either side");
        assertEquals(4, below.rows(), "10 lines in 3 columns: 4, 3, 3");
        assertEquals(6 + 7 + 4, body.balancedRows());
        assertEquals(1 + 2, body.emptyCells(), "one cell empty above, two below");
    }

    @Test
    void aSubheadUnderABlockAcrossSharesTheBlocksBlankRow() {
        List<FlowItem> flow = new ArrayList<>(lines(6));
        flow.add(new FlowItem.Across(TABLE));
        FlowItem.Line subhead = new FlowItem.Line(LINE, 0, true);
        flow.add(new FlowItem.Space(1, true));
        flow.add(subhead);
        flow.addAll(lines(5));
        ModuleBody body = new ModuleBody(flow, 2, b -> lines(TABLE_LINES));
        ModuleBody.Layout layout = body.balanced();
        ModuleBody.Band below = layout.bands().get(2);
        assertSame(subhead, below.columns().get(0).get(0), "the subhead opens the columns under the block, no second blank row");
        assertEquals(3 + (1 + TABLE_LINES + 1) + 3, body.balancedRows());
        assertEquals(flow.size(), layout.placed());
    }

    @Test
    void aBlockAtTheEndHasNoBlankRowUnderIt() {
        ModuleBody.Layout layout = body(9, 0, 3).balanced();
        assertEquals(2, layout.bands().size());
        assertEquals(1 + TABLE_LINES, layout.bands().get(1).rows());
    }

    @Test
    void beforeAJumpTheBlockGoesOnWithTheRestWhenItDoesNotFitUnderTheTextBeforeIt() {
        // 30 lines above take 10 rows of 3 columns; 12 rows leave 2, too few for the table's 7
        ModuleBody.Layout shown = body(30, 30, 3).fill(12);
        assertEquals(30, shown.placed(), "the text before the table is shown, the table waits");
        assertEquals(1, shown.bands().size());
        assertFalse(shown.bands().get(0).across());
    }

    @Test
    void beforeAJumpTheBlockStandsWhenAFewRowsOfWhatFollowsFitUnderIt() {
        ModuleBody.Layout shown = body(30, 30, 3).fill(20);
        assertEquals(3, shown.bands().size());
        assertTrue(shown.bands().get(1).across());
        ModuleBody.Band below = shown.bands().get(2);
        assertEquals(20 - 10 - 7, below.rows(), "the text after the table fills what is left");
        assertEquals(31 + items(below), shown.placed(), "the lines shown below the table follow it in the flow");
        assertEquals(9, items(below), "3 rows of 3 columns");
    }

    @Test
    void aBlockWithTooFewRowsUnderItForTheTextThatFollowsWaitsForTheJump() {
        // 10 + 7 rows leave 2 rows under the table: fewer than the 3 a run of columns needs
        ModuleBody.Layout shown = body(30, 30, 3).fill(19);
        assertEquals(30, shown.placed());
    }

    @Test
    void aJumpInsideTheTextAboveFillsItsColumnsToTheBrim() {
        ModuleBody.Layout shown = body(30, 30, 3).fill(8);
        assertEquals(24, shown.placed());
        assertEquals(Collections.nCopies(3, 8), shown.bands().get(0).columns().stream().map(List::size).toList());
    }

    @Test
    void cellsCountABlockAcrossOverEveryColumn() {
        ModuleBody body = body(30, 30, 3);
        assertEquals(30, body.cellsBefore(30));
        assertEquals(30 + 3 * (TABLE_LINES + 2), body.cellsBefore(31));
        assertEquals(60 + 3 * (TABLE_LINES + 2), body.cellsBefore(Integer.MAX_VALUE));
    }
}
