package paiban.layout;

import paiban.font.FontRole;
import paiban.model.Edition;
import paiban.model.Issue;
import paiban.model.Page;
import paiban.model.Words;
import paiban.text.ComposedLine;

import java.util.ArrayList;
import java.util.List;

/** The masthead (报头) of page 1 and the folio line (报眉) of the others. */
final class Furniture {
    static final int FOLIO_ROWS = 3;


    private final Grid grid;
    private final ArticleShaper shaper;

    Furniture(Grid grid, ArticleShaper shaper) {
        this.grid = grid;
        this.shaper = shaper;
    }

    /** The least height of the masthead band, in rows: a tenth of the page. */
    static int mastheadRows(Grid grid) {
        return Math.max(8, (int) Math.round(grid.rows() * 0.10));
    }

    private ComposedLine line(String text, FontRole role, double size, Page page) {
        return shaper.line(text, role, size, page.span(), grid.areaWidth());
    }

    /**
     * The masthead in a band of {@code rows} rows across {@code columns} grid columns: the paper's
     * name large in red with the publisher under it, beside it the date, 农历 (Chinese editions), issue number and
     * page count sized to fill the band; a double rule closes the band.
     */
    void masthead(Issue issue, Page page, int columns, int rows, List<PageItem> out) {
        Edition e = issue.edition();
        double bandTop = grid.rowTop(0);
        double bandHeight = (rows - 1) * grid.pitch();
        double bandWidth = grid.spanWidth(columns);
        int nameLength = e.paper().codePointCount(0, e.paper().length());
        double nameSize = Math.min(bandHeight * 0.74, bandWidth * 0.6 / Math.max(2, nameLength));
        ComposedLine name = line(e.paper(), FontRole.KAI, nameSize, page);
        double publisherSize = Math.max(grid.bodySize(), nameSize * 0.15);
        double blockHeight = nameSize * 0.92 + publisherSize * 1.8;
        double nameBaseline = bandTop + (bandHeight - blockHeight) / 2 + nameSize * 0.86;
        out.add(new PageItem.TextLine(grid.left(), nameBaseline, name, PageItem.Ink.RED));
        Words words = Words.of(e.language());
        ComposedLine publisher = line(e.publisher() + words.publishedBy(), FontRole.SANS, publisherSize, page);
        double publisherX = grid.left() + (name.width() - publisher.width()) / 2;
        out.add(new PageItem.TextLine(publisherX, nameBaseline + publisherSize * 1.9, publisher));

        List<String> info = new ArrayList<>();
        info.add(words.date(e.date()) + " " + words.weekday(e.date()));
        if (words.lunarDate()) info.add(ChineseDates.lunar(e.date(), words.traditional()));
        info.add((e.number() > 0 ? words.issue(e.number()) + "　" : "") + words.pages(issue.pages().size()));
        double infoX = grid.left() + name.width() + grid.gutter() * 3;
        double infoWidth = grid.left() + bandWidth - infoX;
        double longest = info.stream().mapToDouble(t -> line(t, FontRole.SANS, 10, page).width()).max().orElse(1);
        double infoSize = Math.min(bandHeight / info.size() / 1.6, 10 * infoWidth / longest);
        double step = infoSize * 1.6;
        double y = bandTop + (bandHeight - step * info.size()) / 2 + infoSize * 1.05;
        double ruleX = infoX - grid.gutter() * 1.5;
        out.add(new PageItem.Rule(ruleX, bandTop + bandHeight * 0.12, ruleX, bandTop + bandHeight * 0.88, 0.5));
        for (String text : info) {
            out.add(new PageItem.TextLine(infoX, y, line(text, FontRole.SANS, infoSize, page)));
            y += step;
        }
        double ruleY = grid.rowTop(rows) - grid.pitch() * 0.55;
        out.add(new PageItem.Rule(grid.left(), ruleY, grid.left() + grid.areaWidth(), ruleY, 2.0));
        out.add(new PageItem.Rule(grid.left(), ruleY + 2.6, grid.left() + grid.areaWidth(), ruleY + 2.6, 0.5));
    }

