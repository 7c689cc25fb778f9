package paiban.layout;

import paiban.diag.Diagnostics;
import paiban.diag.SourceSpan;
import paiban.font.FontRole;
import paiban.model.Article;
import paiban.model.ArticleKind;
import paiban.model.Block;
import paiban.model.Inline;
import paiban.model.Picture;
import paiban.text.Alignment;
import paiban.text.ComposedLine;
import paiban.text.Composer;
import paiban.text.ParagraphStyle;
import paiban.text.PlacedGlyph;
import paiban.text.TextRun;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets an article's parts with the text stage: the body once at column width (it flows down
 * whole columns, so its line count does not depend on the module's width), the headline block
 * and captions for each candidate module width.
 */
final class ArticleShaper {
    /** Chinese type sizes (号) from 小初 down to 四号, plus two display sizes for leads. */
    private static final double[] TITLE_SIZES = {54, 48, 42, 36, 28, 26, 24, 22, 18, 16, 15, 14, 12};
    private static final ParagraphStyle CENTERED_HEAD = new ParagraphStyle(Alignment.CENTER, 0, true);
    private static final ParagraphStyle LEFT_LINE = new ParagraphStyle(Alignment.LEFT, 0, false);
    private static final ParagraphStyle FLUSH = new ParagraphStyle(Alignment.JUSTIFY, 0, false);
    static final String BYLINE_MARK = "■";
    static final String CREDIT_MARK = "■摄影 ";

    private final Grid grid;
    private final Composer composer;
    private final Diagnostics diags;

    ArticleShaper(Grid grid, Composer composer, Diagnostics diags) {
        this.grid = grid;
        this.composer = composer;
        this.diags = diags;
    }

    private double body() {
        return grid.bodySize();
    }

    /**
     * The body as grid rows set {@code measure} pt wide (a column, or a whole 导读 box); the
     * dateline runs in bold into the first paragraph.
     */
    List<FlowItem> body(Article article, double measure) {
        List<FlowItem> flow = new ArrayList<>();
        String dateline = article.dateline();
        for (Block block : article.body()) {
            dateline = addBlock(block, dateline, 0, measure, flow);
        }
        if (!dateline.isEmpty()) {
            addParagraph(List.of(new TextRun(dateline, FontRole.SANS_BOLD, body(), article.span())),
                    ParagraphStyle.BODY, 0, measure, flow);
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
            addParagraph(runs, ParagraphStyle.BODY, indent, measure, flow);
            return "";
        }
        if (block instanceof Block.Heading h) {
            addParagraph(runs(h.inlines(), FontRole.SANS_BOLD, body(), h.span()), CENTERED_HEAD, indent, measure, flow);
        } else if (block instanceof Block.Quote q) {
            for (Block inner : q.blocks()) {
                if (inner instanceof Block.Paragraph p) {
                    addParagraph(runs(p.inlines(), FontRole.KAI, body(), p.span()), ParagraphStyle.BODY, indent, measure, flow);
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
            addTable(t, measure - indent, indent, flow);
        } else if (block instanceof Block.Image img) {
            flow.add(figure(img.picture(), measure));
        }
        return dateline;
    }

    /**
     * A list item is set like a paragraph that opens with its marker. In a 导读 box an item that
     * links to an article keeps its title flush left and the page pointer after the link flush right.
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
            addParagraph(head, ParagraphStyle.BODY, indent, measure, flow);
            return;
        }
        String ref = p.inlines().subList(linked + 1, p.inlines().size()).stream().map(Inline::text)
                .reduce("", String::concat).strip();
        ComposedLine refLine = composer.compose(List.of(new TextRun(ref, FontRole.SANS, body(), p.span())),
                measure, LEFT_LINE, diags).get(0);
        double titleMeasure = measure - indent - refLine.width() - body();
        List<ComposedLine> lines = composer.compose(head, titleMeasure, LEFT_LINE, diags);
        for (int i = 0; i < lines.size() - 1; i++) flow.add(new FlowItem.Line(lines.get(i), indent));
        ComposedLine last = lines.get(lines.size() - 1);
        List<PlacedGlyph> glyphs = new ArrayList<>(last.glyphs());
        double shift = measure - indent - refLine.width();
        for (PlacedGlyph g : refLine.glyphs()) {
            glyphs.add(new PlacedGlyph(g.codePoint(), g.text(), g.face(), g.size(), g.x() + shift, g.width()));
        }
        flow.add(new FlowItem.Line(new ComposedLine(glyphs, measure - indent, true), indent));
    }

    /**
     * A table across the flow's measure: the first column flush left, the others (mostly figures)
     * flush right, widths by their widest cell, shrunk in proportion when the row is too wide.
     */
    private void addTable(Block.Table t, double measure, double indent, List<FlowItem> flow) {
        int columns = t.rows().stream().mapToInt(List::size).max().orElse(0);
        if (columns == 0) return;
        double gap = body();
        double[] widths = new double[columns];
        for (int r = 0; r < t.rows().size(); r++) {
            List<List<Inline>> row = t.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                for (ComposedLine l : cell(row.get(c), r < t.headerRows(), 10_000, t.span(), c > 0)) {
                    widths[c] = Math.max(widths[c], l.width());
                }
            }
        }
        double total = java.util.Arrays.stream(widths).sum() + gap * (columns - 1);
        double scale = total > measure ? (measure - gap * (columns - 1)) / (total - gap * (columns - 1)) : 1;
        double spare = total > measure ? 0 : measure - total;
        List<Double> offsets = new ArrayList<>();
        double x = indent;
        for (int c = 0; c < columns; c++) {
            widths[c] = widths[c] * scale + (c == 0 ? spare : 0);
            offsets.add(x);
            x += widths[c] + gap;
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<List<Inline>> row = t.rows().get(r);
            List<List<ComposedLine>> cells = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < columns; c++) {
                List<Inline> content = c < row.size() ? row.get(c) : List.of();
                List<ComposedLine> lines = cell(content, r < t.headerRows(), widths[c], t.span(), c > 0);
                cells.add(lines);
                height = Math.max(height, lines.size());
            }
            flow.add(new FlowItem.TableRow(cells, offsets, height));
        }
    }

