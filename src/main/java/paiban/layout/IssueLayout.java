package paiban.layout;

import paiban.diag.Diagnostics;
import paiban.font.FontLibrary;
import paiban.font.FontRole;
import paiban.model.Article;
import paiban.model.ArticleKind;
import paiban.model.Block;
import paiban.model.Edition;
import paiban.model.Issue;
import paiban.model.Page;
import paiban.model.Picture;
import paiban.model.Words;
import paiban.model.Writing;
import paiban.text.ComposedLine;
import paiban.text.Composer;
import paiban.text.Language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;

/**
 * The layout stage's facade: lays out every page of an issue on its grid, carrying text that
 * does not fit to the next page with 下转/上接 lines. Overset on the last page is an error.
 */
public final class IssueLayout {
    private final FontLibrary fonts;

    public IssueLayout(FontLibrary fonts) {
        this.fonts = fonts;
    }

    /** The text stage's language for the edition's (zh-Hans, zh-Hant, ja). */
    static Language language(Edition edition) {
        if (edition.japanese()) return Language.JA;
        return edition.traditional() ? Language.ZH_HANT : Language.ZH_HANS;
    }

    public List<PageLayout> layout(Issue issue, Diagnostics diags) {
        Grid grid = Grid.of(issue.edition());
        Words words = Words.of(issue.edition().language());
        ArticleShaper shaper = new ArticleShaper(grid, new Composer(fonts, language(issue.edition())), words, diags);
        Furniture furniture = new Furniture(grid, shaper);
        VerticalPages vertical = new VerticalPages(fonts, language(issue.edition()), grid, words, furniture, diags);
        List<PageParts> parts = new ArrayList<>();
        // rests of articles waiting for a later page, in the order they left their pages
        List<Piece> waiting = new ArrayList<>();
        Map<Piece, JumpNote> notes = new HashMap<>();
        for (Page page : issue.pages()) {
            if (page.writing() == Writing.VERTICAL) {
                VerticalPages.Result v = vertical.layout(issue, page);
                parts.add(new PageParts(page.number(), page.section(), slug(issue, page, words), v.items(),
                        v.placements(), v.fill(), v.warnings()));
                continue;
            }
            boolean front = page.number() == 1;
            // text continues on a later horizontal page only: vertical pages take no jumps
            boolean last = issue.pages().stream()
                    .noneMatch(q -> q.number() > page.number() && q.writing() == Writing.HORIZONTAL);
            List<PageItem> items = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            List<Piece> pieces = new ArrayList<>();
            Piece teaser = null;
            int rank = 0;
            for (Article a : page.articles()) {
                if (a.kind() == ArticleKind.TEASER) {
                    int span = teaserColumns(grid);
                    Piece box = new Piece(a, rank, shaper.body(a, grid.spanWidth(span)), 0, span, shaper, grid);
                    if (front && teaser == null) {
                        teaser = box;
                        continue;
                    }
                    pieces.add(box);
                } else {
                    pieces.add(new Piece(a, rank, shaper.body(a, grid.columnWidth()), 0, 0, shaper, grid));
                }
                rank++;
            }

            int top;
            List<ModulePlacement> placements = new ArrayList<>();
            ModuleWriter writer = new ModuleWriter(grid, items);
            // the 导读 box, or a brief in the ear (报眼), is drawn beside the masthead but read in its place by priority
            List<PageItem> besideItems = new ArrayList<>();
            Piece ear = front && teaser == null ? earBrief(pieces, grid, last) : null;
            if (ear != null) pieces.remove(ear);
            Piece beside = teaser != null ? teaser : ear;
            int besideIndex = beside == null ? -1 : page.articles().indexOf(beside.article);
            if (front) {
                top = Furniture.mastheadRows(grid);
                int besideMasthead = teaser != null ? teaserColumns(grid) : ear != null ? earColumns(grid) : 0;
                if (beside != null) {
                    top = Math.max(top, beside.headline(besideMasthead).rows()
                            + beside.body(besideMasthead, false).balancedRows() + 1);
                }
                if (teaser != null) {
                    placeTeaser(teaser, grid, besideMasthead, top - 1, new ModuleWriter(grid, besideItems),
                            placements, diags, shaper);
                } else if (ear != null) {
                    placeBeside(ear, grid, besideMasthead, top - 1, new ModuleWriter(grid, besideItems), placements);
                }
                furniture.masthead(issue, page, grid.columns() - besideMasthead, top, items);
            } else {
                top = Furniture.FOLIO_ROWS;
                furniture.folio(issue, page, items);
            }
            int regionRows = grid.rows() - top;
            if (regionRows < 1) {
                diags.error(teaser != null ? teaser.article.span() : page.span(), "the masthead band"
                        + (teaser != null ? " with the 导读 box '" + teaser.article.titleText() + "'" : "")
                        + " is taller than the page", "shorten the 导读 box's pointers");
                regionRows = 0;
            }
            List<Planner.Slot> slots = regionRows < 1 ? List.of()
                    : planWithContinuations(pieces, waiting, page.number(), last, grid.columns(), regionRows);
            if (slots.isEmpty() && !pieces.isEmpty() && regionRows > 0) {
                String names = pieces.stream().map(p -> p.article.id()).distinct()
                        .collect(java.util.stream.Collectors.joining(", "));
                diags.error(page.span(), "page " + page.number() + ": its articles (" + names
                                + ") cannot share the page: no arrangement gives each its headline and a few lines",
                        "look for a very long title, a forced 'columns' too narrow for its headline, or too many articles; "
                                + "move an article to another page or shorten it");
            }
            int used = 0;
            for (Planner.Slot slot : slots) {
                Piece p = slot.piece();
                Planner.Fit fit = slot.fit();
                int index = p.continuation() ? Integer.MAX_VALUE : page.articles().indexOf(p.article);
                if (!besideItems.isEmpty() && index > besideIndex) {
                    items.addAll(besideItems);
                    besideItems.clear();
                }
                JumpNote note = notes.remove(p);
                if (note != null) note.landsOn(page.number(), words, shaper, grid, page);
                ModuleBody.Layout body;
                ComposedLine jump = null;
                if (fit.overflowRows() > 0) {
                    body = p.body(slot.columns(), false).fill(fit.bodyRows());
                    List<FlowItem> rest = p.flow.subList(body.placed(), p.flow.size());
                    if (last || !p.mayJump()) {
                        diags.error(p.article.span(), doesNotFit(p.article, rest, page.number())
                                        + (!last ? "" : page.number() == issue.pages().size() ? ", the last page"
                                        : ", the last page set horizontally")
                                        + (p.mayJump() ? "" : " and " + (p.continuation() ? "a continued part"
                                        : "a " + p.kind().name().toLowerCase(Locale.ROOT)) + " does not jump"),
                                "shorten it, or move articles to give it room");
                    } else {
                        // the page it lands on is known once a later page takes it: see JumpNote
                        jump = shaper.line(words.jumpTo(page.number() + 1), FontRole.KAI, grid.bodySize(), page.span(), grid.columnWidth());
                        List<FlowItem> continued = new ArrayList<>();
                        ComposedLine from = shaper.line(words.jumpFrom(page.number()), FontRole.KAI, grid.bodySize(), page.span(), grid.columnWidth());
                        continued.add(new FlowItem.Line(from, grid.columnWidth() - from.width()));
                        continued.addAll(rest);
                        Piece rest_ = new Piece(p.article, 0, continued, page.number(), 0, shaper, grid);
                        waiting.add(rest_);
                        if (p.article.continuePage() > 0 && p.article.continuePage() <= page.number()) {
                            diags.error(p.article.span(), "article '" + p.article.titleText() + "' names page "
                                            + p.article.continuePage() + " to continue on, but it starts on page " + page.number(),
                                    "'continue' must name a later page");
                        }
                    }
                } else if (fit.pictureSpan() > 0) {
                    body = p.body(slot.columns(), false).around(fit.pictureSpan(),
                            fit.pictureRows() + p.caption(fit.pictureSpan()).size()).orElseThrow().layout();
                } else {
                    body = p.body(slot.columns(), fit.wide()).balanced();
                }
                int jumpAt = writer.write(slot.drawn(regionRows), top, body, jump);
                int pictureSpan = fit.pictureSpan() > 0 ? fit.pictureSpan() : slot.columns();
                if (p.picture() != null && !p.cropWithin(pictureSpan, fit.pictureRows())) {
                    warnCrop(diags, p.article, p.picture(), 1 / (p.cropFactor(pictureSpan, fit.pictureRows()) * p.picture().aspect()));
                }
                if (jump != null) notes.put(waiting.get(waiting.size() - 1), new JumpNote(items, jumpAt));
                used += slot.columns() * slot.rows() - fit.slackRows() * slot.columns();
                placements.add(placement(slot, top, grid));
                if (fit.slackRows() > 1) {
                    warnings.add("'" + p.article.titleText() + "' leaves " + fit.slackRows()
                            + " empty lines in each of its " + slot.columns() + " columns");
                }
            }
            items.addAll(besideItems);
            writer.rules(slots, top, regionRows);
            double fill = slots.isEmpty() ? 0 : (double) used / (grid.columns() * regionRows);
            if (fill < 0.95 && !slots.isEmpty()) {
                int short_ = (int) Math.round((1 - fill) * grid.columns() * regionRows * grid.charsPerColumn());
                warnings.add(String.format("page %d is %.1f%% filled: about %d characters of copy short",
                        page.number(), fill * 100, short_));
            }
            for (String w : warnings) diags.warning(page.span(), w);
            parts.add(new PageParts(page.number(), page.section(), slug(issue, page, words), items, placements, fill,
                    warnings));
        }
        for (Piece rest : waiting) {
            diags.error(rest.article.span(), "article '" + rest.article.titleText() + "' does not fit: "
                            + characters(rest.flow) + " characters (" + rest.flowRows + " lines) from page "
                            + rest.continuedFrom + " found no room on "
                            + (rest.article.continuePage() > 0 ? "page " + rest.article.continuePage() : "a later page"),
                    "shorten it, or move articles to give it room");
        }
        List<PageLayout> pages = new ArrayList<>();
        for (PageParts p : parts) {
            pages.add(new PageLayout(p.number, p.section, grid.pageWidth(), grid.pageHeight(),
                    issue.edition().bleedMm() * 72 / 25.4, p.slug, p.items, p.placements, p.fill, p.warnings));
        }
        return pages;
    }