    /** 第N版 (N面) · section on the left, the paper's name in the middle, date and editor on the right. */
    void folio(Issue issue, Page page, List<PageItem> out) {
        Edition e = issue.edition();
        double size = grid.bodySize() * 1.2;
        double baseline = grid.baseline(0) + grid.pitch() * 0.3;
        Words words = Words.of(e.language());
        String left = words.page(page.number()) + (page.section().isEmpty() ? "" : "　" + page.section());
        ComposedLine l = line(left, FontRole.SANS_BOLD, size * 1.25, page);
        out.add(new PageItem.TextLine(grid.left(), baseline, l));
        ComposedLine mid = line(e.paper(), FontRole.KAI, size * 1.25, page);
        out.add(new PageItem.TextLine(grid.left() + (grid.areaWidth() - mid.width()) / 2, baseline, mid, PageItem.Ink.RED));
        String right = words.date(e.date()) + " " + words.weekday(e.date())
                + (page.editor().isEmpty() ? "" : "　" + words.editor() + "：" + page.editor());
        ComposedLine r = line(right, FontRole.SANS, size, page);
        out.add(new PageItem.TextLine(grid.left() + grid.areaWidth() - r.width(), baseline, r));
        double ruleY = grid.rowTop(FOLIO_ROWS) - grid.pitch() * 0.6;
        out.add(new PageItem.Rule(grid.left(), ruleY, grid.left() + grid.areaWidth(), ruleY, 1.5));
    }

    /**
     * The 題字 block of a vertical front page, {@code bands} bands tall and {@code lines} line slots
     * wide, with its name and information lines set.
     */
    record Corner(int bands, int lines, ComposedLine name, List<ComposedLine> info) {
        static final Corner NONE = new Corner(0, 0, null, List.of());
    }

    /**
     * Sets the masthead (題字) of a vertical front page for the top-right corner of its bands,
     * {@code bands} bands tall: the paper's name standing large (up to six body ems a character),
     * under it the date, issue number, page count and publisher in short vertical lines.
     */
    Corner verticalMasthead(Issue issue, Page page, VerticalGrid v, int bands, ArticleShaper shaper) {
        Edition e = issue.edition();
        Words words = Words.of(e.language());
        double body = v.bodySize();
        List<String> info = new ArrayList<>();
        info.add(words.date(e.date()) + " " + words.weekday(e.date()));
        info.add((e.number() > 0 ? words.issue(e.number()) + "　" : "") + words.pages(issue.pages().size()));
        info.add(e.publisher() + words.publishedBy());
        List<ComposedLine> infoLines = info.stream()
                .map(t -> shaper.line(t, FontRole.SANS, body * VERTICAL_INFO, page.span(), v.bandSpan(v.bands()))).toList();
        int nameLength = Math.max(1, e.paper().codePointCount(0, e.paper().length()));
        double nameSize = Math.max(2 * body, Math.min(6 * body, nameRoom(v, bands, infoLines) / nameLength));
        ComposedLine name = shaper.line(e.paper(), FontRole.KAI, nameSize, page.span(), v.bandSpan(bands));
        double width = Math.max(nameSize * 1.3, infoLines.size() * body * VERTICAL_INFO * 1.6) + body;
        return new Corner(bands, (int) Math.ceil(width / v.pitch() - 1e-9), name, infoLines);
    }

    /** Size of the masthead's information lines, in body ems. */
    private static final double VERTICAL_INFO = 1.1;

    /** Length left for the name over the information lines, an em of white above, between and below. */
    private static double nameRoom(VerticalGrid v, int bands, List<ComposedLine> info) {
        double infoLength = info.stream().mapToDouble(ComposedLine::width).max().orElse(0);
        return v.bandSpan(bands) - infoLength - 3 * v.bodySize();
    }

    /** Writes a vertical masthead: the name in red in the middle of its room, the lines read right to left under it. */
    void writeVerticalMasthead(Corner corner, VerticalGrid v, List<PageItem> out) {
        double body = v.bodySize();
        double height = v.bandSpan(corner.bands());
        double top = v.bandTop(0);
        double right = v.lineRight(0);
        double left = v.lineRight(corner.lines());
        double middle = (right + left) / 2;
        double room = nameRoom(v, corner.bands(), corner.info());
        out.add(new PageItem.VerticalLine(middle, top + body + (room - corner.name().width()) / 2, corner.name(),
                PageItem.Ink.RED));
        double infoTop = top + body * 2 + room;
        double step = body * VERTICAL_INFO * 1.6;
        double axis = middle + (corner.info().size() - 1) * step / 2;
        for (ComposedLine l : corner.info()) {
            out.add(new PageItem.VerticalLine(axis, infoTop, l, PageItem.Ink.BLACK));
            axis -= step;
        }
        out.add(new PageItem.Rule(left, top, left, top + height, 1.5));
        if (corner.bands() < v.bands()) {
            double foot = top + height + v.bandGap() / 2;
            out.add(new PageItem.Rule(left, foot, right, foot, 1.5));
        }
    }
}
