package paiban.render.epub;

import nl.siegmann.epublib.domain.Book;
import nl.siegmann.epublib.domain.Date;
import nl.siegmann.epublib.domain.Identifier;
import nl.siegmann.epublib.domain.Metadata;
import nl.siegmann.epublib.domain.Resource;
import nl.siegmann.epublib.domain.SpineReference;
import nl.siegmann.epublib.domain.TOCReference;
import nl.siegmann.epublib.service.MediatypeService;
import paiban.model.Article;
import paiban.model.Block;
import paiban.model.Edition;
import paiban.model.Inline;
import paiban.model.Issue;
import paiban.model.Page;
import paiban.model.Words;
import paiban.layout.PageLayout;
import paiban.render.PictureCache;
import paiban.render.ScreenImage;
import paiban.render.XmlText;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The EPUB 3 editions of an issue. The reflowable one: a cover, then one XHTML document per page
 * (版) in paper order, each holding that page's articles in priority order; a nav entry per page
 * with its articles beneath. The replica (e-paper): each page as printed, a fixed-layout image
 * whose articles are links into the same text documents. The same issue gives the same bytes on
 * every run and machine.
 */
public final class EpubWriter {
    /**
     * The long edge of a picture in the text. Shown at most a column wide: a phone's width at 3 device
     * pixels per CSS px (390 × 3) and a tablet's reading column (about 36 characters, 600 CSS px) at 2.
     * Larger only adds weight: the sample's grainy 1600 px photographs alone take 1.6 MB at quality 80.
     */
    static final int PICTURE_EDGE_PX = 1200;
    /** The long edge of the cover, the printed front page: a library's thumbnail, and a whole page at a glance. */
    static final int COVER_EDGE_PX = 1400;
    /** Width of a replica page: a tablet's screen across at full resolution, 9 pt body type 13 px high. */
    public static final int REPLICA_WIDTH_PX = 1600;
    private static final String COVER_PAGE_HREF = "cover.xhtml";
    private static final int NAV_EXCERPT_LENGTH = 20;

    /** A decoded copy of a picture file to shrink for the EPUB, where the build has one; else empty. */
    private final Function<Path, Optional<BufferedImage>> decoded;
    /** Pictures as re-encoded, by file: the EPUB and the replica of one build carry the same bytes. */
    private final Map<Path, ScreenImage.Encoded> screenCopies = new HashMap<>();

    /** Decodes each picture file itself. */
    public EpubWriter() {
        this(file -> Optional.empty());
    }

    /**
     * Shrinks photographs from the build's decoded copies, decoding only what {@code pictures} cannot
     * give. One writer serves both editions of a build, on one thread.
     */
    public EpubWriter(PictureCache pictures) {
        this(file -> pictures.photoAtLeast(file, PICTURE_EDGE_PX));
    }

    private EpubWriter(Function<Path, Optional<BufferedImage>> decoded) {
        this.decoded = decoded;
    }

    /**
     * Writes the issue's reflowable EPUB 3 to out (caller handles temp file + rename). frontPage:
     * the printed front page drawn {@link #coverWidthPx} wide, or null (then a simple cover
     * with paper name and date is drawn). {@code out} is left open. Returns the content hash: the
     * SHA-256 (hex) of everything in the EPUB but its package document, which changes with the
     * content and not with the revision.
     */
    public String write(Issue issue, BufferedImage frontPage, OutputStream out) throws IOException {
        Contents contents = new Contents(issue, identifier(issue.edition()), this::screenCopy);
        BufferedImage cover = frontPage != null ? frontPage : CoverPainter.paint(issue.edition(), contents.words);
        addCover(contents.book, ScreenImage.of(cover, COVER_EDGE_PX, COVER_EDGE_PX),
                contents.title + " " + contents.wording.cover(), contents.wording.lang());
        List<Epub3Package.PageBreak> pageBreaks = new ArrayList<>();
        for (Page page : issue.pages()) {
            Resource text = contents.text(page);
            contents.section(page, text, text);
            pageBreaks.add(pageBreak(page, text, contents.words));
        }
        return contents.pack(pageBreaks, false).write(out);
    }