    /** The page's slug: paper, date, page label, section and revision. */
    private static String slug(Issue issue, Page page, Words words) {
        return issue.edition().paper() + "　" + words.date(issue.edition().date()) + "　"
                + words.page(page.number()) + (page.section().isEmpty() ? "" : "　" + page.section())
                + (issue.edition().revision() == 0 ? "" : "　rev. " + issue.edition().revision());
    }

    /** The start of the error for text that did not fit on a page: the article, and how much did not fit. */
    static String doesNotFit(Article article, List<FlowItem> rest, int page) {
        return "article '" + article.titleText() + "' does not fit: " + characters(rest) + " characters ("
                + rest.size() + " lines) did not fit on page " + page;
    }

    /** Warns of a picture cropped past ±25 % of its shape; {@code shown} is the box's width to height. */
    static void warnCrop(Diagnostics diags, Article article, Picture picture, double shown) {
        diags.warning(picture.span(), String.format(Locale.ROOT,
                        "the picture of '%s' is cropped from %.2f:1 to %.2f:1, more than ±25%% of its shape",
                        article.titleText(), 1 / picture.aspect(), shown),
                "give it a module of its own shape ('columns'), or a picture of the module's shape");
    }

    /** What a page holds until every 下转 line on it knows where its article continues. */
    private record PageParts(int number, String section, String slug, List<PageItem> items,
                             List<ModulePlacement> placements, double fill, List<String> warnings) {
    }

