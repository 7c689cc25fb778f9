package paiban.render.png;

import paiban.font.FontFace;
import paiban.render.PictureCache;
import paiban.layout.PageItem;
import paiban.layout.PageLayout;
import paiban.text.PlacedGlyph;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.OutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Draws a laid-out page as an image with Java2D and the shipped fonts: the EPUB's cover is the
 * front page as printed (its trim area), and {@code --archive-images} writes every page at 300 dpi. Like the PDF renderer it only draws what layout placed.
 */
public final class PageImage {
    private static final Color RED = new Color(0xD7, 0x1A, 0x21);

    // concurrent: the cover may be drawn while page images are
    private final Map<Path, Font> fonts = new ConcurrentHashMap<>();
    private final Map<String, Font> sized = new ConcurrentHashMap<>();

    /** The page's trim area drawn {@code widthPx} wide, its height in proportion (the EPUB's cover, the replica's pages). */
    public BufferedImage draw(PageLayout page, int widthPx, PictureCache pictures) {
        double scale = widthPx / page.widthPt();
        int heightPx = (int) Math.round(page.heightPt() * scale);
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = paper(image);
        try {
            g.scale(scale, scale);
            for (PageItem item : page.items()) draw(g, item, img -> shrunk(img, scale, pictures));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Rows of a page image drawn at a time: a 300 dpi broadsheet page whole would take some 90 MB. */
    private static final int STRIP_ROWS = 256;

    /**
     * The page as it sits on its archive sheet (the trim area and its bleed, as the archive PDF and
     * ALTO have it) at {@code dpi}, written to {@code out} as PNG: drawn and written a strip at a
     * time, so memory stays a strip's whatever the page's size.
     */
    public void png(PageLayout page, int dpi, PictureCache pictures, OutputStream out) throws IOException {
        double scale = dpi / 72.0;
        double bleed = page.bleedPt();
        int width = (int) Math.round((page.widthPt() + 2 * bleed) * scale);
        int height = (int) Math.round((page.heightPt() + 2 * bleed) * scale);
        PngStream png = new PngStream(out, width, height, dpi);
        // a picture reaching into several strips is shrunk once for all of them
        Map<PageItem.Image, BufferedImage> shrunk = new HashMap<>();
        Function<PageItem.Image, BufferedImage> picture = img -> shrunk.computeIfAbsent(img, i -> shrunk(i, scale, pictures));
        for (int top = 0; top < height; top += STRIP_ROWS) {
            int rows = Math.min(STRIP_ROWS, height - top);
            BufferedImage strip = new BufferedImage(width, rows, BufferedImage.TYPE_3BYTE_BGR);
            Graphics2D g = paper(strip);
            try {
                // whole device pixels up, then page points: glyphs fall on the same pixels in every strip
                g.translate(0, -top);
                g.scale(scale, scale);
                g.translate(bleed, bleed);
                double from = top / scale - bleed, to = (top + rows) / scale - bleed;
                for (PageItem item : page.items()) {
                    if (reaches(item, from, to)) draw(g, item, picture);
                }
            } finally {
                g.dispose();
            }
            byte[] bgr = ((DataBufferByte) strip.getRaster().getDataBuffer()).getData();
            for (int y = 0; y < rows; y++) png.row(bgr, y * width * 3);
        }
        png.finish();
    }

    /** Whether anything of the item may fall between {@code from} and {@code to} pt down the page (generously). */
    private static boolean reaches(PageItem item, double from, double to) {
        double top, bottom;
        if (item instanceof PageItem.TextLine t) {
            double size = t.line().glyphs().stream().mapToDouble(PlacedGlyph::size).max().orElse(0);
            top = t.baseline() - 1.5 * size;
            bottom = t.baseline() + 0.5 * size;
        } else if (item instanceof PageItem.VerticalLine v) {
            double size = v.line().glyphs().stream().mapToDouble(PlacedGlyph::size).max().orElse(0);
            top = v.top() - size;
            bottom = v.top() + v.line().width() + size;
        } else if (item instanceof PageItem.Rule r) {
            top = Math.min(r.y1(), r.y2()) - r.width();
            bottom = Math.max(r.y1(), r.y2()) + r.width();
        } else if (item instanceof PageItem.Frame f) {
            top = f.y() - f.stroke();
            bottom = f.y() + f.height() + f.stroke();
        } else if (item instanceof PageItem.Image i) {
            top = i.y() - 1;
            bottom = i.y() + i.height() + 1;
        } else {
            return false; // marks reading order only
        }
        return bottom >= from && top <= to;
    }

    /** A graphics on the image, filled white, drawing with anti-aliasing and fractional glyph positions. */
    private static Graphics2D paper(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        return g;
    }

    /** The whole picture at the size it is drawn at {@code scale} px a point (the box shows cropW of it), from the build's copy. */
    private static BufferedImage shrunk(PageItem.Image img, double scale, PictureCache pictures) {
        return pictures.image(img.picture().file(), (int) Math.ceil(img.width() * scale / img.cropW()));
    }

    private void draw(Graphics2D g, PageItem item, Function<PageItem.Image, BufferedImage> pictures) {
        if (item instanceof PageItem.TextLine t) {
            g.setColor(t.ink() == PageItem.Ink.RED ? RED : Color.BLACK);
            for (PlacedGlyph glyph : t.line().glyphs()) {
                float x = (float) (t.x() + glyph.x());
                float y = (float) t.baseline();
                if (glyph.face() == null) {
                    float s = (float) glyph.size();
                    g.setStroke(new BasicStroke(s * 0.06f));
                    g.draw(new Rectangle2D.Float(x + s * 0.1f, y - s * 0.78f, s * 0.8f, s * 0.86f));
                } else {
                    g.setFont(font(glyph.face(), (float) glyph.size()));
                    g.drawString(new String(Character.toChars(glyph.codePoint())), x, y);
                }
            }
        } else if (item instanceof PageItem.VerticalLine v) {
            g.setColor(v.ink() == PageItem.Ink.RED ? RED : Color.BLACK);
            for (PlacedGlyph glyph : v.line().glyphs()) drawVertical(g, v, glyph);
        } else if (item instanceof PageItem.Rule r) {
            g.setColor(r.ink() == PageItem.Ink.RED ? RED : Color.BLACK);
            g.setStroke(new BasicStroke((float) r.width()));
            g.draw(new Line2D.Double(r.x1(), r.y1(), r.x2(), r.y2()));
        } else if (item instanceof PageItem.Frame f) {
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke((float) f.stroke()));
            g.draw(new Rectangle2D.Double(f.x(), f.y(), f.width(), f.height()));
        } else if (item instanceof PageItem.Image img) {
            BufferedImage picture = pictures.apply(img);
            int sx = (int) Math.round(img.cropX() * picture.getWidth());
            int sy = (int) Math.round(img.cropY() * picture.getHeight());
            int sw = (int) Math.round(img.cropW() * picture.getWidth());
            int sh = (int) Math.round(img.cropH() * picture.getHeight());
            g.drawImage(picture, (int) Math.round(img.x()), (int) Math.round(img.y()),
                    (int) Math.round(img.x() + img.width()), (int) Math.round(img.y() + img.height()),
                    sx, sy, sx + sw, sy + sh, null);
        }
    }

    /**
     * A glyph of a vertical line, as the PDF draws it: upright in its vertical form, centred on
     * the axis with its em box's top at its place down the line; turned 90° clockwise with its em
     * box centred on the axis; or, in a 縦中横 unit, upright at its place across the line and scale.
     */
    private void drawVertical(Graphics2D g, PageItem.VerticalLine v, PlacedGlyph glyph) {
        float s = (float) glyph.size();
        double top = v.top() + glyph.x();
        double baseline = top + FontFace.EM_BOX_TOP * s;
        if (glyph.face() == null) {
            g.setStroke(new BasicStroke(s * 0.06f));
            g.draw(new Rectangle2D.Double(v.x() - s * 0.4, baseline - s * 0.78, s * 0.8, s * 0.86));
            return;
        }
        Font font = font(glyph.face(), s);
        String text = new String(Character.toChars(glyph.codePoint()));
        AffineTransform saved = g.getTransform();
        switch (glyph.stance().orientation()) {
            case UPRIGHT -> {
                int vertical = glyph.face().verticalGlyph(glyph.codePoint());
                GlyphVector gv = font.createGlyphVector(g.getFontRenderContext(),
                        new int[] {vertical != 0 ? vertical : glyph.face().glyph(glyph.codePoint())});
                g.drawGlyphVector(gv, (float) (v.x() - gv.getGlyphMetrics(0).getAdvanceX() / 2), (float) baseline);
            }
            case ROTATED -> {
                g.translate(v.x() - (FontFace.EM_BOX_TOP - 0.5) * s, top);
                g.rotate(Math.PI / 2);
                g.setFont(font);
                g.drawString(text, 0f, 0f);
            }
            case COMBINED -> {
                g.translate(v.x() + glyph.stance().across(), baseline);
                g.scale(glyph.stance().scale(), 1);
                g.setFont(font);
                g.drawString(text, 0f, 0f);
            }
        }
        g.setTransform(saved);
    }

    /** The face at a size; derived fonts are kept, as deriving one per glyph is slow. */
    private Font font(FontFace face, float size) {
        return sized.computeIfAbsent(face.file() + "@" + size, k -> font(face).deriveFont(size));
    }

    private Font font(FontFace face) {
        return fonts.computeIfAbsent(face.file(), file -> {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("cannot load font " + file + ": " + e.getMessage(), e);
            }
        });
    }
}
