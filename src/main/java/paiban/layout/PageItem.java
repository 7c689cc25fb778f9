package paiban.layout;

import paiban.model.Picture;
import paiban.text.ComposedLine;

/**
 * What a renderer draws, at absolute positions in pt from the trim box's top-left corner, y down.
 * Renderers walk these in order (the order is the reading order) and decide nothing.
 */
public sealed interface PageItem {
    /** Inks a page uses: text and rules in black, the masthead in the paper's red. */
    enum Ink { BLACK, RED }

    /** A composed line whose glyph x positions are relative to {@code x}; {@code baseline} is y. */
    record TextLine(double x, double baseline, ComposedLine line, Ink ink) implements PageItem {
        public TextLine(double x, double baseline, ComposedLine line) {
            this(x, baseline, line, Ink.BLACK);
        }
    }

    /**
     * A composed line set vertically (縦組み): it runs down from {@code top}, each glyph's x being its
     * distance down the line, and the glyphs are centred on the vertical axis at {@code x}.
     */
    record VerticalLine(double x, double top, ComposedLine line, Ink ink) implements PageItem {
    }

    /** A straight rule of the given stroke width. */
    record Rule(double x1, double y1, double x2, double y2, double width, Ink ink) implements PageItem {
        public Rule(double x1, double y1, double x2, double y2, double width) {
            this(x1, y1, x2, y2, width, Ink.BLACK);
        }
    }

    /** A stroked rectangle (boxes, the 导读 frame). */
    record Frame(double x, double y, double width, double height, double stroke) implements PageItem {
    }

    /**
     * A picture shown in the box (x, y, width, height), cropped: the visible part of the source is
     * the fraction rectangle (cropX, cropY, cropW, cropH) of the whole picture, each in 0..1.
     */
    record Image(Picture picture, double x, double y, double width, double height,
                 double cropX, double cropY, double cropW, double cropH) implements PageItem {
    }

    /** Starts an article in reading order; renderers use it for the outline and structure. */
    record ArticleStart(String articleId, String title, double y, boolean continuation) implements PageItem {
    }
}
