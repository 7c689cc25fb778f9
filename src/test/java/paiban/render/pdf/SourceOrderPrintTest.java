package paiban.render.pdf;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.cli.IssueBuilder;
import paiban.font.FontLibrary;
import paiban.model.Article;
import paiban.model.Block;
import paiban.model.Inline;
import paiban.model.Page;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The tabloid fixture's tables, written after paragraphs of their story, are printed and read
 * where the text puts them: in the PDF's text, by the glyphs' height on the page, and in the EPUB.
 */
class SourceOrderPrintTest {
    @TempDir
    static Path out;
    static IssueBuilder.Result result;
    static PdfGlyphs pdf;
    static Path epub;

    @BeforeAll
    static void build() throws Exception {
        Path fixture = Path.of("src/test/resources/fixtures/tabloid-2026-12-08");
        result = new IssueBuilder(FontLibrary.load(Path.of("fonts"))).build(fixture, out);
        assertTrue(result.ok(), () -> "fixture did not build: " + result.diagnostics());
        String id = fixture.getFileName().toString();
        pdf = new PdfGlyphs(out.resolve(id + "/" + id + ".pdf"));
        epub = out.resolve(id + "/" + id + ".epub");
    }

    /** A table of a story with the paragraphs around it, as written. */
    private record Placed(Article article, List<Block.Paragraph> before, Block.Table table, Block.Paragraph after) {
        /** Each row's cells run together: a row as it reads, leaders aside. */
        List<String> rows() {
            return table.rows().stream().map(r -> text(r.stream().flatMap(List::stream).toList())).toList();
        }
    }

    private static List<Placed> tables() {
        List<Placed> found = new ArrayList<>();
        for (Page page : result.issue().pages()) {
            for (Article a : page.articles()) {
                List<Block> body = a.body();
                for (int i = 1; i + 1 < body.size(); i++) {
                    if (body.get(i) instanceof Block.Table t && body.get(i - 1) instanceof Block.Paragraph
                            && body.get(i + 1) instanceof Block.Paragraph after) {
                        List<Block.Paragraph> before = body.subList(0, i).stream().filter(b -> b instanceof Block.Paragraph)
                                .map(b -> (Block.Paragraph) b).toList();
                        found.add(new Placed(a, before, t, after));
                    }
                }
            }
        }
        assertTrue(found.size() >= 2, "the fixture has tables between paragraphs: " + found.size());
        return found;
    }

    private static String text(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        inlines.forEach(i -> sb.append(i.text()));
        return sb.toString().replaceAll("[\\s·]", "");
    }

    /** A page's glyphs in content order, blanks and leader dots left out, and the text they spell. */
    private record PageText(List<PdfGlyphs.Glyph> glyphs, String text, int[] glyphAt) {
        static PageText of(List<PdfGlyphs.Glyph> all) {
            List<PdfGlyphs.Glyph> kept = all.stream().filter(g -> !g.text().isBlank() && !g.text().equals("·")).toList();
            StringBuilder sb = new StringBuilder();
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < kept.size(); i++) {
                sb.append(kept.get(i).text());
                while (at.size() < sb.length()) at.add(i);
            }
            return new PageText(kept, sb.toString(), at.stream().mapToInt(Integer::intValue).toArray());
        }

        /** Lowest and highest baseline of the glyphs spelling text [from, to). */
        double[] baselines(int from, int to) {
            var stats = java.util.stream.IntStream.range(from, to).mapToDouble(i -> glyphs.get(glyphAt[i]).baseline())
                    .summaryStatistics();
            return new double[]{stats.getMin(), stats.getMax()};
        }
    }

    @Test
    void extractedTextHasTheTableBetweenTheParagraphsAroundIt() {
        String all = pdf.contentOrderText.replaceAll("[\\s·]", "");
        for (Placed p : tables()) {
            String before = text(p.before().get(p.before().size() - 1).inlines());
            int at = all.indexOf(before);
            assertTrue(at >= 0, p.article().id() + ": the paragraph before the table is in the PDF");
            at += before.length();
            for (String row : p.rows()) {
                int found = all.indexOf(row, at);
                assertEquals(at, found, p.article().id() + ": row '" + row + "' follows what comes before it");
                at = found + row.length();
            }
            String after = text(p.after().inlines());
            assertEquals(at, all.indexOf(after.substring(0, 12), at),
                    p.article().id() + ": the paragraph after the table follows its last row");
        }
    }

    @Test
    void theTableStandsBelowTheTextBeforeItAndAboveTheTextAfterIt() {
        for (Placed p : tables()) {
            List<String> rows = p.rows();
            PageText page = null;
            for (List<PdfGlyphs.Glyph> glyphs : pdf.pages) {
                PageText t = PageText.of(glyphs);
                if (t.text().contains(String.join("", rows))) page = t;
            }
            assertNotNull(page, p.article().id() + ": its table is printed whole on one page");
            String first = text(p.before().get(0).inlines());
            String last = text(p.before().get(p.before().size() - 1).inlines());
            String table = String.join("", rows);
            int start = page.text().indexOf(first);
            int tableStart = page.text().indexOf(table, start);
            int tableEnd = tableStart + table.length();
            assertTrue(start >= 0 && page.text().indexOf(last, start) + last.length() == tableStart,
                    p.article().id() + ": the text before the table is on its page, right before it");
            double[] tableRows = page.baselines(tableStart, tableEnd);
            double lowestAbove = page.baselines(start, tableStart)[1];
            assertTrue(lowestAbove < tableRows[0], p.article().id() + ": every line before the table (the lowest at "
                    + lowestAbove + " pt) is above its first row (" + tableRows[0] + " pt)");
            String after = text(p.after().inlines()).substring(0, 12);
            assertEquals(tableEnd, page.text().indexOf(after, tableEnd),
                    p.article().id() + ": the paragraph after the table follows it on its page");
            double highestBelow = page.baselines(tableEnd, tableEnd + after.length())[0];
            assertTrue(highestBelow > tableRows[1], p.article().id() + ": the paragraph after the table (at "
                    + highestBelow + " pt) is below its last row (" + tableRows[1] + " pt)");
        }
    }

    @Test
    void theEpubReadsTheTableBetweenTheParagraphsAroundIt() throws IOException {
        List<String> documents = new ArrayList<>();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().endsWith(".xhtml")) {
                    documents.add(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        assertTrue(Files.size(epub) > 0);
        for (Placed p : tables()) {
            String before = text(p.before().get(p.before().size() - 1).inlines());
            String doc = documents.stream().filter(d -> d.contains(before)).findFirst()
                    .orElseThrow(() -> new AssertionError(p.article().id() + ": no EPUB document has its text"));
            int table = doc.indexOf("<table", doc.indexOf(before));
            String firstLabel = text(p.table().rows().get(1).get(0));
            String after = text(p.after().inlines()).substring(0, 12);
            assertTrue(doc.indexOf(before) < table && table < doc.indexOf(firstLabel, table)
                    && doc.indexOf(firstLabel, table) < doc.indexOf("</table>", table)
                    && doc.indexOf("</table>", table) < doc.indexOf(after, table),
                    p.article().id() + ": the EPUB has the paragraph, the table, then the next paragraph");
        }
    }
}
