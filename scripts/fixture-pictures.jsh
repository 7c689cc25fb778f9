// Draws the vertical fixtures' photos in code (no copied images); seeded, so a rerun gives the same
// pictures. Run from the project root: jshell scripts/fixture-pictures.jsh
import java.awt.*;
import java.awt.geom.*;
import java.awt.image.BufferedImage;
import javax.imageio.*;
import javax.imageio.stream.*;

Graphics2D canvas(BufferedImage img) {
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    return g;
}

void writeJpeg(BufferedImage img, String path) throws Exception {
    ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam p = w.getDefaultWriteParam();
    p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    p.setCompressionQuality(0.82f);
    java.io.File f = new java.io.File(path);
    f.getParentFile().mkdirs();
    f.delete();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(f)) {
        w.setOutput(out);
        w.write(null, new IIOImage(img, null, null), p);
    }
    w.dispose();
    System.out.println(path + " " + img.getWidth() + "x" + img.getHeight() + " " + f.length() + " bytes");
}

/** A winter morning at a fishing harbour: breakwater lighthouse, moored boats, a small white bus on the quay road. */
void harbourBus(String path) throws Exception {
    int w = 1800, h = 1200;
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas(img);
    java.util.Random r = new java.util.Random(1212);
    g.setPaint(new GradientPaint(0, 0, new Color(118, 160, 206), 0, 520, new Color(222, 232, 240)));
    g.fillRect(0, 0, w, 560);
    g.setColor(new Color(245, 247, 250, 190));
    for (int i = 0; i < 6; i++) g.fill(new Ellipse2D.Double(r.nextInt(w), 60 + r.nextInt(200), 260 + r.nextInt(220), 50 + r.nextInt(30)));
    Path2D hills = new Path2D.Double();
    hills.moveTo(0, 520);
    for (int x = 0; x <= w; x += 60) hills.lineTo(x, 430 + 50 * Math.sin(x / 230.0) + 25 * Math.sin(x / 71.0));
    hills.lineTo(w, 560); hills.lineTo(0, 560); hills.closePath();
    g.setColor(new Color(96, 122, 118));
    g.fill(hills);
    g.setPaint(new GradientPaint(0, 540, new Color(62, 112, 150), 0, 820, new Color(34, 76, 112)));
    g.fillRect(0, 540, w, 300);
    g.setColor(new Color(190, 215, 230, 120));
    for (int i = 0; i < 140; i++) { int y = 550 + r.nextInt(260); int x = r.nextInt(w); g.fillRect(x, y, 30 + r.nextInt(90), 2); }
    g.setColor(new Color(150, 150, 145));
    g.fillRect(1180, 585, 620, 26);
    g.setColor(Color.WHITE); g.fill(new Rectangle2D.Double(1300, 455, 34, 130));
    g.setColor(new Color(200, 40, 40)); for (int y = 470; y < 585; y += 36) g.fillRect(1300, y, 34, 16);
    g.setColor(new Color(60, 60, 60)); g.fill(new Rectangle2D.Double(1294, 440, 46, 18));
    for (int i = 0; i < 4; i++) {
        int bx = 140 + i * 250, by = 700 + (i % 2) * 40;
        g.setColor(i % 2 == 0 ? new Color(238, 238, 232) : new Color(70, 110, 160));
        Path2D hull = new Path2D.Double();
        hull.moveTo(bx, by); hull.lineTo(bx + 200, by); hull.lineTo(bx + 170, by + 45); hull.lineTo(bx + 20, by + 45); hull.closePath();
        g.fill(hull);
        g.setColor(new Color(245, 245, 240)); g.fillRect(bx + 60, by - 55, 70, 55);
        g.setColor(new Color(50, 60, 70)); g.fillRect(bx + 70, by - 45, 50, 18);
        g.setStroke(new BasicStroke(4)); g.drawLine(bx + 150, by, bx + 150, by - 120);
    }
    g.setColor(new Color(120, 118, 112)); g.fillRect(0, 820, w, 40);
    g.setPaint(new GradientPaint(0, 860, new Color(88, 90, 94), 0, h, new Color(58, 60, 64)));
    g.fillRect(0, 860, w, h - 860);
    g.setColor(new Color(235, 235, 225));
    for (int x = 0; x < w; x += 160) g.fillRect(x, 1080, 90, 10);
    int x0 = 620, y0 = 700;
    g.setColor(new Color(30, 30, 30, 90)); g.fill(new Ellipse2D.Double(x0 - 20, y0 + 330, 720, 40));
    g.setColor(new Color(246, 247, 248)); g.fill(new RoundRectangle2D.Double(x0, y0, 680, 330, 90, 90));
    g.setColor(new Color(20, 110, 170)); g.fillRect(x0, y0 + 250, 680, 22);
    g.setColor(new Color(40, 55, 70));
    for (int i = 0; i < 4; i++) g.fill(new RoundRectangle2D.Double(x0 + 40 + i * 150, y0 + 60, 120, 130, 20, 20));
    g.setColor(new Color(60, 60, 64)); g.fill(new RoundRectangle2D.Double(x0 + 270, y0 - 34, 140, 36, 14, 14));
    g.setColor(new Color(25, 25, 25));
    g.fill(new Ellipse2D.Double(x0 + 80, y0 + 270, 110, 110)); g.fill(new Ellipse2D.Double(x0 + 490, y0 + 270, 110, 110));
    g.setColor(new Color(170, 170, 170));
    g.fill(new Ellipse2D.Double(x0 + 110, y0 + 300, 50, 50)); g.fill(new Ellipse2D.Double(x0 + 520, y0 + 300, 50, 50));
    g.setColor(new Color(250, 210, 90)); g.fill(new Ellipse2D.Double(x0 + 646, y0 + 200, 26, 26));
    g.setColor(new Color(110, 110, 110)); g.fillRect(1460, 640, 12, 230);
    g.setColor(new Color(20, 110, 170)); g.fill(new Ellipse2D.Double(1426, 600, 80, 80));
    g.setColor(Color.WHITE); g.fill(new Ellipse2D.Double(1446, 620, 40, 40));
    g.dispose();
    writeJpeg(img, path);
}

