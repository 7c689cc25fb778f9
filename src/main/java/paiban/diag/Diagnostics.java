package paiban.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

/** Collects every problem of a run, so all of them are reported at once. Thread-confined. */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();
    private final Set<Diagnostic> seen = new HashSet<>();

    /** Adds a problem once: stages that set the same text several times report it once. */
    public void add(Diagnostic d) {
        if (seen.add(d)) all.add(d);
    }

    public void error(SourceSpan span, String message, String... hints) {
        add(Diagnostic.error(span, message, hints));
    }

    public void warning(SourceSpan span, String message, String... hints) {
        add(Diagnostic.warning(span, message, hints));
    }

    public void addAll(Diagnostics other) {
        other.all.forEach(this::add);
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> all() {
        return Collections.unmodifiableList(all);
    }

    public List<Diagnostic> errors() {
        return all.stream().filter(Diagnostic::isError).toList();
    }

    public List<Diagnostic> warnings() {
        return all.stream().filter(d -> !d.isError()).toList();
    }
}
