package paiban.render.epub;

import paiban.model.Article;
import paiban.model.ArticleKind;
import paiban.model.Block;
import paiban.model.Inline;
import paiban.model.Page;
import paiban.model.Picture;
import paiban.model.Words;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One page (版) as an XHTML content document: the page's heading (h1), then its articles in the
 * page's order, each an {@code article} whose header groups kicker, title (h2, h3 for a brief) and
 * subtitle, with the byline.
 */
final class PageXhtml {
    static final String STYLESHEET = "style.css";

    private final IssueIndex index;
    private final Function<Picture, String> pictureHref;
    private final Wording wording;
    private final String issueLine;

    /** {@code issueLine}: the paper, date and issue number, as the folio of every printed page names them. */
    PageXhtml(IssueIndex index, Function<Picture, String> pictureHref, Wording wording, String issueLine) {
        this.index = index;
        this.pictureHref = pictureHref;
        this.wording = wording;
        this.issueLine = issueLine;
    }

    /** The id of the marker where the printed page begins, the target of the page list. */
    static String pageBreakId(Page page) {
        return "pb" + page.number();
    }

    byte[] render(Page page) {
        Words words = wording.words();
        String label = words.page(page.number(), page.section());
        Xhtml x = new Xhtml();
        x.open("body", "class", "page").newline();
        // where the printed 版 begins: readers' "go to page" and the page list land here
        x.element("span", "", "id", pageBreakId(page), "epub:type", "pagebreak", "role", "doc-pagebreak",
                "title", words.page(page.number()), "aria-label", words.page(page.number())).newline();
        x.open("header", "class", "folio").element("h1", label);
        x.element("p", issueLine, "class", "issue");
        if (!page.editor().isBlank()) x.element("p", wording.editor(page.editor()), "class", "editor");
        x.close("header").newline();
        List<Article> articles = page.articles();
        for (int i = 0; i < articles.size(); i++) {
            article(x, articles.get(i), i == 0);
        }
        x.close("body").newline();
        return Xhtml.document(wording.lang(), label, STYLESHEET, x);
    }

    /** {@code first}: the article opens the page, so a story there is the page's lead. */
    private void article(Xhtml x, Article article, boolean first) {
        String anchor = index.anchor(article);
        String titleId = anchor + "-title";
        boolean titled = !article.titleText().isBlank();
        // The 导读 box is complementary to the page; every other kind is content of its own.
        String element = article.kind() == ArticleKind.TEASER ? "aside" : "article";
        String kind = article.kind().name().toLowerCase(Locale.ROOT);
        boolean lead = first && article.kind() == ArticleKind.STORY;
        // Under the page's h1 a story is a section (h2); a brief is a minor item (h3).
        int level = article.kind() == ArticleKind.BRIEF ? 3 : 2;
        x.open(element, "id", anchor, "class", "article " + kind + (lead ? " lead" : ""),
                "aria-labelledby", titled ? titleId : null).newline();
        boolean grouped = titled && (!article.kicker().isBlank() || !article.subtitle().isBlank());
        if (titled || !article.kicker().isBlank() || !article.subtitle().isBlank() || !article.byline().isBlank()) {
            x.open("header").newline();
            if (grouped) x.open("hgroup").newline();
            if (!article.kicker().isBlank()) paragraph(x, article.kicker(), "kicker");
            if (titled) {
                // The printed headline's forced lines stay lines; the text still reads as one title.
                x.open("h" + level, "id", titleId);
                for (int i = 0; i < article.title().size(); i++) {
                    if (i > 0) x.empty("br");
                    text(x, article.title().get(i), false);
                }
                x.close("h" + level).newline();
            }
            if (!article.subtitle().isBlank()) paragraph(x, article.subtitle(), "subtitle");
            if (grouped) x.close("hgroup").newline();
            if (!article.byline().isBlank()) x.element("p", article.byline(), "class", "byline").newline();
            x.close("header").newline();
        }
        if (article.picture() != null) figure(x, article.picture());
        List<Block> body = article.body();
        String dateline = article.dateline().strip();
        int start = 0;
        if (!dateline.isEmpty()) {
            // The dateline runs in at the start of the first paragraph, as printed.
            x.open("p").element("b", dateline, "class", "dateline");
            if (!body.isEmpty() && body.get(0) instanceof Block.Paragraph firstParagraph) {
                inlines(x, firstParagraph.inlines(), false);
                start = 1;
            }
            x.close("p").newline();
        }
        new Headings(level).blocks(x, body.subList(start, body.size()));
        x.close(element).newline();
    }

    private void paragraph(Xhtml x, String text, String cssClass) {
        x.open("p", "class", cssClass);
        text(x, text, false);
        x.close("p").newline();
    }

    private void figure(Xhtml x, Picture picture) {
        x.open("figure").newline();
        x.empty("img", "src", pictureHref.apply(picture), "alt", picture.alt(),
                "width", picture.widthPx() > 0 ? Integer.toString(picture.widthPx()) : null,
                "height", picture.heightPx() > 0 ? Integer.toString(picture.heightPx()) : null).newline();
        String credit = wording.words().credit(picture.credit());
        if (!picture.caption().isBlank() || !credit.isEmpty()) {
            x.open("figcaption");
            text(x, picture.caption().strip(), false);
            if (!credit.isEmpty()) {
                if (!picture.caption().isBlank()) x.text(" ");
                x.element("span", credit, "class", "credit");
            }
            x.close("figcaption").newline();
        }
        x.close("figure").newline();
    }

