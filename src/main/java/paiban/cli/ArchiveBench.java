package paiban.cli;

import paiban.font.FontLibrary;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code bench --archive N}: an archive rebuild's throughput. Builds N generated issues
 * ({@link BenchIssues}) {@code -j} at a time in this JVM, first with the print PDF, its plates and
 * the EPUB, then with the archive outputs too, and prints for each run pages a second, CPU use,
 * peak heap and where the CPU went, stage by stage.
 */
final class ArchiveBench {
    /** Pages a second on the project's 2-core machine: print PDF + EPUB, and with the archive outputs. */
    static final double PRINT_TARGET = 50;
    static final double ARCHIVE_TARGET = 30;
    static final long HEAP_TARGET_MB = 512;

    private final PrintWriter out;
    private final PrintWriter err;
    private final FontLibrary fonts;
    private final int jobs;

    ArchiveBench(PrintWriter out, PrintWriter err, FontLibrary fonts, int jobs) {
        this.out = out;
        this.err = err;
        this.fonts = fonts;
        this.jobs = jobs;
    }

    /** What a run measured; {@code failed} issues did not build (the first error is printed). */
    record Figures(int issues, int failed, int pages, double seconds, double cpuSeconds, long peakHeapMb,
                   Map<String, Long> stageNanos) {
        double pagesPerSecond() {
            return pages / seconds;
        }
    }

    /**
     * Generates the issues from {@code sample} under {@code work}, warms the JIT on the first
     * {@code warmup} (uncounted: an archive of thousands runs warm), then measures both runs.
     * Returns whether every issue built.
     */
    boolean run(Path sample, int count, int warmup, Path work) throws IOException {
        long g = System.nanoTime();
        List<Path> issues = new BenchIssues(sample).write(work.resolve("issues"), count);
        out.printf(Locale.ROOT, "generated %d issues of 4 broadsheet pages from %s, two %dx%d photos each (%.1f s)%n",
                count, sample, BenchIssues.PHOTO_WIDTH, BenchIssues.PHOTO_HEIGHT, (System.nanoTime() - g) / 1e9);
        IssueBuilder.Outputs print = new IssueBuilder.Outputs(true, true, true, false);
        IssueBuilder.Outputs all = new IssueBuilder.Outputs(true, true, true, true);
        int warm = Math.max(0, Math.min(issues.size(), warmup));
        if (warm > 0 && measure(issues.subList(0, warm), all, work.resolve("warm")).failed() > 0) return false;
        out.printf(Locale.ROOT, "-j %d, %d uncounted warm-up builds; max heap %d MB%n", jobs, warm,
                Runtime.getRuntime().maxMemory() >> 20);
        Figures p = measure(issues, print, work.resolve("print"));
        report("print PDF + plates + EPUB", p, PRINT_TARGET);
        Figures a = measure(issues, all, work.resolve("all"));
        report("with archive PDF + ALTO/METS", a, ARCHIVE_TARGET);
        return p.failed() == 0 && a.failed() == 0;
    }

    private Figures measure(List<Path> issues, IssueBuilder.Outputs outputs, Path outRoot) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        Map<String, LongAdder> stages = new ConcurrentHashMap<>();
        AtomicInteger pages = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        Batch.run(fonts, issues, jobs, (builder, issue) -> {
            long t = System.nanoTime();
            IssueBuilder.Result r = builder.build(issue, outRoot, outputs);
            r.cpuNanos().forEach((stage, nanos) -> stages.computeIfAbsent(stage, k -> new LongAdder()).add(nanos));
            return Main.outcome(issue, r, "built", t);
        }, o -> {
            pages.addAndGet(o.pages());
            if (o.failed()) {
                failed.incrementAndGet();
                firstError.compareAndSet(null, o.firstError());
            }
        });
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
        if (firstError.get() != null) err.println("bench: " + failed.get() + " issues failed; first: " + firstError.get());
        Map<String, Long> byStage = new java.util.LinkedHashMap<>();
        for (String stage : IssueBuilder.STAGES) {
            LongAdder n = stages.get(stage);
            if (n != null) byStage.put(stage, n.sum());
        }
        return new Figures(issues.size(), failed.get(), pages.get(), seconds, cpuSeconds, peak, byStage);
    }

    private void report(String what, Figures f, double target) {
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf(Locale.ROOT, "%s: %d pages in %.2f s = %.1f pages/s (target >= %.0f: %s)%n", what, f.pages(),
                f.seconds(), f.pagesPerSecond(), target, f.pagesPerSecond() >= target ? "met" : "not met");
        // on a machine shared with other work the wall clock says little: what the CPU spent would give on idle cores
        out.printf(Locale.ROOT, "  on %d idle cores (pages / CPU seconds x cores): %.1f pages/s%n", cores,
                f.pages() / f.cpuSeconds() * cores);
        out.printf(Locale.ROOT, "  CPU %.2f s = %.0f %% of %d cores; peak heap %d MB (target <= %d: %s)%n",
                f.cpuSeconds(), 100 * f.cpuSeconds() / f.seconds() / cores, cores, f.peakHeapMb(), HEAP_TARGET_MB,
                f.peakHeapMb() <= HEAP_TARGET_MB ? "met" : "not met");
        StringBuilder profile = new StringBuilder("  CPU by stage:");
        long counted = 0;
        for (Map.Entry<String, Long> stage : f.stageNanos().entrySet()) {
            counted += stage.getValue();
            profile.append(String.format(Locale.ROOT, " %s %.2f s (%.0f %%),", stage.getKey(), stage.getValue() / 1e9,
                    100 * stage.getValue() / 1e9 / f.cpuSeconds()));
        }
        double other = f.cpuSeconds() - counted / 1e9;
        profile.append(String.format(Locale.ROOT, " other (JIT, GC, writing files) %.2f s (%.0f %%)", other,
                100 * other / f.cpuSeconds()));
        out.println(profile);
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }
}
