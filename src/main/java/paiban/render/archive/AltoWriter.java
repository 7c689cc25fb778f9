package paiban.render.archive;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import paiban.layout.PageItem;
import paiban.layout.PageLayout;
import paiban.model.Issue;
import paiban.render.XmlText;
import paiban.text.PlacedGlyph;

import java.util.ArrayList;
import java.util.List;

/**
 * One page as ALTO 4.4, the page-text format libraries ingest: articles as ComposedBlocks, their
 * headline parts and column segments as TextBlocks, lines with baselines, words (ICU word breaks)
 * as Strings. Every box is the glyphs' own, taken from the layout's placed glyphs, in tenths of
 * a millimetre from the top-left corner of the archive PDF's page (its media box: the trim box and
 * the bleed around it); the print space is the trim box.
 */
public final class AltoWriter {
    /** Of an em, how much of a CJK face's em box lies above the baseline (Noto CJK: 880/1000). */
    private static final double ASCENT = 0.88;

    private AltoWriter() {
    }

    /** The ALTO file of {@code page}; {@code pdfName} names the archive PDF it describes. */
    public static String page(Issue issue, PageLayout page, String pdfName) {
        String lang = issue.edition().language();
        Xml x = new Xml();
        x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.raw("<alto xmlns=\"http://www.loc.gov/standards/alto/ns-v4#\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://www.loc.gov/standards/alto/ns-v4#"
                + " http://www.loc.gov/standards/alto/v4/alto-4-4.xsd\">\n");
        x.raw("  <Description>\n    <MeasurementUnit>mm10</MeasurementUnit>\n    <sourceImageInformation>\n      <fileName>")
                .text(pdfName).raw("</fileName>\n    </sourceImageInformation>\n  </Description>\n");
        double bleed = page.bleedPt();
        x.raw("  <Layout>\n    <Page ID=\"P").raw(page.number()).raw("\" PHYSICAL_IMG_NR=\"").raw(page.number())
                .raw("\" WIDTH=\"").raw(mm10(page.widthPt() + 2 * bleed)).raw("\" HEIGHT=\"").raw(mm10(page.heightPt() + 2 * bleed))
                .raw("\" LANG=\"").text(lang).raw("\">\n");
        x.raw("      <PrintSpace HPOS=\"").raw(mm10(bleed)).raw("\" VPOS=\"").raw(mm10(bleed)).raw("\" WIDTH=\"")
                .raw(mm10(page.widthPt())).raw("\" HEIGHT=\"").raw(mm10(page.heightPt())).raw("\">\n");
        new Blocks(x, page.number(), lang, bleed).write(page.items());
        x.raw("      </PrintSpace>\n    </Page>\n  </Layout>\n</alto>\n");
        return x.toString();
    }

