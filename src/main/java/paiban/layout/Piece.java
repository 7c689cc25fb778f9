package paiban.layout;

import paiban.model.Article;
import paiban.model.ArticleKind;
import paiban.model.Picture;
import paiban.text.ComposedLine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An article (or the continued rest of one) to place on a page, with what the planner needs to
 * know of it at each module width. Headlines and captions are set lazily and cached per width.
 */
final class Piece {
    /** A crop may change a picture's shape (height to width) by at most this factor either way. */
    private static final double CROP = 1.25;
    /**
     * A picture at least 2.5 times as wide as tall is a panorama: heading a module it takes half the
     * page's width or more; inside the body it spans the module (see ArticleShaper).
     */
    static final double PANORAMA = 1 / 2.5;
    /** Share of a row between a module picture's box and the next line (see ModuleWriter). */
    static final double PICTURE_INSET = 0.35;
    final Article article;
    final int rank;
    final List<FlowItem> flow;
    final int flowRows;
    /** Page the text continues from, 0 for an article's first part. */
    final int continuedFrom;
    /** Grid columns the flow was set across as one body column (导读 boxes), 0 for column-wide flows. */
    final int fixedSpan;
    /**
     * Set on a vertical page, in its grid's {@link VerticalGrid#frame() frame} (columns are bands):
     * the body keeps the bands' line length (no 变栏), the lead takes a third of the bands, and a
     * forced width may be a single band.
     */
    private final boolean vertical;
    private final ArticleShaper shaper;
    private final Grid grid;
    /** Per module width: the headline at its base size, and one size larger. */
    private final Headline[][] headlines;
    /** Headlines set shorter than their module is wide, by (module width, measure, larger). */
    private final Map<List<Object>, Headline> measuredHeadlines = new HashMap<>();
    private final Object[] captions;
    private final Object[] wideFlows;
    /** The body as laid out in modules of each width, in the grid's columns [0] or 变栏 [1]. */
    private final ModuleBody[][] bodies;

    Piece(Article article, int rank, List<FlowItem> flow, int continuedFrom, int fixedSpan, ArticleShaper shaper,
          Grid grid) {
        this(article, rank, flow, continuedFrom, fixedSpan, shaper, grid, false);
    }

    Piece(Article article, int rank, List<FlowItem> flow, int continuedFrom, int fixedSpan, ArticleShaper shaper,
          Grid grid, boolean vertical) {
        this.article = article;
        this.vertical = vertical;
        this.fixedSpan = fixedSpan;
        this.rank = rank;
        this.flow = flow;
        this.flowRows = flow.stream().mapToInt(FlowItem::rows).sum();
        this.continuedFrom = continuedFrom;
        this.shaper = shaper;
        this.grid = grid;
        this.headlines = new Headline[2][grid.columns() + 1];
        this.captions = new Object[grid.columns() + 1];
        this.wideFlows = new Object[grid.columns() + 1];
        this.bodies = new ModuleBody[2][grid.columns() + 1];
    }

    /**
     * Whether the body may be set 变栏 in a module this wide: one column fewer than the grid's,
     * each wider. Only a first part's own body, in modules of three columns or more.
     */
    boolean canWiden(int columns) {
        return columns >= 3 && !vertical && !continuation() && fixedSpan == 0 && article.columns() == 0
                && (kind() == ArticleKind.STORY || kind() == ArticleKind.BOX);
    }

    /** The body as set for a module this wide: at grid column width, or 变栏 when {@code wide}. */
    @SuppressWarnings("unchecked")
    List<FlowItem> flow(int columns, boolean wide) {
        if (!wide) return flow;
        if (wideFlows[columns] == null) wideFlows[columns] = shaper.body(article, bodyColumnWidth(columns, true));
        return (List<FlowItem>) wideFlows[columns];
    }

    /** The body laid out in a module this wide: its columns, and its wide blocks across the module. */
    ModuleBody body(int columns, boolean wide) {
        ModuleBody[] cache = bodies[wide ? 1 : 0];
        if (cache[columns] == null) {
            double across = grid.spanWidth(columns);
            cache[columns] = new ModuleBody(flow(columns, wide), bodyColumns(columns, wide), b -> shaper.across(b, across));
        }
        return cache[columns];
    }

    /** How many body columns the flow runs in within a module this wide. */
    int bodyColumns(int columns, boolean wide) {
        if (fixedSpan > 0) return 1;
        return wide ? columns - 1 : columns;
    }

    /**
     * Width of one body column in a module this wide: whole body ems, so a line of pure CJK holds
     * the column's full count (字字对齐) where 变栏 divides the module unevenly; the rest widens the
     * gutters ({@link #bodyGutter}).
     */
    double bodyColumnWidth(int columns, boolean wide) {
        int n = bodyColumns(columns, wide);
        double even = (grid.spanWidth(columns) - (n - 1) * grid.gutter()) / n;
        return Math.floor(even / grid.bodySize() + 1e-9) * grid.bodySize();
    }

    /** The space between body columns in a module this wide: the grid's gutter and what whole-em columns leave. */
    double bodyGutter(int columns, boolean wide) {
        int n = bodyColumns(columns, wide);
        return n < 2 ? grid.gutter() : (grid.spanWidth(columns) - n * bodyColumnWidth(columns, wide)) / (n - 1);
    }

