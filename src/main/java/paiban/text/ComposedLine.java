package paiban.text;

import java.util.List;

/**
 * One line of a composed paragraph: glyphs in order with x from the line start. {@code width} is
 * the set width (= the measure for justified lines). {@code last} marks a paragraph's last line.
 */
public record ComposedLine(List<PlacedGlyph> glyphs, double width, boolean last) {
    public ComposedLine {
        glyphs = List.copyOf(glyphs);
    }

    /** The characters of the line as written in the source. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (PlacedGlyph g : glyphs) sb.append(g.text());
        return sb.toString();
    }
}
