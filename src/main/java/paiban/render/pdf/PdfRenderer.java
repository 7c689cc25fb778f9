package paiban.render.pdf;

import paiban.Version;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfFileSpecification;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTextArray;
import com.lowagie.text.pdf.PdfWriter;
import paiban.font.FontFace;
import paiban.font.FontLibrary;
import paiban.font.FontRole;
import paiban.layout.ChineseDates;
import paiban.layout.PageItem;
import paiban.layout.PageLayout;
import paiban.render.PictureCache;
import paiban.model.Article;
import paiban.model.Edition;
import paiban.model.Issue;
import paiban.model.Page;
import paiban.model.Words;
import paiban.text.PlacedGlyph;
import paiban.text.Stance;

import java.awt.color.ColorSpace;
import com.lowagie.text.xml.xmp.XmpSchema;
import com.lowagie.text.xml.xmp.XmpWriter;

import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.Deflater;

/**
 * Writes laid-out pages with OpenPDF. It draws exactly what the layout placed: every glyph at its
 * x, every rule and picture in its box; fonts embedded as Identity-H subsets with ToUnicode.
 * The print PDF is PDF/X-1a:2001 with printer's marks; the archive copy PDF/A-1b. Identical
 * layouts give byte-identical files (see {@link Reproducible}).
 */
public final class PdfRenderer {
    /**
     * The printing condition the print PDF is separated for: coldset offset on newsprint
     * (ISO 12647-3), registered in the ICC characterization data registry, so PDF/X-1a needs no
     * embedded profile. Its profile, ISOnewspaper26v4, limits total ink to 240%, as PictureInks does.
     */
    static final String OUTPUT_CONDITION_ID = "IFRA26";
    static final String OUTPUT_CONDITION = "ISOnewspaper26v4: coldset offset on newsprint (ISO 12647-3:2004)";
    static final String REGISTRY = "http://www.color.org";

    private final FontLibrary library;
    /** One renderer serves every issue of a run; each document embeds its own font subsets. */
    public PdfRenderer(FontLibrary library) {
        this.library = library;
    }

    /** Every page of the issue in one PDF, its pictures decoded for this document alone. */
    public byte[] write(Issue issue, List<PageLayout> pages, PdfOptions options) throws IOException {
        return write(issue, pages, options, new PictureCache(pages, PictureCache.PRINT_PPI));
    }

    /** Every page of the issue in one PDF, its pictures from the build's {@code pictures}. */
    public byte[] write(Issue issue, List<PageLayout> pages, PdfOptions options, PictureCache pictures)
            throws IOException {
        if (pages.isEmpty()) throw new IllegalArgumentException("no pages to write");
        Edition e = issue.edition();
        String title = e.paper() + " " + ChineseDates.date(e.date());
        String subject = e.paper() + " 第" + (e.number() > 0 ? e.number() + "期" : "") + " " + pages.size() + "版";
        return writeDocument(issue, pages, options, title, subject, pictures);
    }

    /**
     * Each page of the print PDF as a PDF of its own (printing plants take one file per plate),
     * titled with its 版次. The pages are copied from the issue's PDF, so they carry its font
     * subsets and pictures rather than embedding their own: a fraction of the work.
     */
    public List<byte[]> splitPages(Issue issue, List<PageLayout> pages, PdfOptions options, byte[] issuePdf)
            throws IOException {
        if (options.standard() != PdfOptions.Standard.PDF_X_1A) {
            throw new IllegalArgumentException("only the print PDF is split into pages");
        }
        Edition e = issue.edition();
        PdfReader reader = new PdfReader(issuePdf);
        Words words = Words.of(e.language());
        List<byte[]> out = new ArrayList<>();
        try {
            for (int i = 0; i < pages.size(); i++) {
                PageLayout page = pages.get(i);
                String title = e.paper() + " " + ChineseDates.date(e.date()) + " " + words.page(page.number());
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                Document document = new Document();
                PdfCopy copy = new PdfCopy(document, buffer);
                describe(copy, document, issue, PdfOptions.Standard.PDF_X_1A, title, page.slug());
                document.open();
                intend(copy, PdfOptions.Standard.PDF_X_1A);
                copy.addPage(copy.getImportedPage(reader, i + 1));
                document.close();
                out.add(Reproducible.withContentId(buffer.toByteArray()));
            }
        } catch (DocumentException ex) {
            throw new IOException("PDF writing failed: " + ex.getMessage(), ex);
        } finally {
            reader.close();
        }
        return out;
    }

