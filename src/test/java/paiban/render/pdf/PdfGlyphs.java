package paiban.render.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Glyphs as a PDF reader sees them (PDFBox): text, position in pt from the top-left, size. */
public final class PdfGlyphs {
    /** {@code code}: the first character code the PDF shows it by (a CID: the glyph id, for paiban's fonts). */
    public record Glyph(int page, String text, double x, double baseline, double width, double size, String font, int code) {
        double right() {
            return x + width;
        }
    }

    /** A visual line: glyphs on one baseline with no gap wider than half an em between them. */
    record Line(int page, double baseline, List<Glyph> glyphs) {
        String text() {
            StringBuilder sb = new StringBuilder();
            glyphs.forEach(g -> sb.append(g.text()));
            return sb.toString();
        }

        double left() {
            return glyphs.get(0).x();
        }

        double right() {
            return glyphs.get(glyphs.size() - 1).right();
        }

        double size() {
            return glyphs.get(0).size();
        }
    }

    /** Each page's glyphs in content order. */
    public final List<List<Glyph>> pages = new ArrayList<>();
    /**
     * Each page's glyphs as drawn, one by one, in content order: {@link #pages} has a vertical
     * line's ActualText as one glyph, this its every character, at its origin from the page's top
     * left (an upright glyph's in a vertical line is the left end of its em box's baseline; the
     * width PDFBox gives vertical and turned glyphs is not their advance).
     */
    public final List<List<Glyph>> drawn = new ArrayList<>();
    final String contentOrderText;

    public PdfGlyphs(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    super.writeString(text, positions);
                    for (TextPosition p : positions) {
                        pages.get(getCurrentPageNo() - 1).add(new Glyph(getCurrentPageNo(), p.getUnicode(),
                                p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(), p.getFontSizeInPt(),
                                p.getFont() == null ? "" : p.getFont().getName(), p.getCharacterCodes()[0]));
                    }
                }

                @Override
                protected void processTextPosition(TextPosition p) {
                    // before the stripper puts an ActualText in place of the glyphs it spans
                    drawn.get(getCurrentPageNo() - 1).add(new Glyph(getCurrentPageNo(), p.getUnicode(), p.getX(), p.getY(),
                            p.getWidth(), p.getFontSizeInPt(), p.getFont() == null ? "" : p.getFont().getName(),
                            p.getCharacterCodes()[0]));
                    super.processTextPosition(p);
                }

                @Override
                protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
                    pages.add(new ArrayList<>());
                    drawn.add(new ArrayList<>());
                    super.startPage(page);
                }
            };
            stripper.setSortByPosition(false);
            contentOrderText = stripper.getText(doc);
        }
    }

    /** Lines of glyphs of one size, each split at gaps wider than half an em. */
    List<Line> lines(int page, double size) {
        return allLines(page, size);
    }

    /** Lines of glyphs of one size holding some glyph in a font whose name contains {@code font}. */
    List<Line> lines(int page, double size, String font) {
        return lines(page, size).stream()
                .filter(l -> l.glyphs().stream().anyMatch(g -> g.font().contains(font))).toList();
    }

    private List<Line> allLines(int page, double size) {
        Map<Long, List<Glyph>> rows = new TreeMap<>();
        for (Glyph g : pages.get(page)) {
            if (Math.abs(g.size() - size) > 0.05 || g.text().isBlank()) continue;
            rows.computeIfAbsent(Math.round(g.baseline() * 10), k -> new ArrayList<>()).add(g);
        }
        List<Line> lines = new ArrayList<>();
        for (List<Glyph> row : rows.values()) {
            row.sort(Comparator.comparingDouble(Glyph::x));
            List<Glyph> current = new ArrayList<>();
            for (Glyph g : row) {
                if (!current.isEmpty() && g.x() - current.get(current.size() - 1).right() > size * 0.5) {
                    lines.add(new Line(page, current.get(0).baseline(), current));
                    current = new ArrayList<>();
                }
                current.add(g);
            }
            if (!current.isEmpty()) lines.add(new Line(page, current.get(0).baseline(), current));
        }
        return lines;
    }

    /** The most common glyph size on the page: the body size. */
    double bodySize(int page) {
        Map<Long, Integer> counts = new TreeMap<>();
        for (Glyph g : pages.get(page)) counts.merge(Math.round(g.size() * 100), 1, Integer::sum);
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey() / 100.0;
    }
}