    /**
     * Writes the issue's replica EPUB 3 (fixed layout) to out: one spine item per page showing
     * {@code printed} of its layout (drawn {@link #REPLICA_WIDTH_PX} wide), each article's area a
     * link to its text, which follows the page as a reflowable, non-linear document. Returns the
     * content hash as {@link #write} does.
     */
    public String writeReplica(Issue issue, List<PageLayout> layouts, Function<PageLayout, BufferedImage> printed,
                               OutputStream out) throws IOException {
        if (layouts.size() != issue.pages().size()) {
            throw new IllegalArgumentException(layouts.size() + " layouts for " + issue.pages().size() + " pages");
        }
        Contents contents = new Contents(issue, replicaIdentifier(issue.edition()), this::screenCopy);
        Book book = contents.book;
        book.addResource(new Resource("replica-style", resource(ReplicaPage.STYLESHEET), ReplicaPage.STYLESHEET,
                MediatypeService.CSS));
        List<Epub3Package.PageBreak> pageBreaks = new ArrayList<>();
        for (int i = 0; i < layouts.size(); i++) {
            Page page = issue.pages().get(i);
            PageLayout layout = layouts.get(i);
            ScreenImage.Encoded image = ScreenImage.of(printed.apply(layout), REPLICA_WIDTH_PX, Integer.MAX_VALUE);
            String name = String.format("print-%02d", page.number());
            Resource picture = new Resource(i == 0 ? Epub3Package.COVER_IMAGE_ID : name + "-image", image.bytes(),
                    "images/" + name + image.extension(), MediatypeService.getMediaTypeByName(image.mediaType()));
            book.addResource(picture);
            Resource text = contents.text(page);
            book.addResource(text);
            ReplicaPage replica = new ReplicaPage(contents.wording, image, picture.getHref(),
                    image.width() / layout.widthPt());
            Resource printedPage = new Resource(name, replica.render(page, layout, contents.index),
                    name + ".xhtml", MediatypeService.XHTML);
            // adds the printed page to the resources and the spine
            contents.section(page, printedPage, text);
            if (i == 0) {
                // the front page as printed is the cover, as in the reflowable edition
                book.setCoverImage(picture);
                book.setCoverPage(printedPage);
            }
            // read by following an article's link, not by paging: the printed pages make the reading order
            book.getSpine().addSpineReference(new SpineReference(text, false));
            pageBreaks.add(pageBreak(page, printedPage, contents.words));
        }
        return contents.pack(pageBreaks, true).write(out);
    }

    /** The width to draw the front page at for the cover: its long edge {@link #COVER_EDGE_PX}, rounded down. */
    public static int coverWidthPx(double pageWidthPt, double pageHeightPt) {
        return (int) Math.floor(COVER_EDGE_PX * Math.min(1, pageWidthPt / pageHeightPt));
    }

    /** The marker where a printed page begins, in the document that shows it. */
    private static Epub3Package.PageBreak pageBreak(Page page, Resource document, Words words) {
        return new Epub3Package.PageBreak(words.page(page.number()), page.number(),
                document.getHref() + "#" + PageXhtml.pageBreakId(page));
    }

    /**
     * What both editions hold: the metadata, the stylesheet, the pictures re-encoded for reading
     * devices and one text document per page, with the articles' nav entries.
     */
    private static final class Contents {
        final Issue issue;
        final Wording wording;
        final Words words;
        final String title;
        final Book book = new Book();
        final IssueIndex index;
        private final PageXhtml pages;

