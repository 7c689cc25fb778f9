package paiban.layout;

import paiban.diag.Diagnostics;
import paiban.diag.SourceSpan;
import paiban.font.FontRole;
import paiban.model.Article;
import paiban.model.ArticleKind;
import paiban.model.Block;
import paiban.model.Inline;
import paiban.model.Picture;
import paiban.model.Words;
import paiban.text.Alignment;
import paiban.text.ComposedLine;
import paiban.text.Composer;
import paiban.text.ParagraphStyle;
import paiban.text.PlacedGlyph;
import paiban.text.PreparedParagraph;
import paiban.text.TextRun;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sets an article's parts with the text stage: the body once at column width (it flows down
 * whole columns, so its line count does not depend on the module's width), the headline block
 * and captions for each candidate module width.
 */
final class ArticleShaper {
    /**
     * Chinese type sizes (号) from 小初 down to 小四, plus two display sizes for leads, and 11 pt, taken
     * only where no larger size breaks cleanly (a one-band brief whose word is longer than its line).
     */
    private static final double[] TITLE_SIZES = {54, 48, 42, 36, 28, 26, 24, 22, 18, 16, 15, 14, 12, 11};
    /** A title line at its module's base size holds at least this many characters: wider modules, bigger type. */
    private static final int TITLE_CHARS = 9;
    private static final ParagraphStyle CENTERED_HEAD = new ParagraphStyle(Alignment.CENTER, 0, true);
    private static final ParagraphStyle FLUSH = new ParagraphStyle(Alignment.JUSTIFY, 0, false);
    /** jlreq: a Japanese paragraph's first line is indented one em (字下げ), a Chinese one's two. */
    private static final ParagraphStyle JAPANESE_BODY = new ParagraphStyle(Alignment.JUSTIFY, 1, false);
    static final String BYLINE_MARK = "■";
    private static final String LEADER_DOT = "·";
    private static final double TABLE_SCALE = 0.86;
    /** A 三线表's rules, in pt: over and under the table, under its header, between its rows. */
    private static final double HEAVY_RULE = 0.75, LIGHT_RULE = 0.4, HAIRLINE = 0.25;

    private final Grid grid;
    private final Composer composer;
    /** The edition's fixed words: the photo credit's label. */
    private final Words words;
    /** Body paragraphs, indented as the edition's language indents them. */
    private final ParagraphStyle bodyStyle;
    private final Diagnostics diags;
    /** The leader's dot, set once per size. */
    private final Map<Double, PlacedGlyph> leaderDots = new HashMap<>();
    /** Paragraphs (body, headlines, captions, tables) prepared once and set at each width a module tries. */
    private final Map<List<Object>, PreparedParagraph> prepared = new HashMap<>();

    /** A shaper for an edition in zh-Hans, the default language. */
    ArticleShaper(Grid grid, Composer composer, Diagnostics diags) {
        this(grid, composer, Words.of("zh-Hans"), diags);
    }

    ArticleShaper(Grid grid, Composer composer, Words words, Diagnostics diags) {
        this.grid = grid;
        this.composer = composer;
        this.words = words;
        this.bodyStyle = words.language().equals("ja") ? JAPANESE_BODY : ParagraphStyle.BODY;
        this.diags = diags;
    }

    private double body() {
        return grid.bodySize();
    }

    /** Tables are set a size below the text, as dailies set them (小五 under 五号 text), one row a grid line. */
    private double tableSize() {
        return grid.bodySize() * TABLE_SCALE;
    }

    /**
     * The body as grid rows set {@code measure} pt wide (a column, or a whole 导读 box); the
     * dateline runs in bold into the first paragraph.
     */
    List<FlowItem> body(Article article, double measure) {
        List<FlowItem> flow = new ArrayList<>();
        String dateline = article.dateline();
        for (Block block : article.body()) dateline = addBlock(block, dateline, 0, measure, flow);
        if (!dateline.isEmpty()) {
            addParagraph(List.of(new TextRun(dateline, FontRole.SANS_BOLD, body(), article.span())),
                    bodyStyle, 0, measure, flow);
        }
        return flow;
    }

