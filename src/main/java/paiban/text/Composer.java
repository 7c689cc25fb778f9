package paiban.text;

import paiban.diag.Diagnostics;
import paiban.font.FontLibrary;

import java.util.List;

/**
 * The text stage's facade: composes a paragraph of styled runs into lines at a measure, following
 * W3C clreq at the basic level, and Japanese text by jlreq where the two differ. Immutable and
 * thread-safe; create one per language with the edition's fonts.
 *
 * <p>Input conventions: runs hold the paragraph's text as written; white space collapses, and is
 * dropped where it prints nothing (between Han characters, beside CJK punctuation, at the edges);
 * a line feed or U+2028 is a hard line break. A balanced style breaks into near-equal ragged lines
 * whatever its alignment (JUSTIFY then sets them flush left).
 */
public final class Composer {
    private final ElementBuilder builder;

    /** A composer for zh-Hans text, the language an edition has by default. */
    public Composer(FontLibrary fonts) {
        this(fonts, Language.ZH_HANS);
    }

    /** A composer for text in {@code language}, the edition's. */
    public Composer(FontLibrary fonts, Language language) {
        this(new ElementBuilder(fonts, language, false));
    }

    private Composer(ElementBuilder builder) {
        this.builder = builder;
    }

    /**
     * A composer of vertical lines (縦組み), to be set top to bottom as {@code PageItem.VerticalLine}s:
     * each glyph's x is its distance down the line, its width its advance down the line. Kinsoku,
     * compression of the marks' blank halves and justification work along the line as across it;
     * CJK characters take their vertical forms and vertical advances, numbers of up to three digits
     * stand upright in one em (縦中横), lone letters and short initialisms stand upright, other
     * Latin is turned 90° clockwise; Latin words are not hyphenated. See {@link Stance}.
     */
    public static Composer vertical(FontLibrary fonts, Language language) {
        return new Composer(new ElementBuilder(fonts, language, true));
    }

    /**
     * Prepares a paragraph once for composing at many measures. Characters no shipped font has
     * are reported to {@code diags} here.
     */
    public PreparedParagraph prepare(List<TextRun> runs, ParagraphStyle style, Diagnostics diags) {
        long t = System.nanoTime();
        try {
            return builder.build(runs, style, diags);
        } finally {
            TextTime.add(t);
        }
    }

    /** The lines of a paragraph at {@code measure} pt. */
    public List<ComposedLine> compose(List<TextRun> runs, double measure, ParagraphStyle style, Diagnostics diags) {
        return prepare(runs, style, diags).compose(measure);
    }
}
