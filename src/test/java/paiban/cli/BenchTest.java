package paiban.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.diag.Diagnostics;
import paiban.model.Issue;
import paiban.source.IssueReader;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** {@code bench --archive}: the issues it makes, and the figures it prints (never their values: no timed test). */
class BenchTest {
    private static final Path SAMPLE = Path.of("issues/2026-11-26");

    @TempDir
    Path dir;

    @Test
    void archiveIssuesAreDistinctReadableIssuesWithTwoCameraSizedPhotosEach() throws Exception {
        List<Path> issues = new BenchIssues(SAMPLE).write(dir, 3);
        assertEquals(List.of("2026-11-27", "2026-11-28", "2026-11-29"),
                issues.stream().map(p -> p.getFileName().toString()).toList());
        List<String> texts = new ArrayList<>();
        List<byte[]> photos = new ArrayList<>();
        for (Path folder : issues) {
            Diagnostics diags = new Diagnostics();
            Issue issue = new IssueReader().read(folder, diags);
            assertFalse(diags.hasErrors(), diags.all().toString());
            assertEquals(4, issue.pages().size());
            List<Path> pictures = issue.pages().stream().flatMap(p -> p.articles().stream())
                    .flatMap(a -> a.pictures().stream()).map(p -> p.file()).distinct().toList();
            assertEquals(2, pictures.size(), folder + " shows two photos");
            for (Path photo : pictures) {
                assertArrayEquals(new int[] {3000, 2000}, size(photo), photo.toString());
                photos.add(Files.readAllBytes(photo));
            }
            texts.add(markdown(folder));
        }
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                assertNotEquals(texts.get(i), texts.get(j));
                assertTrue(sharedParagraphs(texts.get(i), texts.get(j)) < 0.1,
                        "issues " + i + " and " + j + " set different paragraphs");
            }
        }
        for (int i = 0; i < photos.size(); i++) {
            for (int j = i + 1; j < photos.size(); j++) assertFalse(Arrays.equals(photos.get(i), photos.get(j)));
        }
        Path again = new BenchIssues(SAMPLE).write(dir.resolve("again"), 1).get(0);
        assertEquals(texts.get(0), markdown(again), "the same archive every run");
        assertArrayEquals(photos.get(0), Files.readAllBytes(again.resolve("images/lead-1.jpg")));
    }

    @Test
    void benchArchivePrintsPagesPerSecondCpuHeapAndStagesForBothRuns() {
        CliTest.Run run = BatchTest.run(Map.of(), "bench", SAMPLE.toString(), "--archive", "2", "-j", "2", "--warmup", "0");
        assertEquals(Main.OK, run.code(), run.err());
        String out = run.out();
        assertTrue(out.contains("generated 2 issues of 4 broadsheet pages"), out);
        for (String what : List.of("print PDF \\+ plates \\+ EPUB", "with archive PDF \\+ ALTO/METS")) {
            assertTrue(Pattern.compile(what + ": 8 pages in [\\d.]+ s = [\\d.]+ pages/s \\(target >= \\d+: (met|not met)\\)")
                    .matcher(out).find(), out);
        }
        assertEquals(2, count(out, Pattern.compile("CPU [\\d.]+ s = \\d+ % of \\d+ cores; peak heap \\d+ MB \\(target <= 512: (met|not met)\\)")), out);
        assertEquals(2, count(out, Pattern.compile("on \\d+ idle cores \\(pages / CPU seconds x cores\\): [\\d.]+ pages/s")), out);
        assertEquals(2, count(out, Pattern.compile(
                "CPU by stage: read [\\d.]+ s \\(\\d+ %\\), text .*, layout .*, pictures .*, pdf .*, epub .*, other")), out);
        assertTrue(Pattern.compile("with archive PDF.*\\n.*\\n.*\\n.*CPU by stage: .*archive [\\d.]+ s").matcher(out).find(), out);
    }

    private static long count(String text, Pattern p) {
        return p.matcher(text).results().count();
    }

    private static int[] size(Path picture) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(picture.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            return new int[] {reader.getWidth(0), reader.getHeight(0)};
        }
    }

    /** Every Markdown file of the issue, in path order. */
    private static String markdown(Path folder) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) sb.append(Files.readString(f));
        }
        return sb.toString();
    }

    /** The share of the first text's paragraphs (of two sentences or more) the second has too. */
    private static double sharedParagraphs(String a, String b) {
        List<String> paragraphs = Arrays.stream(a.split("\n")).filter(l -> l.split("。").length > 1).toList();
        List<String> other = Arrays.asList(b.split("\n"));
        return (double) paragraphs.stream().filter(other::contains).count() / paragraphs.size();
    }
}