    /** The ALTO ID of an article's block on a page: its path, made an XML name. */
    public static String articleBlockId(int page, String articleId) {
        return "P" + page + "_A_" + articleId.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** Walks the items in reading order, opening a ComposedBlock per article and a TextBlock per column run. */
    private static final class Blocks {
        private final Xml x;
        private final int page;
        private final String lang;
        /** Added to the layout's trim-box coordinates: the page starts at the bleed's edge. */
        private final double bleed;
        private String article;
        private PageItem.TextLine lastLine;
        private int blocks;
        private int lines;
        private int strings;

        Blocks(Xml x, int page, String lang, double bleed) {
            this.x = x;
            this.page = page;
            this.lang = lang;
            this.bleed = bleed;
        }

        void write(List<PageItem> items) {
            for (PageItem item : items) {
                if (item instanceof PageItem.ArticleStart a) {
                    closeTextBlock();
                    closeArticle();
                    article = a.articleId();
                    x.raw("        <ComposedBlock ID=\"").text(articleBlockId(page, a.articleId()))
                            .raw("\" TYPE=\"article\">\n");
                } else if (item instanceof PageItem.TextLine t) {
                    line(t);
                } else if (item instanceof PageItem.Image i) {
                    closeTextBlock();
                    x.raw("          <Illustration ID=\"P").raw(page).raw("_I").raw(++blocks).raw("\" HPOS=\"")
                            .raw(mm10(bleed + i.x())).raw("\" VPOS=\"").raw(mm10(bleed + i.y())).raw("\" WIDTH=\"").raw(mm10(i.width()))
                            .raw("\" HEIGHT=\"").raw(mm10(i.height())).raw("\"/>\n");
                }
            }
            closeTextBlock();
            closeArticle();
        }

        private void closeArticle() {
            if (article != null) x.raw("        </ComposedBlock>\n");
            article = null;
        }

        private void closeTextBlock() {
            if (lastLine != null) x.raw("          </TextBlock>\n");
            lastLine = null;
        }

        private void line(PageItem.TextLine t) {
            List<Word> words = words(t);
            if (words.isEmpty()) return;
            // a new column, or a headline part after another, starts a block
            if (lastLine == null || Math.abs(t.x() - lastLine.x()) > 0.01 || t.baseline() <= lastLine.baseline()) {
                closeTextBlock();
                x.raw("          <TextBlock ID=\"P").raw(page).raw("_B").raw(++blocks).raw("\" LANG=\"").text(lang).raw("\">\n");
            }
            lastLine = t;
            double left = words.get(0).left, right = words.get(words.size() - 1).right;
            double top = words.stream().mapToDouble(w -> w.top).min().orElseThrow();
            double bottom = words.stream().mapToDouble(w -> w.bottom).max().orElseThrow();
            x.raw("            <TextLine ID=\"P").raw(page).raw("_L").raw(++lines).raw("\"").raw(box(left, top, right, bottom))
                    .raw(" BASELINE=\"").raw(mm10(left)).raw(",").raw(mm10(bleed + t.baseline())).raw(" ").raw(mm10(right))
                    .raw(",").raw(mm10(bleed + t.baseline())).raw("\">\n");
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                if (w.spaceBefore && i > 0) x.raw("              <SP/>\n");
                x.raw("              <String ID=\"P").raw(page).raw("_S").raw(++strings).raw("\"")
                        .raw(box(w.left, w.top, w.right, w.bottom)).raw(" CONTENT=\"").text(w.content).raw("\"/>\n");
            }
            x.raw("            </TextLine>\n");
        }

        /** The line's words: ICU word breaks over its text, each boxed by the glyphs it spans; spaces dropped. */
        private List<Word> words(PageItem.TextLine t) {
            List<PlacedGlyph> glyphs = t.line().glyphs();
            double lineX = bleed + t.x(), baseline = bleed + t.baseline();
            StringBuilder text = new StringBuilder();
            List<Integer> glyphOf = new ArrayList<>(); // per char of text, the glyph that draws it
            for (int g = 0; g < glyphs.size(); g++) {
                PlacedGlyph glyph = glyphs.get(g);
                if (glyph.face() == null) continue; // drawn as a placeholder box: no text in the PDF either
                text.append(glyph.text());
                for (int c = 0; c < glyph.text().length(); c++) glyphOf.add(g);
            }
            List<Word> words = new ArrayList<>();
            BreakIterator it = BreakIterator.getWordInstance(ULocale.forLanguageTag(lang));
            it.setText(text.toString());
            boolean space = false;
            for (int s = it.first(), e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
                String content = text.substring(s, e);
                if (content.isBlank()) {
                    space = true;
                    continue;
                }
                PlacedGlyph first = glyphs.get(glyphOf.get(s));
                double size = 0;
                for (int c = s; c < e; c++) size = Math.max(size, glyphs.get(glyphOf.get(c)).size());
                PlacedGlyph last = glyphs.get(glyphOf.get(e - 1));
                words.add(new Word(content, space, lineX + first.x(), baseline - ASCENT * size,
                        lineX + last.x() + last.width(), baseline + (1 - ASCENT) * size));
                space = false;
            }
            return words;
        }
    }

    /** A word of a line; {@code spaceBefore} when the text has a space before it (CJK words have none). */
    private record Word(String content, boolean spaceBefore, double left, double top, double right, double bottom) {
    }

    private static String box(double left, double top, double right, double bottom) {
        return " HPOS=\"" + mm10(left) + "\" VPOS=\"" + mm10(top) + "\" WIDTH=\"" + mm10(right - left)
                + "\" HEIGHT=\"" + mm10(bottom - top) + "\"";
    }

    /** Points as tenths of a millimetre, to a hundredth (ALTO's numbers are floats). */
    static String mm10(double pt) {
        // by hand rather than String.format: an archive page has some hundred thousand of these
        long hundredths = Math.round(pt * 25400 / 72);
        long whole = Math.abs(hundredths) / 100, part = Math.abs(hundredths) % 100;
        return (hundredths < 0 ? "-" : "") + whole + (part < 10 ? ".0" : ".") + part;
    }

    /** Appends markup as given and text escaped for XML. */
    static final class Xml {
        private final StringBuilder sb = new StringBuilder();

        Xml raw(Object markup) {
            sb.append(markup);
            return this;
        }

        Xml text(String text) {
            sb.append(XmlText.escape(text));
            return this;
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
