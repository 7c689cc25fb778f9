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
import paiban.render.PictureCache;
import paiban.render.png.PageImage;
import paiban.source.IssueReader;

import paiban.text.TextTime;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
    /**
     * What one issue's run gave: every problem found, the files written (none on error), and the
     * CPU time of each stage in nanoseconds ({@link #STAGES}; the bench's profile).
     */
    public record Result(Issue issue, List<PageLayout> pages, List<Diagnostic> diagnostics, List<Path> written,
                         Map<String, Long> cpuNanos) {
        Result(Issue issue, List<PageLayout> pages, List<Diagnostic> diagnostics, List<Path> written) {
            this(issue, pages, diagnostics, written, Map.of());
        }

        public boolean ok() {
            return diagnostics.stream().noneMatch(Diagnostic::isError);
        }
    }

    /**
     * Which outputs a build writes: the print PDF (with one PDF per page, crop marks optional),
     * the EPUB, the PDF/A archive copy at its level with ALTO and METS, and with
     * {@code archiveImages} a PNG of every page at {@link #ARCHIVE_IMAGE_DPI}, and the replica EPUB.
     */
    public record Outputs(boolean pdf, boolean epub, boolean marks, boolean archive, PdfOptions.Standard archiveLevel,
                          boolean archiveImages, boolean replica) {
        public static final Outputs DEFAULT = new Outputs(true, true, true, false);

        public Outputs(boolean pdf, boolean epub, boolean marks, boolean archive) {
            this(pdf, epub, marks, archive, PdfOptions.Standard.PDF_A_3U, false);
        }

        public Outputs(boolean pdf, boolean epub, boolean marks, boolean archive, PdfOptions.Standard archiveLevel,
                       boolean archiveImages) {
            this(pdf, epub, marks, archive, archiveLevel, archiveImages, false);
        }
    }

    /** Page images for the archive are drawn at 300 dpi, the resolution libraries digitize newspapers at. */
    public static final int ARCHIVE_IMAGE_DPI = 300;

    /**
     * The stages a build's CPU time is told by: reading the sources, composing text (inside layout),
     * the rest of layout, converting pictures, the print PDF with its plates, the archive PDF with
     * ALTO and METS, the EPUB with its cover.
     */
    static final List<String> STAGES = List.of("read", "text", "layout", "pictures", "pdf", "archive", "epub");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

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
        Map<String, Long> cpu = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        long c0 = THREADS.getCurrentThreadCpuTime();
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
        long c1 = THREADS.getCurrentThreadCpuTime();
        cpu.put("read", c1 - c0);
        Pipeline p;
        try {
            p = pipeline(issue.edition());
        } catch (FontsUnavailableException e) {
            diags.error(SourceSpan.of(folder, issue.id()), e.getMessage(),
                    "paiban ships its traditional-Chinese and Japanese fonts in fonts/ too; set PAIBAN_FONTS to that folder");
            return new Result(issue, List.of(), diags.all(), List.of());
        }
        PdfRenderer pdf = p.pdf();
        List<PageLayout> pages;
        long text0 = TextTime.nanos();
        try {
            pages = p.layout().layout(issue, diags);
        } catch (RuntimeException e) {
            diags.error(SourceSpan.of(folder, issue.id()), "layout failed: " + e,
                    "this is a bug in paiban: please report it with the issue folder");
            return new Result(issue, List.of(), diags.all(), List.of());
        }
        long t2 = System.nanoTime();
        timings.put("layout", (t2 - t1) / 1_000_000);
        // text is timed on the wall clock (a CPU clock per paragraph would cost more than it measures):
        // its CPU is layout's in the same share, which holds on a machine busy with other work too
        long layoutCpu = THREADS.getCurrentThreadCpuTime() - c1;
        long text = Math.round(layoutCpu * Math.min(1.0, (double) (TextTime.nanos() - text0) / Math.max(1, t2 - t1)));
        cpu.put("text", text);
        cpu.put("layout", layoutCpu - text);
        if (diags.hasErrors() || outRoot == null) return new Result(issue, pages, diags.all(), List.of());

        Path dir = outRoot.resolve(issue.id());
        List<Path> written = new ArrayList<>();
        // each picture decoded once, for the print PDF and the EPUBs' page images alike
        PictureCache pictures = new PictureCache(pages,
                outputs.archive() && outputs.archiveImages() ? ARCHIVE_IMAGE_DPI : PictureCache.PRINT_PPI);
        // the EPUBs (pages drawn with Java2D, not OpenPDF) are made on another thread meanwhile
        CompletableFuture<Editions> epub = outputs.epub() || outputs.replica()
                ? CompletableFuture.supplyAsync(() -> epubBytes(issue, pages, outputs, pictures)) : null;
        try (AtomicOutput out = new AtomicOutput()) {
            long t = t2;
            long c = THREADS.getCurrentThreadCpuTime() - pictures.cpuNanos(Thread.currentThread());
            Report.Epub epubStamp = null;
            if (outputs.pdf()) {
                PdfOptions print = PdfOptions.print().withMarks(outputs.marks());
                byte[] whole = pdf.write(issue, pages, print, pictures);
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
                c = lapCpu(cpu, "pdf", c, pictures);
            }
            if (outputs.archive()) {
                Path archiveFile = dir.resolve(issue.id() + ".archive.pdf");
                byte[] archivePdf = pdf.write(issue, pages, PdfOptions.archive(outputs.archiveLevel()), pictures);
                out.add(archiveFile, os -> os.write(archivePdf));
                written.add(archiveFile);
                for (PageLayout page : pages) {
                    Path alto = dir.resolve(MetsWriter.altoPath(page.number()));
                    String xml = AltoWriter.page(issue, page, archiveFile.getFileName().toString());
                    out.add(alto, os -> os.write(xml.getBytes(StandardCharsets.UTF_8)));
                    written.add(alto);
                    if (outputs.archiveImages()) {
                        Path png = dir.resolve(MetsWriter.imagePath(page.number()));
                        out.add(png, os -> pageImage.png(page, ARCHIVE_IMAGE_DPI, pictures, os));
                        written.add(png);
                    }
                }
                Path mets = dir.resolve(issue.id() + ".mets.xml");
                String metsXml = MetsWriter.issue(issue, pages, archiveFile.getFileName().toString(),
                        outputs.archiveImages());
                out.add(mets, os -> os.write(metsXml.getBytes(StandardCharsets.UTF_8)));
                written.add(mets);
                t = lap(timings, "archive", t);
                c = lapCpu(cpu, "archive", c, pictures);
            }
            long replicaBytes = -1;
            if (epub != null) {
                Editions editions = epub.join();
                if (editions.epub() != null) {
                    Path epubFile = dir.resolve(issue.id() + ".epub");
                    BuiltEpub built = editions.epub();
                    out.add(epubFile, os -> os.write(built.bytes()));
                    written.add(epubFile);
                    epubStamp = new Report.Epub(built.bytes().length, issue.edition().revision(), built.contentSha256());
                    warnUnrevisedChange(folder, issue, Report.lastEpub(dir.resolve("report.json")), epubStamp, diags);
                }
                if (editions.replica() != null) {
                    Path replicaFile = dir.resolve(issue.id() + ".replica.epub");
                    out.add(replicaFile, os -> os.write(editions.replica()));
                    written.add(replicaFile);
                    replicaBytes = editions.replica().length;
                }
                t = lap(timings, "epub", t);
                cpu.put("epub", editions.cpuNanos());
            }
            timings.put("total", (t - t0) / 1_000_000);
            cpu.put("pictures", pictures.cpuNanos());
            Path report = dir.resolve("report.json");
            Report.Epub epubForReport = epubStamp;
            long replicaForReport = replicaBytes;
            out.add(report, os -> os.write(Report.json(issue, pages, epubForReport, replicaForReport, hash, timings)
                    .getBytes(StandardCharsets.UTF_8)));
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
        return new Result(issue, pages, diags.all(), written, cpu);
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

    /** The reflowable EPUB and the replica's bytes, each null when not asked for, and the CPU time making them took. */
    private record Editions(BuiltEpub epub, byte[] replica, long cpuNanos) {
    }

    private Editions epubBytes(Issue issue, List<PageLayout> pages, Outputs outputs, PictureCache pictures) {
        long c = THREADS.getCurrentThreadCpuTime();
        EpubWriter writer = new EpubWriter(pictures);
        try {
            BuiltEpub built = null;
            if (outputs.epub()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                PageLayout front = pages.get(0);
                String hash = writer.write(issue, pageImage.draw(front,
                        EpubWriter.coverWidthPx(front.widthPt(), front.heightPt()), pictures), bytes);
                built = new BuiltEpub(bytes.toByteArray(), hash);
            }
            byte[] replica = null;
            if (outputs.replica()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                writer.writeReplica(issue, pages,
                        page -> pageImage.draw(page, EpubWriter.REPLICA_WIDTH_PX, pictures), bytes);
                replica = bytes.toByteArray();
            }
            long spent = THREADS.getCurrentThreadCpuTime() - c - pictures.cpuNanos(Thread.currentThread());
            return new Editions(built, replica, spent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stage's CPU on this thread since {@code since}, less what went to pictures (their own stage). */
    private static long lapCpu(Map<String, Long> cpu, String stage, long since, PictureCache pictures) {
        long now = THREADS.getCurrentThreadCpuTime() - pictures.cpuNanos(Thread.currentThread());
        cpu.put(stage, now - since);
        return now;
    }

    private static long lap(Map<String, Long> timings, String name, long since) {
        long now = System.nanoTime();
        timings.put(name, (now - since) / 1_000_000);
        return now;
    }
}
