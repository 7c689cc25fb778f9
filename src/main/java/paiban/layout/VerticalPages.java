package paiban.layout;

import paiban.diag.Diagnostics;
import paiban.font.FontLibrary;
import paiban.model.Article;
import paiban.model.ArticleKind;
import paiban.model.Block;
import paiban.model.Issue;
import paiban.model.Page;
import paiban.model.Picture;
import paiban.model.Words;
import paiban.text.Composer;
import paiban.text.Language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lays out the pages set vertically (縦組み) as a Japanese or Taiwanese paper sets them: modules of
 * whole bands × a width in lines, placed right to left and top to bottom from the top-right corner,
 * the 題字 in that corner on the front page, the folio line over the bands on the others. The
 * planning happens in the grid's quarter-turned {@link VerticalGrid#frame() frame}, where the
 * horizontal planner and shaper apply as they are. Vertical pages take no jumps: copy that does not
 * fit is an error, as a brief's is on a horizontal page.
 */
final class VerticalPages {
    /** What a laid-out vertical page tells IssueLayout. */
    record Result(List<PageItem> items, List<ModulePlacement> placements, double fill, List<String> warnings) {
    }

    private final FontLibrary fonts;
    private final Language language;
    private final Grid pageGrid;
    private final Words words;
    private final Diagnostics diags;
    private final Furniture furniture;
    /**
     * Per band a front page's 題字 stands past two thirds of the bands: less than a brief taller
     * than its band costs, more than the white a page short of copy shows.
     */
    private static final double TALL_MASTHEAD = 2000;
    /** One shaper per band count: the frame's body size and line length follow from it. */
    private final Map<Integer, ArticleShaper> shapers = new HashMap<>();

    VerticalPages(FontLibrary fonts, Language language, Grid pageGrid, Words words, Furniture furniture,
                  Diagnostics diags) {
        this.fonts = fonts;
        this.language = language;
        this.pageGrid = pageGrid;
        this.words = words;
        this.furniture = furniture;
        this.diags = diags;
    }