/** A tea factory's withering room: timber roof, a window onto terraced tea hills, racks of round bamboo trays spread with leaves. */
void teaRoom(String path) throws Exception {
    int w = 1200, h = 1500;
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas(img);
    java.util.Random r = new java.util.Random(1213);
    g.setPaint(new GradientPaint(0, 0, new Color(92, 66, 44), 0, h, new Color(60, 42, 28)));
    g.fillRect(0, 0, w, h);
    g.setColor(new Color(120, 88, 58));
    for (int x = -200; x < w + 200; x += 170) g.fill(new Rectangle2D.Double(x, 0, 26, 260));
    g.setColor(new Color(70, 50, 32)); g.fillRect(0, 250, w, 34);
    g.setPaint(new GradientPaint(0, 330, new Color(200, 222, 236), 0, 560, new Color(236, 240, 232)));
    g.fillRect(160, 320, 880, 420);
    for (int i = 0; i < 5; i++) {
        g.setColor(new Color(60 + i * 14, 120 + i * 12, 60 + i * 6));
        Path2D terrace = new Path2D.Double();
        terrace.moveTo(160, 470 + i * 55);
        for (int x = 160; x <= 1040; x += 40) terrace.lineTo(x, 450 + i * 55 + 18 * Math.sin((x + i * 90) / 110.0));
        terrace.lineTo(1040, 740); terrace.lineTo(160, 740); terrace.closePath();
        g.fill(terrace);
    }
    g.setColor(new Color(70, 50, 32)); g.setStroke(new BasicStroke(18));
    g.drawRect(160, 320, 880, 420); g.drawLine(600, 320, 600, 740); g.drawLine(160, 530, 1040, 530);
    g.setPaint(new GradientPaint(0, 760, new Color(150, 112, 74), 0, h, new Color(110, 80, 52)));
    g.fillRect(0, 760, w, h - 760);
    for (int row = 0; row < 3; row++) {
        int y = 820 + row * 230, cols = 3 + row % 2;
        for (int c = 0; c < cols; c++) {
            double d = 300 + row * 30, cx = (c + 0.5) * w / cols - d / 2;
            g.setColor(new Color(196, 168, 112)); g.fill(new Ellipse2D.Double(cx, y, d, d * 0.36));
            g.setColor(new Color(160, 130, 80)); g.setStroke(new BasicStroke(6)); g.draw(new Ellipse2D.Double(cx, y, d, d * 0.36));
            for (int k = 0; k < 220; k++) {
                double a = r.nextDouble() * Math.PI * 2, rr = Math.sqrt(r.nextDouble()) * 0.42;
                double lx = cx + d / 2 + Math.cos(a) * rr * d, ly = y + d * 0.18 + Math.sin(a) * rr * d * 0.36;
                g.setColor(new Color(50 + r.nextInt(40), 100 + r.nextInt(50), 40 + r.nextInt(30)));
                g.fill(new Ellipse2D.Double(lx - 6, ly - 3, 12, 6));
            }
        }
    }
    g.setColor(new Color(30, 40, 60)); g.fill(new RoundRectangle2D.Double(880, 1100, 150, 330, 40, 40));
    g.setColor(new Color(228, 190, 160)); g.fill(new Ellipse2D.Double(905, 1010, 100, 110));
    g.setColor(new Color(30, 26, 24)); g.fill(new Arc2D.Double(905, 1005, 100, 80, 0, 180, Arc2D.CHORD));
    g.dispose();
    writeJpeg(img, path);
}

String fixtures = "src/test/resources/fixtures/";
harbourBus(fixtures + "ja-vertical-2026-12-12/images/bus-harbour.jpg");
teaRoom(fixtures + "zhhant-vertical-2026-12-13/images/tea-factory.jpg");
/exit
