package paiban.render.epub;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.cli.IssueBuilder;
import paiban.font.FontLibrary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        byte[] first = Files.readAllBytes(epub);
        new IssueBuilder(FontLibrary.load(Path.of("fonts")))
                .build(Path.of("issues/2026-11-26"), out, new IssueBuilder.Outputs(false, true, false, false));
        assertArrayEquals(first, Files.readAllBytes(epub), "a rebuild gives the same bytes");
    }
}
