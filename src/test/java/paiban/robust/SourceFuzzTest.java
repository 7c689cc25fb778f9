package paiban.robust;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.diag.Diagnostics;
import paiban.diag.SourceException;
import paiban.font.FontLibrary;
import paiban.layout.IssueLayout;
import paiban.model.Issue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Mutated copies of the sample issue's text files (byte flips, cuts, YAML and Markdown syntax,
 * random text, huge lines, deep nesting) are read and, when they read, laid out: nothing but a
 * SourceException may escape, and no case may take over 10 s of CPU time. Run longer with
 * {@code -Dpaiban.fuzz.cases=100000}; {@code -Dpaiban.fuzz.seed=N} picks another sequence.
 * The first case of each kind of crash is kept under target/fuzz-failures/; a case over time ends the run.
 */
class SourceFuzzTest {
    static final int CASES = Integer.getInteger("paiban.fuzz.cases", 200);
    static final long SEED = Long.getLong("paiban.fuzz.seed", 20261126L);
    static final long LIMIT_MS = 10_000;
    private static final Path SAMPLE = Path.of("issues/2026-11-26");

    private static final String[] YAML_SYNTAX = {"---\n", "...\n", ": ", "- ", "[", "]", "{", "}", "&a ", "*a ", "!!binary ",
            "!!python/object ", "? ", "|\n", ">-\n", "'", "\"", "# ", "\t", "%YAML 1.2\n", "title:\n", "title: []\n",
            "priority: 0\n", "priority: 99999999999999999999\n", "columns: -3\n", "kind: PHOTO\n", "kind: teaser\n",
            "image: ../images/none.jpg\n", "image: /etc/passwd\n", "image: ../../../x.png\n", "date: 2026-13-45\n",
            "format: 1x1\n", "format: 999999x999999\n", "bleed: NaN\n", "language: zh-CN\n", "<<: *a\n", "~\n"};
    private static final String[] MARKDOWN_SYNTAX = {"**", "*", "_", "__", "`", "```\n", "~~~\n", "> ", "- ", "+ ", "1. ", "9999999999. ",
            "# ", "## ", "###### ", "![图](../images/harvest.jpg)", "![](missing.png)", "[链接](../02/10-dongmen-market.md)",
            "[坏链](../09/none.md)", "[b](javascript:alert(1))", "[c](#top)", "<div>", "</div>", "<script>", "<style>",
            "<!--", "-->", "|甲|乙|\n|-|-|\n|1|2|\n", "\\", "&amp;", "&#0;", "&#x10FFFF;", "<https://example.org>", "    ",
            "\n\n", "\n", "\r\n", "\r", "[^1]", "[x]: ../images/market.jpg\n", "---\n", "***\n", "　　", "<br>", "<img src=x>"};

    @TempDir
    Path dir;

    @Test
    void mutatedSourcesAreReadOrRefusedInBoundedTime() throws Exception {
        Map<String, byte[]> sample = textFiles();
        Path issue = dir.resolve("2026-11-26");
        Issues.copyTree(SAMPLE.resolve("images"), issue.resolve("images"));
        IssueLayout layout = new IssueLayout(FontLibrary.load(FontLibrary.locate()));
        int laidOut = 0;
        int refused = 0;
        Map<String, String> crashes = new TreeMap<>();
        try (Bounded bounded = new Bounded(LIMIT_MS)) {
            for (int n = 0; n < CASES; n++) {
                SplittableRandom rnd = new SplittableRandom(SEED * 1_000_003L + n);
                List<String> mutated = new ArrayList<>();
                Map<String, byte[]> files = mutate(sample, rnd, mutated);
                write(issue, files);
                Bounded.Outcome<Boolean> o = bounded.run(() -> {
                    Diagnostics diags = new Diagnostics();
                    Issue read;
                    try {
                        read = new paiban.source.IssueReader().read(issue, diags);
                    } catch (SourceException e) {
                        return false;
                    }
                    layout.layout(read, diags);
                    return true;
                });
                String which = "case " + n + " (seed " + SEED + ", mutated " + mutated + ")";
                if (o.timedOut()) fail(which + " ran over " + LIMIT_MS + " ms of CPU time (or six times that in all); files kept in " + keep(issue, n));
                if (o.thrown() != null) {
                    // one report per kind of crash; the run goes on to find others
                    String where = signature(o.thrown());
                    if (!crashes.containsKey(where)) crashes.put(where, which + "; files kept in " + keep(issue, n) + "\n" + trace(o.thrown()));
                } else if (o.value()) {
                    laidOut++;
                } else {
                    refused++;
                }
            }
        }
        System.out.printf("source fuzz: %d cases, %d laid out, %d refused, %d kinds of crash%n", CASES, laidOut, refused, crashes.size());
        if (!crashes.isEmpty()) fail(String.join("\n\n", crashes.values()));
        assertTrue(laidOut > 0 && refused > 0, "the mutations should give both outcomes: " + laidOut + " laid out, " + refused + " refused");
    }

