package paiban.layout;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import paiban.diag.Diagnostics;
import paiban.diag.SourceSpan;
import paiban.model.Article;
import paiban.model.ArticleKind;
import paiban.model.Picture;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static paiban.layout.IssueLayoutTest.issue;
import static paiban.layout.IssueLayoutTest.layout;
import static paiban.layout.IssueLayoutTest.story;

/** Pictures heading modules: crops within ±25 % of their shape, panoramas wide, focus kept. */
class CropTest {
    @BeforeAll
    static void fonts() {
        IssueLayoutTest.fonts();
    }

    static Article pictured(String id, int priority, int paragraphs, int widthPx, int heightPx, Picture.Focus focus) {
        Article a = story(id, priority, paragraphs, ArticleKind.STORY);
        Picture p = new Picture(Path.of(id + ".jpg"), widthPx, heightPx, "", "江边新栈道", "方远",
                SourceSpan.of(Path.of(id + ".md"), id + ".md").at(3, 1), focus);
        return new Article(a.id(), a.span(), a.kind(), a.priority(), a.kicker(), a.title(), a.subtitle(), a.byline(),
                a.dateline(), p, a.columns(), a.body());
    }

    private static List<PageItem.Image> images(PageLayout page) {
        return page.items().stream().filter(i -> i instanceof PageItem.Image).map(i -> (PageItem.Image) i).toList();
    }

    /** Printed shape (height to width) over the picture's own. */
    private static double cropFactor(PageItem.Image im) {
        return (im.height() / im.width()) / im.picture().aspect();
    }

    @Test
    void everyCropKeepsWithinAQuarterOfThePicturesShape() {
        for (int paragraphs : List.of(4, 10, 22)) {
            Diagnostics diags = new Diagnostics();
            List<PageLayout> pages = layout.layout(issue(List.of(
                    List.of(pictured("wide", 1, paragraphs, 3000, 2000, Picture.Focus.CENTER),
                            pictured("square", 2, paragraphs, 2000, 2000, Picture.Focus.CENTER),
                            story("c", 3, 6, ArticleKind.STORY)),
                    List.of(pictured("tall", 1, paragraphs, 2000, 3000, Picture.Focus.CENTER),
                            story("d", 2, 12, ArticleKind.STORY)))), diags);
            for (PageLayout page : pages) {
                for (PageItem.Image im : images(page)) {
                    double f = cropFactor(im);
                    assertTrue(f >= 0.8 - 1e-6 && f <= 1.25 + 1e-6, im.picture().file() + " with " + paragraphs
                            + " paragraphs printed " + (im.width() / im.height()) + ":1 for "
                            + (1 / im.picture().aspect()) + ":1");
                }
            }
            assertTrue(diags.warnings().stream().noneMatch(d -> d.message().contains("cropped")), diags.all()::toString);
        }
    }

    @Test
    void aPanoramaTakesAtLeastHalfThePageWidth() {
        for (int paragraphs : List.of(1, 4, 8)) {
            Diagnostics diags = new Diagnostics();
            PageLayout page = layout.layout(issue(List.of(List.of(story("lead", 1, 14, ArticleKind.STORY),
                    story("b", 2, 8, ArticleKind.STORY), pictured("pano", 3, paragraphs, 3600, 700, Picture.Focus.CENTER),
                    story("c", 4, 6, ArticleKind.STORY), story("d", 5, 5, ArticleKind.STORY)))), diags).get(0);
            assertFalse(diags.hasErrors(), diags.all()::toString);
            ModulePlacement pano = page.modules().stream().filter(m -> m.articleId().equals("pano")).findFirst().orElseThrow();
            assertTrue(pano.columns() >= 3, "with " + paragraphs + " paragraphs the panorama's module is "
                    + pano.columns() + " of 6 columns");
        }
    }

    @Test
    void focusChoosesThePartACropKeeps() {
        for (Picture.Focus focus : List.of(Picture.Focus.TOP, Picture.Focus.BOTTOM, Picture.Focus.CENTER)) {
            PageLayout page = layout.layout(issue(List.of(List.of(
                    pictured("tall", 1, 30, 2000, 1900, focus), story("d", 2, 12, ArticleKind.STORY)))),
                    new Diagnostics()).get(0);
            PageItem.Image im = images(page).get(0);
            assertTrue(im.cropH() < 0.999, "the picture is cropped top to bottom: " + im);
            double expected = switch (focus) {
                case TOP -> 0;
                case BOTTOM -> 1 - im.cropH();
                default -> (1 - im.cropH()) / 2;
            };
            assertEquals(expected, im.cropY(), 1e-9, focus.toString());
        }
    }

    /**
     * An upright picture in a wide module with long copy stands in the module's right columns, its
     * caption under it; the text runs down the full columns beside it, then on in the columns under
     * it, never over it, and is read in that order.
     */
    @Test
    void anUprightPictureInAWideModuleHasTheTextAroundIt() {
        Diagnostics diags = new Diagnostics();
        PageLayout page = layout.layout(issue(List.of(List.of(
                pictured("tall", 1, 30, 2000, 3000, Picture.Focus.CENTER), story("d", 2, 12, ArticleKind.STORY)))),
                diags).get(0);
        assertFalse(diags.hasErrors(), diags.all()::toString);
        ModulePlacement module = page.modules().stream().filter(m -> m.articleId().equals("tall")).findFirst().orElseThrow();
        PageItem.Image im = images(page).get(0);
        assertTrue(module.columns() >= 4, "the story takes a wide module: " + module);
        assertTrue(im.width() < module.width() / 1.5, "the picture takes part of its module: " + im.width() + " of " + module.width());
        assertEquals(module.x() + module.width(), im.x() + im.width(), 0.01, "the picture stands at the module's right");
        double pictureFoot = im.y() + im.height();
        List<PageItem.TextLine> body = new ArrayList<>();
        boolean in = false;
        for (PageItem item : page.items()) {
            if (item instanceof PageItem.ArticleStart s) in = s.articleId().equals("tall");
            else if (in && item instanceof PageItem.TextLine t && t.line().text().contains("（tall·")) body.add(t);
        }
        int beside = 0, under = 0;
        for (PageItem.TextLine t : body) {
            boolean overlapsAcross = t.x() < im.x() + im.width() && t.x() + t.line().width() > im.x();
            assertFalse(overlapsAcross && t.baseline() > im.y() && t.baseline() - 10 < pictureFoot,
                    "a line stands over the picture: " + t.line().text());
            if (t.x() + t.line().width() <= im.x() + 0.01) {
                beside++;
                assertEquals(0, under, "a line beside the picture is read after the text under it: " + t.line().text());
            } else {
                under++;
                assertTrue(t.baseline() > pictureFoot, "a line under the picture starts below it: " + t.line().text());
            }
        }
        assertTrue(beside > 0 && under > 0, beside + " lines beside the picture, " + under + " under it");
        assertTrue(body.stream().anyMatch(t -> t.baseline() < im.y() + 2 * 13), "the text beside starts level with the picture");
    }
}
