package paiban.cli;

import paiban.diag.Diagnostic;
import paiban.diag.Diagnostics;
import paiban.diag.SourceException;
import paiban.diag.SourceSpan;
import paiban.font.FontLibrary;
import paiban.font.FontSet;
import paiban.font.FontsUnavailableException;
import paiban.layout.IssueLayout;
import paiban.layout.PageLayout;
import paiban.model.Edition;
import paiban.model.Issue;
import paiban.render.archive.AltoWriter;
import paiban.render.archive.MetsWriter;
import paiban.render.epub.EpubWriter;
import paiban.render.pdf.PdfOptions;
import paiban.render.pdf.PdfRenderer;
import paiban.render.png.PageImage;
import paiban.source.IssueReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntPredicate;

/**
 * Runs the pipeline for one issue: read → lay out → render, writing the outputs only when the
 * issue had no error. Fonts are loaded once and shared by every issue of a run.
 */
public final class IssueBuilder {
    /** What one issue's run gave: every problem found, and the files written (none on error). */
    public record Result(Issue issue, List<PageLayout> pages, List<Diagnostic> diagnostics, List<Path> written) {
        public boolean ok() {
            return diagnostics.stream().noneMatch(Diagnostic::isError);
        }
    }

    /**
     * Which outputs a build writes: the print PDF (with one PDF per page, crop marks optional),
     * the EPUB, and the PDF/A archive copy at its level.
     */
    public record Outputs(boolean pdf, boolean epub, boolean marks, boolean archive, PdfOptions.Standard archiveLevel) {
        public static final Outputs DEFAULT = new Outputs(true, true, true, false);

        public Outputs(boolean pdf, boolean epub, boolean marks, boolean archive) {
            this(pdf, epub, marks, archive, PdfOptions.Standard.PDF_A_3U);
        }
    }

    /** Width of the EPUB cover, the front page drawn as printed. */
    private static final int COVER_WIDTH_PX = 1200;

    /** Layout and PDF writing with one set of faces: simplified, traditional or Japanese, by the edition's language. */
    private record Pipeline(FontLibrary fonts, IssueLayout layout, PdfRenderer pdf) {
        Pipeline(FontLibrary fonts) {
            this(fonts, new IssueLayout(fonts), new PdfRenderer(fonts));
        }
    }

    private final FontLibrary fonts;
    private final Map<FontSet, Pipeline> pipelines = new EnumMap<>(FontSet.class);
    private final PageImage pageImage = new PageImage();

    public IssueBuilder(FontLibrary fonts) {
        this.fonts = fonts;
        pipelines.put(fonts.set(), new Pipeline(fonts));
    }

    private synchronized Pipeline pipeline(Edition edition) {
        return pipelines.computeIfAbsent(FontSet.of(edition.language()), set -> new Pipeline(fonts.of(set)));
    }

    /** Whether the edition's faces draw a code point; when they cannot load, the build reports that instead. */
    private IntPredicate printableIn(Edition edition) {
        try {
            return pipeline(edition).fonts()::draws;
        } catch (FontsUnavailableException e) {
            return cp -> true;
        }
    }

    /** Reads and lays out without writing anything, so check reports what build would. */
    public Result check(Path folder) {
        return run(folder, null, Outputs.DEFAULT);
    }

    public Result build(Path folder, Path outRoot) {
        return run(folder, outRoot, Outputs.DEFAULT);
    }

    public Result build(Path folder, Path outRoot, Outputs outputs) {
        return run(folder, outRoot, outputs);
    }

