package paiban.render.epub;

import paiban.font.FontLibrary;
import paiban.font.FontRole;
import paiban.font.FontSet;
import paiban.layout.ChineseDates;
import paiban.model.Edition;
import paiban.model.Words;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The cover drawn when no printed front page is given: the masthead in red, a rule, the date line
 * the paper prints under its masthead (weekday, 农历 date, issue number) and the publisher.
 * Uses the edition's shipped 黑体 so the result does not depend on the machine's fonts.
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

    static BufferedImage paint(Edition edition, Words words) throws IOException {
        Font face = shippedFont(FontSet.of(edition.language()), FontRole.SANS_BOLD);
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
            centred(g, face, dateLine(edition.date(), words), 72, 620);
            String details = detailLine(edition, words);
            if (!details.isEmpty()) centred(g, face, details, 56, 720);
            if (!edition.publisher().isBlank()) {
                centred(g, face, edition.publisher(), 48, HEIGHT - MARGIN - 40);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** 2026年11月26日 星期四, 2026年（令和8年）12月10日 木曜日: the masthead's date line. */
    static String dateLine(LocalDate date, Words words) {
        return words.date(date) + " " + words.weekday(date);
    }

    /** 农历丙午年十月十八　第1234期: the lunar date where the paper prints one, then the issue number if known. */
    static String detailLine(Edition edition, Words words) {
        List<String> parts = new ArrayList<>();
        if (words.lunarDate()) parts.add(ChineseDates.lunar(edition.date(), words.traditional()));
        if (edition.number() > 0) parts.add(words.issue(edition.number()));
        return String.join("\u3000", parts);
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

    private static Font shippedFont(FontSet set, FontRole role) throws IOException {
        Path file = FontLibrary.locate().resolve(role.fileName(set));
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        } catch (FontFormatException e) {
            throw new IOException("cannot read font " + file + ": " + e.getMessage(), e);
        }
    }
}
