package paiban.render.epub;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.cli.IssueBuilder;
import paiban.font.FontLibrary;
import paiban.model.Article;
import paiban.model.Block;
import paiban.model.Inline;
import paiban.model.Page;
import paiban.source.Scaffold;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.*;

/** The sample issue's EPUB as the command line builds it, cover drawn from the front page. */
class SampleEpubTest {
    @TempDir
    Path out;

    @Test
    void theSampleEditionPassesEpubCheckWithTheFrontPageAsCover() throws IOException {
        IssueBuilder.Result r = new IssueBuilder(FontLibrary.load(Path.of("fonts")))
                .build(Path.of("issues/2026-11-26"), out, new IssueBuilder.Outputs(false, true, false, false));
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        Path epub = out.resolve("2026-11-26/2026-11-26.epub");
        assertEquals(List.of(), EpubWriterTest.epubCheck(epub));
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            var cover = zip.getEntry("OEBPS/images/cover.jpg");
            assertNotNull(cover, "the cover is the front page drawn as a JPEG");
            assertTrue(cover.getSize() > 50_000, "a whole page, not a placeholder");
        }
        assertEveryArticleReadOnceInPaperOrder(r, epub);
        byte[] first = Files.readAllBytes(epub);
        new IssueBuilder(FontLibrary.load(Path.of("fonts")))
                .build(Path.of("issues/2026-11-26"), out, new IssueBuilder.Outputs(false, true, false, false));
        assertArrayEquals(first, Files.readAllBytes(epub), "a rebuild gives the same bytes");
    }

    /** Issue 11 point 4: pictures re-encoded for reading devices, the whole edition under 1.2 MB. */
    @Test
    void theSampleEditionIsLightForReadingDevices() throws IOException {
        IssueBuilder.Result r = new IssueBuilder(FontLibrary.load(Path.of("fonts")))
                .build(Path.of("issues/2026-11-26"), out, new IssueBuilder.Outputs(false, true, false, false));
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        Path epub = out.resolve("2026-11-26/2026-11-26.epub");
        long size = Files.size(epub);
        assertTrue(size < 1_200_000, size + " bytes");
        String report = Files.readString(out.resolve("2026-11-26/report.json"));
        assertTrue(report.contains("\"epub\": {\"bytes\": " + size + ","), report);
        int photos = 0;
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                if (!entry.getName().startsWith("OEBPS/images/")) continue;
                BufferedImage image = ImageIO.read(zip.getInputStream(entry));
                boolean cover = entry.getName().startsWith("OEBPS/images/cover.");
                int longEdge = Math.max(image.getWidth(), image.getHeight());
                int edge = cover ? EpubWriter.COVER_EDGE_PX : EpubWriter.PICTURE_EDGE_PX;
                // the cover is drawn at a whole pixel width, its height rounded: within a pixel of the edge
                assertTrue(longEdge <= edge && longEdge >= edge - 1, entry.getName() + ": " + longEdge + " px");
                assertEquals(8, image.getColorModel().getComponentSize(0), entry.getName() + ": 8 bits a channel");
                assertTrue(entry.getName().endsWith(".jpg"), entry.getName() + ": the sample's photographs are JPEGs");
                if (!cover) photos++;
            }
        }
        assertEquals(5, photos);
    }

    @Test
    void theScaffoldOfANewIssuePassesEpubCheck() throws IOException {
        Path issue = out.resolve("src/2026-12-01");
        Scaffold.create(issue, LocalDate.of(2026, 12, 1));
        IssueBuilder.Result r = new IssueBuilder(FontLibrary.load(Path.of("fonts")))
                .build(issue, out, new IssueBuilder.Outputs(false, true, false, false));
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        assertEquals(List.of(), EpubWriterTest.epubCheck(out.resolve("2026-12-01/2026-12-01.epub")));
    }

    /** The pages' text holds each title in paper order and each body paragraph exactly once. */
    private static void assertEveryArticleReadOnceInPaperOrder(IssueBuilder.Result r, Path epub) throws IOException {
        StringBuilder text = new StringBuilder();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (int n = 1; n <= r.issue().pages().size(); n++) {
                var entry = zip.getEntry(String.format("OEBPS/page-%02d.xhtml", n));
                assertNotNull(entry, "page " + n);
                text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8)
                        .replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
            }
        }
        String all = text.toString().replaceAll("\\s", "");
        int previous = -1;
        for (Page page : r.issue().pages()) {
            for (Article a : page.articles()) {
                int at = all.indexOf(a.titleText().replaceAll("\\s", ""), previous + 1);
                assertTrue(at > previous, "in paper order: " + a.id());
                previous = at;
                for (Block b : a.body()) {
                    if (!(b instanceof Block.Paragraph p)) continue;
                    String paragraph = p.inlines().stream().map(Inline::text).reduce("", String::concat)
                            .replaceAll("\\s", "");
                    if (paragraph.length() >= 12) assertEquals(1, count(all, paragraph), a.id() + ": " + paragraph);
                }
            }
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) n++;
        return n;
    }
}