    /** A 下转 line already written, right-aligned, rewritten with the page its article lands on. */
    private record JumpNote(List<PageItem> items, int index) {
        void landsOn(int target, Words words, ArticleShaper shaper, Grid grid, Page page) {
            PageItem.TextLine placeholder = (PageItem.TextLine) items.get(index);
            ComposedLine line = shaper.line(words.jumpTo(target), FontRole.KAI, grid.bodySize(),
                    page.span(), grid.columnWidth());
            double right = placeholder.x() + placeholder.line().width();
            items.set(index, new PageItem.TextLine(right - line.width(), placeholder.baseline(), line));
        }
    }

    /**
     * Plans a page: its own articles first, then each waiting continuation in turn where it fits
     * whole without sending more of the page's own copy on, or where it must go (the page its
     * front matter names, or the last page: text it cannot hold there is reported). The others
     * keep waiting; the placed ones leave {@code waiting}.
     */
    private static List<Planner.Slot> planWithContinuations(List<Piece> own, List<Piece> waiting, int page,
                                                             boolean last, int columns, int rows) {
        List<Piece> pieces = new ArrayList<>(own);
        List<Planner.Slot> slots = new Planner(pieces, columns, rows, !last).plan();
        int ownOverflow = overflow(slots, false);
        for (java.util.Iterator<Piece> it = waiting.iterator(); it.hasNext(); ) {
            Piece c = it.next();
            int target = c.article.continuePage();
            if (target > 0 && target != page) continue;
            List<Piece> trial = new ArrayList<>(pieces);
            trial.add(c);
            List<Planner.Slot> tried = new Planner(trial, columns, rows, !last).plan();
            if (tried.isEmpty()) continue; // no arrangement at all: it waits, and is reported if no page takes it
            boolean fits = overflow(tried, true) == 0 && overflow(tried, false) <= ownOverflow;
            if (fits || last || target == page) {
                pieces = trial;
                slots = tried;
                it.remove();
            }
        }
        return slots;
    }

