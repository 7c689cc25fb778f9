package paiban.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** Archive runs: folders of issues, {@code -j}, the summary, failures, shards. */
class BatchTest {
    @TempDir
    static Path dir;
    static Path archive;

    /** Three small issues two and three folders deep, and one whose issue.yaml is broken, sorting between them. */
    @BeforeAll
    static void archive() throws IOException {
        archive = dir.resolve("archive");
        CliTest.issue(archive.resolve("2026/03"), "2026-03-02", 4);
        CliTest.issue(archive.resolve("2026/03"), "2026-03-04", 6);
        Path broken = CliTest.issue(archive.resolve("2026/03"), "2026-03-03", 2);
        Files.writeString(broken.resolve("issue.yaml"), "paper: 柳岸晚报\ndate: 2026-13-45\nformat: tabloid\n");
        CliTest.issue(archive.resolve("2027"), "2027-01-05", 3);
    }

    static CliTest.Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, false);
        return new CliTest.Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Every file under {@code root} by relative path, report.json without its timings (which vary by run). */
    static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(p);
                String content = p.getFileName().toString().equals("report.json")
                        ? new String(bytes, StandardCharsets.UTF_8).replaceAll("\"timingsMs\": \\{[^}]*}", "")
                        : java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
                files.put(root.relativize(p).toString(), content);
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
        return files;
    }

    @Test
    void anArchiveFolderBuildsEveryIssueTheSameForAnyJobsAndAFailureStopsNoOther() throws IOException {
        Path one = dir.resolve("j1");
        Path two = dir.resolve("j2");
        Path summary = dir.resolve("summary/j2.jsonl");
        CliTest.Run j1 = run(Map.of(), "build", archive.toString(), "-j", "1", "--out", one.toString());
        CliTest.Run j2 = run(Map.of(), "build", archive.toString(), "-j", "2", "--out", two.toString(),
                "--summary", summary.toString());

        assertEquals(Main.PROBLEMS, j2.code(), "a failed issue makes the run fail: " + j2.err());
        assertTrue(j2.err().contains("issue.yaml:2:"), j2.err());
        assertEquals(j1.out(), j2.out().replace(two.toString(), one.toString()), "same order of lines");
        assertEquals(j1.err().replaceAll("\\d+(\\.\\d+)? pages/s, ETA \\d+s|\\d+ ms", ""),
                j2.err().replaceAll("\\d+(\\.\\d+)? pages/s, ETA \\d+s|\\d+ ms", ""));
        assertEquals(List.of("2026-03-02", "2026-03-04", "2027-01-05"),
                Files.list(two).map(p -> p.getFileName().toString()).sorted().toList(), "the three good issues, the broken one not");
        Map<String, String> files = files(one);
        assertEquals(files, files(two), "identical bytes with -j 1 and -j 2");
        assertTrue(files.containsKey("2027-01-05/2027-01-05.epub"), files.keySet().toString());

        List<String> lines = Files.readAllLines(summary);
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("{\"id\": \"2026-03-02\""), lines.get(0));
        assertTrue(lines.get(1).startsWith("{\"id\": \"2026-03-03\""), lines.get(1));
        assertTrue(lines.get(1).contains("\"status\": \"failed\", \"pages\": 0"), lines.get(1));
        assertTrue(lines.get(1).contains("\"error\": \"2026-03-03/issue.yaml:2:1: error: date"), lines.get(1));
        assertTrue(lines.get(3).contains("\"status\": \"built\", \"pages\": 1"), lines.get(3));
        assertTrue(lines.get(3).contains(two.resolve("2027-01-05/2027-01-05.pdf").toString()), lines.get(3));
        assertTrue(j2.err().contains("[4/4] "), "one progress line per issue when not on a terminal: " + j2.err());
        assertTrue(j2.err().contains("1 failed: 2027-01-05 built (1 pages"), j2.err());

        // the shards of three workers, built apart, make exactly the unsharded run
        Path sharded = dir.resolve("sharded");
        assertEquals(Main.OK, run(Map.of(), "build", archive.toString(), "--shard", "1/3", "--out", sharded.toString()).code());
        CliTest.Run second = run(Map.of("JOB_COMPLETION_INDEX", "1"), "build", archive.toString(), "--shards", "3",
                "--out", sharded.toString());
        assertEquals(Main.PROBLEMS, second.code(), "the broken issue falls to the second worker: " + second.err());
        CliTest.Run third = run(Map.of("SLURM_ARRAY_TASK_ID", "3", "SLURM_ARRAY_TASK_MIN", "1", "SLURM_ARRAY_TASK_COUNT", "3"),
                "build", archive.toString(), "--out", sharded.toString());
        assertEquals(Main.OK, third.code(), third.err());
        assertEquals(files, files(sharded));
    }

    @Test
    void shardsPartitionTheSortedList() {
        List<Integer> issues = List.of(0, 1, 2, 3, 4, 5, 6);
        assertEquals(List.of(0, 3, 6), Shard.parse("1/3").of(issues));
        assertEquals(List.of(1, 4), Shard.parse("2/3").of(issues));
        assertEquals(List.of(2, 5), Shard.parse("3/3").of(issues));
        assertEquals(new Shard(5, 8), Shard.fromEnvironment(Map.of("JOB_COMPLETION_INDEX", "4"), 8));
        assertEquals(new Shard(1, 4), Shard.fromEnvironment(
                Map.of("SLURM_ARRAY_TASK_ID", "10", "SLURM_ARRAY_TASK_MIN", "10", "SLURM_ARRAY_TASK_COUNT", "4"), null));
        assertEquals(Shard.ALL, Shard.fromEnvironment(Map.of(), null));
    }

    @Test
    void aShardOutsideItsCountIsAUsageError() {
        CliTest.Run r = run(Map.of(), "build", archive.toString(), "--shard", "4/3", "--out", dir.resolve("x").toString());
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("shard 4/3 is not one of 1/N … N/N"), r.err());
        CliTest.Run k8s = run(Map.of("JOB_COMPLETION_INDEX", "0"), "build", archive.toString(), "--out", dir.resolve("x").toString());
        assertEquals(Main.USAGE, k8s.code());
        assertTrue(k8s.err().contains("--shards N"), k8s.err());
        CliTest.Run level = run(Map.of(), "build", archive.toString(), "--archive", "--archive-level", "2b",
                "--out", dir.resolve("x").toString());
        assertEquals(Main.USAGE, level.code());
        assertTrue(level.err().contains("--archive-level is 3u or 1b, not '2b'"), level.err());
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void changedRebuildsExactlyTheIssuesWhoseSourcesChanged() throws IOException {
        Path out = dir.resolve("changed");
        Path summary = dir.resolve("changed.jsonl");
        assertEquals(Main.PROBLEMS, run(Map.of(), "build", archive.toString(), "--no-epub", "--out", out.toString()).code());
        Path pdf = out.resolve("2026-03-02/2026-03-02.pdf");
        var made = Files.getLastModifiedTime(pdf);

        CliTest.Run again = run(Map.of(), "build", archive.toString(), "--no-epub", "--changed", "--out", out.toString(),
                "--summary", summary.toString());
        assertEquals(Main.PROBLEMS, again.code(), "the broken issue is tried again and fails again");
        assertEquals("", again.out(), "nothing written");
        assertEquals(List.of("unchanged", "failed", "unchanged", "unchanged"), statuses(summary));
        assertTrue(Files.readAllLines(summary).get(0).contains("\"pages\": 1"), "pages read from report.json");
        assertEquals(made, Files.getLastModifiedTime(pdf));

        Path story = archive.resolve("2026/03/2026-03-04/01/10-spring.md");
        String before = Files.readString(story);
        try {
            Files.writeString(story, before.replace("柳岸镇春耕提前一周", "柳岸镇春耕提前十天"));
            CliTest.Run edited = run(Map.of(), "build", archive.toString(), "--no-epub", "--changed", "--out", out.toString(),
                    "--summary", summary.toString());
            assertEquals(List.of("unchanged", "failed", "built", "unchanged"), statuses(summary));
            assertTrue(edited.out().contains("wrote " + out.resolve("2026-03-04/2026-03-04.pdf")), edited.out());
            assertFalse(edited.out().contains("2026-03-02"), edited.out());
        } finally {
            Files.writeString(story, before);
        }
        Path issue = archive.resolve("2026/03/2026-03-02");
        assertNotEquals(SourceHash.of(issue, IssueBuilder.Outputs.DEFAULT),
                SourceHash.of(issue, new IssueBuilder.Outputs(true, false, true, false)), "other options, other outputs");
        assertTrue(Files.readString(out.resolve("2026-03-02/report.json"))
                .contains("\"sourceHash\": \"" + SourceHash.of(issue, new IssueBuilder.Outputs(true, false, true, false)) + "\""));
    }

    private static List<String> statuses(Path summary) throws IOException {
        return Files.readAllLines(summary).stream()
                .map(l -> l.replaceAll(".*\"status\": \"([a-z]+)\".*", "$1")).toList();
    }
}