    private Result run(Path folder, Path outRoot, Outputs outputs) {
        Diagnostics diags = new Diagnostics();
        Map<String, Long> timings = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        Issue issue;
        try {
            issue = new IssueReader(this::printableIn).read(folder, diags);
        } catch (SourceException e) {
            e.diagnostics().forEach(diags::add);
            return new Result(null, List.of(), diags.all(), List.of());
        }
        // hashed when read, so sources edited during the build are seen as changed by the next --changed
        String hash = outRoot == null ? null : SourceHash.of(folder, outputs);
        long t1 = System.nanoTime();
        timings.put("read", (t1 - t0) / 1_000_000);
        Pipeline p;
        try {
            p = pipeline(issue.edition());
        } catch (FontsUnavailableException e) {
            diags.error(SourceSpan.of(folder, issue.id()), e.getMessage(),
                    "paiban ships its traditional-Chinese and Japanese fonts in fonts/ too; set PAIBAN_FONTS to that folder");
            return new Result(issue, List.of(), diags.all(), List.of());
        }
        PdfRenderer pdf = p.pdf();
        if (outRoot != null && outputs.pdf()) pdf.prepare(issue);
        List<PageLayout> pages;
        try {
            pages = p.layout().layout(issue, diags);
        } catch (RuntimeException e) {
            diags.error(SourceSpan.of(folder, issue.id()), "layout failed: " + e,
                    "this is a bug in paiban: please report it with the issue folder");
            return new Result(issue, List.of(), diags.all(), List.of());
        }
        long t2 = System.nanoTime();
        timings.put("layout", (t2 - t1) / 1_000_000);
        if (diags.hasErrors() || outRoot == null) return new Result(issue, pages, diags.all(), List.of());

        Path dir = outRoot.resolve(issue.id());
        List<Path> written = new ArrayList<>();
        // the EPUB (its cover drawn with Java2D, not OpenPDF) is made on another thread meanwhile
        CompletableFuture<BuiltEpub> epub = outputs.epub()
                ? CompletableFuture.supplyAsync(() -> epubBytes(issue, pages)) : null;
        try (AtomicOutput out = new AtomicOutput()) {
            long t = t2;
            Report.Epub epubStamp = null;
            if (outputs.pdf()) {
                PdfOptions print = PdfOptions.print().withMarks(outputs.marks());
                byte[] whole = pdf.write(issue, pages, print);
                Path pdfFile = dir.resolve(issue.id() + ".pdf");
                out.add(pdfFile, os -> os.write(whole));
                written.add(pdfFile);
                List<byte[]> plates = pdf.splitPages(issue, pages, print, whole);
                for (int i = 0; i < pages.size(); i++) {
                    byte[] plate = plates.get(i);
                    Path pageFile = dir.resolve("pages").resolve(String.format("%02d.pdf", pages.get(i).number()));
                    out.add(pageFile, os -> os.write(plate));
                    written.add(pageFile);
                }
                t = lap(timings, "pdf", t);
            }
            if (outputs.archive()) {
                Path archiveFile = dir.resolve(issue.id() + ".archive.pdf");
                out.add(archiveFile, os -> os.write(pdf.write(issue, pages, PdfOptions.archive(outputs.archiveLevel()))));
                written.add(archiveFile);
                for (PageLayout page : pages) {
                    Path alto = dir.resolve(MetsWriter.altoPath(page.number()));
                    String xml = AltoWriter.page(issue, page, archiveFile.getFileName().toString());
                    out.add(alto, os -> os.write(xml.getBytes(StandardCharsets.UTF_8)));
                    written.add(alto);
                }
                Path mets = dir.resolve(issue.id() + ".mets.xml");
                String metsXml = MetsWriter.issue(issue, pages, archiveFile.getFileName().toString());
                out.add(mets, os -> os.write(metsXml.getBytes(StandardCharsets.UTF_8)));
                written.add(mets);
                t = lap(timings, "archive", t);
            }
            if (epub != null) {
                Path epubFile = dir.resolve(issue.id() + ".epub");
                BuiltEpub built = epub.join();
                out.add(epubFile, os -> os.write(built.bytes()));
                written.add(epubFile);
                t = lap(timings, "epub", t);
                epubStamp = new Report.Epub(built.bytes().length, issue.edition().revision(), built.contentSha256());
                warnUnrevisedChange(folder, issue, Report.lastEpub(dir.resolve("report.json")), epubStamp, diags);
            }
            timings.put("total", (t - t0) / 1_000_000);
            Path report = dir.resolve("report.json");
            Report.Epub epubForReport = epubStamp;
            out.add(report, os -> os.write(Report.json(issue, pages, epubForReport, hash, timings).getBytes(StandardCharsets.UTF_8)));
            written.add(report);
            out.commit();
        } catch (IOException | RuntimeException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            diags.error(SourceSpan.of(dir, dir.toString()), "cannot write the outputs: " + cause,
                    cause instanceof IOException || cause instanceof UncheckedIOException
                            ? "check that the output folder is writable"
                            : "this is a bug in paiban: please report it with the issue folder");
            if (epub != null) {
                // its cover painter is shared with the next issue's EPUB: let this one finish first
                epub.exceptionally(x -> null).join();
            }
            return new Result(issue, pages, diags.all(), List.of());
        }
        return new Result(issue, pages, diags.all(), written);
    }

    /**
     * A reader's library keeps one copy per identifier and replaces it only when dcterms:modified
     * moves: a changed EPUB under an unchanged revision would go unnoticed by readers who have it.
     */
    private static void warnUnrevisedChange(Path folder, Issue issue, Optional<Report.Epub> last, Report.Epub now,
                                            Diagnostics diags) {
        int revision = issue.edition().revision();
        if (last.isEmpty() || last.get().revision() != revision || last.get().contentSha256().equals(now.contentSha256())) {
            return;
        }
        diags.warning(SourceSpan.of(folder.resolve("issue.yaml"), folder.getFileName() + "/issue.yaml"),
                "the EPUB's content differs from the last build's but 'revision' is still " + revision,
                "if this is a corrected re-issue, set revision: " + (revision + 1)
                        + " in issue.yaml so readers' libraries replace their copy");
    }

    /** An EPUB's bytes and its content hash ({@link EpubWriter#write}). */
    private record BuiltEpub(byte[] bytes, String contentSha256) {
    }

    private BuiltEpub epubBytes(Issue issue, List<PageLayout> pages) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            String hash = new EpubWriter().write(issue, pageImage.jpeg(pages.get(0), COVER_WIDTH_PX), bytes);
            return new BuiltEpub(bytes.toByteArray(), hash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long lap(Map<String, Long> timings, String name, long since) {
        long now = System.nanoTime();
        timings.put(name, (now - since) / 1_000_000);
        return now;
    }
}
