package paiban.layout;

/**
 * Where an article sits on the grid: first column, column count, first row and row count (rows
 * are body lines). {@code bodyLines} is how many body lines it shows, {@code overflowLines} how
 * many continue on a later page (0 when it fits). {@code slackRows} is the white left in it, in
 * line rows summed over its columns.
 */
public record ModulePlacement(String articleId, String title, int column, int columns, int row, int rows,
                              int bodyLines, int overflowLines, int slackRows) {
}
