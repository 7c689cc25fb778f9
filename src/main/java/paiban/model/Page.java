package paiban.model;

import paiban.diag.SourceSpan;

import java.util.List;

/**
 * One page (版): number is 1-based in folder order; section and editor may be empty strings.
 * Articles are in priority order (priority 1 first, then file order). {@code writing} and
 * {@code bands} are page.yaml's, or else issue.yaml's.
 */
public record Page(int number, String folder, String section, String editor, List<Article> articles,
                   SourceSpan span, Writing writing, int bands) {
    public Page {
        articles = List.copyOf(articles);
    }

    /** A horizontal page. */
    public Page(int number, String folder, String section, String editor, List<Article> articles, SourceSpan span) {
        this(number, folder, section, editor, articles, span, Writing.HORIZONTAL, 0);
    }
}