    /**
     * The columns of a module its upright picture (as tall as wide or taller) may take with the
     * body beside it: at least half of them, and two or more left for the text (a single column
     * beside a picture reads as a strip). None where the picture spans the module: a wide picture,
     * a module of fewer than four columns, and every piece but a story's first part on a horizontal page.
     */
    int[] columnsBeside(int columns) {
        Picture p = picture();
        boolean around = p != null && p.aspect() >= 1 && kind() == ArticleKind.STORY && !vertical
                && fixedSpan == 0 && columns >= 4;
        return around ? new int[]{(columns + 1) / 2, columns - 2} : new int[]{1, 0};
    }

    boolean continuation() {
        return continuedFrom > 0;
    }

    /** Only a story's first part may continue on a later page: a continuation, brief, photo or box never jumps. */
    boolean mayJump() {
        return !continuation() && kind() == ArticleKind.STORY;
    }

    ArticleKind kind() {
        return article.kind();
    }

    /** The picture heading the module, if any (continuations show none). */
    Picture picture() {
        return continuation() ? null : article.picture();
    }

    /** The headline at its base size for a module this wide. */
    Headline headline(int columns) {
        return headline(columns, false);
    }

    /**
     * The headline for a module this wide, at the size the piece's rank and the width give, or
     * one size {@code larger} (a jump headline has one size only).
     */
    Headline headline(int columns, boolean larger) {
        Headline[] cache = headlines[larger && !continuation() ? 1 : 0];
        if (cache[columns] == null) {
            double width = grid.spanWidth(columns);
            double size = continuation() ? grid.bodySize() * 1.6 : shaper.titleSize(article, rank, width, larger);
            cache[columns] = shaper.headline(article, width, size, continuation());
        }
        return cache[columns];
    }

    /**
     * The headline of a module {@code columns} wide set {@code measure} columns long, at the size
     * the module's width gives: on a vertical page, a headline standing in some of its module's bands.
     */
    Headline headline(int columns, int measure, boolean larger) {
        if (measure == columns) return headline(columns, larger);
        boolean large = larger && !continuation();
        return measuredHeadlines.computeIfAbsent(List.of(columns, measure, large), k -> {
            double size = continuation() ? grid.bodySize() * 1.6 : shaper.titleSize(article, rank, grid.spanWidth(columns), large);
            return shaper.headline(article, grid.spanWidth(measure), size, continuation());
        });
    }

    /** The title size a step smaller than {@code size}: as small as a headline in fewer bands may go. */
    double smallerTitle(double size) {
        return shaper.smallerTitle(size);
    }

    @SuppressWarnings("unchecked")
    List<ComposedLine> caption(int columns) {
        if (picture() == null) return List.of();
        if (captions[columns] == null) captions[columns] = shaper.caption(picture(), grid.spanWidth(columns));
        return (List<ComposedLine>) captions[columns];
    }

    /** Rows the module gives its headline and the caption under its picture. */
    int fixedRows(int columns) {
        int framePadding = kind() == ArticleKind.BOX ? 1 : 0; // text must not touch the frame's foot
        return headline(columns).rows() + caption(columns).size() + framePadding;
    }

    /** Narrowest module this piece may take. */
    int minColumns() {
        int c = grid.columns();
        if (vertical && forcedColumns() > 0) return Math.min(c, forcedColumns()); // a one-band 導読 box or `columns: 1`
        if (picture() != null && picture().aspect() <= PANORAMA && forcedColumns() == 0) return Math.max(2, (c + 1) / 2);
        if (rank == 0 && !continuation() && kind() != ArticleKind.TEASER) {
            return vertical ? verticalLeadBands(c) : Math.max(2, (c + 1) / 2);
        }
        if (kind() == ArticleKind.BRIEF) return 1;
        return Math.min(2, c);
    }

    /**
     * Fewest bands a vertical page's lead takes: a third of them (4 of a tabloid's 10, 5 of a
     * broadsheet's 15), as tall as the front page's 題字 beside it.
     */
    static int verticalLeadBands(int bands) {
        return Math.min(bands, Math.max(2, (bands + 2) / 3));
    }

    /** Widest module this piece may take. */
    int maxColumns() {
        int c = grid.columns();
        if (article.columns() > 0) return Math.min(c, article.columns());
        // on a vertical page a brief takes one band, the planner giving it more only as a last resort
        if (kind() == ArticleKind.BRIEF && vertical) return c;
        if (kind() == ArticleKind.BRIEF || kind() == ArticleKind.TEASER) return Math.min(c, 3);
        return c;
    }

    /** A forced width (front matter {@code columns}, or a box's set span) narrows the range to that one width. */
    int forcedColumns() {
        return fixedSpan > 0 ? fixedSpan : article.columns();
    }


    /**
     * The picture's rows at a module width: the fewest and most a crop within its shape's ±25 %
     * allows (the same when no whole number of rows does: {@link #cropWithin} then says no).
     */
    int[] pictureRows(int columns) {
        Picture p = picture();
        if (p == null) return new int[]{0, 0};
        double natural = grid.spanWidth(columns) * p.aspect() / grid.pitch();
        int min = Math.max(2, (int) Math.ceil(natural / CROP + PICTURE_INSET - 1e-9));
        int max = (int) Math.floor(natural * CROP + PICTURE_INSET + 1e-9);
        return new int[]{min, Math.max(min, max)};
    }

    /** How much a picture box {@code rows} high in a module this wide changes the picture's shape (1 = none). */
    double cropFactor(int columns, int rows) {
        double box = (rows - PICTURE_INSET) * grid.pitch() / grid.spanWidth(columns);
        return box / picture().aspect();
    }

    /** Whether the picture's crop at this size keeps within ±25 % of its shape. */
    boolean cropWithin(int columns, int rows) {
        double f = cropFactor(columns, rows);
        return f <= CROP + 1e-9 && f >= 1 / CROP - 1e-9;
    }
}
