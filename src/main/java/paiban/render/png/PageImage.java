package paiban.render.png;

import paiban.font.FontFace;
import paiban.render.AreaAverage;
import paiban.layout.PageItem;
import paiban.layout.PageLayout;
import paiban.text.PlacedGlyph;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.HashMap;
import java.util.Map;

/**
 * Draws a laid-out page (its trim area) as an image with Java2D and the shipped fonts: the EPUB's
 * cover is the front page as printed. Like the PDF renderer it only draws what layout placed.
 */
public final class PageImage {
    private static final Color RED = new Color(0xD7, 0x1A, 0x21);

    private final Map<Path, Font> fonts = new HashMap<>();
    private final Map<String, Font> sized = new HashMap<>();

    /** The page drawn {@code widthPx} wide, its height in proportion. */
    public BufferedImage draw(PageLayout page, int widthPx) {
        double scale = widthPx / page.widthPt();
        int heightPx = (int) Math.round(page.heightPt() * scale);
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, widthPx, heightPx);
            g.scale(scale, scale);
            for (PageItem item : page.items()) draw(g, item);
        } finally {
            g.dispose();
        }
        return image;
    }

    private void draw(Graphics2D g, PageItem item) {
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
        } else if (item instanceof PageItem.Rule r) {
            g.setColor(r.ink() == PageItem.Ink.RED ? RED : Color.BLACK);
            g.setStroke(new BasicStroke((float) r.width()));
            g.draw(new Line2D.Double(r.x1(), r.y1(), r.x2(), r.y2()));
        } else if (item instanceof PageItem.Frame f) {
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke((float) f.stroke()));
            g.draw(new Rectangle2D.Double(f.x(), f.y(), f.width(), f.height()));
        } else if (item instanceof PageItem.Image img) {
            // drawn in device pixels: the crop averaged down to exactly the box, as print screens it, not resampled
            AffineTransform page = g.getTransform();
            double scale = page.getScaleX();
            int x = (int) Math.round(img.x() * scale);
            int y = (int) Math.round(img.y() * scale);
            int w = Math.max(1, (int) Math.round((img.x() + img.width()) * scale) - x);
            int h = Math.max(1, (int) Math.round((img.y() + img.height()) * scale) - y);
            BufferedImage picture = decode(img.picture().file(), img.picture().widthPx() * img.cropW() / w);
            int sx = (int) Math.round(img.cropX() * picture.getWidth());
            int sy = (int) Math.round(img.cropY() * picture.getHeight());
            int sw = Math.max(1, Math.min(picture.getWidth() - sx, (int) Math.round(img.cropW() * picture.getWidth())));
            int sh = Math.max(1, Math.min(picture.getHeight() - sy, (int) Math.round(img.cropH() * picture.getHeight())));
            BufferedImage crop = picture.getSubimage(sx, sy, sw, sh);
            g.setTransform(new AffineTransform());
            if (sw >= w && sh >= h) {
                g.drawImage(AreaAverage.scaled(crop, w, h), x, y, null);
            } else {
                g.drawImage(crop, x, y, x + w, y + h, 0, 0, sw, sh, null);
            }
            g.setTransform(page);
        }
    }

    /**
     * The picture decoded at every n-th pixel, keeping at least two pixels for each one drawn (for
     * the averaging to smooth): decoding fewer rows is much faster.
     */
    private static BufferedImage decode(Path file, double shrink) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) throw new IOException("not a picture ImageIO reads");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, (int) Math.floor(shrink / 2));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read picture " + file, e);
        }
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