    /**
     * Writes body blocks. Within one article headings never skip a level (## then #### would skip
     * a level), so a deeper source level is clamped to one below the previous heading, and the first
     * subhead is one below the article's title.
     */
    private final class Headings {
        private final int title;
        private int previous;

        Headings(int titleLevel) {
            this.title = titleLevel;
            this.previous = titleLevel;
        }

        void blocks(Xhtml x, List<Block> blocks) {
            for (Block block : blocks) block(x, block);
        }

        private void block(Xhtml x, Block block) {
            if (block instanceof Block.Paragraph p) {
                x.open("p");
                inlines(x, p.inlines(), false);
                x.close("p").newline();
            } else if (block instanceof Block.Heading h) {
                // Markdown's ## is the first level under the title
                int level = Math.max(title + 1, Math.min(title + h.level() - 1, Math.min(6, previous + 1)));
                previous = level;
                x.open("h" + level);
                inlines(x, h.inlines(), false);
                x.close("h" + level).newline();
            } else if (block instanceof Block.ListBlock list) {
                String tag = list.ordered() ? "ol" : "ul";
                x.open(tag).newline();
                for (List<Block> item : list.items()) {
                    x.open("li");
                    // A tight item (one paragraph) is written without its p, as Markdown renders it.
                    if (item.size() == 1 && item.get(0) instanceof Block.Paragraph only) {
                        inlines(x, only.inlines(), false);
                    } else {
                        x.newline();
                        blocks(x, item);
                    }
                    x.close("li").newline();
                }
                x.close(tag).newline();
            } else if (block instanceof Block.Quote quote) {
                x.open("blockquote").newline();
                blocks(x, quote.blocks());
                x.close("blockquote").newline();
            } else if (block instanceof Block.Image image) {
                figure(x, image.picture());
            } else if (block instanceof Block.Table table) {
                table(x, table);
            }
        }
    }

    private void table(Xhtml x, Block.Table table) {
        x.open("table").newline();
        List<List<List<Inline>>> rows = table.rows();
        int header = Math.min(table.headerRows(), rows.size());
        if (header > 0) {
            x.open("thead").newline();
            for (List<List<Inline>> row : rows.subList(0, header)) row(x, row, "th");
            x.close("thead").newline();
        }
        if (header < rows.size()) {
            x.open("tbody").newline();
            for (List<List<Inline>> row : rows.subList(header, rows.size())) row(x, row, "td");
            x.close("tbody").newline();
        }
        x.close("table").newline();
    }

    private void row(Xhtml x, List<List<Inline>> cells, String cellTag) {
        x.open("tr");
        for (List<Inline> cell : cells) {
            x.open(cellTag, "scope", cellTag.equals("th") ? "col" : null);
            inlines(x, cell, true);
            x.close(cellTag);
        }
        x.close("tr").newline();
    }

    /** {@code cell}: the runs are in a table cell, where numbers keep their units on their line. */
    private void inlines(Xhtml x, List<Inline> inlines, boolean cell) {
        for (Inline inline : inlines) {
            String href = linkTarget(inline.link());
            if (href != null) x.open("a", "href", href);
            String tag = switch (inline.style()) {
                case PLAIN -> null;
                case EMPHASIS -> "em";
                case STRONG -> "strong";
                case CODE -> "code";
            };
            if (tag != null) x.open(tag);
            text(x, inline.text(), cell);
            if (tag != null) x.close(tag);
            if (href != null) x.close("a");
        }
    }

    /**
     * Running text: English sentences in a lang="en" span, addresses with their break opportunities
     * marked, and in a table cell numbers with units unbroken.
     */
    private static void text(Xhtml x, String text, boolean cell) {
        int at = 0;
        for (TextRuns.Range english : TextRuns.english(text)) {
            addresses(x, text.substring(at, english.start()), cell);
            x.open("span", "lang", "en", "xml:lang", "en");
            addresses(x, text.substring(english.start(), english.end()), cell);
            x.close("span");
            at = english.end();
        }
        addresses(x, text.substring(at), cell);
    }

    /**
     * An address is one long word to a browser: it would leave the line before it short and spread
     * out. A {@code wbr} after each / . - _ ? & = lets it start where it stands and break where print breaks it.
     */
    private static void addresses(Xhtml x, String text, boolean cell) {
        int at = 0;
        for (TextRuns.Range address : TextRuns.addresses(text)) {
            unbrokenNumbers(x, text.substring(at, address.start()), cell);
            for (int i = address.start(); i < address.end(); i++) {
                x.text(text.substring(i, i + 1));
                if (i + 1 < address.end() && TextRuns.ADDRESS_BREAKS_AFTER.indexOf(text.charAt(i)) >= 0) x.empty("wbr");
            }
            at = address.end();
        }
        unbrokenNumbers(x, text.substring(at), cell);
    }

    private static void unbrokenNumbers(Xhtml x, String text, boolean cell) {
        if (!cell) {
            x.text(text);
            return;
        }
        int at = 0;
        for (TextRuns.Range number : TextRuns.numbersWithUnits(text)) {
            x.text(text.substring(at, number.start()));
            x.element("span", text.substring(number.start(), number.end()), "class", "nowrap");
            at = number.end();
        }
        x.text(text.substring(at));
    }

    /** An article of this issue, or an absolute http(s) URL; anything else is no link at all. */
    private String linkTarget(String link) {
        if (link.isEmpty()) return null;
        String internal = index.articleHref(link);
        return internal != null ? internal : webLink(link);
    }

    static String webLink(String link) {
        try {
            URI uri = new URI(link.strip());
            String scheme = uri.getScheme();
            boolean web = scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
            return web && uri.getHost() != null ? uri.toASCIIString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
