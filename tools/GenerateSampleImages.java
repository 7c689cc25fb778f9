import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Draws the pictures of the sample issue (issues/2026-11-26/images/) procedurally: no downloads,
 * fixed random seeds, so every run writes the same pictures.
 *
 * <p>Run from the repository root: {@code java tools/GenerateSampleImages.java} (Java 17, headless).
 */
public class GenerateSampleImages {

    static final Path SAMPLE = Path.of("issues/2026-11-26/images");
    static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    /** No argument: the sample's pictures. {@code fixtures}: the test fixtures' pictures, smaller JPEGs. */
    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        if (args.length == 1 && args[0].equals("fixtures")) {
            Path tab = FIXTURES.resolve("tabloid-2026-12-08/images");
            write(bridgeAtDusk(3600, 700), tab.resolve("port-panorama.jpg"), 0.7f);
            write(station(1000, 1600), tab.resolve("crane-portrait.jpg"), 0.7f);
            write(market(1200, 1200), tab.resolve("night-market.jpg"), 0.7f);
            write(harvest(1500, 1000), tab.resolve("orchard.jpg"), 0.7f);
            write(greenway(1500, 1000), tab.resolve("riverside-run.jpg"), 0.7f);
            write(market(1500, 1000), FIXTURES.resolve("zhhant-2026-12-09/images/old-market.jpg"), 0.7f);
            write(harvest(1500, 1000), FIXTURES.resolve("ja-2026-12-10/images/rice-field.jpg"), 0.7f);
            write(greenway(1500, 1000), FIXTURES.resolve("short-2026-12-11/images/park.jpg"), 0.7f);
            return;
        }
        write(bridgeAtDusk(1600, 1000), SAMPLE.resolve("bridge-dusk.jpg"), 0.85f);
        write(harvest(1600, 1000), SAMPLE.resolve("harvest.jpg"), 0.85f);
        write(market(1600, 1000), SAMPLE.resolve("market.jpg"), 0.85f);
        write(station(1000, 1400), SAMPLE.resolve("station.jpg"), 0.85f);
        write(greenway(1600, 1000), SAMPLE.resolve("greenway.jpg"), 0.85f);
    }

    // ------------------------------------------------------------------ helpers

    static Graphics2D g(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    static Color c(int rgb) {
        return new Color(rgb);
    }

    static Color ca(int rgb, int alpha) {
        return new Color((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255, alpha);
    }

    static Color mix(Color a, Color b, double t) {
        t = Math.max(0, Math.min(1, t));
        return new Color((int) (a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) (a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) (a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    static Color jitter(Color col, Random r, int amount) {
        return new Color(clamp(col.getRed() + r.nextInt(2 * amount + 1) - amount),
                clamp(col.getGreen() + r.nextInt(2 * amount + 1) - amount),
                clamp(col.getBlue() + r.nextInt(2 * amount + 1) - amount));
    }

    static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    static void vgrad(Graphics2D g, int x, int y, int w, int h, float[] stops, Color[] colors) {
        g.setPaint(new LinearGradientPaint(x, y, x, y + h, stops, colors));
        g.fillRect(x, y, w, h);
    }

    /** A ridge line by summed sines plus jitter, filled down to {@code bottom}. */
    static Path2D ridge(int w, double base, double amp, double bottom, Random r, int octaves) {
        double[] ph = new double[octaves];
        double[] fr = new double[octaves];
        for (int i = 0; i < octaves; i++) {
            ph[i] = r.nextDouble() * Math.PI * 2;
            fr[i] = (0.6 + r.nextDouble()) * Math.pow(2.1, i) / w * Math.PI * 2;
        }
        Path2D p = new Path2D.Double();
        p.moveTo(-5, bottom);
        for (int x = -5; x <= w + 5; x += 4) {
            double y = base;
            for (int i = 0; i < octaves; i++) {
                y -= amp * Math.sin(x * fr[i] + ph[i]) / Math.pow(1.8, i);
            }
            p.lineTo(x, y);
        }
        p.lineTo(w + 5, bottom);
        p.closePath();
        return p;
    }

    static BufferedImage blur(BufferedImage src, int radius) {
        int size = radius * 2 + 1;
        float[] k = new float[size];
        double sigma = radius / 2.0, sum = 0;
        for (int i = 0; i < size; i++) {
            k[i] = (float) Math.exp(-((i - radius) * (i - radius)) / (2 * sigma * sigma));
            sum += k[i];
        }
        for (int i = 0; i < size; i++) k[i] /= sum;
        BufferedImage padded = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        padded.getGraphics().drawImage(src, 0, 0, null);
        ConvolveOp h = new ConvolveOp(new Kernel(size, 1, k), ConvolveOp.EDGE_NO_OP, null);
        ConvolveOp v = new ConvolveOp(new Kernel(1, size, k), ConvolveOp.EDGE_NO_OP, null);
        return v.filter(h.filter(padded, null), null);
    }

    /** Film grain and a soft vignette, as a news photo has. */
    static void finish(BufferedImage img, long seed, double grain, double vignette) {
        Random r = new Random(seed);
        int w = img.getWidth(), h = img.getHeight();
        double cx = w / 2.0, cy = h / 2.0, maxd = Math.hypot(cx, cy);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = img.getRGB(x, y);
                double d = Math.hypot(x - cx, y - cy) / maxd;
                double f = 1 - vignette * d * d;
                double n = r.nextGaussian() * grain;
                int rr = clamp((int) (((p >> 16) & 255) * f + n));
                int gg = clamp((int) (((p >> 8) & 255) * f + n));
                int bb = clamp((int) ((p & 255) * f + n));
                img.setRGB(x, y, (rr << 16) | (gg << 8) | bb);
            }
        }
    }

    static void write(BufferedImage img, Path path, float quality) throws IOException {
        Files.createDirectories(path.getParent());
        File f = path.toFile();
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam p = w.getDefaultWriteParam();
        p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        p.setCompressionQuality(quality);
        Files.deleteIfExists(f.toPath());
        try (ImageOutputStream out = ImageIO.createImageOutputStream(f)) {
            w.setOutput(out);
            w.write(null, new IIOImage(img, null, null), p);
        }
        w.dispose();
        System.out.printf("%s %dx%d %d KB%n", f, img.getWidth(), img.getHeight(), f.length() / 1024);
    }

    static Font cjkFont(float size) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new File("fonts/NotoSansSC-Bold.ttf")).deriveFont(size);
        } catch (Exception e) {
            return new Font(Font.SANS_SERIF, Font.BOLD, (int) size);
        }
    }

    /** A simple standing figure (head, coat, legs) seen from some distance. */
    static void person(Graphics2D g, double x, double footY, double height, Color coat, Color trousers,
                       Color skin, Color hair, Random r, boolean walking) {
        double hd = height * 0.16;
        double bodyTop = footY - height + hd;
        double shoulder = height * 0.27;
        double legTop = footY - height * 0.46;
        g.setColor(trousers);
        double step = walking ? height * 0.08 * (r.nextBoolean() ? 1 : -1) : height * 0.02;
        g.setStroke(new BasicStroke((float) (height * 0.09), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new java.awt.geom.Line2D.Double(x - height * 0.04, legTop, x - height * 0.04 - step, footY));
        g.draw(new java.awt.geom.Line2D.Double(x + height * 0.04, legTop, x + height * 0.04 + step, footY));
        g.setColor(coat);
        Path2D body = new Path2D.Double();
        body.moveTo(x - shoulder / 2, bodyTop + hd * 0.25);
        body.lineTo(x + shoulder / 2, bodyTop + hd * 0.25);
        body.lineTo(x + shoulder * 0.48, legTop + height * 0.05);
        body.lineTo(x - shoulder * 0.48, legTop + height * 0.05);
        body.closePath();
        g.fill(new RoundRectangle2D.Double(x - shoulder / 2, bodyTop + hd * 0.2, shoulder,
                legTop - bodyTop + height * 0.04, shoulder * 0.5, shoulder * 0.5));
        g.setColor(skin);
        g.fill(new Ellipse2D.Double(x - hd * 0.42, bodyTop - hd * 0.85, hd * 0.84, hd));
        g.setColor(hair);
        g.fill(new java.awt.geom.Arc2D.Double(x - hd * 0.45, bodyTop - hd * 0.9, hd * 0.9, hd * 0.8, 0, 180,
                java.awt.geom.Arc2D.CHORD));
    }

    static final Color[] COATS = {c(0x2f3b52), c(0x7a2e2e), c(0x3e5641), c(0x8a6d3b), c(0x4a4a4a),
            c(0x1f4e79), c(0xa0522d), c(0x5b4a6e), c(0x2e2e2e), c(0x6b7b8c), c(0xb5651d), c(0x8b1e3f)};
    static final Color[] SKINS = {c(0xe0b896), c(0xd4a27f), c(0xc99470), c(0xe8c3a0)};
    static final Color[] HAIRS = {c(0x1b1b1b), c(0x2b2420), c(0x3a3a3a), c(0x9a9a9a)};

    // ------------------------------------------------------------------ 1. river, bridge, dusk

    static BufferedImage bridgeAtDusk(int w, int h) {
        Random r = new Random(20261126L);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = g(img);
        int horizon = (int) (h * 0.58);
        vgrad(g, 0, 0, w, horizon, new float[]{0f, 0.45f, 0.8f, 1f},
                new Color[]{c(0x1d2b4f), c(0x5a4a78), c(0xd9826a), c(0xf4b56a)});
        // sun glow
        g.setPaint(new RadialGradientPaint(new Point2D.Double(w * 0.72, horizon - 30), 420,
                new float[]{0f, 0.15f, 1f}, new Color[]{ca(0xfff0c0, 230), ca(0xffc27a, 150), ca(0xf4a060, 0)}));
        g.fillRect(0, 0, w, horizon);
        // thin clouds
        for (int i = 0; i < 14; i++) {
            double cy = 60 + r.nextDouble() * horizon * 0.55, cx = r.nextDouble() * w;
            double cw = 200 + r.nextDouble() * 420;
            g.setColor(ca(i % 2 == 0 ? 0xf2a58a : 0x8c6d93, 60 + r.nextInt(50)));
            g.fill(new Ellipse2D.Double(cx, cy, cw, 6 + r.nextDouble() * 14));
        }
        // far hills
        g.setColor(c(0x6b5a7a));
        g.fill(ridge(w, horizon - 70, 35, horizon + 1, r, 4));
        g.setColor(c(0x4d4566));
        g.fill(ridge(w, horizon - 30, 22, horizon + 1, r, 4));
        // skyline on left bank (old town) and right bank (high-tech district)
        BufferedImage sky = img;
        for (int i = 0; i < 60; i++) {
            double bx = (i < 30) ? r.nextDouble() * w * 0.38 : w * 0.62 + r.nextDouble() * w * 0.38;
            double bw = 24 + r.nextDouble() * 60;
            double bh = (i < 30 ? 20 + r.nextDouble() * 70 : 40 + r.nextDouble() * 160);
            g.setColor(jitter(c(0x2d2a44), r, 8));
            g.fill(new Rectangle2D.Double(bx, horizon - bh, bw, bh + 2));
            for (int wy = (int) (horizon - bh + 6); wy < horizon - 4; wy += 9) {
                for (int wx = (int) bx + 4; wx < bx + bw - 4; wx += 8) {
                    if (r.nextDouble() < 0.28) {
                        g.setColor(ca(0xffd98a, 150 + r.nextInt(100)));
                        g.fillRect(wx, wy, 3, 4);
                    }
                }
            }
        }
        // water base
        vgrad(g, 0, horizon, w, h - horizon, new float[]{0f, 0.35f, 1f},
                new Color[]{c(0xc98a6c), c(0x6a5577), c(0x1e2440)});
        // reflection of the sky/skyline: mirror + blur + ripple
        BufferedImage top = new BufferedImage(w, horizon, BufferedImage.TYPE_INT_RGB);
        Graphics2D tg = top.createGraphics();
        tg.drawImage(img, 0, 0, null);
        tg.dispose();
        // bridge (drawn into both image and, later, reflection)
        BufferedImage bridgeLayer = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D bg = g(bridgeLayer);
        double deckY = horizon - 60;
        double t1 = w * 0.30, t2 = w * 0.70, towerTop = horizon - 330;
        bg.setColor(c(0x23203a));
        // deck
        Path2D deck = new Path2D.Double();
        deck.moveTo(-10, deckY + 18);
        deck.quadTo(w / 2.0, deckY - 22, w + 10, deckY + 18);
        deck.lineTo(w + 10, deckY + 34);
        deck.quadTo(w / 2.0, deckY - 6, -10, deckY + 34);
        deck.closePath();
        bg.fill(deck);
        // piers
        for (double px : new double[]{t1, t2}) {
            bg.fill(new Rectangle2D.Double(px - 22, deckY, 44, horizon - deckY + 4));
        }
        for (double px = 60; px < w; px += 170) {
            if (Math.abs(px - t1) > 60 && Math.abs(px - t2) > 60) {
                bg.fill(new Rectangle2D.Double(px - 7, deckY + 20, 14, horizon - deckY - 18));
            }
        }
        // towers shaped like sails (slightly tapering)
        for (double px : new double[]{t1, t2}) {
            Path2D tw = new Path2D.Double();
            tw.moveTo(px - 20, deckY + 10);
            tw.lineTo(px - 9, towerTop);
            tw.lineTo(px + 9, towerTop);
            tw.lineTo(px + 20, deckY + 10);
            tw.closePath();
            bg.fill(tw);
            bg.setColor(ca(0xffcf80, 200));
            bg.fill(new Rectangle2D.Double(px - 3, towerTop + 6, 6, 10));
            bg.setColor(c(0x23203a));
        }
        // stay cables (fans)
        bg.setStroke(new BasicStroke(1.3f));
        bg.setColor(ca(0x3a3555, 220));
        for (double px : new double[]{t1, t2}) {
            for (int k = 1; k <= 13; k++) {
                double off = k * 34;
                for (int s = -1; s <= 1; s += 2) {
                    double ax = px + s * off;
                    double ay = deckY + 20 - 22 * (1 - Math.pow((ax - w / 2.0) / (w / 2.0), 2));
                    double ty = towerTop + 14 + k * 7;
                    bg.draw(new java.awt.geom.Line2D.Double(px, ty, ax, ay));
                }
            }
        }
        // street lights on deck
        for (double lx = 20; lx < w; lx += 48) {
            double ly = deckY + 20 - 22 * (1 - Math.pow((lx - w / 2.0) / (w / 2.0), 2)) - 6;
            bg.setPaint(new RadialGradientPaint(new Point2D.Double(lx, ly), 14, new float[]{0f, 1f},
                    new Color[]{ca(0xfff2c0, 230), ca(0xffd080, 0)}));
            bg.fill(new Ellipse2D.Double(lx - 14, ly - 14, 28, 28));
        }
        bg.dispose();
        // reflection
        BufferedImage refl = new BufferedImage(w, horizon, BufferedImage.TYPE_INT_ARGB);
        Graphics2D rg = refl.createGraphics();
        rg.drawImage(top, 0, horizon, w, 0, 0, 0, w, horizon, null);
        rg.drawImage(bridgeLayer, 0, horizon, w, 0, 0, 0, w, horizon, null);
        rg.dispose();
        BufferedImage reflBlur = blur(refl, 6);
        Graphics2D gg = g(img);
        for (int y = 0; y < h - horizon; y++) {
            int sy = Math.min(horizon - 1, y);
            double fade = 0.75 * Math.pow(1 - (double) y / (h - horizon), 0.7);
            int shift = (int) (Math.sin(y * 0.35 + r.nextDouble()) * (2 + y * 0.02));
            gg.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) fade));
            gg.drawImage(reflBlur, shift, horizon + y, w + shift, horizon + y + 1, 0, sy, w, sy + 1, null);
        }
        gg.setComposite(AlphaComposite.SrcOver);
        // ripple highlights under the sun
        for (int i = 0; i < 900; i++) {
            double y = horizon + 3 + Math.pow(r.nextDouble(), 1.6) * (h - horizon);
            double spread = 40 + (y - horizon) * 0.9;
            double x = w * 0.72 + r.nextGaussian() * spread;
            double len = 6 + r.nextDouble() * (10 + (y - horizon) * 0.12);
            gg.setColor(ca(0xffd9a0, 40 + r.nextInt(120)));
            gg.fill(new Rectangle2D.Double(x, y, len, 1.2 + (y - horizon) * 0.006));
        }
        for (int i = 0; i < 1400; i++) {
            double y = horizon + r.nextDouble() * (h - horizon);
            double x = r.nextDouble() * w;
            gg.setColor(ca(r.nextBoolean() ? 0x1a1f38 : 0xb08aa0, 30 + r.nextInt(40)));
            gg.fill(new Rectangle2D.Double(x, y, 10 + r.nextDouble() * 40, 1.2));
        }
        gg.drawImage(bridgeLayer, 0, 0, null);
        // boats
        double[][] boats = {{w * 0.18, h * 0.80, 1.3}, {w * 0.52, h * 0.70, 0.8}, {w * 0.86, h * 0.88, 1.6},
                {w * 0.40, h * 0.64, 0.5}};
        for (double[] b : boats) {
            double bx = b[0], by = b[1], s = b[2];
            gg.setColor(c(0x15131f));
            Path2D hull = new Path2D.Double();
            hull.moveTo(bx - 90 * s, by - 10 * s);
            hull.quadTo(bx, by + 14 * s, bx + 90 * s, by - 14 * s);
            hull.lineTo(bx + 70 * s, by - 2 * s);
            hull.quadTo(bx, by + 18 * s, bx - 80 * s, by + 2 * s);
            hull.closePath();
            gg.fill(hull);
            Path2D cabin = new Path2D.Double();
            cabin.moveTo(bx - 30 * s, by - 6 * s);
            cabin.quadTo(bx, by - 34 * s, bx + 36 * s, by - 8 * s);
            cabin.closePath();
            gg.fill(cabin);
            gg.setColor(c(0x15131f));
            person(gg, bx + 60 * s, by - 8 * s, 40 * s, c(0x15131f), c(0x15131f), c(0x15131f), c(0x15131f), r, false);
            gg.setColor(ca(0xffc070, 200));
            gg.fill(new Ellipse2D.Double(bx - 4 * s, by - 18 * s, 6 * s, 5 * s));
            gg.setColor(ca(0x0e0c18, 90));
            gg.fill(new Ellipse2D.Double(bx - 95 * s, by + 4 * s, 190 * s, 16 * s));
        }
        gg.dispose();
        g.dispose();
        finish(img, 11, 7, 0.35);
        return img;
    }

    // ------------------------------------------------------------------ 2. harvest field

    static BufferedImage harvest(int w, int h) {
        Random r = new Random(20261124L);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = g(img);
        int horizon = (int) (h * 0.42);
        vgrad(g, 0, 0, w, horizon, new float[]{0f, 1f}, new Color[]{c(0x6f9fd0), c(0xd4e3ee)});
        // clouds: clusters of soft ellipses
        for (int cl = 0; cl < 7; cl++) {
            double cx = r.nextDouble() * w, cy = 40 + r.nextDouble() * horizon * 0.45;
            for (int i = 0; i < 18; i++) {
                double ew = 60 + r.nextDouble() * 120, eh = 30 + r.nextDouble() * 50;
                g.setColor(ca(0xffffff, 40 + r.nextInt(60)));
                g.fill(new Ellipse2D.Double(cx + r.nextGaussian() * 90, cy + r.nextGaussian() * 14, ew, eh));
            }
        }
        g.setColor(c(0x8aa2b2));
        g.fill(ridge(w, horizon - 90, 45, horizon + 5, r, 4));
        g.setColor(c(0x5f7f6a));
        g.fill(ridge(w, horizon - 35, 30, horizon + 5, r, 5));
        // tree line
        for (int i = 0; i < 260; i++) {
            double x = r.nextDouble() * w, rad = 10 + r.nextDouble() * 22;
            g.setColor(jitter(c(0x3f5e3a), r, 14));
            g.fill(new Ellipse2D.Double(x, horizon - rad * 1.3, rad * 1.6, rad * 1.8));
        }
        // farmhouses: white walls, dark grey roofs
        for (int i = 0; i < 9; i++) {
            double hx = 80 + i * 170 + r.nextDouble() * 60, hw = 70 + r.nextDouble() * 50, hh = 40 + r.nextDouble() * 25;
            double hy = horizon + 2;
            if (i == 4 || i == 7) continue;
            g.setColor(c(0xe9e6de));
            g.fill(new Rectangle2D.Double(hx, hy - hh, hw, hh));
            g.setColor(c(0x3b3f45));
            Path2D roof = new Path2D.Double();
            roof.moveTo(hx - 6, hy - hh);
            roof.lineTo(hx + hw / 2, hy - hh - 18);
            roof.lineTo(hx + hw + 6, hy - hh);
            roof.closePath();
            g.fill(roof);
            g.setColor(c(0x4a4a48));
            for (int k = 0; k < 3; k++) {
                g.fill(new Rectangle2D.Double(hx + 10 + k * hw / 3.2, hy - hh + 12, 9, 12));
            }
        }
        // field: golden gradient with perspective rows
        vgrad(g, 0, horizon, w, h - horizon, new float[]{0f, 0.4f, 1f},
                new Color[]{c(0xc8a64a), c(0xd9b04a), c(0xb9862a)});
        for (int i = 0; i < 26000; i++) {
            double t = Math.pow(r.nextDouble(), 1.5);
            double y = horizon + t * (h - horizon);
            double x = r.nextDouble() * w;
            double s = 1 + t * 9;
            g.setColor(ca(r.nextDouble() < 0.5 ? 0xe8c766 : 0x8c6420, 60 + r.nextInt(90)));
            g.setStroke(new BasicStroke((float) (0.6 + t * 1.6)));
            g.draw(new java.awt.geom.Line2D.Double(x, y, x + r.nextGaussian() * s * 0.4, y - s * 2.2));
        }
        // harvested stubble strip (left), lighter with straw lines
        Path2D strip = new Path2D.Double();
        strip.moveTo(0, horizon + 60);
        strip.lineTo(w * 0.48, horizon + 40);
        strip.lineTo(w * 0.44, h);
        strip.lineTo(0, h);
        strip.closePath();
        g.setPaint(new GradientPaint(0, horizon, ca(0xd7c089, 255), 0, h, ca(0xa88a55, 255)));
        g.fill(strip);
        g.setClip(strip);
        for (int i = 0; i < 90; i++) {
            double t = i / 90.0;
            double y = horizon + 45 + Math.pow(t, 1.8) * (h - horizon);
            g.setColor(ca(0x8a6c3a, 120));
            g.setStroke(new BasicStroke((float) (0.8 + t * 3)));
            g.draw(new java.awt.geom.Line2D.Double(0, y, w * 0.5, y - 20 * (1 - t)));
        }
        for (int i = 0; i < 6000; i++) {
            double t = Math.pow(r.nextDouble(), 1.4);
            double y = horizon + 45 + t * (h - horizon);
            double x = r.nextDouble() * w * 0.5;
            g.setColor(ca(r.nextBoolean() ? 0xf0dca0 : 0x7a5a2a, 90));
            g.fill(new Rectangle2D.Double(x, y, 1 + t * 3, 1 + t * 5));
        }
        g.setClip(null);
        // harvester
        double hx = w * 0.47, hy = h * 0.62, s = 1.35;
        AffineTransform at = g.getTransform();
        g.translate(hx, hy);
        g.scale(s, s);
        g.setColor(ca(0x000000, 70));
        g.fill(new Ellipse2D.Double(-170, 78, 360, 40));
        g.setColor(c(0xc0392b));
        g.fill(new RoundRectangle2D.Double(-110, -40, 220, 110, 16, 16));
        g.setColor(c(0xa93226));
        g.fill(new Rectangle2D.Double(-110, 40, 220, 30));
        // cab
        g.setColor(c(0xd9d9d9));
        g.fill(new RoundRectangle2D.Double(-60, -120, 100, 84, 10, 10));
        g.setColor(c(0x37474f));
        g.fill(new RoundRectangle2D.Double(-52, -110, 84, 50, 6, 6));
        g.setColor(ca(0xffffff, 60));
        g.fill(new Rectangle2D.Double(-48, -108, 30, 46));
        // grain tank and spout
        g.setColor(c(0xb03a2e));
        g.fill(new Rectangle2D.Double(50, -90, 60, 56));
        g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new java.awt.geom.Line2D.Double(100, -80, 170, -120));
        // header (cutting table) at the front left
        g.setColor(c(0x7f8c8d));
        g.fill(new Rectangle2D.Double(-200, 30, 110, 40));
        g.setColor(c(0xc0392b));
        g.fill(new Ellipse2D.Double(-200, 10, 110, 34));
        g.setColor(c(0x5d6d6e));
        for (int k = 0; k < 8; k++) g.fill(new Rectangle2D.Double(-198 + k * 14, 66, 4, 12));
        // tracks
        g.setColor(c(0x2b2b2b));
        g.fill(new RoundRectangle2D.Double(-105, 62, 210, 34, 30, 30));
        g.setColor(c(0x555555));
        for (int k = 0; k < 6; k++) g.fill(new Ellipse2D.Double(-92 + k * 34, 68, 22, 22));
        // dust
        g.setTransform(at);
        for (int i = 0; i < 60; i++) {
            g.setColor(ca(0xf2e2b0, 18 + r.nextInt(20)));
            double dx = hx - 260 * s + r.nextGaussian() * 60, dy = hy + 40 + r.nextGaussian() * 40;
            double rad = 40 + r.nextDouble() * 80;
            g.fill(new Ellipse2D.Double(dx, dy - rad / 2, rad * 1.6, rad));
        }
        // a farmer in the stubble
        person(g, w * 0.2, h * 0.86, 210, c(0x2f5d8a), c(0x3b3b3b), c(0xc48b60), c(0x222222), r, true);
        g.setColor(c(0xd8c27a));
        g.fill(new java.awt.geom.Arc2D.Double(w * 0.2 - 34, h * 0.86 - 216, 68, 30, 0, 180, java.awt.geom.Arc2D.CHORD));
        g.dispose();
        finish(img, 12, 6, 0.25);
        return img;
    }

    // ------------------------------------------------------------------ 3. morning market

    static BufferedImage market(int w, int h) {
        Random r = new Random(20261123L);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = g(img);
        // street in one-point perspective; vanishing point
        double vx = w * 0.55, vy = h * 0.36;
        vgrad(g, 0, 0, w, h, new float[]{0f, 0.36f, 1f},
                new Color[]{c(0xcfd8dc), c(0xe8e1d0), c(0x8a8276)});
        // sky strip with morning haze
        g.setPaint(new RadialGradientPaint(new Point2D.Double(vx, vy - 60), 500, new float[]{0f, 1f},
                new Color[]{ca(0xfff3d6, 220), ca(0xfff3d6, 0)}));
        g.fillRect(0, 0, w, (int) vy + 40);
        // old buildings: left and right walls with windows, dark tile eaves
        for (int side = -1; side <= 1; side += 2) {
            double edgeX = side < 0 ? 0 : w;
            for (int k = 0; k < 7; k++) {
                double t0 = k / 7.0, t1 = (k + 1) / 7.0;
                double x0 = edgeX + (vx - edgeX) * Math.pow(t0, 0.6) * 0.88;
                double x1 = edgeX + (vx - edgeX) * Math.pow(t1, 0.6) * 0.88;
                double top0 = 0 + (vy - 150 - 0) * Math.pow(t0, 0.6) * 0.9 + 40;
                double top1 = 0 + (vy - 150 - 0) * Math.pow(t1, 0.6) * 0.9 + 40;
                double bot0 = h + (vy - h) * Math.pow(t0, 0.6) * 0.88;
                double bot1 = h + (vy - h) * Math.pow(t1, 0.6) * 0.88;
                Path2D wall = new Path2D.Double();
                wall.moveTo(x0, top0);
                wall.lineTo(x1, top1);
                wall.lineTo(x1, bot1);
                wall.lineTo(x0, bot0);
                wall.closePath();
                Color base = k % 2 == 0 ? c(0xe6e0d2) : c(0xd8d0bf);
                g.setColor(mix(base, c(0xd9d4c8), t0));
                g.fill(wall);
                g.setColor(mix(c(0x3a3c40), c(0x8b8a86), t0 * 0.8));
                Path2D eave = new Path2D.Double();
                eave.moveTo(x0, top0 - 14 * (1 - t0));
                eave.lineTo(x1, top1 - 14 * (1 - t1));
                eave.lineTo(x1, top1 + 16 * (1 - t1));
                eave.lineTo(x0, top0 + 16 * (1 - t0));
                eave.closePath();
                g.fill(eave);
                // wooden shop front lower part
                double mid0 = top0 + (bot0 - top0) * 0.42, mid1 = top1 + (bot1 - top1) * 0.42;
                Path2D shop = new Path2D.Double();
                shop.moveTo(x0, mid0);
                shop.lineTo(x1, mid1);
                shop.lineTo(x1, bot1);
                shop.lineTo(x0, bot0);
                shop.closePath();
                g.setColor(mix(c(0x6b4a2e), c(0xa08e78), t0));
                g.fill(shop);
                // window on upper floor
                double wx0 = x0 + (x1 - x0) * 0.3, wx1 = x0 + (x1 - x0) * 0.7;
                double wt = (top0 + mid0) / 2, wb = mid0 - (mid0 - top0) * 0.12;
                g.setColor(mix(c(0x4a3a2c), c(0x9c9080), t0));
                g.fill(new Rectangle2D.Double(Math.min(wx0, wx1), wt, Math.abs(wx1 - wx0), (wb - wt) * 0.8));
                // awning
                g.setColor(mix(COATS[(k * 3 + (side < 0 ? 1 : 5)) % COATS.length].brighter(), c(0xc8c0b0), t0 * 0.7));
                Path2D awn = new Path2D.Double();
                awn.moveTo(x0, mid0);
                awn.lineTo(x1, mid1);
                awn.lineTo(x1 + side * -1 * 0 + (vx - x1) * 0.08, mid1 + 30 * (1 - t1));
                awn.lineTo(x0 + (vx - x0) * 0.08, mid0 + 40 * (1 - t0));
                awn.closePath();
                g.fill(awn);
            }
        }
        // ground: stone slabs
        Path2D ground = new Path2D.Double();
        ground.moveTo(0, h);
        ground.lineTo(vx - 120, vy + 70);
        ground.lineTo(vx + 120, vy + 70);
        ground.lineTo(w, h);
        ground.closePath();
        g.setPaint(new GradientPaint(0, (float) vy, c(0xb8b2a4), 0, h, c(0x6e685e)));
        g.fill(ground);
        g.setClip(ground);
        g.setColor(ca(0x4a463f, 90));
        g.setStroke(new BasicStroke(2f));
        for (int i = 0; i < 30; i++) {
            double t = Math.pow(i / 30.0, 2.2);
            double y = vy + 70 + t * (h - vy - 70);
            g.draw(new java.awt.geom.Line2D.Double(0, y, w, y));
        }
        for (int i = -12; i <= 12; i++) {
            g.draw(new java.awt.geom.Line2D.Double(vx + i * 10, vy + 70, vx + i * 170, h));
        }
        g.setClip(null);
        // stalls with produce along both sides
        for (int side = -1; side <= 1; side += 2) {
            for (int k = 0; k < 5; k++) {
                double t = 1 - k / 5.0;
                double sc = 0.25 + 0.75 * Math.pow(t, 1.5);
                double y = vy + 70 + (h - vy - 70) * Math.pow(t, 1.5) * 0.92;
                double x = vx + side * (150 + 620 * Math.pow(t, 1.5));
                double sw = 220 * sc, sh = 70 * sc;
                g.setColor(c(0x5a4632));
                g.fill(new Rectangle2D.Double(x - sw / 2, y - sh, sw, sh));
                // produce: heaps of colored dots
                int[] prod = {0xd35400, 0x27ae60, 0xc0392b, 0xf1c40f, 0x7d3c98, 0x1e8449};
                for (int b = 0; b < 4; b++) {
                    Color pc = c(prod[(k + b + (side < 0 ? 0 : 3)) % prod.length]);
                    double bx = x - sw / 2 + sw * (b + 0.5) / 4;
                    for (int d = 0; d < 40; d++) {
                        double rad = 9 * sc;
                        double ox = r.nextGaussian() * sw / 14, oy = -Math.abs(r.nextGaussian()) * sh * 0.25;
                        g.setColor(jitter(pc, r, 20));
                        g.fill(new Ellipse2D.Double(bx + ox - rad / 2, y - sh + oy - rad / 2, rad, rad));
                    }
                }
                // umbrella
                g.setColor(k % 2 == 0 ? c(0x2471a3) : c(0xe67e22));
                Path2D um = new Path2D.Double();
                um.moveTo(x - sw * 0.7, y - sh - 120 * sc);
                um.quadTo(x, y - sh - 220 * sc, x + sw * 0.7, y - sh - 120 * sc);
                um.closePath();
                g.fill(um);
                g.setColor(c(0x333333));
                g.setStroke(new BasicStroke((float) (4 * sc)));
                g.draw(new java.awt.geom.Line2D.Double(x, y - sh - 170 * sc, x, y - sh));
            }
        }
        // crowd, back to front
        for (int i = 0; i < 110; i++) {
            double t = Math.pow(i / 110.0, 1.3);
            double y = vy + 80 + (h - vy - 80) * t * 0.98 + r.nextDouble() * 10;
            double spread = 120 + 700 * t;
            double x = vx + (r.nextDouble() * 2 - 1) * spread;
            double ht = 40 + 430 * Math.pow(t, 1.4);
            Color coat = mix(COATS[r.nextInt(COATS.length)], c(0xc9c3b5), (1 - t) * 0.55);
            Color trou = mix(r.nextBoolean() ? c(0x2b2b2b) : c(0x3d4a5c), c(0xb0aa9c), (1 - t) * 0.5);
            person(g, x, y, ht, coat, trou, SKINS[r.nextInt(SKINS.length)], HAIRS[r.nextInt(HAIRS.length)], r, true);
            if (r.nextDouble() < 0.2 && t > 0.3) {
                g.setColor(c(0xc2a36b));
                g.fill(new Ellipse2D.Double(x + ht * 0.12, y - ht * 0.5, ht * 0.16, ht * 0.1));
            }
        }
        g.dispose();
        BufferedImage soft = blur(img, 1);
        finish(soft, 13, 6, 0.3);
        return soft;
    }

    // ------------------------------------------------------------------ 4. station (portrait)

    static BufferedImage station(int w, int h) {
        Random r = new Random(20261210L);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = g(img);
        int ground = (int) (h * 0.66);
        vgrad(g, 0, 0, w, ground, new float[]{0f, 0.7f, 1f},
                new Color[]{c(0x3f6fa8), c(0x9ec2df), c(0xdbe7ef)});
        for (int i = 0; i < 10; i++) {
            double cx = r.nextDouble() * w, cy = 60 + r.nextDouble() * 300;
            for (int k = 0; k < 14; k++) {
                g.setColor(ca(0xffffff, 35 + r.nextInt(50)));
                g.fill(new Ellipse2D.Double(cx + r.nextGaussian() * 70, cy + r.nextGaussian() * 12,
                        80 + r.nextDouble() * 100, 24 + r.nextDouble() * 30));
            }
        }
        // distant hills behind
        g.setColor(c(0x8fa7b5));
        g.fill(ridge(w, ground - 260, 40, ground, r, 4));
        // station building
        double bx0 = 40, bx1 = w - 40, btop = ground - 380, roofY = ground - 420;
        // main glass facade
        g.setPaint(new GradientPaint(0, (float) btop, c(0x5b7e99), 0, ground, c(0x2f4a60)));
        g.fill(new Rectangle2D.Double(bx0 + 60, btop, bx1 - bx0 - 120, ground - btop));
        // mullions and reflections
        for (double x = bx0 + 60; x < bx1 - 60; x += 36) {
            g.setColor(c(0xcfd8de));
            g.fill(new Rectangle2D.Double(x, btop, 3, ground - btop));
        }
        for (double y = btop; y < ground; y += 48) {
            g.setColor(c(0xcfd8de));
            g.fill(new Rectangle2D.Double(bx0 + 60, y, bx1 - bx0 - 120, 2));
        }
        g.setPaint(new GradientPaint((float) bx0, (float) btop, ca(0xffffff, 90), (float) (bx0 + 500), (float) ground, ca(0xffffff, 0)));
        Path2D glare = new Path2D.Double();
        glare.moveTo(bx0 + 200, btop);
        glare.lineTo(bx0 + 330, btop);
        glare.lineTo(bx0 + 150, ground);
        glare.lineTo(bx0 + 60, ground);
        glare.closePath();
        g.fill(glare);
        // side stone pillars
        for (double px : new double[]{bx0, bx1 - 80}) {
            g.setPaint(new GradientPaint((float) px, 0, c(0xece8e0), (float) (px + 80), 0, c(0xbdb7ab)));
            g.fill(new Rectangle2D.Double(px, btop - 10, 80, ground - btop + 10));
        }
        // sweeping roof like a wave / eave
        Path2D roof = new Path2D.Double();
        roof.moveTo(bx0 - 40, btop + 10);
        roof.quadTo(w / 2.0, roofY - 80, bx1 + 40, btop + 10);
        roof.lineTo(bx1 + 40, btop - 18);
        roof.quadTo(w / 2.0, roofY - 120, bx0 - 40, btop - 18);
        roof.closePath();
        g.setPaint(new GradientPaint(0, (float) roofY - 120, c(0xf4f1ea), 0, (float) btop, c(0xa9a397)));
        g.fill(roof);
        // name sign on the roof band
        Font f = cjkFont(84f);
        g.setFont(f);
        String name = "青溪站";
        int tw = g.getFontMetrics().stringWidth(name);
        g.setColor(c(0xb03030));
        g.drawString(name, (int) (w / 2.0 - tw / 2.0), (int) (btop + 100));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
        String latin = "QINGXI  STATION";
        int lw = g.getFontMetrics().stringWidth(latin);
        g.setColor(c(0xeef2f5));
        g.drawString(latin, (int) (w / 2.0 - lw / 2.0), (int) (btop + 145));
        // entrance canopy
        g.setColor(c(0xdedad2));
        g.fill(new Rectangle2D.Double(bx0 + 120, ground - 150, bx1 - bx0 - 240, 18));
        g.setColor(c(0x20303c));
        for (int k = 0; k < 5; k++) {
            double dx = bx0 + 170 + k * (bx1 - bx0 - 340) / 4.0;
            g.fill(new Rectangle2D.Double(dx - 36, ground - 130, 72, 130));
        }
        // plaza: pale paving with perspective lines
        vgrad(g, 0, ground, w, h - ground, new float[]{0f, 1f}, new Color[]{c(0xc9c5bc), c(0x8c877d)});
        g.setColor(ca(0x6e695f, 90));
        g.setStroke(new BasicStroke(1.5f));
        for (int i = 0; i < 18; i++) {
            double t = Math.pow(i / 18.0, 1.8);
            double y = ground + t * (h - ground);
            g.draw(new java.awt.geom.Line2D.Double(0, y, w, y));
        }
        for (int i = -10; i <= 10; i++) {
            g.draw(new java.awt.geom.Line2D.Double(w / 2.0 + i * 50, ground, w / 2.0 + i * 260, h));
        }
        // young trees in planters at both sides
        for (int side = -1; side <= 1; side += 2) {
            for (int k = 0; k < 3; k++) {
                double t = 0.3 + k * 0.3;
                double x = w / 2.0 + side * (260 + 180 * t);
                double y = ground + (h - ground) * t * 0.9;
                double sc = 0.5 + t;
                g.setColor(c(0x6d6a63));
                g.fill(new Rectangle2D.Double(x - 40 * sc, y - 20 * sc, 80 * sc, 22 * sc));
                g.setColor(c(0x4a3a2a));
                g.fill(new Rectangle2D.Double(x - 4 * sc, y - 150 * sc, 8 * sc, 132 * sc));
                for (int l = 0; l < 40; l++) {
                    g.setColor(jitter(k % 2 == 0 ? c(0xc27c2c) : c(0x5e7d3a), r, 20));
                    double lr = 18 * sc;
                    g.fill(new Ellipse2D.Double(x + r.nextGaussian() * 30 * sc - lr / 2,
                            y - 190 * sc + r.nextGaussian() * 30 * sc, lr, lr));
                }
            }
        }
        // travellers with suitcases
        for (int i = 0; i < 38; i++) {
            double t = Math.pow(r.nextDouble(), 0.9);
            double y = ground + 10 + t * (h - ground - 20);
            double x = 60 + r.nextDouble() * (w - 120);
            double ht = 60 + 260 * t;
            person(g, x, y, ht, COATS[r.nextInt(COATS.length)], c(0x2c2f36), SKINS[r.nextInt(SKINS.length)],
                    HAIRS[r.nextInt(HAIRS.length)], r, true);
            if (r.nextDouble() < 0.5) {
                g.setColor(r.nextBoolean() ? c(0x1f2a36) : c(0x9c2f2f));
                g.fill(new RoundRectangle2D.Double(x + ht * 0.12, y - ht * 0.3, ht * 0.16, ht * 0.28, 6, 6));
            }
        }
        g.dispose();
        finish(img, 14, 6, 0.25);
        return img;
    }

    // ------------------------------------------------------------------ 5. lake greenway

    static BufferedImage greenway(int w, int h) {
        Random r = new Random(20261120L);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = g(img);
        int horizon = (int) (h * 0.40);
        vgrad(g, 0, 0, w, horizon, new float[]{0f, 1f}, new Color[]{c(0x86acd0), c(0xe3ebf0)});
        g.setColor(c(0x9bb0bd));
        g.fill(ridge(w, horizon - 80, 50, horizon + 2, r, 4));
        g.setColor(c(0x7b9488));
        g.fill(ridge(w, horizon - 30, 24, horizon + 2, r, 5));
        // lake
        vgrad(g, 0, horizon, w, h - horizon, new float[]{0f, 1f}, new Color[]{c(0xb9cdd6), c(0x4f7488)});
        for (int i = 0; i < 1600; i++) {
            double y = horizon + Math.pow(r.nextDouble(), 1.3) * (h - horizon);
            double x = r.nextDouble() * w;
            double t = (y - horizon) / (h - horizon);
            g.setColor(ca(r.nextBoolean() ? 0xe8f0f4 : 0x3c5a6c, 40 + r.nextInt(50)));
            g.fill(new Rectangle2D.Double(x, y, 8 + t * 60, 1 + t * 2));
        }
        // far shore trees reflection
        for (int i = 0; i < 120; i++) {
            double x = r.nextDouble() * w;
            g.setColor(ca(0x5a6f5c, 50));
            g.fill(new Rectangle2D.Double(x, horizon, 6 + r.nextDouble() * 20, 10 + r.nextDouble() * 20));
        }
        // near shore: a strip of land on the right with the path curving into distance
        Path2D land = new Path2D.Double();
        land.moveTo(w * 0.38, h);
        land.curveTo(w * 0.48, h * 0.7, w * 0.70, h * 0.52, w * 1.02, h * 0.46);
        land.lineTo(w * 1.02, h);
        land.closePath();
        g.setPaint(new GradientPaint(0, h * 0.46f, c(0x6f8f4e), 0, h, c(0x3f5a2c)));
        g.fill(land);
        // grass texture
        g.setClip(land);
        for (int i = 0; i < 9000; i++) {
            double y = h * 0.45 + r.nextDouble() * h * 0.55;
            double x = w * 0.38 + r.nextDouble() * w * 0.64;
            double t = (y - h * 0.45) / (h * 0.55);
            g.setColor(ca(r.nextBoolean() ? 0x8fae5e : 0x2f4a22, 70));
            g.setStroke(new BasicStroke((float) (0.7 + t)));
            g.draw(new java.awt.geom.Line2D.Double(x, y, x + r.nextGaussian() * 2, y - 3 - t * 10));
        }
        g.setClip(null);
        // the greenway path (red asphalt) with white edge lines
        Path2D path = new Path2D.Double();
        path.moveTo(w * 0.50, h);
        path.curveTo(w * 0.58, h * 0.78, w * 0.74, h * 0.58, w * 1.02, h * 0.50);
        path.lineTo(w * 1.02, h * 0.535);
        path.curveTo(w * 0.80, h * 0.62, w * 0.72, h * 0.80, w * 0.80, h);
        path.closePath();
        g.setPaint(new GradientPaint(0, h * 0.5f, c(0xa5675a), 0, h, c(0x8c4a3e)));
        g.fill(path);
        g.setColor(ca(0xf5f1ea, 220));
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[]{36f, 24f}, 0f));
        Path2D centre = new Path2D.Double();
        centre.moveTo(w * 0.65, h);
        centre.curveTo(w * 0.65, h * 0.79, w * 0.73, h * 0.60, w * 1.02, h * 0.518);
        g.draw(centre);
        // trees along the shore: autumn ginkgo yellow, maple red, evergreen
        double[][] trees = {{0.97, 0.47, 0.55}, {0.90, 0.49, 0.6}, {0.84, 0.52, 0.7}, {0.95, 0.62, 1.1},
                {0.60, 0.60, 0.9}, {0.52, 0.72, 1.25}, {0.44, 0.88, 1.6}, {0.99, 0.85, 1.8}};
        int[] leafColors = {0xe0b02a, 0xc2452d, 0x3f6b3a, 0xe8c040, 0xb8532c, 0x5a7d3a, 0xd9a520, 0x9e3a22};
        for (int i = 0; i < trees.length; i++) {
            double tx = trees[i][0] * w, ty = trees[i][1] * h, sc = trees[i][2];
            g.setColor(c(0x3b2c22));
            g.setStroke(new BasicStroke((float) (10 * sc), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new java.awt.geom.Line2D.Double(tx, ty, tx + 4 * sc, ty - 210 * sc));
            Color lc = c(leafColors[i]);
            for (int l = 0; l < 700; l++) {
                double ang = r.nextDouble() * Math.PI * 2, rad = Math.sqrt(r.nextDouble());
                double lx = tx + Math.cos(ang) * rad * 75 * sc, ly = ty - 250 * sc + Math.sin(ang) * rad * 95 * sc;
                double lr = (7 + r.nextDouble() * 9) * sc;
                double shade = (ly - (ty - 320 * sc)) / (140 * sc);
                g.setColor(jitter(mix(lc.brighter(), lc.darker(), shade), r, 16));
                g.fill(new Ellipse2D.Double(lx, ly, lr, lr));
            }
            // fallen leaves
            for (int l = 0; l < 40; l++) {
                g.setColor(jitter(lc, r, 20));
                g.fill(new Ellipse2D.Double(tx + r.nextGaussian() * 60 * sc, ty + r.nextGaussian() * 8 * sc, 5 * sc, 3 * sc));
            }
        }
        // runners and cyclists on the path
        double[][] ppl = {{0.66, 0.90, 300}, {0.72, 0.72, 170}, {0.80, 0.62, 110}, {0.88, 0.56, 75}, {0.93, 0.535, 55}};
        for (int i = 0; i < ppl.length; i++) {
            Color coat = new Color[]{c(0xd9472b), c(0x1f6fb2), c(0xf0c419), c(0x2e8b57), c(0xffffff)}[i];
            person(g, ppl[i][0] * w, ppl[i][1] * h, ppl[i][2], coat, c(0x222831), SKINS[i % 4], HAIRS[i % 3], r, true);
        }
        // a pavilion on a far point
        double px = w * 0.22, py = horizon + 8;
        g.setColor(c(0x4a3a30));
        g.fill(new Rectangle2D.Double(px - 26, py - 34, 4, 34));
        g.fill(new Rectangle2D.Double(px + 22, py - 34, 4, 34));
        Path2D pr = new Path2D.Double();
        pr.moveTo(px - 44, py - 30);
        pr.quadTo(px, py - 44, px + 44, py - 30);
        pr.lineTo(px, py - 62);
        pr.closePath();
        g.setColor(c(0x2f3a40));
        g.fill(pr);
        g.dispose();
        finish(img, 15, 6, 0.25);
        return img;
    }
}
