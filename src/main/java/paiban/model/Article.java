package paiban.model;

import paiban.diag.SourceSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * One article file. Text fields are empty strings when absent; {@code title} holds one entry per
 * forced headline line (one entry when the source gave a plain string). {@code columns} is 0 when
 * layout may choose. {@code picture} is null when there is none. {@code id} is unique in the issue
 * (page folder + "/" + file name without extension), stable across builds. {@code continuePage} is
 * the page its rest continues on when it does not fit (front matter {@code continue}), 0 for the
 * next page with room. {@code span} is the title's line, where messages about the whole article point.
 */
public record Article(String id, SourceSpan span, ArticleKind kind, int priority,
                      String kicker, List<String> title, String subtitle, String byline, String dateline,
                      Picture picture, int columns, List<Block> body, int continuePage) {
    public Article {
        title = List.copyOf(title);
        body = List.copyOf(body);
    }

    /** An article that continues, if it must, on the next page with room. */
    public Article(String id, SourceSpan span, ArticleKind kind, int priority, String kicker, List<String> title,
                   String subtitle, String byline, String dateline, Picture picture, int columns, List<Block> body) {
        this(id, span, kind, priority, kicker, title, subtitle, byline, dateline, picture, columns, body, 0);
    }

    /** The title lines joined, as a plain string (for outlines, nav, reports). */
    public String titleText() {
        return String.join("", title);
    }

    /** Every picture the article shows, in reading order: its own, then those in the body at any depth. */
    public List<Picture> pictures() {
        List<Picture> found = new ArrayList<>();
        if (picture != null) found.add(picture);
        addPictures(body, found);
        return found;
    }

    private static void addPictures(List<Block> blocks, List<Picture> found) {
        for (Block block : blocks) {
            if (block instanceof Block.Image image) found.add(image.picture());
            else if (block instanceof Block.Quote quote) addPictures(quote.blocks(), found);
            else if (block instanceof Block.ListBlock list) list.items().forEach(item -> addPictures(item, found));
        }
    }

    /** The same article at another priority (1 = the page's lead). */
    public Article withPriority(int newPriority) {
        return new Article(id, span, kind, newPriority, kicker, title, subtitle, byline, dateline, picture, columns, body,
                continuePage);
    }
}
