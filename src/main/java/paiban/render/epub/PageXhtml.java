package paiban.render.epub;

import paiban.model.Article;
import paiban.model.ArticleKind;
import paiban.model.Block;
import paiban.model.Inline;
import paiban.model.Page;
import paiban.model.Picture;
import paiban.model.Words;
import paiban.model.Writing;

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
    /** The class of a vertical page's root element: its writing mode and vertical rules in {@link #STYLESHEET}. */
    static final String VERTICAL = "vertical";
    /** The class of a span of digits set upright in vertical text, one character wide (縦中横). */
    static final String UPRIGHT = "tcy";

    private final IssueIndex index;
    private final Function<Picture, StoredPicture> stored;
    private final Wording wording;
    private final String issueLine;

    /** {@code issueLine}: the paper, date and issue number, as the folio of every printed page names them. */
    PageXhtml(IssueIndex index, Function<Picture, StoredPicture> stored, Wording wording, String issueLine) {
        this.index = index;
        this.stored = stored;
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
        boolean vertical = page.writing() == Writing.VERTICAL;
        Xhtml x = new Xhtml();
        x.open("body", "class", "page").newline();
        // where the printed 版 begins: readers' "go to page" and the page list land here
        x.element("span", "", "id", pageBreakId(page), "epub:type", "pagebreak", "role", "doc-pagebreak",
                "title", words.page(page.number()), "aria-label", words.page(page.number())).newline();
        PageText text = new PageText(x, vertical);
        x.open("header", "class", "folio");
        text.element("h1", label);
        text.element("p", issueLine, "class", "issue");
        if (!page.editor().isBlank()) text.element("p", wording.editor(page.editor()), "class", "editor");
        x.close("header").newline();
        List<Article> articles = page.articles();
        for (int i = 0; i < articles.size(); i++) {
            text.article(articles.get(i), i == 0);
        }
        x.close("body").newline();
        // on the root, where reading systems look for a document's writing mode
        return Xhtml.document(wording.lang(), vertical ? VERTICAL : null, label, STYLESHEET, null, x);
    }

    /**
     * The articles of one page, written into its document. On a vertical page runs of one to three
     * digits are set upright, one character wide (縦中横, jlreq 3.1.9).
     */
    private final class PageText {
        private final Xhtml x;
        private final boolean vertical;

        PageText(Xhtml x, boolean vertical) {
            this.x = x;
            this.vertical = vertical;
        }

        /** {@code first}: the article opens the page, so a story there is the page's lead. */
        private void article(Article article, boolean first) {
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
                if (!article.kicker().isBlank()) element("p", article.kicker(), "class", "kicker").newline();
                if (titled) {
                    // The printed headline's forced lines stay lines; the text still reads as one title.
                    x.open("h" + level, "id", titleId);
                    for (int i = 0; i < article.title().size(); i++) {
                        if (i > 0) x.empty("br");
                        text(article.title().get(i), false);
                    }
                    x.close("h" + level).newline();
                }
                if (!article.subtitle().isBlank()) element("p", article.subtitle(), "class", "subtitle").newline();
                if (grouped) x.close("hgroup").newline();
                if (!article.byline().isBlank()) element("p", article.byline(), "class", "byline").newline();
                x.close("header").newline();
            }
            if (article.picture() != null) figure(article.picture());
            List<Block> body = article.body();
            String dateline = article.dateline().strip();
            int start = 0;
            if (!dateline.isEmpty()) {
                // The dateline runs in at the start of the first paragraph, as printed.
                x.open("p");
                element("b", dateline, "class", "dateline");
                if (!body.isEmpty() && body.get(0) instanceof Block.Paragraph firstParagraph) {
                    inlines(firstParagraph.inlines(), false);
                    start = 1;
                }
                x.close("p").newline();
            }
            new Headings(level).blocks(body.subList(start, body.size()));
            x.close(element).newline();
        }

        /** An element holding only running text. */
        private Xhtml element(String name, String text, String... attributes) {
            x.open(name, attributes);
            text(text, false);
            return x.close(name);
        }

        private void figure(Picture picture) {
            x.open("figure").newline();
            StoredPicture file = stored.apply(picture);
            x.empty("img", "src", file.href(), "alt", picture.alt(),
                    "width", Integer.toString(file.width()), "height", Integer.toString(file.height())).newline();
            String credit = wording.words().credit(picture.credit());
            if (!picture.caption().isBlank() || !credit.isEmpty()) {
                x.open("figcaption");
                text(picture.caption().strip(), false);
                if (!credit.isEmpty()) {
                    if (!picture.caption().isBlank()) x.text(" ");
                    element("span", credit, "class", "credit");
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

            void blocks(List<Block> blocks) {
                for (Block block : blocks) block(block);
            }

            private void block(Block block) {
                if (block instanceof Block.Paragraph p) {
                    x.open("p");
                    inlines(p.inlines(), false);
                    x.close("p").newline();
                } else if (block instanceof Block.Heading h) {
                    // Markdown's ## is the first level under the title
                    int level = Math.max(title + 1, Math.min(title + h.level() - 1, Math.min(6, previous + 1)));
                    previous = level;
                    x.open("h" + level);
                    inlines(h.inlines(), false);
                    x.close("h" + level).newline();
                } else if (block instanceof Block.ListBlock list) {
                    String tag = list.ordered() ? "ol" : "ul";
                    x.open(tag).newline();
                    for (List<Block> item : list.items()) {
                        x.open("li");
                        // A tight item (one paragraph) is written without its p, as Markdown renders it.
                        if (item.size() == 1 && item.get(0) instanceof Block.Paragraph only) {
                            inlines(only.inlines(), false);
                        } else {
                            x.newline();
                            blocks(item);
                        }
                        x.close("li").newline();
                    }
                    x.close(tag).newline();
                } else if (block instanceof Block.Quote quote) {
                    x.open("blockquote").newline();
                    blocks(quote.blocks());
                    x.close("blockquote").newline();
                } else if (block instanceof Block.Image image) {
                    figure(image.picture());
                } else if (block instanceof Block.Table table) {
                    table(table);
                }
            }
        }

        private void table(Block.Table table) {
            x.open("table").newline();
            List<List<List<Inline>>> rows = table.rows();
            int header = Math.min(table.headerRows(), rows.size());
            if (header > 0) {
                x.open("thead").newline();
                for (List<List<Inline>> row : rows.subList(0, header)) row(row, "th");
                x.close("thead").newline();
            }
            if (header < rows.size()) {
                x.open("tbody").newline();
                for (List<List<Inline>> row : rows.subList(header, rows.size())) row(row, "td");
                x.close("tbody").newline();
            }
            x.close("table").newline();
        }

        private void row(List<List<Inline>> cells, String cellTag) {
            x.open("tr");
            for (List<Inline> cell : cells) {
                x.open(cellTag, "scope", cellTag.equals("th") ? "col" : null);
                inlines(cell, true);
                x.close(cellTag);
            }
            x.close("tr").newline();
        }

        /** {@code cell}: the runs are in a table cell, where numbers keep their units on their line. */
        private void inlines(List<Inline> inlines, boolean cell) {
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
                text(inline.text(), cell);
                if (tag != null) x.close(tag);
                if (href != null) x.close("a");
            }
        }

        /**
         * Running text: English sentences in a lang="en" span, addresses with their break opportunities
         * marked, in a table cell numbers with units unbroken, and on a vertical page short numbers
         * upright (but in English and in addresses, which run sideways as written).
         */
        private void text(String text, boolean cell) {
            int at = 0;
            for (TextRuns.Range english : TextRuns.english(text)) {
                addresses(text.substring(at, english.start()), cell, vertical);
                x.open("span", "lang", "en", "xml:lang", "en");
                addresses(text.substring(english.start(), english.end()), cell, false);
                x.close("span");
                at = english.end();
            }
            addresses(text.substring(at), cell, vertical);
        }

        /**
         * An address is one long word to a browser: it would leave the line before it short and spread
         * out. A {@code wbr} after each / . - _ ? & = lets it start where it stands and break where print breaks it.
         */
        private void addresses(String text, boolean cell, boolean upright) {
            int at = 0;
            for (TextRuns.Range address : TextRuns.addresses(text)) {
                unbrokenNumbers(text.substring(at, address.start()), cell, upright);
                for (int i = address.start(); i < address.end(); i++) {
                    x.text(text.substring(i, i + 1));
                    if (i + 1 < address.end() && TextRuns.ADDRESS_BREAKS_AFTER.indexOf(text.charAt(i)) >= 0) x.empty("wbr");
                }
                at = address.end();
            }
            unbrokenNumbers(text.substring(at), cell, upright);
        }

        private void unbrokenNumbers(String text, boolean cell, boolean upright) {
            if (!cell) {
                uprightNumbers(text, upright);
                return;
            }
            int at = 0;
            for (TextRuns.Range number : TextRuns.numbersWithUnits(text)) {
                uprightNumbers(text.substring(at, number.start()), upright);
                x.open("span", "class", "nowrap");
                uprightNumbers(text.substring(number.start(), number.end()), upright);
                x.close("span");
                at = number.end();
            }
            uprightNumbers(text.substring(at), upright);
        }

        /** {@code upright}: each short number in a span of its own, which the stylesheet combines (縦中横). */
        private void uprightNumbers(String text, boolean upright) {
            if (!upright) {
                x.text(text);
                return;
            }
            int at = 0;
            for (TextRuns.Range number : TextRuns.uprightNumbers(text)) {
                x.text(text.substring(at, number.start()));
                x.element("span", text.substring(number.start(), number.end()), "class", UPRIGHT);
                at = number.end();
            }
            x.text(text.substring(at));
        }
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
