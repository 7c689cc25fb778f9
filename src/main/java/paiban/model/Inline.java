package paiban.model;

/**
 * A run of text with one style. {@code link} is a target inside the issue (an article id, for
 * 导读 pointers) or an external http(s) URL, or empty.
 */
public record Inline(String text, Style style, String link) {
    public enum Style { PLAIN, EMPHASIS, STRONG, CODE }

    public static Inline plain(String text) {
        return new Inline(text, Style.PLAIN, "");
    }
}