    /**
     * The files of one case: the page folder holding the mutated file (all pages when page 01, whose
     * 导读 links to the others, is taken), issue.yaml, and one to three mutations of one or two files.
     */
    private static Map<String, byte[]> mutate(Map<String, byte[]> sample, SplittableRandom rnd, List<String> mutated) {
        List<String> names = new ArrayList<>(sample.keySet());
        String target = names.get(rnd.nextInt(names.size()));
        String page = target.contains("/") ? target.substring(0, 2) : "0" + rnd.nextInt(1, 5);
        Map<String, byte[]> files = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : sample.entrySet()) {
            if (!e.getKey().contains("/") || page.equals("01") || e.getKey().startsWith(page + "/")) files.put(e.getKey(), e.getValue());
        }
        List<String> inCase = new ArrayList<>(files.keySet());
        List<String> targets = rnd.nextInt(4) == 0 ? List.of(target, inCase.get(rnd.nextInt(inCase.size()))) : List.of(target);
        for (String t : targets) {
            byte[] bytes = files.get(t);
            for (int m = rnd.nextInt(1, 4); m > 0; m--) {
                int kind = rnd.nextInt(10);
                bytes = mutation(bytes, kind, t.endsWith(".yaml"), rnd);
                mutated.add(t + "#" + kind);
            }
            files.put(t, bytes);
        }
        return files;
    }

    private static byte[] mutation(byte[] bytes, int kind, boolean yaml, SplittableRandom rnd) {
        if (kind == 0) { // flip bytes
            byte[] b = bytes.clone();
            for (int i = rnd.nextInt(1, 6); i > 0 && b.length > 0; i--) b[rnd.nextInt(b.length)] ^= (byte) rnd.nextInt(1, 256);
            return b;
        }
        if (kind == 1) return Arrays.copyOf(bytes, bytes.length == 0 ? 0 : rnd.nextInt(bytes.length)); // cut
        String text = new String(bytes, StandardCharsets.UTF_8);
        RandomText random = new RandomText(rnd);
        String insert = switch (kind) {
            case 2 -> YAML_SYNTAX[rnd.nextInt(YAML_SYNTAX.length)];
            case 3 -> MARKDOWN_SYNTAX[rnd.nextInt(MARKDOWN_SYNTAX.length)];
            case 4 -> random.text(rnd.nextInt(1, 40));
            case 5 -> random.text(rnd.nextInt(10_000, 200_000)).replace("\n", "");
            case 6 -> nesting(rnd, yaml);
            case 7 -> { // a slice of the file again
                int from = text.isEmpty() ? 0 : rnd.nextInt(text.length());
                yield text.substring(from, Math.min(text.length(), from + rnd.nextInt(1, 400)));
            }
            default -> "";
        };
        if (kind == 8) return text.replace("\n", rnd.nextBoolean() ? "\r\n" : "\r").getBytes(StandardCharsets.UTF_8);
        if (kind == 9) { // delete a slice
            if (text.isEmpty()) return bytes;
            int from = rnd.nextInt(text.length());
            return (text.substring(0, from) + text.substring(Math.min(text.length(), from + rnd.nextInt(1, 200))))
                    .getBytes(StandardCharsets.UTF_8);
        }
        int at = rnd.nextBoolean() ? lineStart(text, rnd) : (text.isEmpty() ? 0 : rnd.nextInt(text.length() + 1));
        if (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))) at--;
        return (text.substring(0, at) + insert + text.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    /** Lists, quotes, emphasis, brackets or YAML flows inside each other, up to 5000 deep. */
    private static String nesting(SplittableRandom rnd, boolean yaml) {
        int depth = rnd.nextInt(1, 5000);
        if (yaml) return "k: " + "[".repeat(depth) + "]".repeat(rnd.nextInt(depth + 1)) + "\n";
        return switch (rnd.nextInt(6)) {
            case 0 -> "- ".repeat(depth) + "层\n";
            case 1 -> "> ".repeat(depth) + "引\n";
            case 2 -> "*_".repeat(depth) + "重" + "_*".repeat(depth);
            case 3 -> "[".repeat(depth) + "链" + "](x)".repeat(depth);
            case 4 -> "<div>".repeat(depth);
            default -> {
                StringBuilder sb = new StringBuilder();
                for (int d = 0; d < Math.min(depth, 400); d++) sb.append("  ".repeat(d)).append(d % 2 == 0 ? "- 项\n" : "1. 项\n");
                yield sb.toString();
            }
        };
    }

    private static int lineStart(String text, SplittableRandom rnd) {
        if (text.isEmpty()) return 0;
        int at = text.lastIndexOf('\n', rnd.nextInt(text.length()));
        return at + 1;
    }

    private static Map<String, byte[]> textFiles() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : Issues.files(SAMPLE).entrySet()) {
            if (!e.getKey().startsWith("images")) files.put(e.getKey().replace('\\', '/'), e.getValue());
        }
        return files;
    }

    /** Replaces the issue's text files and page folders by the case's; the pictures stay. */
    private static void write(Path issue, Map<String, byte[]> files) throws IOException {
        try (Stream<Path> s = Files.list(issue)) {
            for (Path p : s.filter(p -> !p.getFileName().toString().equals("images")).toList()) deleteTree(p);
        }
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path f = issue.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.write(f, e.getValue());
        }
    }

    private static Path keep(Path issue, int n) throws IOException {
        Path kept = Path.of("target", "fuzz-failures", "case-" + n, issue.getFileName().toString());
        if (Files.exists(kept)) deleteTree(kept);
        Issues.copyTree(issue, kept);
        return kept.toAbsolutePath();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** The exception's class and the frame that threw it. */
    private static String signature(Throwable t) {
        StackTraceElement[] frames = t.getStackTrace();
        return t.getClass().getName() + (frames.length > 0 ? " at " + frames[0] : "");
    }

    private static String trace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        String s = w.toString();
        return s.length() > 4000 ? s.substring(0, 4000) + "…" : s;
    }
}
