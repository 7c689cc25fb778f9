package paiban.render.pdf;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.cli.IssueBuilder;
import paiban.font.FontLibrary;
import paiban.layout.ModulePlacement;
import paiban.layout.PageLayout;
import paiban.model.Article;
import paiban.model.Block;
import paiban.model.Inline;
import paiban.model.Page;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Builds the sample issue and reads its PDF back as a reader would (PDFBox). */
class PrintEditionTest {
    static final String NO_LINE_START = "。．，、：；！？‼⁇”’」』）〕］｝】〗〉》～‐–—·・‧／";
    static final String NO_LINE_END = "“‘「『（〔［｛【〖《〈";
    static final String PUNCTUATION = "，。、；：！？）》」』】〕〉”’“‘「『（〔［｛【〖《〈·・";

    @TempDir
    static Path out;
    static IssueBuilder.Result result;
    static PdfGlyphs pdf;

    @BeforeAll
    static void build() throws Exception {
        result = new IssueBuilder(FontLibrary.load(Path.of("fonts"))).build(Path.of("issues/2026-11-26"), out);
        assertTrue(result.ok(), () -> "sample did not build: " + result.diagnostics());
        Path file = out.resolve("2026-11-26/2026-11-26.pdf");
        assertTrue(Files.size(file) > 10_000);
        pdf = new PdfGlyphs(file);
    }

    @Test
    void everySourceCharacterIsInThePdfInReadingOrder() {
        String extracted = pdf.contentOrderText.replaceAll("\\s", "");
        for (Page page : result.issue().pages()) {
            for (Article a : page.articles()) {
                String truth = articleText(a);
                int at = 0;
                for (int i = 0; i < truth.length(); ) {
                    int cp = truth.codePointAt(i);
                    int found = extracted.indexOf(new String(Character.toChars(cp)), at);
                    final int idx = i;
                    assertTrue(found >= 0, () -> a.id() + ": character '" + truth.substring(idx, idx + Character.charCount(cp))
                            + "' at " + idx + " of its text is missing from the PDF");
                    at = found + Character.charCount(cp);
                    i += Character.charCount(cp);
                }
            }
        }
    }

    /** Page 1 carries the masthead's dates, number and page count; the others a folio line. */
    @Test
    void mastheadAndFolioLinesSayWhatADailyPrints() {
        String front = pageText(0);
        for (String part : List.of("青溪日报", "2026年11月26日", "星期四", "农历丙午年十月十八", "第8123期", "今日4版")) {
            assertTrue(front.contains(part), "masthead lacks " + part);
        }
        for (Page page : result.issue().pages().subList(1, result.issue().pages().size())) {
            String text = pageText(page.number() - 1);
            assertTrue(text.contains("第" + page.number() + "版" + page.section()), "folio of page " + page.number());
            assertTrue(text.contains("责任编辑：" + page.editor()), "editor on page " + page.number());
        }
    }