    /** Returns the dateline still to place (empty once used). */
    private String addBlock(Block block, String dateline, int depth, double measure, List<FlowItem> flow) {
        double indent = depth * body();
        if (block instanceof Block.Paragraph p) {
            List<TextRun> runs = new ArrayList<>();
            if (!dateline.isEmpty()) {
                runs.add(new TextRun(dateline, FontRole.SANS_BOLD, body(), p.span()));
            }
            runs.addAll(runs(p.inlines(), FontRole.SERIF, body(), p.span()));
            addParagraph(runs, bodyStyle, indent, measure, flow);
            return "";
        }
        if (block instanceof Block.Heading h) {
            // a subhead stands a line apart
            if (!flow.isEmpty()) flow.add(new FlowItem.Space(1, true));
            List<TextRun> runs = runs(h.inlines(), FontRole.SANS_BOLD, body(), h.span());
            // a subhead never ends a column: it stands over the text it introduces
            if (!runs.isEmpty()) addLines(lines(runs, CENTERED_HEAD, measure - indent), indent, true, flow);
        } else if (block instanceof Block.Quote q) {
            for (Block inner : q.blocks()) {
                if (inner instanceof Block.Paragraph p) {
                    addParagraph(runs(p.inlines(), FontRole.KAI, body(), p.span()), bodyStyle, indent, measure, flow);
                } else {
                    dateline = addBlock(inner, dateline, depth, measure, flow);
                }
            }
        } else if (block instanceof Block.ListBlock list) {
            int number = 1;
            for (List<Block> item : list.items()) {
                String marker = list.ordered() ? (number++) + ". " : "● ";
                boolean first = true;
                for (Block inner : item) {
                    if (first && inner instanceof Block.Paragraph p) {
                        addListItem(marker, p, indent, measure, flow);
                    } else {
                        dateline = addBlock(inner, dateline, Math.min(depth + 1, 3), measure, flow);
                    }
                    first = false;
                }
            }
        } else if (block instanceof Block.Table t) {
            TableCells cells = table(t);
            if (fitsOnLines(cells, measure - indent)) addTable(t, cells, measure - indent, indent, flow);
            else flow.add(new FlowItem.Across(t));
        } else if (block instanceof Block.Image img) {
            if (img.picture().aspect() <= Piece.PANORAMA) flow.add(new FlowItem.Across(img));
            else flow.add(figure(img.picture(), measure));
        }
        return dateline;
    }

    /**
     * A block the column could not hold ({@link FlowItem.Across}) set {@code width} pt wide, across
     * a module: a table one line per row, a panorama with its caption.
     */
    List<FlowItem> across(Block block, double width) {
        List<FlowItem> flow = new ArrayList<>();
        if (block instanceof Block.Table t) {
            TableCells cells = table(t);
            if (fitsRuled(cells, width)) addRuledTable(t, cells, width, flow);
            else addTable(t, cells, width, 0, flow);
        } else if (block instanceof Block.Image img) flow.add(figure(img.picture(), width));
        return flow;
    }

    /** The first line of a text set flush left in {@code measure} pt (labels, pointers, jump lines). */
    ComposedLine line(String text, FontRole role, double size, SourceSpan span, double measure) {
        return lines(List.of(new TextRun(text, role, size, span)), ParagraphStyle.LINE, measure).get(0);
    }

