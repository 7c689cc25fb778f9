package paiban.model;

import paiban.diag.SourceSpan;

import java.util.List;

/**
 * One page (版): number is 1-based in folder order; section and editor may be empty strings.
 * Articles are in priority order (priority 1 first, then file order).
 */
public record Page(int number, String folder, String section, String editor, List<Article> articles,
                   SourceSpan span) {
    public Page {
        articles = List.copyOf(articles);
    }

    /** A page's 版次 as the paper prints it and readers navigate by: 第3版. */
    public static String label(int number) {
        return "第" + number + "版";
    }

    /** 第1版 要闻, or 第1版 alone when the page has no section name: outlines, navigation, titles. */
    public static String label(int number, String section) {
        return section.isBlank() ? label(number) : label(number) + " " + section.strip();
    }
}