    /** The outline lists each page (第N版 section) with its articles' titles beneath. */
    @Test
    void outlineGoesFromPagesToArticles() throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(
                out.resolve("2026-11-26/2026-11-26.pdf").toFile())) {
            var pages = new ArrayList<String>();
            var titles = new ArrayList<String>();
            for (var item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                pages.add(item.getTitle());
                item.children().forEach(child -> titles.add(child.getTitle()));
            }
            assertEquals(result.issue().pages().stream().map(p -> "第" + p.number() + "版 " + p.section()).toList(), pages);
            for (Page page : result.issue().pages()) {
                for (Article a : page.articles()) assertTrue(titles.contains(a.titleText()), "outline lacks " + a.id());
            }
        }
    }

    private static String pageText(int page) {
        StringBuilder sb = new StringBuilder();
        pdf.pages.get(page).forEach(g -> sb.append(g.text()));
        return sb.toString().replaceAll("[\\s\u3000]", "");
    }

    @Test
    void noLineStartsOrEndsWithAProhibitedMark() {
        List<String> bad = new ArrayList<>();
        for (int p = 0; p < pdf.pages.size(); p++) {
            for (PdfGlyphs.Line line : pdf.lines(p, pdf.bodySize(p))) {
                String t = line.text();
                if (line.glyphs().size() == 1) continue; // a table cell holding only a dash
                if (NO_LINE_START.indexOf(t.codePointAt(0)) >= 0) bad.add("page " + (p + 1) + " starts: " + t);
                if (NO_LINE_END.indexOf(t.codePointBefore(t.length())) >= 0) bad.add("page " + (p + 1) + " ends: " + t);
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void bodyLinesSitOnOneBaselineGridPerPage() {
        for (int p = 0; p < pdf.pages.size(); p++) {
            List<PdfGlyphs.Line> lines = pdf.lines(p, pdf.bodySize(p));
            double pitch = pitch(lines);
            double origin = lines.get(0).baseline();
            for (PdfGlyphs.Line l : lines) {
                double k = (l.baseline() - origin) / pitch;
                assertEquals(Math.round(k), k, 0.01, "page " + (p + 1) + " line off the grid: " + l.text());
            }
        }
    }

    /**
     * A body line (serif, body size) followed in its column by a line that is not indented and
     * not a list item (so not a paragraph's last line) must end at the column's right edge; a line ending in a closing mark may end
     * inside that mark's blank half (clreq: line-end marks are squeezed before pushing text down).
     */
    @Test
    void justifiedLinesAreFlushWithTheirColumn() {
        int checked = 0, flush = 0;
        List<String> ragged = new ArrayList<>();
        for (int p = 0; p < pdf.pages.size(); p++) {
            double em = pdf.bodySize(p);
            List<PdfGlyphs.Line> lines = pdf.lines(p, em, "NotoSerifSC");
            double pitch = pitch(lines);
            List<Double> lefts = frequent(lines.stream().map(PdfGlyphs.Line::left).toList());
            List<Double> rights = frequent(lines.stream().map(PdfGlyphs.Line::right).toList());
            for (PdfGlyphs.Line l : lines) {
                double colLeft = lefts.stream().filter(x -> x <= l.left() + 0.6 * em).max(Double::compare).orElse(-1.0);
                if (colLeft < 0) continue;
                PdfGlyphs.Line next = lines.stream().filter(n -> Math.abs(n.baseline() - l.baseline() - pitch) < 0.5
                        && n.left() > colLeft - 0.6 * em && n.left() < colLeft + 3 * em).findFirst().orElse(null);
                if (next == null || next.left() > colLeft + 1.5 * em || next.text().startsWith("●")) continue;
                checked++;
                PdfGlyphs.Glyph last = l.glyphs().get(l.glyphs().size() - 1);
                boolean closing = "，。、；：！？）》」』】〕〉”’".contains(last.text());
                boolean isFlush = rights.stream().anyMatch(edge -> Math.abs(edge - l.right()) < 0.3
                        || closing && edge >= last.x() - 0.3 && edge <= last.x() + 0.6 * em + 0.3);
                if (isFlush) flush++;
                else ragged.add("page " + (p + 1) + ": " + l.text());
            }
        }
        assertTrue(checked > 300 * pdf.pages.size(), "few lines checked: " + checked);
        double ratio = (double) flush / checked;
        assertTrue(ratio >= 0.995, "flush ratio " + ratio + " of " + checked + "; e.g. "
                + ragged.subList(0, Math.min(10, ragged.size())));
    }

    @Test
    void modulesDoNotOverlapAndStayOnTheGrid() {
        for (PageLayout page : result.pages()) {
            List<ModulePlacement> m = page.modules();
            for (int i = 0; i < m.size(); i++) {
                ModulePlacement a = m.get(i);
                assertTrue(a.column() >= 0 && a.column() + a.columns() <= result.issue().edition().columns(),
                        a.articleId() + " leaves the grid");
                for (int j = i + 1; j < m.size(); j++) {
                    ModulePlacement b = m.get(j);
                    boolean apart = a.column() + a.columns() <= b.column() || b.column() + b.columns() <= a.column()
                            || a.row() + a.rows() <= b.row() || b.row() + b.rows() <= a.row();
                    assertTrue(apart, a.articleId() + " overlaps " + b.articleId());
                }
            }
        }
    }

    @Test
    void noTwoGlyphsOverlapOnAPage() {
        for (int p = 0; p < pdf.pages.size(); p++) {
            List<PdfGlyphs.Glyph> glyphs = pdf.pages.get(p).stream().filter(g -> !g.text().isBlank()).toList();
            java.util.Map<Long, List<PdfGlyphs.Glyph>> buckets = new java.util.HashMap<>();
            for (PdfGlyphs.Glyph g : glyphs) {
                long key = Math.round(g.baseline() * 10);
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(g);
            }
            for (List<PdfGlyphs.Glyph> row : buckets.values()) {
                row.sort(java.util.Comparator.comparingDouble(PdfGlyphs.Glyph::x));
                for (int i = 1; i < row.size(); i++) {
                    PdfGlyphs.Glyph a = row.get(i - 1), b = row.get(i);
                    // a squeezed mark's blank half may lie under its neighbour (clreq 3.1.6)
                    double slack = (PUNCTUATION.contains(a.text()) ? 0.5 : 0) + (PUNCTUATION.contains(b.text()) ? 0.5 : 0);
                    double overlap = a.x() + a.width() * (1 - slack) - b.x();
                    assertTrue(overlap <= 0.01, "page " + (p + 1) + ": '" + a.text() + "' and '" + b.text()
                            + "' overlap at y=" + a.baseline());
                }
            }
        }
    }

    /** The most common distance between consecutive baselines in a column. */
    static double pitch(List<PdfGlyphs.Line> lines) {
        java.util.Map<Long, Integer> diffs = new java.util.HashMap<>();
        for (PdfGlyphs.Line a : lines) {
            lines.stream().filter(b -> Math.abs(b.left() - a.left()) < 0.5 && b.baseline() > a.baseline())
                    .mapToDouble(b -> b.baseline() - a.baseline()).min()
                    .ifPresent(d -> diffs.merge(Math.round(d * 100), 1, Integer::sum));
        }
        return diffs.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey() / 100.0;
    }

    /** Coordinates shared by many lines (to 0.1 pt): the columns' left or right edges. */
    static List<Double> frequent(List<Double> values) {
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        for (double v : values) counts.merge(Math.round(v * 10), 1, Integer::sum);
        return counts.entrySet().stream().filter(e -> e.getValue() >= 8).map(e -> e.getKey() / 10.0).toList();
    }

    /** An article's text in reading order (headline, caption, dateline, body blocks in source order), whitespace removed. */
    static String articleText(Article a) {
        StringBuilder sb = new StringBuilder();
        sb.append(a.kicker()).append(String.join("", a.title())).append(a.subtitle()).append(a.byline());
        if (a.picture() != null) sb.append(a.picture().caption()).append(a.picture().credit());
        sb.append(a.dateline());
        a.body().forEach(b -> appendBlock(b, sb));
        return sb.toString().replaceAll("\\s", "");
    }

    private static void appendBlock(Block b, StringBuilder sb) {
        if (b instanceof Block.Paragraph p) p.inlines().forEach(i -> sb.append(i.text()));
        else if (b instanceof Block.Heading h) h.inlines().forEach(i -> sb.append(i.text()));
        else if (b instanceof Block.Quote q) q.blocks().forEach(x -> appendBlock(x, sb));
        else if (b instanceof Block.ListBlock l) l.items().forEach(item -> item.forEach(x -> appendBlock(x, sb)));
        else if (b instanceof Block.Table t) t.rows().forEach(r -> r.forEach(c -> c.forEach((Inline i) -> sb.append(i.text()))));
        else if (b instanceof Block.Image img) sb.append(img.picture().caption()).append(img.picture().credit());
    }
}