    private List<ComposedLine> cell(List<Inline> content, boolean header, double width, SourceSpan span,
                                    boolean flushRight) {
        List<TextRun> runs = runs(content, header ? FontRole.SANS_BOLD : FontRole.SERIF, body(), span);
        if (runs.isEmpty()) return List.of();
        List<ComposedLine> lines = composer.compose(runs, width, LEFT_LINE, diags);
        if (!flushRight || width > 5_000) return lines;
        List<ComposedLine> right = new ArrayList<>();
        for (ComposedLine l : lines) {
            double shift = width - l.width();
            right.add(new ComposedLine(l.glyphs().stream().map(g -> new PlacedGlyph(g.codePoint(), g.text(),
                    g.face(), g.size(), g.x() + shift, g.width())).toList(), width, l.last()));
        }
        return right;
    }

    private void addParagraph(List<TextRun> runs, ParagraphStyle style, double indent, double measure,
                              List<FlowItem> flow) {
        if (runs.isEmpty()) return;
        for (ComposedLine line : composer.compose(runs, measure - indent, style, diags)) {
            flow.add(new FlowItem.Line(line, indent));
        }
    }

    private FlowItem.Figure figure(Picture picture, double width) {
        double height = width * picture.aspect();
        List<ComposedLine> caption = caption(picture, width);
        int rows = (int) Math.ceil((height + 0.3 * grid.pitch()) / grid.pitch()) + caption.size();
        return new FlowItem.Figure(picture, height, caption, rows);
    }

    /** Caption in 楷体 with the ■摄影 credit after it. */
    List<ComposedLine> caption(Picture picture, double width) {
        List<TextRun> runs = new ArrayList<>();
        if (!picture.caption().isEmpty()) {
            runs.add(new TextRun(picture.caption(), FontRole.KAI, body(), picture.span()));
        }
        if (!picture.credit().isEmpty()) {
            runs.add(new TextRun((runs.isEmpty() ? "" : "\u3000") + CREDIT_MARK + picture.credit(),
                    FontRole.KAI, body(), picture.span()));
        }
        if (runs.isEmpty()) return List.of();
        return composer.compose(runs, width, FLUSH, diags);
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

    /** Largest title size this article may take, by kind and rank on the page. */
    double maxTitleSize(Article article, int rank) {
        double scale = body() / 9.0;
        if (article.kind() == ArticleKind.BRIEF || article.kind() == ArticleKind.TEASER) return 16 * scale;
        if (article.kind() == ArticleKind.PHOTO) return 22 * scale;
        if (rank == 0) return 54 * scale;
        if (rank == 1) return 36 * scale;
        return 28 * scale;
    }

    /**
     * The headline block for a module {@code width} pt wide: the title at the largest ladder size
     * not above {@code maxSize} that keeps it to at most two lines (three in narrow modules) and
     * every forced line on one line.
     */
    Headline headline(Article article, double width, double maxSize, boolean continuation) {
        double scale = body() / 9.0;
        int maxLines = width < 12 * 9 * scale * 2 ? 3 : 2;
        List<ComposedLine> title = null;
        double size = 0;
        for (double ladder : TITLE_SIZES) {
            double s = ladder * scale;
            if (s > maxSize + 0.01) continue;
            size = s;
            title = titleLines(article, s, width);
            if (fits(article, title, maxLines)) break;
        }
        if (title == null) {
            size = maxSize;
            title = titleLines(article, size, width);
        }
        List<Headline.Placed> lines = new ArrayList<>();
        double y = 0.35 * grid.pitch();
        if (!article.kicker().isEmpty() && !continuation) {
            double ks = Math.max(body() * 1.15, size * 0.42);
            for (ComposedLine l : composer.compose(List.of(new TextRun(article.kicker(), FontRole.SANS, ks,
                    article.span())), width, CENTERED_HEAD, diags)) {
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
            for (ComposedLine l : composer.compose(List.of(new TextRun(article.subtitle(), FontRole.SERIF, ss,
                    article.span())), width, CENTERED_HEAD, diags)) {
                y += ss * 0.95;
                lines.add(new Headline.Placed(l, y));
                y += ss * 0.35;
            }
        }
        y += 0.45 * grid.pitch();
        List<ComposedLine> byline = article.byline().isEmpty() || continuation ? List.of()
                : composer.compose(List.of(new TextRun(BYLINE_MARK + article.byline().strip().replaceAll("\\s+", "\u3000"), FontRole.KAI, body(),
                article.span())), width, LEFT_LINE, diags);
        int rows = (int) Math.ceil(y / grid.pitch() - 1e-6) + byline.size();
        return new Headline(lines, y, byline, rows, size);
    }

    private List<ComposedLine> titleLines(Article article, double size, double width) {
        List<ComposedLine> lines = new ArrayList<>();
        for (String part : article.title()) {
            lines.addAll(composer.compose(List.of(new TextRun(part, FontRole.SANS_BOLD, size, article.span())),
                    width, CENTERED_HEAD, diags));
        }
        return lines;
    }

    private static boolean fits(Article article, List<ComposedLine> lines, int maxLines) {
        if (article.title().size() > 1) return lines.size() == article.title().size();
        return lines.size() <= maxLines;
    }
}
