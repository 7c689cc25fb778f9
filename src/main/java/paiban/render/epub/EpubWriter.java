package paiban.render.epub;

import nl.siegmann.epublib.domain.Book;
import nl.siegmann.epublib.domain.Date;
import nl.siegmann.epublib.domain.Identifier;
import nl.siegmann.epublib.domain.Metadata;
import nl.siegmann.epublib.domain.Resource;
import nl.siegmann.epublib.domain.TOCReference;
import nl.siegmann.epublib.service.MediatypeService;
import paiban.model.Article;
import paiban.model.Block;
import paiban.model.Edition;
import paiban.model.Inline;
import paiban.model.Issue;
import paiban.model.Page;
import paiban.model.Words;
import paiban.render.XmlText;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The EPUB 3 edition of an issue: a cover, then one XHTML document per page (版) in paper order,
 * each holding that page's articles in priority order; a nav entry per page with its articles
 * beneath. The same issue gives the same bytes on every run and machine.
 */
public final class EpubWriter {
    private static final String COVER_PAGE_HREF = "cover.xhtml";
    private static final int NAV_EXCERPT_LENGTH = 20;

    /**
     * Writes the issue's EPUB 3 to out (caller handles temp file + rename). cover: JPEG or PNG bytes of the
     * printed front page, or null (then a simple cover with paper name and date is drawn).
     * {@code out} is left open. Returns the content hash: the SHA-256 (hex) of everything in the EPUB but its
     * package document, which changes with the content and not with the revision.
     */
    public String write(Issue issue, byte[] coverImage, OutputStream out) throws IOException {
        // The nav document's list must not be empty; the source stage never yields such an issue.
        if (issue.pages().isEmpty()) throw new IllegalArgumentException("issue " + issue.id() + " has no pages");
        Edition edition = issue.edition();
        Wording wording = Wording.of(edition.language());
        Words words = wording.words();
        String title = edition.paper() + " " + words.date(edition.date());

        Book book = new Book();
        Metadata meta = book.getMetadata();
        meta.addTitle(XmlText.xmlChars(title));
        meta.setLanguage(wording.lang());
        meta.addIdentifier(new Identifier(Identifier.Scheme.UUID, identifier(edition)));
        if (!edition.publisher().isBlank()) meta.addPublisher(edition.publisher());
        meta.addDate(new Date(edition.date().toString()));
        book.addResource(new Resource("style", stylesheet(), PageXhtml.STYLESHEET, MediatypeService.CSS));

        byte[] cover = coverImage != null ? coverImage : CoverPainter.paint(edition, words);
        addCover(book, ImageData.of(cover, "cover"), title + " " + wording.cover(), wording.lang());
        IssueIndex index = new IssueIndex(issue);
        Map<Path, String> pictureHrefs = addPictures(book, index);
        addPages(book, issue, new PageXhtml(index, p -> pictureHrefs.get(IssueIndex.key(p)), wording,
                folioLine(edition, words)), index, words);

        String certifiedBy = edition.publisher().isBlank() ? edition.paper() : edition.publisher();
        List<Epub3Package.PageBreak> pageBreaks = issue.pages().stream()
                .map(p -> new Epub3Package.PageBreak(words.page(p.number()), p.number(),
                        IssueIndex.pageHref(p) + "#" + PageXhtml.pageBreakId(p)))
                .toList();
        List<String> editors = issue.pages().stream().map(p -> p.editor().strip()).filter(e -> !e.isEmpty())
                .distinct().toList();
        Epub3Package.Periodical periodical = new Epub3Package.Periodical(edition.paper(), edition.issn(),
                issueTitle(edition, words), edition.number(), editors, picturesWithoutAlt(issue));
        return new Epub3Package(book, periodical, wording, certifiedBy, edition.issued(), pageBreaks,
                printEdition(edition)).write(out);
    }

    /** The cover image (marked cover-image) and a cover page showing it, first in the spine. */
    private static void addCover(Book book, ImageData image, String alt, String lang) {
        Resource coverImage = new Resource(Epub3Package.COVER_IMAGE_ID, image.bytes(),
                "images/cover" + image.extension(), image.mediaType());
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

    /** Copies each picture file in; returns the href of each by its file. */
    private static Map<Path, String> addPictures(Book book, IssueIndex index) throws IOException {
        Map<Path, String> hrefs = new HashMap<>();
        for (Map.Entry<Path, String> picture : index.pictures().entrySet()) {
            ImageData image = ImageData.of(Files.readAllBytes(picture.getKey()), picture.getKey().toString());
            String href = "images/" + picture.getValue() + image.extension();
            book.addResource(new Resource(picture.getValue(), image.bytes(), href, image.mediaType()));
            hrefs.put(picture.getKey(), href);
        }
        return hrefs;
    }

    /** One document per page, in paper order; its TOC entry holds one child per article. */
    private static void addPages(Book book, Issue issue, PageXhtml pages, IssueIndex index, Words words) {
        for (Page page : issue.pages()) {
            String href = IssueIndex.pageHref(page);
            Resource resource = new Resource(href.replace(".xhtml", ""), pages.render(page), href, MediatypeService.XHTML);
            TOCReference entry = book.addSection(XmlText.xmlChars(words.page(page.number(), page.section())), resource);
            for (Article article : page.articles()) {
                entry.addChildSection(new TOCReference(XmlText.xmlChars(navTitle(article)), resource, index.anchor(article)));
            }
        }
    }

    /** A urn:uuid named by paper and date, so a rebuilt issue keeps its identity in readers' libraries. */
    static String identifier(Edition edition) {
        return nameUrn(edition.paper() + "\n" + edition.date());
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

    private static byte[] stylesheet() throws IOException {
        try (InputStream in = EpubWriter.class.getResourceAsStream(PageXhtml.STYLESHEET)) {
            if (in == null) throw new IOException("stylesheet missing from the jar: " + PageXhtml.STYLESHEET);
            return in.readAllBytes();
        }
    }
}
