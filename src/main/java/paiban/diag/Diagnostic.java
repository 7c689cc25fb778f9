package paiban.diag;

import java.util.List;

/** One problem found in the sources, printed as {@code path:line:col: error: message}. */
public record Diagnostic(Severity severity, SourceSpan span, String message, List<String> hints) {
    public Diagnostic {
        hints = List.copyOf(hints);
    }

    public static Diagnostic error(SourceSpan span, String message, String... hints) {
        return new Diagnostic(Severity.ERROR, span, message, List.of(hints));
    }

    public static Diagnostic warning(SourceSpan span, String message, String... hints) {
        return new Diagnostic(Severity.WARNING, span, message, List.of(hints));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The lines a person reads: the message, then one {@code hint:} line per hint. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(span).append(": ").append(severity.label()).append(": ").append(message);
        for (String hint : hints) sb.append("\n  hint: ").append(hint);
        return sb.toString();
    }
}