    /** Rows sent on by the page's own articles, or by its continuations. */
    private static int overflow(List<Planner.Slot> slots, boolean continuations) {
        return slots.stream().filter(s -> s.piece().continuation() == continuations)
                .mapToInt(s -> s.fit().overflowRows()).sum();
    }

    /** Characters of text in a flow, a table across the module's cells included. */
    private static long characters(List<FlowItem> flow) {
        StringBuilder text = new StringBuilder();
        for (FlowItem f : flow) {
            if (f instanceof FlowItem.Line l) text.append(l.line().text());
            else if (f instanceof FlowItem.Across a && a.block() instanceof Block.Table t) {
                t.rows().forEach(row -> row.forEach(cell -> cell.forEach(in -> text.append(in.text()))));
            }
        }
        return text.codePoints().filter(cp -> !Character.isWhitespace(cp)).count();
    }

    /** A 导读 box takes three eighths of the width: beside the masthead on page 1. */
    private static int teaserColumns(Grid grid) {
        return Math.max(2, (grid.columns() * 3 + 7) / 8);
    }

    /**
     * The brief a front page without a 导读 box sets in its ear (报眼), beside the masthead: its
     * last brief or story but the lead, with no picture, whose headline and text fit the masthead
     * band, or one at most a third taller, and without which the other articles still share the
     * page with nothing overset; null for none, and the white beside the masthead stays.
     */
    private static Piece earBrief(List<Piece> pieces, Grid grid, boolean last) {
        int columns = earColumns(grid);
        int most = Furniture.mastheadRows(grid) * 4 / 3 - 1;
        for (int i = pieces.size() - 1; i >= 0; i--) {
            Piece p = pieces.get(i);
            boolean brief = p.kind() == ArticleKind.BRIEF || p.kind() == ArticleKind.STORY && p.rank > 0;
            if (!brief || p.picture() != null || p.forcedColumns() > 0) continue;
            int rows = p.headline(columns).rows() + p.body(columns, false).balancedRows();
            if (rows > most) continue;
            List<Piece> rest = new ArrayList<>(pieces);
            rest.remove(i);
            int band = Math.max(Furniture.mastheadRows(grid), rows + 1);
            if (new Planner(rest, grid.columns(), grid.rows() - band, !last).cost() < Planner.OVERSET) return p;
        }
        return null;
    }

