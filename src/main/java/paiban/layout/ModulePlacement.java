package paiban.layout;

/**
 * Where an article sits on the grid: first column, column count, first row and row count (rows
 * are body lines). {@code bodyLines} is how many body lines it shows, {@code overflowLines} how
 * many continue on a later page (0 when it fits). {@code slackRows} is the white left in it, in
 * line rows summed over its columns. On a vertical page columns are bands (from the top) and rows
 * are lines (from the right). {@code x, y, width, height}: its rectangle on the page, in pt.
 */
public record ModulePlacement(String articleId, String title, int column, int columns, int row, int rows,
                              int bodyLines, int overflowLines, int slackRows, double x, double y, double width,
                              double height) {
}