        Contents(Issue issue, String identifier, ScreenCopies screenCopies) throws IOException {
            // The nav document's list must not be empty; the source stage never yields such an issue.
            if (issue.pages().isEmpty()) throw new IllegalArgumentException("issue " + issue.id() + " has no pages");
            this.issue = issue;
            Edition edition = issue.edition();
            this.wording = Wording.of(edition.language());
            this.words = wording.words();
            this.title = edition.paper() + " " + words.date(edition.date());
            Metadata meta = book.getMetadata();
            meta.addTitle(XmlText.xmlChars(title));
            meta.setLanguage(wording.lang());
            meta.addIdentifier(new Identifier(Identifier.Scheme.UUID, identifier));
            if (!edition.publisher().isBlank()) meta.addPublisher(edition.publisher());
            meta.addDate(new Date(edition.date().toString()));
            book.addResource(new Resource("style", resource(PageXhtml.STYLESHEET), PageXhtml.STYLESHEET, MediatypeService.CSS));
            this.index = new IssueIndex(issue);
            Map<Path, StoredPicture> pictures = addPictures(book, index, screenCopies);
            this.pages = new PageXhtml(index, p -> pictures.get(IssueIndex.key(p)), wording,
                    folioLine(edition, words));
        }

        /** The page's text document (not yet in the book). */
        Resource text(Page page) {
            String href = IssueIndex.pageHref(page);
            return new Resource(href.replace(".xhtml", ""), pages.render(page), href, MediatypeService.XHTML);
        }

        /**
         * The page's nav entry, opening {@code document} (which this adds to the book and its spine),
         * with one child per article, in {@code text}. epublib renames a resource added twice.
         */
        void section(Page page, Resource document, Resource text) {
            TOCReference entry = book.addSection(XmlText.xmlChars(words.page(page.number(), page.section())), document);
            for (Article article : page.articles()) {
                entry.addChildSection(new TOCReference(XmlText.xmlChars(navTitle(article)), text, index.anchor(article)));
            }
        }

        Epub3Package pack(List<Epub3Package.PageBreak> pageBreaks, boolean fixedLayout) {
            Edition edition = issue.edition();
            String certifiedBy = edition.publisher().isBlank() ? edition.paper() : edition.publisher();
            List<String> editors = issue.pages().stream().map(p -> p.editor().strip()).filter(e -> !e.isEmpty())
                    .distinct().toList();
            Epub3Package.Periodical periodical = new Epub3Package.Periodical(edition.paper(), edition.issn(),
                    issueTitle(edition, words), edition.number(), editors, picturesWithoutAlt(issue));
            return new Epub3Package(book, periodical, wording, certifiedBy, edition.issued(), pageBreaks,
                    printEdition(edition), fixedLayout, edition.writing());
        }
    }

    /** The cover image (marked cover-image) and a cover page showing it, first in the spine. */
    private static void addCover(Book book, ScreenImage.Encoded image, String alt, String lang) {
        Resource coverImage = new Resource(Epub3Package.COVER_IMAGE_ID, image.bytes(),
                "images/cover" + image.extension(), MediatypeService.getMediaTypeByName(image.mediaType()));
        book.setCoverImage(coverImage);
        Xhtml x = new Xhtml();
        x.open("body", "class", "cover").newline();
        x.open("section", "epub:type", "cover", "class", "cover").newline();
        x.empty("img", "src", coverImage.getHref(), "alt", alt).newline();
        x.close("section").newline();
        x.close("body").newline();
        Resource coverPage = new Resource("cover", Xhtml.document(lang, alt, PageXhtml.STYLESHEET, x),
                COVER_PAGE_HREF, MediatypeService.XHTML);
        book.setCoverPage(coverPage);
        book.getSpine().addResource(coverPage);
    }

    /** Each picture re-encoded for reading devices; returns where each file went, by its file. */
    /** A picture file as re-encoded for reading devices. */
    private interface ScreenCopies {
        ScreenImage.Encoded of(Path file) throws IOException;
    }

    private ScreenImage.Encoded screenCopy(Path file) throws IOException {
        ScreenImage.Encoded known = screenCopies.get(file);
        if (known != null) return known;
        Optional<BufferedImage> copy = decoded.apply(file);
        ScreenImage.Encoded image = copy.isPresent()
                ? ScreenImage.of(copy.get(), PICTURE_EDGE_PX, PICTURE_EDGE_PX)
                : ScreenImage.of(file, PICTURE_EDGE_PX);
        screenCopies.put(file, image);
        return image;
    }

