package paiban.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Times whole builds: {@code paiban build} in fresh JVMs started with this JVM's options (what a
 * user waits for), the first build in this JVM (cold: classes, fonts, JIT) and the mean of later
 * (warm) ones after a few uncounted warm-up builds, for the given issue and for an issue of twice
 * its pages; prints peak heap use. Every output is written, as by {@code build}.
 */
@Command(name = "bench", description = "Prints cold and warm build times and peak memory; with --archive, an archive rebuild's pages/s.")
final class Bench implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "ISSUE", description = "issue folder (default: the sample)")
    Path issue = Path.of("issues/2026-11-26");
    @Option(names = "--runs", description = "warm runs to average (default: 5)")
    int runs = 5;
    @Option(names = "--warmup", description = "builds run first to warm the JIT, not counted (default: 5)")
    int warmup = 5;
    @Option(names = "--processes", description = "fresh-JVM builds to take the median of (default: 3; 0: none)")
    int processes = 3;
    @Option(names = "--archive", arity = "0..1", fallbackValue = "24", paramLabel = "N",
            description = "instead: build N issues made from ISSUE's text (default 24), -j at a time, with and without the archive outputs; print pages/s, CPU, peak heap and CPU by stage")
    Integer archive;
    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "with --archive: issues built at once (default: the number of cores)")
    int jobs = Runtime.getRuntime().availableProcessors();
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (archive != null && (archive < 1 || jobs < 1)) {
            spec.commandLine().getErr().println("paiban: --archive and -j take a number, 1 or more");
            return Main.USAGE;
        }
        Path work = Files.createTempDirectory("paiban-bench");
        try {
            if (archive != null) {
                var fonts = Main.fonts(spec.commandLine().getErr());
                if (fonts == null) return Main.USAGE;
                boolean ok = new ArchiveBench(out, spec.commandLine().getErr(), fonts, jobs).run(issue, archive, warmup, work);
                return ok ? Main.OK : Main.PROBLEMS;
            }
            Path doubled = doublePages(issue, work.resolve("doubled").resolve(issue.getFileName()));
            if (processes > 0) {
                long median = freshProcess(work.resolve("process"));
                if (median < 0) {
                    spec.commandLine().getErr().println("bench: a fresh-JVM build failed");
                    return Main.PROBLEMS;
                }
                out.printf("cold process: paiban build in a fresh JVM (median of %d): %6d ms%n", processes, median);
            }
            long c0 = System.nanoTime();
            IssueBuilder builder = Main.builder(spec.commandLine().getErr());
            if (builder == null) return Main.USAGE;
            IssueBuilder.Result first = builder.build(issue, work.resolve("out"));
            long cold = System.nanoTime() - c0;
            if (!first.ok()) {
                Main.print(first.diagnostics(), spec.commandLine().getErr());
                return Main.PROBLEMS;
            }
            int pages = first.pages().size();
            out.printf("cold build, %d pages (fonts loaded, JVM warming): %6.0f ms%n", pages, cold / 1e6);
            out.printf("warm build, %d pages (mean of %d, after %d):      %6.0f ms%n", pages, runs, warmup,
                    warm(builder, issue, work) / 1e6);
            IssueBuilder.Result big = builder.build(doubled, work.resolve("out2"));
            if (!big.ok()) {
                Main.print(big.diagnostics(), spec.commandLine().getErr());
                return Main.PROBLEMS;
            }
            out.printf("warm build, %d pages (mean of %d, after %d):      %6.0f ms%n", big.pages().size(), runs, warmup,
                    warm(builder, doubled, work) / 1e6);
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
            }
            out.printf("peak heap used (sum of pool peaks): %d MB; JVM up %d ms%n", peak >> 20,
                    ManagementFactory.getRuntimeMXBean().getUptime());
            return Main.OK;
        } finally {
            deleteTree(work);
        }
    }

    /**
     * The median wall time of {@code build} in new JVMs started as this one was (same options,
     * class path and environment), or -1 when one fails.
     */
    private long freshProcess(Path out) throws IOException {
        Path jar;
        try {
            jar = Path.of(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // the JVM's own options, less agents and debuggers, which would clash or slow every child
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-agentlib") && !a.startsWith("-agentpath") && !a.startsWith("-javaagent")
                        && !a.startsWith("-Xrunjdwp") && !a.equals("-Xdebug"))
                .forEach(command::add);
        command.addAll(Files.isDirectory(jar)
                ? List.of("-cp", System.getProperty("java.class.path"), Main.class.getName())
                : List.of("-jar", jar.toString()));
        command.addAll(List.of("build", issue.toString(), "--out", out.toString()));
        long[] times = new long[processes];
        for (int i = 0; i < processes; i++) {
            long t = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = p.getInputStream().readAllBytes();
            try {
                if (p.waitFor() != 0) {
                    spec.commandLine().getErr().print(new String(output, java.nio.charset.StandardCharsets.UTF_8));
                    return -1;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
            times[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(times);
        return times[processes / 2];
    }

    private long warm(IssueBuilder builder, Path folder, Path work) {
        for (int i = 0; i < warmup; i++) builder.build(folder, work.resolve("warm"));
        long total = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            builder.build(folder, work.resolve("warm"));
            total += System.nanoTime() - t;
        }
        return total / Math.max(1, runs);
    }

    /** A copy of the issue with every page folder twice (the copies numbered after the originals). */
    private static Path doublePages(Path source, Path target) throws IOException {
        copyTree(source, target);
        try (Stream<Path> s = Files.list(source)) {
            List<Path> pages = s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().equals("images"))
                    .sorted().toList();
            int n = pages.size();
            for (int i = 0; i < n; i++) {
                copyTree(pages.get(i), target.resolve(String.format("%02d", n + i + 1)));
            }
        }
        return target;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
