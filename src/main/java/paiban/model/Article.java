package paiban.model;

import paiban.diag.SourceSpan;

import java.util.List;

/**
 * One article file. Text fields are empty strings when absent; {@code title} holds one entry per
 * forced headline line (one entry when the source gave a plain string). {@code columns} is 0 when
 * layout may choose. {@code picture} is null when there is none. {@code id} is unique in the issue
 * (page folder + "/" + file name without extension), stable across builds.
 */
public record Article(String id, SourceSpan span, ArticleKind kind, int priority,
                      String kicker, List<String> title, String subtitle, String byline, String dateline,
                      Picture picture, int columns, List<Block> body) {
    public Article {
        title = List.copyOf(title);
        body = List.copyOf(body);
    }

    /** The title lines joined, as a plain string (for outlines, nav, reports). */
    public String titleText() {
        return String.join("", title);
    }
}