    /** The ear takes a third of the width, so the masthead keeps most of it. */
    private static int earColumns(Grid grid) {
        return Math.max(2, grid.columns() / 3);
    }

    /** Sets a brief in the ear: the band's rows, its headline taking the white its text leaves. */
    private void placeBeside(Piece brief, Grid grid, int columns, int rows, ModuleWriter writer,
                             List<ModulePlacement> placements) {
        int column = grid.columns() - columns;
        Planner.Fit fit = new Planner(List.of(brief), columns, rows, false).fit(brief, columns, rows);
        Planner.Slot slot = new Planner.Slot(brief, column, columns, 0, rows, fit);
        writer.write(slot.drawn(rows), 0, brief.body(columns, false).balanced(), null);
        placements.add(placement(slot, 0, grid));
    }

    /** Where a planned module stands on the page, for the archive's regions; {@code regionRow} is its region's first row. */
    private static ModulePlacement placement(Planner.Slot slot, int regionRow, Grid grid) {
        Planner.Fit fit = slot.fit();
        int row = regionRow + slot.row();
        return new ModulePlacement(slot.piece().article.id(), slot.piece().article.titleText(), slot.column(),
                slot.columns(), row, slot.rows(), fit.bodyRows(), fit.overflowRows(), fit.slackRows() * slot.columns(),
                grid.columnX(slot.column()), grid.rowTop(row), grid.spanWidth(slot.columns()), slot.rows() * grid.pitch());
    }

    /** Sets the 导读 box beside the masthead, its pointers spaced out evenly to fill the band. */
    private void placeTeaser(Piece teaser, Grid grid, int columns, int rows, ModuleWriter writer,
                             List<ModulePlacement> placements, Diagnostics diags, ArticleShaper shaper) {
        int column = grid.columns() - columns;
        int slack = rows - teaser.headline(columns).rows() - teaser.body(columns, false).balancedRows();
        List<FlowItem> spaced = new ArrayList<>();
        int gaps = teaser.flow.size() + 1;
        for (int i = 0; i < teaser.flow.size(); i++) {
            int gap = slack * (i + 1) / gaps - slack * i / gaps;
            if (gap > 0) spaced.add(new FlowItem.Space(gap));
            spaced.add(teaser.flow.get(i));
        }
        Piece box = new Piece(teaser.article, teaser.rank, spaced, 0, columns, shaper, grid);
        Planner.Fit fit = new Planner(List.of(box), columns, rows, false).fit(box, columns, rows);
        if (fit.cost() >= Planner.INFEASIBLE) {
            diags.error(teaser.article.span(), "the 导读 box '" + teaser.article.titleText()
                    + "' does not fit beside the masthead (" + rows + " lines of " + columns + " columns)",
                    "shorten its pointers");
            return;
        }
        Planner.Slot slot = new Planner.Slot(box, column, columns, 0, rows, fit);
        writer.write(slot, 0, box.body(columns, false).balanced(), null);
        placements.add(placement(slot, 0, grid));
    }

}
