package paiban.diag;

import java.nio.file.Path;

/**
 * Where something came from in the sources: a file and a 1-based line and column.
 * {@code display} is the path as printed in messages (relative to the issue folder's parent).
 */
public record SourceSpan(Path file, String display, int line, int column) {
    public SourceSpan {
        if (line < 0 || column < 0) throw new IllegalArgumentException("negative position");
    }

    public static SourceSpan of(Path file, String display) {
        return new SourceSpan(file, display, 0, 0);
    }

    public SourceSpan at(int line, int column) {
        return new SourceSpan(file, display, line, column);
    }

    /** {@code path:line:col}, leaving out the parts that are unknown (0). */
    @Override
    public String toString() {
        if (line == 0) return display;
        if (column == 0) return display + ":" + line;
        return display + ":" + line + ":" + column;
    }
}
