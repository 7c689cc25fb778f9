package paiban.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTextArray;
import com.lowagie.text.pdf.PdfWriter;
import paiban.font.FontFace;
import paiban.font.FontLibrary;
import paiban.font.FontRole;
import paiban.layout.ChineseDates;
import paiban.layout.PageItem;
import paiban.layout.PageLayout;
import paiban.model.Edition;
import paiban.model.Issue;
import paiban.text.PlacedGlyph;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Writes laid-out pages with OpenPDF. It draws exactly what the layout placed: every glyph at its
 * x, every rule and picture in its box; fonts embedded as Identity-H subsets with ToUnicode.
 */
public final class PdfRenderer {
    private final Map<Path, CompletableFuture<BaseFont>> fonts = new HashMap<>();

    /**
     * Starts parsing every shipped font for embedding in the background: OpenPDF's parse of a
     * CJK font takes a few hundred ms, which then overlaps reading and layout. One renderer serves
     * every issue of a run; each document still embeds its own subsets.
     */
    public PdfRenderer(FontLibrary library) {
        for (FontRole role : FontRole.values()) {
            Path file = library.face(role).file();
            fonts.computeIfAbsent(file, f -> CompletableFuture.supplyAsync(() -> load(f)));
        }
    }

    public void write(Issue issue, List<PageLayout> pages, OutputStream out) throws IOException {
        if (pages.isEmpty()) throw new IllegalArgumentException("no pages to write");
        PageLayout first = pages.get(0);
        float bleed = (float) first.bleedPt();
        Rectangle media = new Rectangle((float) first.widthPt() + 2 * bleed, (float) first.heightPt() + 2 * bleed);
        Document document = new Document(media, 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setBoxSize("trim", new Rectangle(bleed, bleed, bleed + (float) first.widthPt(),
                    bleed + (float) first.heightPt()));
            writer.setBoxSize("bleed", new Rectangle(0, 0, media.getWidth(), media.getHeight()));
            Edition e = issue.edition();
            document.addTitle(e.paper() + " " + ChineseDates.date(e.date()));
            document.addSubject(e.paper() + " 第" + (e.number() > 0 ? e.number() + "期" : "") + " "
                    + pages.size() + "版");
            document.addAuthor(e.publisher());
            document.addCreator("paiban");
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(e.language()));
            document.open();
            PdfOutline root = writer.getDirectContent().getRootOutline();
            boolean firstPage = true;
            for (PageLayout page : pages) {
                if (!firstPage) document.newPage();
                firstPage = false;
                drawPage(writer, page, root, bleed);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("PDF writing failed: " + e.getMessage(), e);
        }
    }

    private void drawPage(PdfWriter writer, PageLayout page, PdfOutline root, float bleed) throws DocumentException {
        PdfContentByte cb = writer.getDirectContent();
        float height = (float) page.heightPt() + 2 * bleed;
        Coordinates at = new Coordinates(bleed, height - bleed);
        String label = "第" + page.number() + "版" + (page.section().isEmpty() ? "" : " " + page.section());
        PdfOutline pageOutline = new PdfOutline(root, new PdfDestination(PdfDestination.FITH, height), label, true);
        for (PageItem item : page.items()) {
            if (item instanceof PageItem.TextLine t) {
                drawLine(cb, t, at);
            } else if (item instanceof PageItem.Rule r) {
                cb.saveState();
                Inks.stroke(cb, r.ink());
                cb.setLineWidth((float) r.width());
                cb.moveTo(at.x(r.x1()), at.y(r.y1()));
                cb.lineTo(at.x(r.x2()), at.y(r.y2()));
                cb.stroke();
                cb.restoreState();
            } else if (item instanceof PageItem.Frame f) {
                cb.saveState();
                Inks.stroke(cb, PageItem.Ink.BLACK);
                cb.setLineWidth((float) f.stroke());
                cb.rectangle(at.x(f.x()), at.y(f.y() + f.height()), (float) f.width(), (float) f.height());
                cb.stroke();
                cb.restoreState();
            } else if (item instanceof PageItem.Image img) {
                drawImage(cb, img, at);
            } else if (item instanceof PageItem.ArticleStart a) {
                String title = a.continuation() ? a.title() + "（续）" : a.title();
                new PdfOutline(pageOutline, new PdfDestination(PdfDestination.FITH, at.y(a.y())), title, false);
            }
        }
    }