    /**
     * A list item is set like a paragraph that opens with its marker. In a 导读 box an item that
     * links to an article keeps its title flush left and the page pointer after the link flush
     * right, a dotted leader between.
     */
    private void addListItem(String marker, Block.Paragraph p, double indent, double measure, List<FlowItem> flow) {
        int linked = -1;
        for (int i = 0; i < p.inlines().size(); i++) {
            if (!p.inlines().get(i).link().isEmpty()) linked = i;
        }
        List<TextRun> head = new ArrayList<>();
        head.add(new TextRun(marker, FontRole.SERIF, body(), p.span()));
        boolean pointer = linked >= 0 && linked < p.inlines().size() - 1;
        List<Inline> title = pointer ? p.inlines().subList(0, linked + 1) : p.inlines();
        head.addAll(runs(title, FontRole.SERIF, body(), p.span()));
        if (!pointer) {
            addParagraph(head, bodyStyle, indent, measure, flow);
            return;
        }
        String ref = p.inlines().subList(linked + 1, p.inlines().size()).stream().map(Inline::text)
                .reduce("", String::concat).strip();
        ComposedLine refLine = line(ref, FontRole.SANS, body(), p.span(), measure);
        double titleMeasure = measure - indent - refLine.width() - body();
        if (titleMeasure < 4 * body()) { // a pointer too long to sit beside its title: an ordinary item
            head.add(new TextRun(" " + ref, FontRole.SANS, body(), p.span()));
            addParagraph(head, bodyStyle, indent, measure, flow);
            return;
        }
        List<ComposedLine> lines = lines(head, ParagraphStyle.LINE, titleMeasure);
        for (int i = 0; i < lines.size() - 1; i++) flow.add(new FlowItem.Line(lines.get(i), indent));
        ComposedLine last = lines.get(lines.size() - 1);
        List<PlacedGlyph> glyphs = new ArrayList<>(last.glyphs());
        double shift = measure - indent - refLine.width();
        glyphs.addAll(leader(last.width() + body() * 0.1, shift - body() * 0.1, body(), p.span()));
        refLine.glyphs().forEach(g -> glyphs.add(g.shifted(shift)));
        flow.add(new FlowItem.Line(new ComposedLine(glyphs, measure - indent, true), indent));
    }

    /**
     * A table's cells set on one line each: {@code widths} holds each column's widest cell (the
     * labels' first), {@code valuesWidth} what the value columns take with the gaps between them.
     */
    private record TableCells(List<ComposedLine> labels, List<List<ComposedLine>> values, double[] widths,
                              double valuesWidth) {
    }

