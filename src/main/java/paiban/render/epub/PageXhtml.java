package paiban.render.epub;

import paiban.model.Article;
import paiban.model.ArticleKind;
import paiban.model.Block;
import paiban.model.Inline;
import paiban.model.Page;
import paiban.model.Picture;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** One page (版) as an XHTML content document: its articles in the page's order, each a section. */
final class PageXhtml {
    static final String STYLESHEET = "style.css";

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
        String label = Page.label(page.number(), page.section());
        Xhtml x = new Xhtml();
        x.open("body", "class", "page").newline();
        // where the printed 版 begins: readers' "go to page" and the page list land here
        x.element("span", "", "id", pageBreakId(page), "epub:type", "pagebreak", "role", "doc-pagebreak",
                "title", Page.label(page.number()), "aria-label", Page.label(page.number())).newline();
        x.open("header", "class", "folio").element("p", label);
        x.element("p", issueLine, "class", "issue");
        if (!page.editor().isBlank()) x.element("p", wording.editor() + page.editor().strip(), "class", "editor");
        x.close("header").newline();
        for (Article article : page.articles()) {
            article(x, article);
        }
        x.close("body").newline();
        return Xhtml.document(wording.lang(), label, STYLESHEET, x);
    }

    private void article(Xhtml x, Article article) {
        String anchor = index.anchor(article);
        String titleId = anchor + "-title";
        boolean titled = !article.titleText().isBlank();
        // The 导读 box is complementary to the page; every other kind is content of its own.
        String element = article.kind() == ArticleKind.TEASER ? "aside" : "section";
        x.open(element, "id", anchor, "class", "article " + article.kind().name().toLowerCase(Locale.ROOT),
                "aria-labelledby", titled ? titleId : null).newline();
        if (!article.kicker().isBlank()) x.element("p", article.kicker(), "class", "kicker").newline();
        if (titled) {
            // The printed headline's forced lines stay lines; the text still reads as one title.
            x.open("h1", "id", titleId);
            for (int i = 0; i < article.title().size(); i++) {
                if (i > 0) x.empty("br");
                x.text(article.title().get(i));
            }
            x.close("h1").newline();
        }
        if (!article.subtitle().isBlank()) x.element("p", article.subtitle(), "class", "subtitle").newline();
        if (!article.byline().isBlank()) x.element("p", article.byline(), "class", "byline").newline();
        if (article.picture() != null) figure(x, article.picture());
        List<Block> body = article.body();
        String dateline = article.dateline().strip();
        int start = 0;
        if (!dateline.isEmpty()) {
            // The dateline runs in at the start of the first paragraph, as printed.
            x.open("p").element("b", dateline, "class", "dateline");
            if (!body.isEmpty() && body.get(0) instanceof Block.Paragraph first) {
                inlines(x, first.inlines());
                start = 1;
            }
            x.close("p").newline();
        }
        new Headings().blocks(x, body.subList(start, body.size()));
        x.close(element).newline();
    }

    private void figure(Xhtml x, Picture picture) {
        x.open("figure").newline();
        StoredPicture file = stored.apply(picture);
        x.empty("img", "src", file.href(), "alt", picture.alt(),
                "width", Integer.toString(file.width()), "height", Integer.toString(file.height())).newline();
        String credit = credit(picture.credit());
        if (!picture.caption().isBlank() || !credit.isEmpty()) {
            x.open("figcaption");
            x.text(picture.caption().strip());
            if (!credit.isEmpty()) {
                if (!picture.caption().isBlank()) x.text(" ");
                x.element("span", credit, "class", "credit");
            }
            x.close("figcaption").newline();
        }
        x.close("figure").newline();
    }

    /** "摄影 X", unless the credit already says who took it in its own words (本报记者 X 摄). */
    static String credit(String credit) {
        String c = credit.strip();
        if (c.isEmpty() || c.contains("摄")) return c;
        return "摄影 " + c;
    }

    /**
     * Writes body blocks. Within one article headings never skip a level (## then #### would skip
     * h3), so a deeper source level is clamped to one below the previous heading; h1 is the title.
     */
    private final class Headings {
        private int previous = 1;

        void blocks(Xhtml x, List<Block> blocks) {
            for (Block block : blocks) block(x, block);
        }

        private void block(Xhtml x, Block block) {
            if (block instanceof Block.Paragraph p) {
                x.open("p");
                inlines(x, p.inlines());
                x.close("p").newline();
            } else if (block instanceof Block.Heading h) {
                int level = Math.max(2, Math.min(h.level(), previous + 1));
                previous = level;
                x.open("h" + level);
                inlines(x, h.inlines());
                x.close("h" + level).newline();
            } else if (block instanceof Block.ListBlock list) {
                String tag = list.ordered() ? "ol" : "ul";
                x.open(tag).newline();
                for (List<Block> item : list.items()) {
                    x.open("li");
                    // A tight item (one paragraph) is written without its p, as Markdown renders it.
                    if (item.size() == 1 && item.get(0) instanceof Block.Paragraph only) {
                        inlines(x, only.inlines());
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
            inlines(x, cell);
            x.close(cellTag);
        }
        x.close("tr").newline();
    }

    private void inlines(Xhtml x, List<Inline> inlines) {
        for (Inline inline : inlines) {
            String href = linkTarget(inline.link());
            if (href != null) x.open("a", "href", href);
            String tag = switch (inline.style()) {
                case PLAIN -> null;
                case EMPHASIS -> "em";
                case STRONG -> "strong";
                case CODE -> "code";
            };
            if (tag != null) x.element(tag, inline.text());
            else x.text(inline.text());
            if (href != null) x.close("a");
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