    /** Conformance, title, subject, author, dates and language of a document about to open. */
    private static void describe(PdfWriter writer, Document document, Issue issue, PdfOptions.Standard standard,
                                 String title, String subject) throws IOException {
        // OpenPDF knows PDF/A-1 only: PDF/A-3 is written as a plain PDF 1.7 with the XMP and output intent it needs
        writer.setPDFXConformance(switch (standard) {
            case PDF_X_1A -> PdfWriter.PDFX1A2001;
            case PDF_A_1B -> PdfWriter.PDFA1B;
            case PDF_A_3U -> PdfWriter.PDFXNONE;
        });
        if (standard == PdfOptions.Standard.PDF_A_3U) writer.setPdfVersion(PdfWriter.VERSION_1_7);
        Edition e = issue.edition();
        document.addTitle(title);
        document.addSubject(subject);
        document.addAuthor(e.publisher());
        document.addCreator("paiban " + Version.NUMBER);
        PdfDate date = Reproducible.issueDate(e);
        writer.getInfo().put(PdfName.CREATIONDATE, date);
        writer.getInfo().put(PdfName.MODDATE, date);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(e.language()));
        if (standard == PdfOptions.Standard.PDF_A_1B) writer.createXmpMetadata();
        if (standard == PdfOptions.Standard.PDF_A_3U) writer.setXmpMetadata(pdfA3uXmp(writer, e));
    }

    /** The Info dictionary's title, author, dates and tool as XMP, with the language and PDF/A-3u's identification. */
    private static byte[] pdfA3uXmp(PdfWriter writer, Edition e) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XmpWriter xmp = new XmpWriter(bytes, writer.getInfo(), PdfWriter.PDFXNONE)) {
            // by hand: OpenPDF's DublinCoreSchema repeats dc:format, and a repeated property voids the packet
            xmp.addRdfDescription("xmlns:dc=\"http://purl.org/dc/elements/1.1/\"", "<dc:language><rdf:Bag><rdf:li>"
                    + XmpSchema.escape(e.language()) + "</rdf:li></rdf:Bag></dc:language>");
            xmp.addRdfDescription("xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"",
                    "<pdfaid:part>3</pdfaid:part><pdfaid:conformance>U</pdfaid:conformance>");
        }
        return bytes.toByteArray();
    }

    /**
     * The issue's sources as one zip embedded in the archive copy, an associated file of the
     * document ({@code /AF}, {@code AFRelationship /Source}): the archive carries what rebuilds it.
     */
    private static void embedSources(PdfWriter writer, Issue issue) throws IOException {
        byte[] zip = SourceZip.of(issue.folder(), issue.edition().date());
        String name = issue.id() + "-sources.zip";
        PdfDictionary params = new PdfDictionary();
        params.put(PdfName.MODDATE, Reproducible.issueDate(issue.edition()));
        // the zip is compressed already: stored, not deflated a second time
        PdfFileSpecification spec = PdfFileSpecification.fileEmbedded(writer, null, name, zip, "application/zip",
                params, PdfStream.NO_COMPRESSION);
        spec.setUnicodeFileName(name, true);
        spec.put(PdfName.DESC, new PdfString("issue.yaml, Markdown and pictures of " + issue.id()));
        spec.put(new PdfName("AFRelationship"), new PdfName("Source"));
        writer.addFileAttachment(name, spec);
        writer.getExtraCatalog().put(new PdfName("AF"), new PdfArray(spec.getReference()));
    }

    /** The output intent, written once the document is open (the sRGB profile is an object of its body). */
    private static void intend(PdfWriter writer, PdfOptions.Standard standard) throws IOException {
        switch (standard) {
            case PDF_A_1B -> writer.setOutputIntents("sRGB IEC61966-2.1", null, REGISTRY, "sRGB IEC61966-2.1",
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB));
            case PDF_A_3U -> sRgbPdfAIntent(writer);
            case PDF_X_1A -> writer.setOutputIntents(OUTPUT_CONDITION_ID, OUTPUT_CONDITION, REGISTRY, OUTPUT_CONDITION,
                    (ICC_Profile) null);
        }
    }

    /**
     * The sRGB output intent of type GTS_PDFA1, written by hand: OpenPDF writes that type only in
     * its PDF/A-1 mode, which a PDF/A-3 file cannot use.
     */
    private static void sRgbPdfAIntent(PdfWriter writer) throws IOException {
        PdfStream profile = new PdfStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        profile.put(PdfName.N, new PdfNumber(3));
        profile.flateCompress();
        PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
        intent.put(PdfName.S, PdfName.GTS_PDFA1);
        intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString("sRGB IEC61966-2.1"));
        intent.put(PdfName.INFO, new PdfString("sRGB IEC61966-2.1"));
        intent.put(PdfName.REGISTRYNAME, new PdfString(REGISTRY));
        intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(profile).getIndirectReference());
        writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
    }

    private byte[] writeDocument(Issue issue, List<PageLayout> pages, PdfOptions options, String title,
                                 String subject, PictureCache pictures) throws IOException {
        boolean archive = options.standard().archive();
        Inks inks = archive ? Inks.RGB : Inks.CMYK;
        long pictureBytes = convertPictures(pages, inks, pictures);
        // sized for the pictures and some text and fonts a page: growing by doubling copies megabytes
        ByteArrayOutputStream buffer = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8,
                pictureBytes + (1L << 18) * pages.size() + (1L << 20)));
        Sheet firstSheet = Sheet.of(pages.get(0), options.marks());
        Document document = new Document(firstSheet.media(), 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, buffer);
            describe(writer, document, issue, options.standard(), title, subject);
            String key = issue.id() + " " + options.standard() + " "
                    + pages.stream().map(p -> String.valueOf(p.number())).collect(Collectors.joining(","));
            Job doc = new Job(writer, inks, key, charactersByFont(pages, options.marks()), pictures);
            setBoxes(writer, firstSheet);
            document.open();
            intend(writer, options.standard());
            if (options.standard() == PdfOptions.Standard.PDF_A_3U) embedSources(writer, issue);
            PdfOutline root = writer.getDirectContent().getRootOutline();
            Words words = Words.of(issue.edition().language());
            for (int i = 0; i < pages.size(); i++) {
                Sheet sheet = Sheet.of(pages.get(i), options.marks());
                if (i > 0) {
                    document.setPageSize(sheet.media());
                    setBoxes(writer, sheet);
                    document.newPage();
                }
                drawPage(doc, pages.get(i), sheet, root, words);
                if (options.marks()) Marks.draw(writer.getDirectContent(), sheet, pages.get(i).slug(), doc::slugFont);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("PDF writing failed: " + e.getMessage(), e);
        }
        byte[] written = buffer.toByteArray();
        if (options.standard() == PdfOptions.Standard.PDF_A_3U) written = withoutCidSets(written);
        return Reproducible.withContentId(written);
    }

    private static final Pattern CID_SET = Pattern.compile("/CIDSet \\d+ 0 R");

    /**
     * Blanks each font descriptor's {@code /CIDSet} reference (spaces of the same length, so the
     * cross-reference offsets hold). OpenPDF lists the CIDs drawn, but PDF/A-2 and -3 require a CIDSet
     * to list every glyph of the embedded program, which holds more (composite parts, .notdef);
     * the key is optional there.
     */
    private static byte[] withoutCidSets(byte[] pdf) {
        Matcher m = CID_SET.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        while (m.find()) Arrays.fill(pdf, m.start(), m.end(), (byte) ' ');
        return pdf;
    }

    /** Converts the pages' pictures not yet converted; returns their size in bytes. */
    private static long convertPictures(List<PageLayout> pages, Inks inks, PictureCache pictures) {
        return pages.stream().flatMap(p -> p.items().stream())
                .filter(i -> i instanceof PageItem.Image).map(i -> ((PageItem.Image) i).picture().file())
                .distinct().mapToLong(f -> converted(f, inks, pictures).length).sum();
    }

    /** The picture as a JPEG in the inks, made once per build. */
    private static byte[] converted(Path file, Inks inks, PictureCache pictures) {
        return pictures.made(inks + " " + file, () -> {
            try {
                return PictureInks.encode(file, inks, pictures);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read picture " + file, e);
            }
        });
    }

    /**
     * Every character the pages draw (their slugs too, with marks), by the font file that draws
     * it: by file, since the layout's faces may come from another library of the same files.
     */
    private Map<Embedded, BitSet> charactersByFont(List<PageLayout> pages, boolean marks) {
        Map<Embedded, BitSet> used = new HashMap<>();
        for (PageLayout page : pages) {
            for (PageItem item : page.items()) {
                if (item instanceof PageItem.TextLine t) {
                    for (PlacedGlyph g : t.line().glyphs()) {
                        if (g.face() != null) used.computeIfAbsent(new Embedded(g.face().file(), false), f -> new BitSet()).set(g.codePoint());
                    }
                } else if (item instanceof PageItem.VerticalLine v) {
                    for (PlacedGlyph g : v.line().glyphs()) {
                        if (g.face() == null) continue;
                        boolean upright = g.stance().orientation() == Stance.Orientation.UPRIGHT;
                        used.computeIfAbsent(new Embedded(g.face().file(), upright), f -> new BitSet()).set(g.codePoint());
                    }
                }
            }
            if (marks) {
                page.slug().codePoints().forEach(cp -> {
                    FontFace face = library.resolve(FontRole.SANS, cp);
                    if (face != null) used.computeIfAbsent(new Embedded(face.file(), false), f -> new BitSet()).set(cp);
                });
            }
        }
        return used;
    }

    /** A font file as embedded: horizontal (Identity-H), or for upright glyphs of vertical lines (Identity-V). */
    private record Embedded(Path file, boolean vertical) {
    }

    /** Boxes apply to the pages opened after they are set. */
    private static void setBoxes(PdfWriter writer, Sheet sheet) {
        writer.setBoxSize("trim", sheet.trim());
        writer.setBoxSize("bleed", sheet.bleedBox());
    }

    /** One document being written: its writer, inks, pictures and fonts. */
    private final class Job {
        final PdfWriter writer;
        final Inks inks;
        final String key;
        final Map<Embedded, BitSet> characters;
        final Map<Embedded, BaseFont> fonts = new HashMap<>();
        final Map<Path, Image> images = new HashMap<>();
        final PictureCache pictures;

        Job(PdfWriter writer, Inks inks, String key, Map<Embedded, BitSet> characters, PictureCache pictures) {
            this.writer = writer;
            this.inks = inks;
            this.key = key;
            this.characters = characters;
            this.pictures = pictures;
        }

        /**
         * The face trimmed to the characters this document draws with it, its subset tag a function
         * of the document (OpenPDF draws the tag at close). A {@code vertical} font draws the
         * characters' vertical forms in vertical writing mode (Identity-V).
         */
        BaseFont fontFor(FontFace face, boolean vertical) {
            return fonts.computeIfAbsent(new Embedded(face.file(), vertical), embedded -> {
                Path file = embedded.file();
                try {
                    BitSet used = characters.getOrDefault(embedded, new BitSet());
                    BaseFont font = BaseFont.createFont(file.toString(), vertical ? BaseFont.IDENTITY_V : BaseFont.IDENTITY_H,
                            BaseFont.EMBEDDED, false, vertical ? TrimmedFont.vertical(face, used) : TrimmedFont.of(face, used), null);
                    font.setSecureRandom(Reproducible.subsetTags(key, face.name() + (vertical ? " vertical" : "")));
                    // CJK subsets run to hundreds of KB: deflating them at zlib's fastest setting is a fifth
                    // of the time of its default for some 7 % more bytes, and it was a build's largest cost
                    font.setCompressionLevel(Deflater.BEST_SPEED);
                    return font;
                } catch (IOException | DocumentException | IndexOutOfBoundsException e) {
                    throw new IllegalStateException("cannot embed font " + file + ": " + e.getMessage(), e);
                }
            });
        }

        BaseFont slugFont(int codePoint) {
            FontFace face = library.resolve(FontRole.SANS, codePoint);
            return face == null ? null : fontFor(face, false);
        }

        Image picture(Path file) {
            return images.computeIfAbsent(file, f -> {
                byte[] jpeg = converted(f, inks, pictures);
                try {
                    return Image.getInstance(jpeg);
                } catch (IOException | BadElementException e) {
                    throw new IllegalStateException("cannot embed picture " + f + ": " + e.getMessage(), e);
                }
            });
        }
    }

    private void drawPage(Job doc, PageLayout page, Sheet at, PdfOutline root, Words words) throws DocumentException {
        PdfContentByte cb = doc.writer.getDirectContent();
        float top = at.media().getHeight();
        String label = words.page(page.number(), page.section());
        PdfOutline pageOutline = new PdfOutline(root, new PdfDestination(PdfDestination.FITH, top), label, true);
        for (PageItem item : page.items()) {
            if (item instanceof PageItem.TextLine t) {
                drawLine(doc, cb, t, at);
            } else if (item instanceof PageItem.VerticalLine v) {
                drawVerticalLine(doc, cb, v, at);
            } else if (item instanceof PageItem.Rule r) {
                cb.saveState();
                doc.inks.stroke(cb, r.ink());
                cb.setLineWidth((float) r.width());
                cb.moveTo(at.x(r.x1()), at.y(r.y1()));
                cb.lineTo(at.x(r.x2()), at.y(r.y2()));
                cb.stroke();
                cb.restoreState();
            } else if (item instanceof PageItem.Frame f) {
                cb.saveState();
                doc.inks.stroke(cb, PageItem.Ink.BLACK);
                cb.setLineWidth((float) f.stroke());
                cb.rectangle(at.x(f.x()), at.y(f.y() + f.height()), (float) f.width(), (float) f.height());
                cb.stroke();
                cb.restoreState();
            } else if (item instanceof PageItem.Image img) {
                drawImage(cb, doc.picture(img.picture().file()), img, at);
            } else if (item instanceof PageItem.ArticleStart a) {
                String title = a.continuation() ? a.title() + "（续）" : a.title();
                new PdfOutline(pageOutline, new PdfDestination(PdfDestination.FITH, at.y(a.y())), title, false);
            }
        }
    }

    /** Outline stroke of an emboldened glyph, as a share of its size: about a regular face's step to bold. */
    private static final float EMBOLDEN_STROKE = 0.03f;

    /**
     * Sets a line as runs of glyphs sharing a font and size, each run one TJ whose adjustments put
     * every glyph at the x the composer gave it.
     */
    private void drawLine(Job doc, PdfContentByte cb, PageItem.TextLine t, Sheet at) {
        List<PlacedGlyph> glyphs = t.line().glyphs();
        float baseline = at.y(t.baseline());
        cb.saveState();
        doc.inks.fill(cb, t.ink());
        int i = 0;
        while (i < glyphs.size()) {
            PlacedGlyph g = glyphs.get(i);
            if (g.face() == null) {
                drawPlaceholder(doc.inks, cb, g, at.x(t.x() + g.x()), baseline);
                i++;
                continue;
            }
            int j = runEnd(glyphs, i);
            showRun(doc, cb, t.ink(), glyphs.subList(i, j), doc.fontFor(g.face(), false), false,
                    1, 0, 0, 1, at.x(t.x() + g.x()), baseline);
            i = j;
        }
        cb.restoreState();
    }

    /** The ideographic em box's top and centre above the baseline, in em (see {@link FontFace#EM_BOX_TOP}). */
    private static final float EM_BOX_TOP = (float) FontFace.EM_BOX_TOP, EM_BOX_CENTRE = EM_BOX_TOP - 0.5f;

    /**
     * Sets a line top to bottom, centred on its axis: upright glyphs in the face's vertical
     * (Identity-V) font, whose cmap draws their vertical forms; turned Latin in the horizontal
     * font with the text matrix turned 90° clockwise, its em box centred on the axis; each glyph
     * of a 縦中横 unit upright in the horizontal font, at its place across the line and scale.
     * The line's text is its ActualText: text extractors (poppler) then read the line as one run,
     * top to bottom, instead of a character a line.
     */
    private void drawVerticalLine(Job doc, PdfContentByte cb, PageItem.VerticalLine v, Sheet at) {
        List<PlacedGlyph> glyphs = v.line().glyphs();
        float axis = at.x(v.x());
        PdfDictionary props = new PdfDictionary();
        props.put(PdfName.ACTUALTEXT, new PdfString(v.line().text(), PdfString.TEXT_UNICODE));
        cb.beginMarkedContentSequence(PdfName.SPAN, props, true);
        cb.saveState();
        doc.inks.fill(cb, v.ink());
        int i = 0;
        while (i < glyphs.size()) {
            PlacedGlyph g = glyphs.get(i);
            float size = (float) g.size();
            float top = at.y(v.top() + g.x());
            if (g.face() == null) {
                drawPlaceholder(doc.inks, cb, g, axis - size / 2, top - size * EM_BOX_TOP);
                i++;
                continue;
            }
            int j = g.stance().orientation() == Stance.Orientation.COMBINED ? i + 1 : runEnd(glyphs, i);
            List<PlacedGlyph> run = glyphs.subList(i, j);
            switch (g.stance().orientation()) {
                case UPRIGHT -> showRun(doc, cb, v.ink(), run, doc.fontFor(g.face(), true), true, 1, 0, 0, 1, axis, top);
                case ROTATED -> showRun(doc, cb, v.ink(), run, doc.fontFor(g.face(), false), false,
                        0, -1, 1, 0, axis - size * EM_BOX_CENTRE, top);
                case COMBINED -> showRun(doc, cb, v.ink(), run, doc.fontFor(g.face(), false), false,
                        (float) g.stance().scale(), 0, 0, 1, at.x(v.x() + g.stance().across()), top - size * EM_BOX_TOP);
            }
            i = j;
        }
        cb.restoreState();
        cb.endMarkedContentSequence();
    }

    /** The end of the run from {@code i}: glyphs drawn alike, in one font, size and stance. */
    private static int runEnd(List<PlacedGlyph> glyphs, int i) {
        PlacedGlyph g = glyphs.get(i);
        boolean silent = g.text().isEmpty();
        int j = i + 1;
        while (j < glyphs.size() && glyphs.get(j).face() == g.face() && glyphs.get(j).size() == g.size()
                && glyphs.get(j).text().isEmpty() == silent && glyphs.get(j).emboldened() == g.emboldened()
                && glyphs.get(j).stance().orientation() == g.stance().orientation()) j++;
        return j;
    }

    /**
     * One run of glyphs as one TJ, the text matrix (a b c d e f) placing its first glyph's origin.
     * The adjustments move each glyph to the x the composer gave it: along the baseline, or down
     * the line in {@code vertical} mode, where the pen moves an em (DW2) a glyph and a positive
     * adjustment moves it further down.
     */
    private static void showRun(Job doc, PdfContentByte cb, PageItem.Ink ink, List<PlacedGlyph> run, BaseFont font,
                                boolean vertical, float a, float b, float c, float d, float e, float f) {
        PlacedGlyph g = run.get(0);
        float size = (float) g.size();
        boolean silent = g.text().isEmpty();
        if (silent) {
            // an inserted hyphen is not in the source: empty ActualText keeps it out of
            // copied and extracted text, so a broken word reads back whole
            PdfDictionary props = new PdfDictionary();
            props.put(PdfName.ACTUALTEXT, new PdfString("", PdfString.TEXT_UNICODE));
            cb.beginMarkedContentSequence(PdfName.SPAN, props, true);
        }
        cb.beginText();
        if (g.emboldened()) { // a bold headline's character only a lighter face has: stroked to weight
            doc.inks.stroke(cb, ink);
            cb.setLineWidth(size * EMBOLDEN_STROKE);
            cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
        }
        cb.setFontAndSize(font, size);
        cb.setTextMatrix(a, b, c, d, e, f);
        PdfTextArray array = new PdfTextArray();
        double pen = g.x();
        StringBuilder pending = new StringBuilder();
        for (PlacedGlyph cur : run) {
            double gap = cur.x() - pen;
            if (Math.abs(gap) > 0.001) {
                if (pending.length() > 0) {
                    array.add(pending.toString());
                    pending.setLength(0);
                }
                array.add((float) ((vertical ? gap : -gap) * 1000 / size));
            }
            pending.appendCodePoint(cur.codePoint());
            pen = cur.x() + (vertical ? cur.size() : cur.face().advance(cur.codePoint()) * cur.size() / 1000.0);
        }
        if (pending.length() > 0) array.add(pending.toString());
        cb.showText(array);
        if (g.emboldened()) cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL);
        cb.endText();
        if (silent) cb.endMarkedContentSequence();
    }

    /** A character no font has: an outlined box, with the character as ActualText for extraction. */
    private static void drawPlaceholder(Inks inks, PdfContentByte cb, PlacedGlyph g, float x, float baseline) {
        PdfDictionary props = new PdfDictionary();
        props.put(PdfName.ACTUALTEXT, new PdfString(g.text(), PdfString.TEXT_UNICODE));
        cb.beginMarkedContentSequence(PdfName.SPAN, props, true);
        float s = (float) g.size();
        cb.setLineWidth(s * 0.06f);
        inks.stroke(cb, PageItem.Ink.BLACK);
        cb.rectangle(x + s * 0.1f, baseline - s * 0.08f, s * 0.8f, s * 0.86f);
        cb.stroke();
        cb.endMarkedContentSequence();
    }

    private static void drawImage(PdfContentByte cb, Image image, PageItem.Image img, Sheet at) throws DocumentException {
        float fullW = (float) (img.width() / img.cropW());
        float fullH = (float) (img.height() / img.cropH());
        float boxLeft = at.x(img.x());
        float boxBottom = at.y(img.y() + img.height());
        cb.saveState();
        cb.rectangle(boxLeft, boxBottom, (float) img.width(), (float) img.height());
        cb.clip();
        cb.newPath();
        float imgLeft = boxLeft - (float) (img.cropX() * fullW);
        float imgBottom = boxBottom - (float) ((1 - img.cropY() - img.cropH()) * fullH);
        cb.addImage(image, fullW, 0, 0, fullH, imgLeft, imgBottom);
        cb.restoreState();
    }
}
