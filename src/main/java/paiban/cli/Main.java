package paiban.cli;

import paiban.Version;

import paiban.diag.Diagnostic;
import paiban.font.FontLibrary;
import paiban.font.FontsUnavailableException;
import paiban.render.pdf.PdfOptions;
import paiban.source.Scaffold;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/** The command line: build, check, new and bench. Exit 0 success, 1 problems in sources, 2 usage. */
@Command(name = "paiban", mixinStandardHelpOptions = true, version = "paiban " + Version.NUMBER,
        description = "Typesets Markdown newspaper issues into print PDF pages.",
        subcommands = {Main.Build.class, Main.Check.class, Main.New.class, Bench.class})
public final class Main implements Callable<Integer> {
    static final int OK = 0;
    static final int PROBLEMS = 1;
    static final int USAGE = 2;

    @Override
    public Integer call() {
        CommandLine.usage(this, System.err);
        return USAGE;
    }

    public static void main(String[] args) {
        System.exit(run(args, out(System.out), out(System.err), System.getenv(), System.console() != null));
    }

    private static PrintStream out(PrintStream stream) {
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, System.getenv(), false);
    }

    private static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter w = ex.getCommandLine().getErr();
            w.println("paiban: " + ex.getMessage());
            ex.getCommandLine().usage(w);
            return USAGE;
        });
        return cl;
    }

    static void print(List<Diagnostic> diagnostics, PrintWriter err) {
        diagnostics.stream()
                .sorted(Comparator.comparing((Diagnostic d) -> d.span().display())
                        .thenComparingInt(d -> d.span().line()).thenComparingInt(d -> d.span().column()))
                .forEach(d -> err.println(d.format()));
    }

    /** A builder with the shipped fonts, or null when they cannot be loaded (said on {@code stderr}). */
    static IssueBuilder builder(PrintWriter stderr) {
        FontLibrary fonts = fonts(stderr);
        return fonts == null ? null : new IssueBuilder(fonts);
    }

    /** The shipped fonts, or null when they cannot be loaded (said on {@code stderr}). */
    static FontLibrary fonts(PrintWriter stderr) {
        try {
            return FontLibrary.load(FontLibrary.locate());
        } catch (FontsUnavailableException e) {
            stderr.println("paiban: " + e.getMessage());
            stderr.println("  hint: paiban ships its fonts in fonts/ beside the jar's folder; "
                    + "set PAIBAN_FONTS to that folder if paiban runs from elsewhere");
            return null;
        }
    }

    /** The job engine's variables ({@code --shard} from the environment), and whether stderr is a terminal. */
    private Map<String, String> env = System.getenv();
    private boolean terminal;

    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, boolean terminal) {
        CommandLine cl = commandLine(out, err);
        Main main = cl.getCommand();
        main.env = env;
        main.terminal = terminal;
        return cl.execute(args);
    }

    /** Options of every command that runs over many issues. */
    static final class Jobs {
        @Option(names = {"-j", "--jobs"}, paramLabel = "N",
                description = "build N issues at once (default: the number of cores)")
        int jobs = Runtime.getRuntime().availableProcessors();
        @Option(names = "--summary", paramLabel = "FILE", description = "write one JSON line per issue to FILE")
        Path summary;
    }

    /**
     * Runs one step on every issue found in the arguments with fonts loaded once, {@code -j} at a
     * time: problems go to stderr in the issues' order, a bad issue does not stop the others, and the
     * status reports any failure.
     */
    static int eachIssue(CommandLine.Model.CommandSpec spec, Main main, List<Path> arguments, Shard shard, Jobs jobs,
                         BiFunction<IssueBuilder, Path, Batch.Outcome> step,
                         BiConsumer<Batch.Outcome, PrintWriter> onSuccess, String onFailure) {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (jobs.jobs < 1) {
            stderr.println("paiban: -j takes a number of issues built at once, 1 or more, not " + jobs.jobs);
            return USAGE;
        }
        List<Path> issues;
        try {
            issues = shard.of(Batch.issues(arguments));
        } catch (UncheckedIOException e) {
            stderr.println("paiban: cannot list " + e.getCause().getMessage());
            return PROBLEMS;
        }
        FontLibrary fonts = fonts(stderr);
        if (fonts == null) return USAGE;
        int[] status = {OK};
        Batch.Progress progress = issues.size() > 1 ? new Batch.Progress(stderr, main.terminal, issues.size()) : null;
        try (Writer summary = jobs.summary == null ? Writer.nullWriter() : Batch.summary(jobs.summary)) {
            Batch.run(fonts, issues, jobs.jobs, step, o -> {
                if (progress != null && main.terminal && !o.diagnostics().isEmpty()) stderr.print("\r\033[K");
                print(o.diagnostics(), stderr);
                if (o.failed()) {
                    stderr.println("paiban: " + o.folder() + ": " + onFailure);
                    status[0] = PROBLEMS;
                } else {
                    onSuccess.accept(o, stdout);
                }
                try {
                    summary.write(o.json() + "\n");
                    summary.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (progress != null) progress.issue(o);
            });
        } catch (IOException | UncheckedIOException e) {
            stderr.println("paiban: cannot write the summary " + jobs.summary + ": "
                    + (e instanceof UncheckedIOException u ? u.getCause() : e).getMessage());
            return PROBLEMS;
        }
        return status[0];
    }

    /** What a build or check of one issue gave, for the progress line and the summary. */
    static Batch.Outcome outcome(Path folder, IssueBuilder.Result r, String okStatus, long startNanos) {
        String id = r.issue() != null ? r.issue().id() : String.valueOf(folder.toAbsolutePath().normalize().getFileName());
        String firstError = r.diagnostics().stream().filter(Diagnostic::isError).findFirst().map(Diagnostic::format).orElse(null);
        return new Batch.Outcome(folder, id, r.ok() ? okStatus : "failed", r.ok() ? r.pages().size() : 0,
                (System.nanoTime() - startNanos) / 1_000_000, r.written(), firstError, r.diagnostics());
    }

    @Command(name = "build", mixinStandardHelpOptions = true, description = "Lays out issues and writes out/<id>/<id>.pdf, pages/NN.pdf, <id>.epub and report.json.")
    static final class Build implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "ISSUE", description = "issue folders, or folders holding issue folders at any depth")
        List<Path> issues;
        @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: out)")
        Path out = Path.of("out");
        @Option(names = "--no-pdf", description = "do not write the print PDF")
        boolean noPdf;
        @Option(names = "--no-epub", description = "do not write the EPUB edition")
        boolean noEpub;
        @Option(names = "--no-marks", description = "leave crop and registration marks off the print PDFs")
        boolean noMarks;
        @Option(names = "--archive", description = "also write <id>.archive.pdf (PDF/A-3u with the sources embedded)")
        boolean archive;
        @Option(names = "--archive-level", paramLabel = "LEVEL", description = "the archive copy's PDF/A level: 3u (default) or 1b")
        String archiveLevel = "3u";
        @Option(names = "--archive-images", description = "with the archive outputs (implies --archive), also write png/NN.png: each page at 300 dpi, listed in the METS file")
        boolean archiveImages;
        @Option(names = "--changed", description = "skip an issue whose outputs were made by this paiban with these options from the same sources")
        boolean changed;
        @Option(names = "--shard", paramLabel = "K/N", description = "build only every N-th issue of the sorted list, starting at the K-th")
        String shard;
        @Option(names = "--shards", paramLabel = "N", description = "with a Kubernetes Indexed Job (JOB_COMPLETION_INDEX): the number of workers")
        Integer shards;
        @CommandLine.Mixin
        Jobs jobs = new Jobs();
        @CommandLine.ParentCommand
        Main main;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Shard worker;
            try {
                worker = shard != null ? Shard.parse(shard) : Shard.fromEnvironment(main.env, shards);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("paiban: " + e.getMessage());
                return USAGE;
            }
            PdfOptions.Standard level = switch (archiveLevel.toLowerCase(Locale.ROOT)) {
                case "3u" -> PdfOptions.Standard.PDF_A_3U;
                case "1b" -> PdfOptions.Standard.PDF_A_1B;
                default -> null;
            };
            if (level == null) {
                spec.commandLine().getErr().println("paiban: --archive-level is 3u or 1b, not '" + archiveLevel + "'");
                return USAGE;
            }
            IssueBuilder.Outputs outputs = new IssueBuilder.Outputs(!noPdf, !noEpub, !noMarks, archive || archiveImages,
                    level, archiveImages);
            return eachIssue(spec, main, issues, worker, jobs, (builder, issue) -> {
                long t = System.nanoTime();
                if (changed && Files.isRegularFile(issue.resolve("issue.yaml"))) {
                    String id = issue.toAbsolutePath().normalize().getFileName().toString();
                    int pages;
                    try {
                        pages = SourceHash.unchangedPages(out.resolve(id), id, SourceHash.of(issue, outputs), outputs);
                    } catch (UncheckedIOException e) {
                        pages = -1; // a source that cannot be read: the build says which
                    }
                    if (pages >= 0) {
                        return new Batch.Outcome(issue, id, "unchanged", pages, (System.nanoTime() - t) / 1_000_000,
                                List.of(), null, List.of());
                    }
                }
                return outcome(issue, builder.build(issue, out, outputs), "built", t);
            }, (o, stdout) -> {
                for (Path p : o.outputs()) stdout.println("wrote " + p);
            }, "not built (nothing written)");
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, description = "Validates issue sources and layout; writes nothing.")
    static final class Check implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "ISSUE", description = "issue folders, or folders holding issue folders at any depth")
        List<Path> issues;
        @CommandLine.Mixin
        Jobs jobs = new Jobs();
        @CommandLine.ParentCommand
        Main main;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return eachIssue(spec, main, issues, Shard.ALL, jobs, (builder, issue) -> {
                long t = System.nanoTime();
                return outcome(issue, builder.check(issue), "ok", t);
            }, (o, stdout) -> stdout.println(o.id() + ": ok"), "has problems");
        }
    }

    @Command(name = "new", mixinStandardHelpOptions = true,
            description = "Creates an issue folder with one page and one article.")
    static final class New implements Callable<Integer> {
        @Parameters(paramLabel = "ISSUE", description = "the folder to create, named by its date (YYYY-MM-DD)")
        Path folder;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            LocalDate date;
            try {
                date = LocalDate.parse(folder.getFileName().toString());
            } catch (DateTimeParseException e) {
                date = LocalDate.now();
            }
            try {
                Scaffold.create(folder, date);
            } catch (IOException e) {
                spec.commandLine().getErr().println("paiban: cannot create " + folder + ": " + e.getMessage());
                return PROBLEMS;
            }
            spec.commandLine().getOut().println("created " + folder);
            // what an editor does next: write the copy, then see it laid out
            spec.commandLine().getOut().println("next: edit " + folder.resolve("01") + "/*.md, then run: paiban build " + folder);
            return OK;
        }
    }
}