    private TableCells table(Block.Table t) {
        int columns = t.rows().stream().mapToInt(List::size).max().orElse(0);
        double[] widths = new double[Math.max(columns, 1)];
        List<ComposedLine> labels = new ArrayList<>();
        List<List<ComposedLine>> values = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            List<List<Inline>> cells = t.rows().get(r);
            boolean header = r < t.headerRows();
            labels.add(cell(cells.isEmpty() ? List.of() : cells.get(0), header, t.span()));
            widths[0] = Math.max(widths[0], labels.get(r).width());
            List<ComposedLine> row = new ArrayList<>();
            for (int c = 1; c < columns; c++) {
                ComposedLine cell = cell(c < cells.size() ? cells.get(c) : List.of(), header, t.span());
                widths[c] = Math.max(widths[c], cell.width());
                row.add(cell);
            }
            values.add(row);
        }
        double valuesWidth = tableSize() * Math.max(0, columns - 2);
        for (int c = 1; c < columns; c++) valuesWidth += widths[c];
        return new TableCells(labels, values, widths, valuesWidth);
    }

    /** Whether every row's label stands beside its values on one line {@code measure} pt wide. */
    private boolean fitsOnLines(TableCells cells, double measure) {
        double gap = cells.widths().length > 1 ? tableSize() : 0;
        return cells.labels().stream().allMatch(l -> l.width() + gap + cells.valuesWidth() <= measure + 1e-6);
    }

    /**
     * A table as a run of lines, the way dailies set figures in a column: each row's label flush
     * left, its values flush right in aligned columns, a dotted leader between them, so every row
     * ends on the column's edge. A label too long for the row takes lines of its own above; values
     * too wide for one line (a table in a vertical band) fold onto lines of their own, the same
     * columns on each row's same line, so they stay aligned and inside the measure.
     */
    private void addTable(Block.Table t, TableCells cells, double measure, double indent, List<FlowItem> flow) {
        if (t.rows().stream().allMatch(List::isEmpty)) return;
        double gap = tableSize();
        double[] widths = cells.widths();
        double valueGap = valueGap(widths, measure);
        double valuesWidth = cells.valuesWidth() + (valueGap - gap) * Math.max(0, widths.length - 2);
        List<int[]> groups = valuesWidth <= measure ? List.of(new int[]{1, widths.length})
                : valueGroups(widths, valueGap, measure);
        for (int r = 0; r < t.rows().size(); r++) {
            boolean header = r < t.headerRows();
            // as a paragraph's lines: the header stays with the first row, the last row with the one before
            boolean keepRow = r < t.rows().size() - 1 && (r < t.headerRows() || r == 0 || r == t.rows().size() - 2);
            List<Inline> label = t.rows().get(r).isEmpty() ? List.of() : t.rows().get(r).get(0);
            List<TextRun> runs = runs(label, header ? FontRole.SANS_BOLD : FontRole.SERIF, tableSize(), t.span());
            List<ComposedLine> lines = runs.isEmpty() ? List.of()
                    : lines(runs, FLUSH, measure);
            List<PlacedGlyph> last = new ArrayList<>();
            double labelEnd = 0;
            double firstWidth = groups.size() == 1 ? valuesWidth : groupWidth(widths, groups.get(0), valueGap);
            if (!lines.isEmpty() && lines.get(lines.size() - 1).width() + gap + firstWidth <= measure) {
                for (int i = 0; i < lines.size() - 1; i++) flow.add(new FlowItem.Line(lines.get(i), indent, true));
                ComposedLine tail = lines.get(lines.size() - 1);
                last.addAll(tail.glyphs());
                labelEnd = tail.width();
            } else {
                lines.forEach(l -> flow.add(new FlowItem.Line(l, indent, true)));
            }
            List<ComposedLine> values = cells.values().get(r);
            for (int g = 0; g < groups.size(); g++) {
                int[] group = groups.get(g);
                double x = measure - (groups.size() == 1 ? valuesWidth : groupWidth(widths, group, valueGap));
                if (g > 0) {
                    flow.add(new FlowItem.Line(new ComposedLine(last, measure, true), indent, true));
                    last = new ArrayList<>();
                } else if (!values.isEmpty()) {
                    double valueStart = x + widths[1] - values.get(0).width();
                    last.addAll(leader(labelEnd + gap * 0.1, valueStart - gap * 0.1, tableSize(), t.span()));
                }
                if (x < 0) { // one value longer than the line: its own lines
                    List<Inline> cell = group[0] < t.rows().get(r).size() ? t.rows().get(r).get(group[0]) : List.of();
                    List<ComposedLine> wrapped = lines(runs(cell, header ? FontRole.SANS_BOLD : FontRole.SERIF,
                            tableSize(), t.span()), FLUSH, measure);
                    for (int i = 0; i < wrapped.size() - 1; i++) flow.add(new FlowItem.Line(wrapped.get(i), indent, true));
                    last.addAll(wrapped.get(wrapped.size() - 1).glyphs());
                    continue;
                }
                for (int c = group[0]; c < group[1]; c++) {
                    ComposedLine cell = values.get(c - 1);
                    double shift = x + widths[c] - cell.width();
                    for (PlacedGlyph glyph : cell.glyphs()) last.add(glyph.shifted(shift));
                    x += widths[c] + valueGap;
                }
            }
            flow.add(new FlowItem.Line(new ComposedLine(last, measure, true), indent, keepRow));
        }
    }

    /** Whether a table's rows each fit one line {@code measure} pt wide with an em at least between its columns. */
    private boolean fitsRuled(TableCells cells, double measure) {
        double[] widths = cells.widths();
        return widths.length >= 2 && widths[0] + cells.valuesWidth() + tableSize() <= measure + 1e-6;
    }

    /**
     * A table across a module, set as a 三线表: a heavy rule over the header and under the last
     * row, a light one under the header and hairlines between the rows, which carry the eye
     * across. The labels take the width of the longest; the value columns share the rest evenly,
     * each cell flush right in its share, so the columns spread over the module with no leaders.
     */
    private void addRuledTable(Block.Table t, TableCells cells, double measure, List<FlowItem> flow) {
        if (t.rows().stream().allMatch(List::isEmpty)) return;
        double[] widths = cells.widths();
        double figures = 0;
        for (int c = 1; c < widths.length; c++) figures += widths[c];
        double share = (measure - widths[0] - figures) / (widths.length - 1);
        int last = t.rows().size() - 1;
        flow.add(new FlowItem.Rule(HEAVY_RULE));
        for (int r = 0; r <= last; r++) {
            List<PlacedGlyph> glyphs = new ArrayList<>(cells.labels().get(r).glyphs());
            double x = widths[0];
            List<ComposedLine> values = cells.values().get(r);
            for (int c = 1; c < widths.length; c++) {
                x += share + widths[c];
                ComposedLine cell = values.get(c - 1);
                double shift = x - cell.width();
                cell.glyphs().forEach(g -> glyphs.add(g.shifted(shift)));
            }
            flow.add(new FlowItem.Line(new ComposedLine(glyphs, measure, true), 0, r < last));
            flow.add(new FlowItem.Rule(r == last ? HEAVY_RULE : r == t.headerRows() - 1 ? LIGHT_RULE : HAIRLINE));
        }
    }

    /** Value columns [from, to) taken in order, as many on a line as {@code measure} holds, at least one. */
    private static List<int[]> valueGroups(double[] widths, double valueGap, double measure) {
        List<int[]> groups = new ArrayList<>();
        int from = 1;
        while (from < widths.length) {
            int to = from + 1;
            while (to < widths.length && groupWidth(widths, new int[]{from, to + 1}, valueGap) <= measure) to++;
            groups.add(new int[]{from, to});
            from = to;
        }
        return groups;
    }

    /** Width of value columns [group[0], group[1]) with the gaps between them. */
    private static double groupWidth(double[] widths, int[] group, double valueGap) {
        double w = valueGap * Math.max(0, group[1] - group[0] - 1);
        for (int c = group[0]; c < group[1]; c++) w += widths[c];
        return w;
    }

    /**
     * The space between a table's value columns: an em in a column; across a module the figures
     * spread until they take half its width (at most 4 em apart), so the leaders stay short and the
     * columns read as a table's, not a row of figures at the far edge.
     */
    private double valueGap(double[] widths, double measure) {
        int gaps = widths.length - 2;
        if (gaps < 1 || measure < 1.5 * grid.columnWidth()) return tableSize();
        double figures = 0;
        for (int c = 1; c < widths.length; c++) figures += widths[c];
        return Math.max(tableSize(), Math.min(4 * tableSize(), (measure / 2 - figures) / gaps));
    }

    private ComposedLine cell(List<Inline> content, boolean header, SourceSpan span) {
        List<TextRun> runs = runs(content, header ? FontRole.SANS_BOLD : FontRole.SERIF, tableSize(), span);
        if (runs.isEmpty()) return new ComposedLine(List.of(), 0, true);
        return lines(runs, ParagraphStyle.LINE, 10_000).get(0);
    }

    /**
     * Dots at most half an em apart filling {@code from} to {@code to} exactly, so no gap in the
     * row reads as a column break: extracted text keeps them, as it keeps a table of contents' leaders.
     */
    private List<PlacedGlyph> leader(double from, double to, double size, SourceSpan span) {
        PlacedGlyph dot = leaderDots.computeIfAbsent(size, k -> line(LEADER_DOT, FontRole.SERIF, size, span, 10_000).glyphs().get(0));
        double room = to - from - dot.width();
        if (room < 0) return List.of();
        int steps = (int) Math.ceil(room / (size / 2));
        List<PlacedGlyph> dots = new ArrayList<>();
        for (int i = 0; i <= steps; i++) {
            double x = steps == 0 ? from : from + room * i / steps;
            dots.add(dot.at(x));
        }
        return dots;
    }

    private void addParagraph(List<TextRun> runs, ParagraphStyle style, double indent, double measure,
                              List<FlowItem> flow) {
        if (runs.isEmpty()) return;
        addLines(lines(runs, style, measure - indent), indent, false, flow);
    }

    /** A paragraph's lines, each kept with the next where a column may not end after it ({@code keepAll}: all of them). */
    private static void addLines(List<ComposedLine> lines, double indent, boolean keepAll, List<FlowItem> flow) {
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            // a paragraph of 3+ lines neither leaves its first line at a column foot nor its last at a head
            boolean keep = keepAll || n >= 3 && (i == 0 || i == n - 2);
            flow.add(new FlowItem.Line(lines.get(i), indent, keep));
        }
    }

    /** The lines of a paragraph at a measure, prepared once and then set at every width a module tries. */
    private List<ComposedLine> lines(List<TextRun> runs, ParagraphStyle style, double measure) {
        return prepared(runs, style).compose(measure);
    }

    private PreparedParagraph prepared(List<TextRun> runs, ParagraphStyle style) {
        return prepared.computeIfAbsent(List.of(List.copyOf(runs), style), k -> composer.prepare(runs, style, diags));
    }

    private FlowItem.Figure figure(Picture picture, double width) {
        double height = width * picture.aspect();
        List<ComposedLine> caption = caption(picture, width);
        int rows = (int) Math.ceil((height + 0.3 * grid.pitch()) / grid.pitch()) + caption.size();
        return new FlowItem.Figure(picture, height, caption, rows);
    }

    /** A role word in a byline (记者, 本报记者, 通讯员, 摄影 …): the name after it goes with it. */
    private static final Pattern ROLE = Pattern.compile(
            "文|图|圖|文/图|文/圖|.*(记者|記者|通讯员|通訊員|摄影|攝影|撮影|摄像|攝像|实习生|實習生|编辑|編輯|撰稿|评论员|評論員)");

    /**
     * The byline after ■, one run per credit entry (a role with the name after it, or a name
     * alone), each set whole: a line breaks only between entries, after the ideographic space
     * that separates them, never after ■ or between a role and its name.
     */
    List<TextRun> bylineRuns(String byline, SourceSpan span) {
        List<TextRun> runs = new ArrayList<>();
        String[] words = byline.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String entry = ROLE.matcher(words[i]).matches() && i + 1 < words.length ? words[i] + "\u3000" + words[++i] : words[i];
            if (runs.isEmpty()) entry = BYLINE_MARK + entry;
            else runs.add(new TextRun("\u3000", FontRole.KAI, body(), span));
            runs.add(new TextRun(entry, FontRole.KAI, body(), span, true));
        }
        return runs;
    }

    /** Caption in 楷体 with the ■摄影 credit (in the edition's words) after it, which is set whole. */
    List<ComposedLine> caption(Picture picture, double width) {
        List<TextRun> runs = new ArrayList<>();
        if (!picture.caption().isEmpty()) {
            runs.add(new TextRun(picture.caption(), FontRole.KAI, body(), picture.span()));
        }
        if (!picture.credit().isEmpty()) {
            if (!runs.isEmpty()) runs.add(new TextRun("\u3000", FontRole.KAI, body(), picture.span()));
            runs.add(new TextRun(BYLINE_MARK + words.photographer() + " " + picture.credit(), FontRole.KAI, body(), picture.span(), true));
        }
        if (runs.isEmpty()) return List.of();
        return lines(runs, FLUSH, width);
    }

    static List<TextRun> runs(List<Inline> inlines, FontRole base, double size, SourceSpan span) {
        List<TextRun> runs = new ArrayList<>();
        for (Inline in : inlines) {
            FontRole role = switch (in.style()) {
                case STRONG -> FontRole.SANS_BOLD;
                case EMPHASIS -> FontRole.KAI;
                case CODE -> FontRole.SANS;
                default -> base;
            };
            if (!in.text().isEmpty()) runs.add(new TextRun(in.text(), role, size, span));
        }
        return runs;
    }

    /**
     * The title size an article takes in a module {@code width} pt wide, from its kind and rank on
     * the page and the module's width only (never from the copy's length): the largest ladder size
     * its rank allows that keeps {@link #TITLE_CHARS} characters to a line, not below 16 pt (scaled)
     * unless its rank says so. {@code larger}: one ladder step above that, which the planner may
     * give a module to absorb white.
     */
    double titleSize(Article article, int rank, double width, boolean larger) {
        double scale = body() / 9.0;
        double byRank;
        if (article.kind() == ArticleKind.BRIEF || article.kind() == ArticleKind.TEASER) byRank = 16;
        else if (article.kind() == ArticleKind.PHOTO) byRank = 22;
        else byRank = rank == 0 ? 54 : rank == 1 ? 36 : 28;
        double cap = Math.min(byRank, Math.max(16, width / scale / TITLE_CHARS));
        int step = 0;
        while (step < TITLE_SIZES.length - 1 && TITLE_SIZES[step] > cap + 0.01) step++;
        if (larger && step > 0) step--;
        return TITLE_SIZES[step] * scale;
    }

    /** The title size a step down the ladder from {@code size}; the smallest stays. */
    double smallerTitle(double size) {
        double scale = body() / 9.0;
        for (double s : TITLE_SIZES) if (s * scale < size - 0.01) return s * scale;
        return size;
    }

    /**
     * The headline block for a module {@code width} pt wide: the title at the largest ladder size
     * not above {@code maxSize} that keeps it to at most two lines (three in narrow modules), or
     * one size smaller where that sets it on one line,
     * every forced line on one line, and breaks cleanly (between words, balanced lines); when no
     * size breaks cleanly, the largest that fits.
     */
    Headline headline(Article article, double width, double maxSize, boolean continuation) {
        double scale = body() / 9.0;
        int maxLines = width < 12 * 9 * scale * 2 ? 3 : 2;
        List<ComposedLine> title = null;
        double size = 0;
        boolean fitted = false; // title holds the largest size that fits, until a clean one is found
        for (int step = 0; step < TITLE_SIZES.length; step++) {
            double s = TITLE_SIZES[step] * scale;
            if (s > maxSize + 0.01) continue;
            TitleSetting set = titleLines(article, s, width);
            boolean fits = fits(article, set.lines(), maxLines);
            if (!fitted || fits && set.clean()) { // until one fits, the smallest size tried
                size = s;
                title = set.lines();
            }
            fitted |= fits;
            if (fits && set.clean()) {
                // a title that just misses one line takes it a size smaller rather than two lines at this one
                if (set.lines().size() > 1 && article.title().size() == 1 && step + 1 < TITLE_SIZES.length) {
                    double smaller = TITLE_SIZES[step + 1] * scale;
                    TitleSetting one = titleLines(article, smaller, width);
                    if (one.lines().size() == 1 && one.clean()) {
                        size = smaller;
                        title = one.lines();
                    }
                }
                break;
            }
        }
        if (title == null) {
            size = maxSize;
            title = titleLines(article, size, width).lines();
        }
        List<Headline.Placed> lines = new ArrayList<>();
        double y = 0.35 * grid.pitch();
        if (!article.kicker().isEmpty() && !continuation) {
            double ks = Math.max(body() * 1.15, size * 0.42);
            for (ComposedLine l : lines(List.of(new TextRun(article.kicker(), FontRole.SANS, ks,
                    article.span())), CENTERED_HEAD, width)) {
                y += ks * 1.0;
                lines.add(new Headline.Placed(l, y));
                y += ks * 0.35;
            }
        }
        for (ComposedLine l : title) {
            y += size * 0.92;
            lines.add(new Headline.Placed(l, y));
            y += size * 0.28;
        }
        if (!article.subtitle().isEmpty() && !continuation) {
            double ss = Math.max(body() * 1.2, size * 0.45);
            y += ss * 0.2;
            for (ComposedLine l : lines(List.of(new TextRun(article.subtitle(), FontRole.SERIF, ss,
                    article.span())), CENTERED_HEAD, width)) {
                y += ss * 0.95;
                lines.add(new Headline.Placed(l, y));
                y += ss * 0.35;
            }
        }
        y += 0.45 * grid.pitch();
        List<ComposedLine> byline = article.byline().isEmpty() || continuation ? List.of()
                : lines(bylineRuns(article.byline(), article.span()), ParagraphStyle.LINE, width);
        int rows = (int) Math.ceil(y / grid.pitch() - 1e-6) + byline.size();
        return new Headline(lines, y, byline, rows);
    }

    private TitleSetting titleLines(Article article, double size, double width) {
        List<ComposedLine> lines = new ArrayList<>();
        boolean clean = true;
        for (String part : article.title()) {
            PreparedParagraph.Setting set = prepared(List.of(new TextRun(part, FontRole.SANS_BOLD, size, article.span())),
                    CENTERED_HEAD).setting(width);
            lines.addAll(set.lines());
            clean &= set.clean();
        }
        return new TitleSetting(lines, clean);
    }

    /** A title's lines at one size, and whether every part broke cleanly. */
    private record TitleSetting(List<ComposedLine> lines, boolean clean) {
    }

    private static boolean fits(Article article, List<ComposedLine> lines, int maxLines) {
        if (article.title().size() > 1) return lines.size() == article.title().size();
        return lines.size() <= maxLines;
    }
}
