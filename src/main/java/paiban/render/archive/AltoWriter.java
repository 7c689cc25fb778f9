package paiban.render.archive;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import paiban.font.FontFace;
import paiban.layout.PageItem;
import paiban.layout.PageLayout;
import paiban.model.Issue;
import paiban.render.XmlText;
import paiban.text.ComposedLine;
import paiban.text.PlacedGlyph;

import java.util.ArrayList;
import java.util.List;

/**
 * One page as ALTO 4.4, the page-text format libraries ingest: articles as ComposedBlocks, their
 * headline parts and column segments as TextBlocks, lines with baselines, words (ICU word breaks)
 * as Strings. Every box is the glyphs' own, taken from the layout's placed glyphs, in tenths of
 * a millimetre from the top-left corner of the archive PDF's page (its media box: the trim box and
 * the bleed around it); the print space is the trim box. A vertical line (縦組み) is boxed an em
 * wide down its length, its baseline its axis; its block holds the lines that follow it leftwards
 * from the same top.
 */
public final class AltoWriter {
    /** Of an em, how much of a CJK face's em box lies above the baseline. */
    private static final double ASCENT = FontFace.EM_BOX_TOP;

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
        /** The line before, a TextLine or a VerticalLine, while its TextBlock is open. */
        private PageItem lastLine;
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
                } else if (item instanceof PageItem.VerticalLine v) {
                    line(v);
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
            double lineX = bleed + t.x(), baseline = bleed + t.baseline();
            List<Word> words = words(t.line(), (content, space, first, last, size) -> new Word(content, space,
                    lineX + first.x(), baseline - ASCENT * size, lineX + last.x() + last.width(), baseline + (1 - ASCENT) * size));
            if (words.isEmpty()) return;
            // a new column, or a headline part after another, starts a block
            boolean follows = lastLine instanceof PageItem.TextLine before && Math.abs(t.x() - before.x()) <= 0.01
                    && t.baseline() > before.baseline();
            double left = words.get(0).left, right = words.get(words.size() - 1).right;
            textLine(t, follows, words, left, right, new double[] {left, baseline, right, baseline});
        }

        private void line(PageItem.VerticalLine v) {
            double axis = bleed + v.x(), top = bleed + v.top();
            List<Word> words = words(v.line(), (content, space, first, last, size) -> new Word(content, space,
                    axis - size / 2, top + first.x(), axis + size / 2, top + last.x() + last.width()));
            if (words.isEmpty()) return;
            // the next line of a band starts at the same top, left of this one
            boolean follows = lastLine instanceof PageItem.VerticalLine before && Math.abs(v.top() - before.top()) <= 0.01
                    && v.x() < before.x();
            double left = words.stream().mapToDouble(w -> w.left).min().orElseThrow();
            double right = words.stream().mapToDouble(w -> w.right).max().orElseThrow();
            textLine(v, follows, words, left, right,
                    new double[] {axis, words.get(0).top, axis, words.get(words.size() - 1).bottom});
        }

        /**
         * A TextLine of {@code words} from {@code left} to {@code right}, its {@code baseline} from
         * (x1, y1) to (x2, y2), in a new TextBlock unless it {@code follows} the line before in its block.
         */
        private void textLine(PageItem line, boolean follows, List<Word> words, double left, double right, double[] baseline) {
            if (!follows) {
                closeTextBlock();
                x.raw("          <TextBlock ID=\"P").raw(page).raw("_B").raw(++blocks).raw("\" LANG=\"").text(lang).raw("\">\n");
            }
            lastLine = line;
            double top = words.stream().mapToDouble(w -> w.top).min().orElseThrow();
            double bottom = words.stream().mapToDouble(w -> w.bottom).max().orElseThrow();
            x.raw("            <TextLine ID=\"P").raw(page).raw("_L").raw(++lines).raw("\"").raw(box(left, top, right, bottom))
                    .raw(" BASELINE=\"").raw(mm10(baseline[0])).raw(",").raw(mm10(baseline[1])).raw(" ").raw(mm10(baseline[2]))
                    .raw(",").raw(mm10(baseline[3])).raw("\">\n");
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                if (w.spaceBefore && i > 0) x.raw("              <SP/>\n");
                x.raw("              <String ID=\"P").raw(page).raw("_S").raw(++strings).raw("\"")
                        .raw(box(w.left, w.top, w.right, w.bottom)).raw(" CONTENT=\"").text(w.content).raw("\"/>\n");
            }
            x.raw("            </TextLine>\n");
        }

        /** The line's words: ICU word breaks over its text, each boxed by {@code box} from the glyphs it spans; spaces dropped. */
        private List<Word> words(ComposedLine line, WordBox box) {
            List<PlacedGlyph> glyphs = line.glyphs();
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
                double size = 0;
                for (int c = s; c < e; c++) size = Math.max(size, glyphs.get(glyphOf.get(c)).size());
                words.add(box.of(content, space, glyphs.get(glyphOf.get(s)), glyphs.get(glyphOf.get(e - 1)), size));
                space = false;
            }
            return words;
        }
    }

    /** Boxes a word from the first and last glyphs it spans and its largest size. */
    private interface WordBox {
        Word of(String content, boolean spaceBefore, PlacedGlyph first, PlacedGlyph last, double size);
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
