package paiban.render.epub;

import paiban.layout.ModulePlacement;
import paiban.layout.PageLayout;
import paiban.model.Page;
import paiban.model.Words;
import paiban.render.ScreenImage;

import java.util.Locale;

/**
 * One printed page of the replica edition as a fixed-layout XHTML document: the page's image at
 * its own pixel size (the viewport), and over each article's module on the page a link to the
 * article's text. The regions are the modules' rectangles, scaled as the image was drawn.
 */
final class ReplicaPage {
    static final String STYLESHEET = "replica.css";

    private final Wording wording;
    private final ScreenImage.Encoded image;
    private final String imageHref;
    private final double pxPerPt;

    /** {@code pxPerPt}: the image's pixels per pt of the page's trim size. */
    ReplicaPage(Wording wording, ScreenImage.Encoded image, String imageHref, double pxPerPt) {
        this.wording = wording;
        this.image = image;
        this.imageHref = imageHref;
        this.pxPerPt = pxPerPt;
    }

    byte[] render(Page page, PageLayout layout, IssueIndex index) {
        Words words = wording.words();
        String label = words.page(page.number(), page.section());
        Xhtml x = new Xhtml();
        x.open("body", "class", "replica").newline();
        x.element("span", "", "id", PageXhtml.pageBreakId(page), "epub:type", "pagebreak", "role", "doc-pagebreak",
                "title", words.page(page.number()), "aria-label", words.page(page.number())).newline();
        x.empty("img", "src", imageHref, "alt", label + " " + wording.pages(),
                "width", Integer.toString(image.width()), "height", Integer.toString(image.height())).newline();
        for (ModulePlacement module : layout.modules()) {
            String href = index.articleHref(module.articleId());
            if (href == null) continue;
            double left = module.x();
            double top = module.y();
            String box = String.format(Locale.ROOT, "left:%dpx;top:%dpx;width:%dpx;height:%dpx",
                    px(left), px(top), px(left + module.width()) - px(left), px(top + module.height()) - px(top));
            // the title as the link's text, for screen readers; the printed headline is what the eye reads
            x.open("a", "class", "region", "href", href, "style", box)
                    .element("span", EpubWriter.navTitle(index.article(module.articleId())))
                    .close("a").newline();
        }
        x.close("body").newline();
        String viewport = "width=" + image.width() + ", height=" + image.height();
        return Xhtml.document(wording.lang(), null, label, STYLESHEET, viewport, x);
    }

    private int px(double pt) {
        return (int) Math.round(pt * pxPerPt);
    }
}