    /** Trim-box coordinates (pt, y down) to PDF user space (y up, origin at the bleed corner). */
    private record Coordinates(float left, float top) {
        float x(double x) {
            return left + (float) x;
        }

        float y(double y) {
            return top - (float) y;
        }
    }

    /**
     * Sets a line as runs of glyphs sharing a font and size, each run one TJ whose adjustments put
     * every glyph at the x the composer gave it.
     */
    private void drawLine(PdfContentByte cb, PageItem.TextLine t, Coordinates at) {
        List<PlacedGlyph> glyphs = t.line().glyphs();
        float baseline = at.y(t.baseline());
        cb.saveState();
        Inks.fill(cb, t.ink());
        int i = 0;
        while (i < glyphs.size()) {
            PlacedGlyph g = glyphs.get(i);
            if (g.face() == null) {
                drawPlaceholder(cb, g, at.x(t.x() + g.x()), baseline);
                i++;
                continue;
            }
            int j = i + 1;
            while (j < glyphs.size() && glyphs.get(j).face() == g.face() && glyphs.get(j).size() == g.size()) j++;
            BaseFont font = font(g.face());
            float size = (float) g.size();
            cb.beginText();
            cb.setFontAndSize(font, size);
            cb.setTextMatrix(at.x(t.x() + g.x()), baseline);
            PdfTextArray array = new PdfTextArray();
            double pen = g.x();
            StringBuilder pending = new StringBuilder();
            for (int k = i; k < j; k++) {
                PlacedGlyph cur = glyphs.get(k);
                double gap = cur.x() - pen;
                if (Math.abs(gap) > 0.001) {
                    if (pending.length() > 0) {
                        array.add(pending.toString());
                        pending.setLength(0);
                    }
                    array.add((float) (-gap * 1000 / size));
                }
                pending.appendCodePoint(cur.codePoint());
                pen = cur.x() + cur.face().advance(cur.codePoint()) * cur.size() / 1000.0;
            }
            if (pending.length() > 0) array.add(pending.toString());
            cb.showText(array);
            cb.endText();
            i = j;
        }
        cb.restoreState();
    }

    /** A character no font has: an outlined box, with the character as ActualText for extraction. */
    private static void drawPlaceholder(PdfContentByte cb, PlacedGlyph g, float x, float baseline) {
        PdfDictionary props = new PdfDictionary();
        props.put(PdfName.ACTUALTEXT, new PdfString(g.text(), PdfString.TEXT_UNICODE));
        cb.beginMarkedContentSequence(PdfName.SPAN, props, true);
        float s = (float) g.size();
        cb.setLineWidth(s * 0.06f);
        Inks.stroke(cb, PageItem.Ink.BLACK);
        cb.rectangle(x + s * 0.1f, baseline - s * 0.08f, s * 0.8f, s * 0.86f);
        cb.stroke();
        cb.endMarkedContentSequence();
    }

    private void drawImage(PdfContentByte cb, PageItem.Image img, Coordinates at) throws DocumentException {
        Image image;
        try {
            image = Image.getInstance(img.picture().file().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read picture " + img.picture().file(), e);
        }
        float fullW = (float) (img.width() / img.cropW());
        float fullH = (float) (img.height() / img.cropH());
        float boxLeft = at.x(img.x());
        float boxBottom = at.y(img.y() + img.height());
        cb.saveState();
        cb.rectangle(boxLeft, boxBottom, (float) img.width(), (float) img.height());
        cb.clip();
        cb.newPath();
        float imgLeft = boxLeft - (float) (img.cropX() * fullW);
        float imgBottom = boxBottom - (float) ((1 - img.cropY() - img.cropH()) * fullH);
        cb.addImage(image, fullW, 0, 0, fullH, imgLeft, imgBottom);
        cb.restoreState();
    }

    private BaseFont font(FontFace face) {
        return fonts.computeIfAbsent(face.file(), f -> CompletableFuture.completedFuture(load(f))).join();
    }

    private static BaseFont load(Path file) {
        try {
            // From bytes in memory: OpenPDF reads a font file byte by byte otherwise.
            return BaseFont.createFont(file.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    Files.readAllBytes(file), null);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("cannot load font " + file + ": " + e.getMessage(), e);
        }
    }
}
