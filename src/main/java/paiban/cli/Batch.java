package paiban.cli;

import paiban.diag.Diagnostic;
import paiban.font.FontLibrary;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Runs one step over many issues on {@code jobs} threads. Each thread has its own builder (the
 * fonts are shared); what an issue printed is reported in the issues' sorted order whatever thread
 * finished first, and only that small text is kept, so memory does not grow with the number of issues.
 */
final class Batch {
    /** How one issue ended, as printed and as written to the summary. */
    record Outcome(Path folder, String id, String status, int pages, long ms, List<Path> outputs,
                   String firstError, List<Diagnostic> diagnostics) {
        boolean failed() {
            return status.equals("failed");
        }

        String json() {
            StringBuilder sb = new StringBuilder("{\"id\": ").append(Report.str(id))
                    .append(", \"folder\": ").append(Report.str(folder.toString()))
                    .append(", \"status\": ").append(Report.str(status))
                    .append(", \"pages\": ").append(pages)
                    .append(", \"ms\": ").append(ms)
                    .append(", \"outputs\": [");
            for (int i = 0; i < outputs.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(Report.str(outputs.get(i).toString()));
            }
            return sb.append("], \"error\": ").append(firstError == null ? "null" : Report.str(firstError))
                    .append('}').toString();
        }
    }

    private Batch() {
    }

    /**
     * The issue folders in the arguments: a folder with an {@code issue.yaml} is an issue; any other
     * folder is searched, at any depth, for issue folders. Sorted by id, then path. An argument that
     * is neither is kept, so building it reports what is wrong with it.
     */
    static List<Path> issues(List<Path> arguments) {
        List<Path> found = new ArrayList<>();
        for (Path a : arguments) {
            if (!Files.isDirectory(a) || Files.isRegularFile(a.resolve("issue.yaml"))) {
                found.add(a);
                continue;
            }
            List<Path> inside = new ArrayList<>();
            collect(a, inside);
            if (inside.isEmpty()) found.add(a);
            found.addAll(inside);
        }
        return found.stream().distinct()
                .sorted(Comparator.comparing((Path p) -> String.valueOf(p.toAbsolutePath().normalize().getFileName()))
                        .thenComparing(Path::toString))
                .toList();
    }

    private static void collect(Path folder, List<Path> into) {
        if (Files.isRegularFile(folder.resolve("issue.yaml"))) {
            into.add(folder);
            return; // an issue's page folders hold no issues
        }
        try (Stream<Path> children = Files.list(folder)) {
            for (Path c : children.filter(Files::isDirectory)
                    .filter(c -> !c.getFileName().toString().startsWith(".")).sorted().toList()) {
                collect(c, into);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code step} on every issue, {@code jobs} at a time, calling {@code report} with each
     * outcome in the order of {@code issues}.
     */
    static void run(FontLibrary fonts, List<Path> issues, int jobs,
                    BiFunction<IssueBuilder, Path, Outcome> step, java.util.function.Consumer<Outcome> report) {
        int threads = Math.max(1, Math.min(jobs, issues.size()));
        ThreadLocal<IssueBuilder> builders = ThreadLocal.withInitial(() -> new IssueBuilder(fonts));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "paiban-build");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome>> pending = new ArrayList<>();
            for (Path issue : issues) pending.add(pool.submit(() -> step.apply(builders.get(), issue)));
            for (int i = 0; i < pending.size(); i++) {
                report.accept(result(pending.get(i)));
                pending.set(i, null); // the outcome is printed: let it go
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome result(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** The live line on a terminal, or one line per issue otherwise; the count, speed, ETA and failures. */
    static final class Progress {
        private final PrintWriter err;
        private final boolean live;
        private final int total;
        private final long start = System.nanoTime();
        private int done;
        private int failed;
        private long pages;

        Progress(PrintWriter err, boolean live, int total) {
            this.err = err;
            this.live = live;
            this.total = total;
        }

        void issue(Outcome o) {
            done++;
            pages += o.pages();
            if (o.failed()) failed++;
            double s = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
            double eta = s / done * (total - done);
            String counts = String.format(Locale.ROOT, "[%d/%d] %.1f pages/s, ETA %ds, %d failed",
                    done, total, pages / s, Math.round(eta), failed);
            if (live) {
                err.print("\r\033[K" + counts);
                if (done == total) err.println();
            } else {
                err.println(counts + ": " + o.id() + " " + o.status()
                        + (o.pages() > 0 ? " (" + o.pages() + " pages, " + o.ms() + " ms)" : ""));
            }
            err.flush();
        }
    }

    /** Writes one JSON line per issue to {@code --summary FILE}, each flushed as it is known. */
    static Writer summary(Path file) throws IOException {
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        return Files.newBufferedWriter(file);
    }
}