    private static Map<Path, StoredPicture> addPictures(Book book, IssueIndex index, ScreenCopies screenCopies)
            throws IOException {
        Map<Path, StoredPicture> stored = new HashMap<>();
        for (Map.Entry<Path, String> picture : index.pictures().entrySet()) {
            ScreenImage.Encoded image = screenCopies.of(picture.getKey());
            String href = "images/" + picture.getValue() + image.extension();
            book.addResource(new Resource(picture.getValue(), image.bytes(), href,
                    MediatypeService.getMediaTypeByName(image.mediaType())));
            stored.put(picture.getKey(), new StoredPicture(href, image.width(), image.height()));
        }
        return stored;
    }

    /** A urn:uuid named by paper and date, so a rebuilt issue keeps its identity in readers' libraries. */
    static String identifier(Edition edition) {
        return nameUrn(edition.paper() + "\n" + edition.date());
    }

    /** The replica's own urn:uuid: a library holding both editions must not take one for the other. */
    static String replicaIdentifier(Edition edition) {
        return nameUrn(edition.paper() + "\n" + edition.date() + "\nreplica");
    }

    /** Each use counts: the same file may be described in one article and not in another. */
    static int picturesWithoutAlt(Issue issue) {
        return (int) issue.pages().stream().flatMap(p -> p.articles().stream())
                .flatMap(a -> a.pictures().stream()).filter(p -> p.alt().isBlank()).count();
    }

    /** 2026年11月26日 第1234期: the date, then the issue number when known. */
    static String issueTitle(Edition edition, Words words) {
        String date = words.date(edition.date());
        return edition.number() > 0 ? date + " " + words.issue(edition.number()) : date;
    }

    /** 青溪日报 2026年11月26日 星期四 第1234期: what the printed folio and masthead say of the issue. */
    static String folioLine(Edition edition, Words words) {
        String line = edition.paper() + " " + words.date(edition.date()) + " " + words.weekday(edition.date());
        return edition.number() > 0 ? line + " " + words.issue(edition.number()) : line;
    }

    /** The printed edition's identifier: a urn:uuid named by paper, date and "print". */
    static String printEdition(Edition edition) {
        return nameUrn(edition.paper() + "\n" + edition.date() + "\nprint");
    }

    private static String nameUrn(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The article's nav label: its title (the printed lines joined by a space, as a reader would say
     * them), or for an untitled one what a reader would see first.
     */
    static String navTitle(Article article) {
        if (!article.titleText().isBlank()) {
            StringBuilder label = new StringBuilder();
            for (String line : article.title()) {
                if (line.isBlank()) continue;
                if (!label.isEmpty() && !endsInFullWidthMark(label)) label.append(' ');
                label.append(line.strip());
            }
            return label.toString();
        }
        if (!article.kicker().isBlank()) return article.kicker();
        if (article.picture() != null && !article.picture().caption().isBlank()) return article.picture().caption();
        for (Block block : article.body()) {
            if (block instanceof Block.Paragraph p) {
                String text = p.inlines().stream().map(Inline::text).collect(Collectors.joining()).strip();
                if (text.codePointCount(0, text.length()) > NAV_EXCERPT_LENGTH) {
                    text = text.substring(0, text.offsetByCodePoints(0, NAV_EXCERPT_LENGTH)) + "…";
                }
                if (!text.isEmpty()) return text;
            }
        }
        return article.id();
    }

    /** A CJK mark (：，“”) carries its own blank: no space after it. */
    private static boolean endsInFullWidthMark(CharSequence text) {
        int last = Character.codePointBefore(text, text.length());
        int type = Character.getType(last);
        boolean punctuation = type == Character.OTHER_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.DASH_PUNCTUATION;
        return punctuation && last > 0x7F;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = EpubWriter.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("resource missing from the jar: " + name);
            return in.readAllBytes();
        }
    }
}
