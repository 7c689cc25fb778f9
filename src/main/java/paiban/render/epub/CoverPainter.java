package paiban.render.epub;

import paiban.font.FontLibrary;
import paiban.font.FontRole;
import paiban.model.Edition;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The cover drawn when no printed front page is given: the masthead in red, a rule, the date and
 * the publisher. Uses the shipped 黑体 so the result does not depend on the machine's fonts.
 */
final class CoverPainter {
    static final int WIDTH = 1200;
    static final int HEIGHT = 1600;
    private static final Color PAPER = new Color(0xFB, 0xFA, 0xF5);
    private static final Color MASTHEAD_RED = new Color(0xB3, 0x26, 0x1E);
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final int MARGIN = 100;

    private CoverPainter() {
    }

    static byte[] paint(Edition edition) throws IOException {
        Font face = shippedFont(FontRole.SANS_BOLD);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(PAPER);
            g.fillRect(0, 0, WIDTH, HEIGHT);

            g.setColor(MASTHEAD_RED);
            centred(g, face, edition.paper(), 260, 420);
            g.fillRect(MARGIN, 480, WIDTH - 2 * MARGIN, 8);

            g.setColor(INK);
            centred(g, face, Wording.date(edition.date()), 80, 620);
            if (!edition.publisher().isBlank()) {
                centred(g, face, edition.publisher(), 48, HEIGHT - MARGIN - 40);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    /** Draws one line centred on the baseline, shrunk until it fits between the margins. */
    private static void centred(Graphics2D g, Font face, String text, int maxSize, int baseline) {
        int size = maxSize;
        FontMetrics metrics = g.getFontMetrics(face.deriveFont((float) size));
        while (size > 12 && metrics.stringWidth(text) > WIDTH - 2 * MARGIN) {
            size -= 4;
            metrics = g.getFontMetrics(face.deriveFont((float) size));
        }
        g.setFont(metrics.getFont());
        g.drawString(text, (WIDTH - metrics.stringWidth(text)) / 2, baseline);
    }

    private static Font shippedFont(FontRole role) throws IOException {
        Path file = FontLibrary.locate().resolve(role.fileName());
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        } catch (FontFormatException e) {
            throw new IOException("cannot read font " + file + ": " + e.getMessage(), e);
        }
    }
}
