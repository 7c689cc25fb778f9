package paiban.render.png;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import paiban.diag.Diagnostics;
import paiban.diag.SourceSpan;
import paiban.font.FontLibrary;
import paiban.font.FontRole;
import paiban.font.FontSet;
import paiban.layout.PageItem;
import paiban.layout.PageLayout;
import paiban.render.PictureCache;
import paiban.text.Alignment;
import paiban.text.ComposedLine;
import paiban.text.Composer;
import paiban.text.Language;
import paiban.text.ParagraphStyle;
import paiban.text.PlacedGlyph;
import paiban.text.TextRun;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A vertical line in the page image (replica EPUB, archive PNGs): each glyph's ink where the PDF puts it. */
class VerticalPageImageTest {
    static final double SIZE = 20, AXIS = 100, TOP = 20, SCALE = 4; // px a pt
    static ComposedLine line;
    static BufferedImage image;

    @BeforeAll
    static void draw() {
        FontLibrary fonts = FontLibrary.load(Path.of("fonts"));
        line = Composer.vertical(fonts.of(FontSet.JAPANESE), Language.JA).compose(List.of(new TextRun("図書館、12月「2026年」ー",
                FontRole.SERIF, SIZE, SourceSpan.of(Path.of("a.md"), "a.md").at(1, 1))), 400,
                new ParagraphStyle(Alignment.LEFT, 0, false), new Diagnostics()).get(0);
        PageLayout page = new PageLayout(1, "", 200, 420, 0, "",
                List.of(new PageItem.VerticalLine(AXIS, TOP, line, PageItem.Ink.BLACK)), List.of(), 0, List.of());
        image = new PageImage().draw(page, (int) (200 * SCALE), new PictureCache(List.of(page), 72));
        String keep = System.getProperty("paiban.vertical.png");
        if (keep != null) {
            try {
                javax.imageio.ImageIO.write(image, "png", Path.of(keep).toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** The ink's bounds, in pt, inside the box (pt) given. */
    private static Rectangle.Double ink(double x0, double y0, double x1, double y1) {
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
        for (int y = (int) (y0 * SCALE); y < (int) (y1 * SCALE); y++) {
            for (int x = (int) (x0 * SCALE); x < (int) (x1 * SCALE); x++) {
                if ((image.getRGB(x, y) & 0xFF) > 128) continue;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
        }
        assertTrue(maxX >= 0, "ink in " + x0 + "," + y0 + ".." + x1 + "," + y1);
        return new Rectangle.Double(minX / SCALE, minY / SCALE, (maxX - minX + 1) / SCALE, (maxY - minY + 1) / SCALE);
    }

    private static PlacedGlyph glyph(String text) {
        return line.glyphs().stream().filter(g -> g.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void theLineRunsDownItsAxisAndNothingElseIsDrawn() {
        Rectangle.Double all = ink(0, 0, 200, 420);
        assertTrue(all.x >= AXIS - SIZE / 2 && all.x + all.width <= AXIS + SIZE / 2, "within the line's em: " + all);
        assertTrue(all.y >= TOP && all.y + all.height <= TOP + line.width(), "from the top down the line: " + all);
        Rectangle.Double kanji = ink(0, TOP, 200, TOP + SIZE);
        assertEquals(AXIS, kanji.getCenterX(), 1.5, "図 centred on the axis: " + kanji);
    }

    @Test
    void theCommaSitsInTheTopRightOfItsEm() {
        double top = TOP + glyph("、").x();
        Rectangle.Double comma = ink(AXIS - SIZE / 2, top, AXIS + SIZE / 2, top + SIZE);
        assertTrue(comma.x > AXIS && comma.y + comma.height < top + SIZE / 2, "top right: " + comma);
    }

    @Test
    void combinedDigitsShareOneEmAndATurnedNumberRunsAlongTheLine() {
        double top = TOP + glyph("1").x();
        Rectangle.Double twelve = ink(0, top, 200, top + SIZE);
        assertTrue(twelve.width > SIZE * 0.6 && twelve.width <= SIZE, "1 and 2 side by side in the em: " + twelve);
        int zero = line.glyphs().indexOf(glyph("0"));
        PlacedGlyph first = line.glyphs().get(zero - 1), last = line.glyphs().get(zero + 2);
        assertEquals("2026", String.join("", line.glyphs().subList(zero - 1, zero + 3).stream().map(PlacedGlyph::text).toList()));
        double from = TOP + first.x(), to = TOP + last.x() + last.width();
        Rectangle.Double turned = ink(0, from, 200, to);
        assertTrue(turned.height > turned.width * 2, "2026 lies along the line: " + turned);
        assertEquals(AXIS, turned.getCenterX(), SIZE * 0.15, "centred near the axis: " + turned);
    }
}
