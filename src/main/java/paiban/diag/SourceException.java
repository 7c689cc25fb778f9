package paiban.diag;

import java.util.List;

/** The one exception a stage throws for bad input: it carries every problem found. */
public final class SourceException extends Exception {
    private final List<Diagnostic> diagnostics;

    public SourceException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "invalid source" : diagnostics.get(0).format());
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
