package paiban.render.archive;

import paiban.layout.PageItem;
import paiban.layout.PageLayout;
import paiban.model.Edition;
import paiban.model.Issue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The issue as METS 1.12.1, the package libraries ingest: Dublin Core description (paper, date,
 * number, ISSN, language), the archive PDF, each page's ALTO (and its 300 dpi PNG with
 * --archive-images), a physical map (issue → pages) and a logical one (issue → sections →
 * articles, each pointing at its ALTO blocks on every page it runs on, so a continued article is
 * one article).
 */
public final class MetsWriter {
    private MetsWriter() {
    }

    /** ALTO files as the build names them, beside the METS file. */
    public static String altoPath(int page) {
        return String.format("alto/%02d.xml", page);
    }

    /** Page images as the build names them ({@code --archive-images}), beside the METS file. */
    public static String imagePath(int page) {
        return String.format("png/%02d.png", page);
    }

    public static String issue(Issue issue, List<PageLayout> pages, String pdfName) {
        return issue(issue, pages, pdfName, false);
    }

    /** The METS file; with {@code images}, each page's 300 dpi PNG ({@link #imagePath}) is listed and pointed at too. */
    public static String issue(Issue issue, List<PageLayout> pages, String pdfName, boolean images) {
        Edition e = issue.edition();
        AltoWriter.Xml x = new AltoWriter.Xml();
        x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<mets:mets xmlns:mets=\"http://www.loc.gov/METS/\""
                + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"http://www.loc.gov/METS/ http://www.loc.gov/standards/mets/version1121/mets.xsd\""
                + " OBJID=\"").text(issue.id()).raw("\" TYPE=\"newspaper issue\" LABEL=\"").text(e.paper() + " " + e.date())
                .raw("\">\n");
        x.raw("  <mets:dmdSec ID=\"DMD_ISSUE\">\n    <mets:mdWrap MDTYPE=\"DC\">\n      <mets:xmlData>\n");
        x.raw("        <dc:title>").text(e.paper()).raw("</dc:title>\n");
        x.raw("        <dc:date>").text(e.date().toString()).raw("</dc:date>\n");
        if (e.number() > 0) x.raw("        <dc:identifier>").raw(e.number()).raw("</dc:identifier>\n");
        // the ISSN names the serial, not this issue: the issue is related to it (RFC 3044's URN form)
        if (!e.issn().isEmpty()) x.raw("        <dc:relation>urn:ISSN:").text(e.issn()).raw("</dc:relation>\n");
        x.raw("        <dc:publisher>").text(e.publisher()).raw("</dc:publisher>\n");
        x.raw("        <dc:language>").text(e.language()).raw("</dc:language>\n");
        x.raw("        <dc:type>newspaper issue</dc:type>\n");
        x.raw("      </mets:xmlData>\n    </mets:mdWrap>\n  </mets:dmdSec>\n");

        x.raw("  <mets:fileSec>\n    <mets:fileGrp USE=\"archive\">\n      <mets:file ID=\"PDF\" MIMETYPE=\"application/pdf\">\n")
                .raw("        <mets:FLocat LOCTYPE=\"URL\" xlink:href=\"").text(pdfName).raw("\"/>\n      </mets:file>\n")
                .raw("    </mets:fileGrp>\n    <mets:fileGrp USE=\"fulltext\">\n");
        for (PageLayout p : pages) {
            x.raw("      <mets:file ID=\"ALTO").raw(p.number()).raw("\" MIMETYPE=\"text/xml\">\n")
                    .raw("        <mets:FLocat LOCTYPE=\"URL\" xlink:href=\"").text(altoPath(p.number())).raw("\"/>\n")
                    .raw("      </mets:file>\n");
        }
        x.raw("    </mets:fileGrp>\n");
        if (images) {
            x.raw("    <mets:fileGrp USE=\"image\">\n");
            for (PageLayout p : pages) {
                x.raw("      <mets:file ID=\"IMG").raw(p.number()).raw("\" MIMETYPE=\"image/png\">\n")
                        .raw("        <mets:FLocat LOCTYPE=\"URL\" xlink:href=\"").text(imagePath(p.number())).raw("\"/>\n")
                        .raw("      </mets:file>\n");
            }
            x.raw("    </mets:fileGrp>\n");
        }
        x.raw("  </mets:fileSec>\n");

        // the whole PDF belongs to the issue (METS has no page-number address into a PDF); each page has its ALTO
        x.raw("  <mets:structMap TYPE=\"PHYSICAL\">\n    <mets:div TYPE=\"issue\" DMDID=\"DMD_ISSUE\">\n")
                .raw("      <mets:fptr FILEID=\"PDF\"/>\n");
        for (PageLayout p : pages) {
            x.raw("      <mets:div ID=\"PHYS").raw(p.number()).raw("\" TYPE=\"page\" ORDER=\"").raw(p.number())
                    .raw("\" ORDERLABEL=\"").text(p.section()).raw("\">\n")
                    .raw("        <mets:fptr FILEID=\"ALTO").raw(p.number()).raw("\"/>\n");
            if (images) x.raw("        <mets:fptr FILEID=\"IMG").raw(p.number()).raw("\"/>\n");
            x.raw("      </mets:div>\n");
        }
        x.raw("    </mets:div>\n  </mets:structMap>\n");

        x.raw("  <mets:structMap TYPE=\"LOGICAL\">\n    <mets:div TYPE=\"issue\" DMDID=\"DMD_ISSUE\">\n");
        Map<String, Map<String, Article>> sections = articles(pages);
        int s = 0, a = 0;
        for (Map.Entry<String, Map<String, Article>> section : sections.entrySet()) {
            x.raw("      <mets:div ID=\"SECTION").raw(++s).raw("\" TYPE=\"section\" LABEL=\"").text(section.getKey()).raw("\">\n");
            for (Article article : section.getValue().values()) {
                x.raw("        <mets:div ID=\"ARTICLE").raw(++a).raw("\" TYPE=\"article\" LABEL=\"").text(article.title).raw("\">\n");
                for (int page : article.pages) {
                    x.raw("          <mets:fptr><mets:area FILEID=\"ALTO").raw(page).raw("\" BETYPE=\"IDREF\" BEGIN=\"")
                            .text(AltoWriter.articleBlockId(page, article.id)).raw("\"/></mets:fptr>\n");
                }
                x.raw("        </mets:div>\n");
            }
            x.raw("      </mets:div>\n");
        }
        x.raw("    </mets:div>\n  </mets:structMap>\n</mets:mets>\n");
        return x.toString();
    }

    private static final class Article {
        final String id;
        final String title;
        final List<Integer> pages = new ArrayList<>();

        Article(String id, String title) {
            this.id = id;
            this.title = title;
        }
    }

    /** Articles by the section of the page they start on, in reading order; a continuation adds its page. */
    private static Map<String, Map<String, Article>> articles(List<PageLayout> pages) {
        Map<String, Map<String, Article>> sections = new LinkedHashMap<>();
        Map<String, Article> all = new LinkedHashMap<>();
        for (PageLayout p : pages) {
            for (PageItem item : p.items()) {
                if (!(item instanceof PageItem.ArticleStart start)) continue;
                Article article = all.computeIfAbsent(start.articleId(), id -> {
                    Article made = new Article(id, start.title());
                    sections.computeIfAbsent(p.section(), k -> new LinkedHashMap<>()).put(id, made);
                    return made;
                });
                if (!article.pages.contains(p.number())) article.pages.add(p.number());
            }
        }
        return sections;
    }
}
