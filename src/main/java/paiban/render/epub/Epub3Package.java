package paiban.render.epub;

import nl.siegmann.epublib.domain.Book;
import nl.siegmann.epublib.domain.Identifier;
import nl.siegmann.epublib.domain.Metadata;
import nl.siegmann.epublib.domain.Resource;
import nl.siegmann.epublib.domain.SpineReference;
import nl.siegmann.epublib.domain.TOCReference;
import nl.siegmann.epublib.epub.NCXDocument;
import nl.siegmann.epublib.service.MediatypeService;
import paiban.model.Writing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an epublib {@link Book} as an EPUB 3 container. epublib's own writer only knows EPUB
 * 2.0.1 (version hard-coded, no manifest properties), so the package document, the nav document and
 * the zip are written here; the NCX for EPUB 2 readers comes from epublib. Nothing depends on the
 * clock or on hash order: entry times are the publication date, resources go in href order.
 */
final class Epub3Package {
    /** Media types whose data is compressed already. */
    private static final Set<String> COMPRESSED = Set.of("image/jpeg", "image/png");
    private static final String OEBPS = "OEBPS/";
    private static final String NAV_HREF = "nav.xhtml";
    static final String COVER_IMAGE_ID = "cover-image";
    private static final String OPF_PATH = OEBPS + "content.opf";
    private static final String CONTAINER_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
              <rootfiles>
                <rootfile full-path="%s" media-type="application/oebps-package+xml"/>
              </rootfiles>
            </container>
            """.formatted(OPF_PATH);

    /** A printed page's start in the book: its label (第N版), number and the href of its marker. */
    record PageBreak(String label, int number, String href) {
        String document() {
            return href.substring(0, href.indexOf('#'));
        }
    }

    /**
     * The issue as one of a series: the paper (main title, collection) with its ISSN or empty, the
     * issue's own title (date and number, the subtitle), its number (0 = none), the pages' editors and
     * how many of its pictures have no written alt text.
     */
    record Periodical(String paper, String issn, String issueTitle, int number, List<String> editors,
                      int picturesWithoutAlt) {
    }

    private final Book book;
    private final Periodical periodical;
    private final List<PageBreak> pageBreaks;
    private final String printEdition;
    private final Wording wording;
    private final String certifiedBy;
    private final LocalDate published;
    private final Instant modified;
    private final boolean fixedLayout;
    private final Writing writing;
    private final MessageDigest content;

    /**
     * {@code certifiedBy}: who vouches for the accessibility claims (the publisher); {@code modified}:
     * when this revision of the issue came out (dcterms:modified); {@code printEdition}: the identifier
     * of the printed edition that {@code pageBreaks} follow; {@code fixedLayout}: pages are pre-paginated
     * (the replica), but for the spine's non-linear documents, which reflow; {@code writing}: the
     * edition's, a vertical one's pages following each other right to left.
     */
    Epub3Package(Book book, Periodical periodical, Wording wording, String certifiedBy, Instant modified,
                 List<PageBreak> pageBreaks, String printEdition, boolean fixedLayout, Writing writing) {
        this.book = book;
        this.periodical = periodical;
        this.pageBreaks = List.copyOf(pageBreaks);
        this.printEdition = printEdition;
        this.wording = wording;
        this.certifiedBy = certifiedBy;
        this.published = LocalDate.parse(book.getMetadata().getDates().get(0).getValue());
        this.modified = modified;
        this.fixedLayout = fixedLayout;
        this.writing = writing;
        try {
            this.content = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Writes the container; returns the SHA-256 (hex) of every entry but the package document, so
     * two builds that differ only in revision have the same content hash.
     */
    String write(OutputStream target) throws IOException {
        Resource ncx = NCXDocument.createNCXResource(book);
        ncx.setData(withPageList(new String(ncx.getData(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        List<Resource> resources = book.getResources().getAll().stream()
                .sorted(Comparator.comparing(Resource::getHref))
                .toList();
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        storedMimetype(zip);
        deflated(zip, "META-INF/container.xml", CONTAINER_XML.getBytes(StandardCharsets.UTF_8));
        deflated(zip, OPF_PATH, packageDocument(ncx, resources));
        deflated(zip, OEBPS + NAV_HREF, navDocument());
        deflated(zip, OEBPS + ncx.getHref(), ncx.getData());
        for (Resource resource : resources) {
            String name = OEBPS + resource.getHref();
            // pictures are compressed already: deflating them again costs time and saves nothing
            if (COMPRESSED.contains(resource.getMediaType().getName())) stored(zip, name, resource.getData());
            else deflated(zip, name, resource.getData());
        }
        zip.finish();
        return HexFormat.of().formatHex(content.digest());
    }

    /**
     * epublib's NCX with the printed pages added (it writes no pageList) and the identifier meta
     * named dtb:uid, as the NCX specification and old readers want, not epublib's dtb:UUID.
     */
    private String withPageList(String ncx) {
        // a page target shares the playOrder of the navPoint that opens its page's document
        Map<String, Integer> playOrders = new HashMap<>();
        List<TOCReference> refs = book.getTableOfContents().getTocReferences();
        int order = 0;
        for (TOCReference ref : refs) {
            playOrders.put(ref.getCompleteHref(), ++order);
            order += ref.getChildren().size();
        }
        Xhtml x = new Xhtml();
        x.open("pageList").newline();
        x.open("navLabel").element("text", wording.pages()).close("navLabel").newline();
        for (PageBreak page : pageBreaks) {
            x.open("pageTarget", "id", "pageTarget-" + page.number(), "type", "normal",
                    "value", Integer.toString(page.number()),
                    "playOrder", Integer.toString(playOrders.get(page.document()))).newline();
            x.open("navLabel").element("text", page.label()).close("navLabel").newline();
            x.empty("content", "src", page.document()).newline();
            x.close("pageTarget").newline();
        }
        x.close("pageList").newline();
        int maxPage = pageBreaks.stream().mapToInt(PageBreak::number).max().orElse(0);
        return ncx.replace("name=\"dtb:UUID\"", "name=\"dtb:uid\"")
                .replace("<meta name=\"dtb:totalPageCount\" content=\"0\" />",
                        "<meta name=\"dtb:totalPageCount\" content=\"" + pageBreaks.size() + "\" />")
                .replace("<meta name=\"dtb:maxPageNumber\" content=\"0\" />",
                        "<meta name=\"dtb:maxPageNumber\" content=\"" + maxPage + "\" />")
                .replace("</ncx>", x + "</ncx>");
    }

    /** OCF: the first entry is {@code mimetype}, stored uncompressed, with no extra field. */
    private void storedMimetype(ZipOutputStream zip) throws IOException {
        stored(zip, "mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII));
    }

    private void stored(ZipOutputStream zip, String name, byte[] data) throws IOException {
        hashContent(name, data);
        ZipEntry entry = entry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        entry.setCompressedSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }

    private void deflated(ZipOutputStream zip, String name, byte[] data) throws IOException {
        hashContent(name, data);
        ZipEntry entry = entry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }

    private void hashContent(String name, byte[] data) {
        if (name.equals(OPF_PATH)) return;
        content.update(name.getBytes(StandardCharsets.UTF_8));
        content.update((byte) 0);
        content.update(data);
    }

    private ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        // A local date-time becomes a DOS time as is: no time zone, no extended-timestamp field.
        entry.setTimeLocal(published.atStartOfDay());
        return entry;
    }

    private byte[] packageDocument(Resource ncx, List<Resource> resources) {
        Metadata meta = book.getMetadata();
        Xhtml x = new Xhtml();
        x.open("package", "xmlns", "http://www.idpf.org/2007/opf", "version", "3.0",
                "unique-identifier", "pub-id", "xml:lang", wording.lang()).newline();
        x.open("metadata", "xmlns:dc", "http://purl.org/dc/elements/1.1/").newline();
        x.element("dc:identifier", Identifier.getBookIdIdentifier(meta.getIdentifiers()).getValue(), "id", "pub-id").newline();
        x.element("dc:title", periodical.paper(), "id", "title").newline();
        refine(x, "title", "title-type", "main");
        x.element("dc:title", periodical.issueTitle(), "id", "issue-title").newline();
        refine(x, "issue-title", "title-type", "subtitle");
        x.element("dc:language", meta.getLanguage()).newline();
        for (String publisher : meta.getPublishers()) x.element("dc:publisher", publisher).newline();
        for (int i = 0; i < periodical.editors().size(); i++) {
            String id = "editor-" + (i + 1);
            x.element("dc:contributor", periodical.editors().get(i), "id", id).newline();
            x.element("meta", "edt", "refines", "#" + id, "property", "role", "scheme", "marc:relators").newline();
        }
        x.element("meta", periodical.paper(), "property", "belongs-to-collection", "id", "paper").newline();
        refine(x, "paper", "collection-type", "series");
        if (periodical.number() > 0) refine(x, "paper", "group-position", Integer.toString(periodical.number()));
        if (!periodical.issn().isEmpty()) refine(x, "paper", "dcterms:identifier", "urn:issn:" + periodical.issn());
        x.element("dc:date", published.toString()).newline();
        // the printed edition, whose pages the page list and the page-break markers follow
        x.element("dc:source", printEdition).newline();
        property(x, "pageBreakSource", printEdition);
        property(x, "dcterms:modified", DateTimeFormatter.ISO_INSTANT.format(modified.truncatedTo(ChronoUnit.SECONDS)));
        accessibility(x);
        if (fixedLayout) {
            // one page at a time: a broadsheet page is a spread's width already
            property(x, "rendition:layout", "pre-paginated");
            property(x, "rendition:spread", "none");
        }
        // EPUB 2 readers find the cover through this meta, EPUB 3 ones through cover-image.
        x.empty("meta", "name", "cover", "content", COVER_IMAGE_ID).newline();
        // Kindle's conversion reads the book's writing mode here, not from the CSS
        if (vertical()) x.empty("meta", "name", "primary-writing-mode", "content", "vertical-rl").newline();
        x.close("metadata").newline();

        x.open("manifest").newline();
        x.empty("item", "id", "nav", "href", NAV_HREF, "media-type", MediatypeService.XHTML.getName(),
                "properties", "nav").newline();
        x.empty("item", "id", ncx.getId(), "href", ncx.getHref(), "media-type", MediatypeService.NCX.getName()).newline();
        for (Resource r : resources) {
            x.empty("item", "id", r.getId(), "href", r.getHref(), "media-type", r.getMediaType().getName(),
                    "properties", r == book.getCoverImage() ? "cover-image" : null).newline();
        }
        x.close("manifest").newline();

        // a vertical paper is paged as it is read, right to left
        x.open("spine", "toc", ncx.getId(), "page-progression-direction", vertical() ? "rtl" : null).newline();
        for (SpineReference ref : book.getSpine().getSpineReferences()) {
            x.empty("itemref", "idref", ref.getResourceId(), "linear", ref.isLinear() ? null : "no",
                    "properties", fixedLayout && !ref.isLinear() ? "rendition:layout-reflowable" : null).newline();
        }
        x.close("spine").newline();
        x.close("package").newline();
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + x).getBytes(StandardCharsets.UTF_8);
    }

    private boolean vertical() {
        return writing == Writing.VERTICAL;
    }

    /** EPUB Accessibility 1.1 metadata (the set Ace accepts; EPUBCheck does not look at it), claiming only what holds. */
    private void accessibility(Xhtml x) {
        property(x, "schema:accessMode", "textual");
        property(x, "schema:accessMode", "visual");
        property(x, "schema:accessModeSufficient", "textual");
        // WCAG 1.1.1 asks a text alternative of every picture: without one, neither the feature nor AA is claimed
        boolean described = periodical.picturesWithoutAlt() == 0;
        for (String feature : List.of("structuralNavigation", "tableOfContents", "readingOrder",
                "alternativeText", "displayTransformability")) {
            if (described || !feature.equals("alternativeText")) property(x, "schema:accessibilityFeature", feature);
        }
        property(x, "schema:accessibilityHazard", "none");
        property(x, "schema:accessibilitySummary", wording.summary(periodical.picturesWithoutAlt()));
        if (described) {
            property(x, "dcterms:conformsTo", "EPUB Accessibility 1.1 - WCAG 2.1 Level AA");
            property(x, "a11y:certifiedBy", certifiedBy);
        }
    }

    private static void refine(Xhtml x, String id, String property, String value) {
        x.element("meta", value, "refines", "#" + id, "property", property).newline();
    }

    private static void property(Xhtml x, String property, String value) {
        x.element("meta", value, "property", property).newline();
    }

    /** The EPUB 3 navigation document: the book's table of contents, and landmarks. */
    private byte[] navDocument() {
        Xhtml x = new Xhtml();
        x.open("body").newline();
        x.open("nav", "epub:type", "toc", "id", "toc", "role", "doc-toc").newline();
        x.element("h1", wording.toc()).newline();
        tocList(x, book.getTableOfContents().getTocReferences());
        x.close("nav").newline();
        x.open("nav", "epub:type", "page-list", "role", "doc-pagelist", "hidden", "").newline();
        x.element("h1", wording.pages()).newline();
        x.open("ol").newline();
        for (PageBreak page : pageBreaks) {
            x.open("li").element("a", page.label(), "href", page.href()).close("li").newline();
        }
        x.close("ol").newline();
        x.close("nav").newline();
        x.open("nav", "epub:type", "landmarks", "hidden", "").newline();
        x.open("ol").newline();
        landmark(x, "cover", book.getCoverPage().getHref(), wording.cover());
        List<TOCReference> top = book.getTableOfContents().getTocReferences();
        if (!top.isEmpty()) landmark(x, "bodymatter", top.get(0).getCompleteHref(), wording.bodyMatter());
        x.close("ol").newline();
        x.close("nav").newline();
        x.close("body").newline();
        return Xhtml.document(wording.lang(), wording.toc(), PageXhtml.STYLESHEET, x);
    }

    private static void tocList(Xhtml x, List<TOCReference> refs) {
        x.open("ol").newline();
        for (TOCReference ref : refs) {
            x.open("li").element("a", ref.getTitle(), "href", ref.getCompleteHref());
            if (!ref.getChildren().isEmpty()) {
                x.newline();
                tocList(x, ref.getChildren());
            }
            x.close("li").newline();
        }
        x.close("ol").newline();
    }

    private static void landmark(Xhtml x, String type, String href, String label) {
        x.open("li").element("a", label, "epub:type", type, "href", href).close("li").newline();
    }
}