    Result layout(Issue issue, Page page) {
        boolean front = page.number() == 1;
        int bandCount = page.bands();
        VerticalGrid grid = VerticalGrid.of(pageGrid, bandCount, front);
        Grid frame = grid.frame();
        ArticleShaper shaper = shapers.computeIfAbsent(bandCount,
                b -> new ArticleShaper(frame, Composer.vertical(fonts, language), words, diags));
        List<PageItem> items = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (!front) furniture.folio(issue, page, items);

        List<Piece> pieces = new ArrayList<>();
        int rank = 0;
        for (Article original : page.articles()) {
            Article a = turned(original);
            // a 導読 box keeps to one band, its pointers set at the band's line length
            int span = a.kind() == ArticleKind.TEASER ? 1 : 0;
            pieces.add(new Piece(a, rank++, body(shaper, a, frame.columnWidth()), 0, span, shaper, frame, true));
        }
        Furniture.Corner corner = Furniture.Corner.NONE;
        List<Planner.Slot> slots = List.of();
        if (!pieces.isEmpty()) {
            // the 題字 as tall as the lead beside it: as many bands as plan the page best, past two
            // thirds of them only where little else would fill the page (a lone lead, one-band briefs)
            int fewest = front ? Piece.verticalLeadBands(bandCount) : 0;
            int most = front ? Math.max(fewest, bandCount) : 0;
            double best = Double.MAX_VALUE;
            VerticalModule modules = new VerticalModule(frame);
            for (int bands = fewest; bands <= most; bands++) {
                Furniture.Corner c = front ? furniture.verticalMasthead(issue, page, grid, bands, shaper) : corner;
                Planner planner = new Planner(pieces, frame.columns(), frame.rows(), false, c.bands(), c.lines(),
                        modules);
                double cost = planner.cost() + TALL_MASTHEAD * Math.max(0, bands - bandCount * 2 / 3);
                if (cost < best) {
                    best = cost;
                    slots = planner.plan();
                    corner = c;
                }
            }
        } else if (front) {
            corner = furniture.verticalMasthead(issue, page, grid, Piece.verticalLeadBands(bandCount), shaper);
        }
        if (front) furniture.writeVerticalMasthead(corner, grid, items);
        if (slots.isEmpty() && !pieces.isEmpty()) {
            diags.error(page.span(), "page " + page.number() + ": its articles ("
                            + String.join(", ", page.articles().stream().map(Article::id).toList())
                            + ") cannot share the page: no arrangement gives each its headline and a few lines",
                    "look for a very long title, a forced 'columns' (bands on a vertical page) too narrow for its "
                            + "headline, or too many articles; move an article to another page or shorten it");
        }
        VerticalWriter writer = new VerticalWriter(grid, items);
        List<ModulePlacement> placements = new ArrayList<>();
        int used = 0;
        for (Planner.Slot slot : slots) {
            Piece p = slot.piece();
            Planner.Fit fit = slot.fit();
            int placed = writer.write(slot.drawn(frame.rows()));
            if (placed < p.flow.size()) {
                List<FlowItem> rest = p.flow.subList(placed, p.flow.size());
                diags.error(p.article.span(), IssueLayout.doesNotFit(p.article, rest, page.number())
                                + " and a vertical page's articles do not jump",
                        "shorten it, or move articles to give it room");
            }
            if (p.picture() != null && !p.cropWithin(fit.pictureSpan(), fit.pictureRows())) {
                double shown = (fit.pictureRows() - Piece.PICTURE_INSET) * grid.pitch() / grid.bandSpan(fit.pictureSpan());
                IssueLayout.warnCrop(diags, p.article, upright(p.picture()), shown);
            }
            int end = slot.rows() - fit.slackRows();
            int white = VerticalModule.white(VerticalModule.starts(p, fit, slot.columns()), end,
                    p.flow.subList(0, placed).stream().mapToInt(FlowItem::rows).sum());
            used += slot.columns() * end - white;
            double left = grid.lineRight(slot.row() + slot.rows());
            placements.add(new ModulePlacement(p.article.id(), p.article.titleText(), slot.column(), slot.columns(),
                    slot.row(), slot.rows(), fit.bodyRows(), fit.overflowRows(), fit.slackRows() * slot.columns() + white,
                    left, grid.bandTop(slot.column()), grid.lineRight(slot.row()) - left,
                    grid.bandSpan(slot.columns())));
            if (fit.slackRows() > 1) {
                warnings.add("'" + p.article.titleText() + "' leaves " + fit.slackRows()
                        + " empty lines in each of its " + slot.columns() + " bands");
            }
            if (white >= slot.columns()) {
                warnings.add("'" + p.article.titleText() + "' leaves " + white + " empty lines inside its "
                        + slot.columns() + " bands, where its body does not reach");
            }
        }
        writer.rules(slots);
        int cells = frame.columns() * frame.rows() - corner.bands() * corner.lines();
        double fill = slots.isEmpty() ? 0 : (double) used / cells;
        if (fill < 0.95 && !slots.isEmpty()) {
            int short_ = (int) Math.round((1 - fill) * cells * grid.charsPerBand());
            warnings.add(String.format(Locale.ROOT, "page %d is %.1f%% filled: about %d characters of copy short",
                    page.number(), fill * 100, short_));
        }
        for (String w : warnings) diags.warning(page.span(), w);
        return new Result(items, placements, fill, warnings);
    }

    /**
     * The body set at a band's line length; a block too wide for it (a table, a panorama), which a
     * horizontal module sets across its columns, is set at the band's length too, in its place.
     */
    private static List<FlowItem> body(ArticleShaper shaper, Article a, double measure) {
        List<FlowItem> flow = new ArrayList<>();
        for (FlowItem f : shaper.body(a, measure)) {
            if (f instanceof FlowItem.Across across) flow.addAll(shaper.across(across.block(), measure));
            else flow.add(f);
        }
        return flow;
    }

    /**
     * The article as the frame sees it: its pictures a quarter turn round (width and height swapped),
     * so sizes and crops worked out across the frame's columns fit the upright picture on the page.
     */
    private static Article turned(Article a) {
        return new Article(a.id(), a.span(), a.kind(), a.priority(), a.kicker(), a.title(), a.subtitle(), a.byline(),
                a.dateline(), a.picture() == null ? null : turn(a.picture()), a.columns(), turned(a.body()),
                a.continuePage());
    }

    private static List<Block> turned(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Image img) out.add(new Block.Image(turn(img.picture()), img.span()));
            else if (b instanceof Block.Quote q) out.add(new Block.Quote(turned(q.blocks()), q.span()));
            else if (b instanceof Block.ListBlock l) {
                out.add(new Block.ListBlock(l.ordered(), l.items().stream().map(VerticalPages::turned).toList(), l.span()));
            } else out.add(b);
        }
        return out;
    }

    private static Picture turn(Picture p) {
        return new Picture(p.file(), p.heightPx(), p.widthPx(), p.alt(), p.caption(), p.credit(), p.span(), p.focus());
    }

    /** A picture from the frame as it stands on the page (a turn is its own inverse). */
    static Picture upright(Picture turned) {
        return turn(turned);
    }
}
