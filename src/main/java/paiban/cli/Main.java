package paiban.cli;

import paiban.diag.Diagnostic;
import paiban.font.FontLibrary;
import paiban.font.FontsUnavailableException;
import paiban.source.Scaffold;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/** The command line: build, check, new and bench. Exit 0 success, 1 problems in sources, 2 usage. */
@Command(name = "paiban", mixinStandardHelpOptions = true, version = "paiban 0.1.0",
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
        System.exit(run(args, out(System.out), out(System.err)));
    }

    private static PrintStream out(PrintStream stream) {
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter w = ex.getCommandLine().getErr();
            w.println("paiban: " + ex.getMessage());
            ex.getCommandLine().usage(w);
            return USAGE;
        });
        return cl.execute(args);
    }

    static void print(List<Diagnostic> diagnostics, PrintWriter err) {
        diagnostics.stream()
                .sorted(Comparator.comparing((Diagnostic d) -> d.span().display())
                        .thenComparingInt(d -> d.span().line()).thenComparingInt(d -> d.span().column()))
                .forEach(d -> err.println(d.format()));
    }

    /** A builder with the shipped fonts, or null when they cannot be loaded (said on {@code stderr}). */
    static IssueBuilder builder(PrintWriter stderr) {
        try {
            return new IssueBuilder(FontLibrary.load(FontLibrary.locate()));
        } catch (FontsUnavailableException e) {
            stderr.println("paiban: " + e.getMessage());
            stderr.println("  hint: paiban ships its fonts in fonts/ beside the jar's folder; "
                    + "set PAIBAN_FONTS to that folder if paiban runs from elsewhere");
            return null;
        }
    }

    /**
     * Runs one step on every issue with fonts loaded once: problems go to stderr, a bad issue does
     * not stop the others, and the status reports any failure.
     */
    static int eachIssue(CommandLine.Model.CommandSpec spec, List<Path> issues,
                         BiFunction<IssueBuilder, Path, IssueBuilder.Result> step,
                         BiConsumer<IssueBuilder.Result, PrintWriter> onSuccess, String onFailure) {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        IssueBuilder builder = builder(stderr);
        if (builder == null) return USAGE;
        int status = OK;
        for (Path issue : issues) {
            IssueBuilder.Result r = step.apply(builder, issue);
            print(r.diagnostics(), stderr);
            if (r.ok()) {
                onSuccess.accept(r, stdout);
            } else {
                stderr.println("paiban: " + issue + ": " + onFailure);
                status = PROBLEMS;
            }
        }
        return status;
    }

    @Command(name = "build", description = "Lays out issues and writes out/<id>/<id>.pdf, pages/NN.pdf, <id>.epub and report.json.")
    static final class Build implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "ISSUE", description = "issue folders")
        List<Path> issues;
        @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: out)")
        Path out = Path.of("out");
        @Option(names = "--no-pdf", description = "do not write the print PDF")
        boolean noPdf;
        @Option(names = "--no-epub", description = "do not write the EPUB edition")
        boolean noEpub;
        @Option(names = "--no-marks", description = "leave crop and registration marks off the print PDFs")
        boolean noMarks;
        @Option(names = "--archive", description = "also write <id>.archive.pdf (PDF/A-1b)")
        boolean archive;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            IssueBuilder.Outputs outputs = new IssueBuilder.Outputs(!noPdf, !noEpub, !noMarks, archive);
            return eachIssue(spec, issues, (builder, issue) -> builder.build(issue, out, outputs), (r, stdout) -> {
                for (Path p : r.written()) stdout.println("wrote " + p);
            }, "not built (nothing written)");
        }
    }

    @Command(name = "check", description = "Validates issue sources and layout; writes nothing.")
    static final class Check implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "ISSUE", description = "issue folders")
        List<Path> issues;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return eachIssue(spec, issues, IssueBuilder::check, (r, stdout) -> stdout.println(r.issue().id() + ": ok"),
                    "has problems");
        }
    }

    @Command(name = "new", description = "Creates an issue folder with one page and one article.")
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
            return OK;
        }
    }
}
