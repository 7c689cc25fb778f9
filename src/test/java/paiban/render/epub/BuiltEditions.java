package paiban.render.epub;

import paiban.cli.IssueBuilder;
import paiban.font.FontLibrary;
import paiban.render.pdf.PdfOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;

/**
 * EPUBs of real issues (the sample and the fixtures) as the command line builds them, each built
 * once per test run and unpacked beside its .epub, for the tests that read or render them.
 */
final class BuiltEditions {
    static final String SAMPLE = "issues/2026-11-26";
    static final String TRADITIONAL = "src/test/resources/fixtures/zhhant-2026-12-09";
    static final String JAPANESE = "src/test/resources/fixtures/ja-2026-12-10";
    static final String TABLOID = "src/test/resources/fixtures/tabloid-2026-12-08";
    /** Vertical editions (writing: vertical): a ja tabloid of one page, a zh-Hant berliner of two. */
    static final String VERTICAL = "src/test/resources/fixtures/ja-vertical-2026-12-12";
    static final String VERTICAL_TRADITIONAL = "src/test/resources/fixtures/zhhant-vertical-2026-12-13";

    /** Under target/, so the books stay to be looked at (and checked with scripts/ace.sh) after the tests. */
    private static final Path ROOT = Path.of("target", "test-editions");
    private static final Map<String, Path> BUILT = new HashMap<>();
    private static final Map<String, IssueBuilder.Result> REPLICAS = new HashMap<>();

    private BuiltEditions() {
    }

    /** The .epub built from an issue folder; its content is unpacked in {@link #unpacked}. */
    static synchronized Path epub(String issueFolder) {
        return BUILT.computeIfAbsent(issueFolder, BuiltEditions::build);
    }

    /** The replica .epub built from an issue folder, in a build of its own (with its EPUB) beside the others. */
    static Path replica(String issueFolder) {
        String id = Path.of(issueFolder).getFileName().toString();
        replicaBuild(issueFolder);
        return ROOT.resolve("replicas").resolve(id).resolve(id + ".replica.epub");
    }

    /** The build that wrote {@link #replica}: the issue and its pages as laid out. */
    static synchronized IssueBuilder.Result replicaBuild(String issueFolder) {
        return REPLICAS.computeIfAbsent(issueFolder, folder -> build(folder, ROOT.resolve("replicas"), REPLICA));
    }

    /** The OEBPS folder of the issue's unpacked EPUB; {@link #MODEL} for the {@link SampleIssue} model. */
    static Path unpacked(String issueFolder) {
        return epub(issueFolder).resolveSibling("unpacked").resolve("OEBPS");
    }

    /** The {@link SampleIssue} model written by the EPUB writer alone: a long address, English, a table. */
    static final String MODEL = "model";

    private static Path model() throws IOException {
        Path folder = Files.createDirectories(ROOT.resolve(MODEL));
        Path epub = folder.resolve("model.epub");
        try (OutputStream out = Files.newOutputStream(epub)) {
            new EpubWriter().write(SampleIssue.create(Files.createDirectories(folder.resolve("pictures"))), null, out);
        }
        unzip(epub, folder.resolve("unpacked"));
        return epub;
    }

    private static final IssueBuilder.Outputs EPUB = new IssueBuilder.Outputs(false, true, false, false);
    private static final IssueBuilder.Outputs REPLICA =
            new IssueBuilder.Outputs(false, true, false, false, PdfOptions.Standard.PDF_A_3U, false, true);

    private static Path build(String issueFolder) {
        try {
            if (issueFolder.equals(MODEL)) return model();
            build(issueFolder, ROOT, EPUB);
            String id = Path.of(issueFolder).getFileName().toString();
            Path epub = ROOT.resolve(id).resolve(id + ".epub");
            unzip(epub, epub.resolveSibling("unpacked"));
            return epub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the issue's outputs under {@code root}/its id. */
    private static IssueBuilder.Result build(String issueFolder, Path root, IssueBuilder.Outputs outputs) {
        IssueBuilder.Result r = new IssueBuilder(FontLibrary.load(Path.of("fonts"))).build(Path.of(issueFolder), root, outputs);
        if (!r.ok()) throw new IllegalStateException(issueFolder + " does not build: " + r.diagnostics());
        return r;
    }

    private static void unzip(Path zip, Path into) throws IOException {
        if (Files.exists(into)) {
            // what an earlier build left must not pass for this one's
            try (Stream<Path> old = Files.walk(into)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path target = into.resolve(e.getName()).normalize();
                if (!target.startsWith(into)) throw new IOException("entry outside the book: " + e.getName());
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            }
        }
    }
}
