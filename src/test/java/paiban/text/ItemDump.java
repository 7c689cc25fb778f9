package paiban.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Writes an item list compactly, as FOP's element-list checks do: adjacent boxes as their text
 * ({@code ，[0.5]} when squeezed to an ink width), {@code glue(w+stretch-shrink)}, {@code blank(…)}
 * for a mark's squeezable half, {@code space(…)} for a kept space, {@code penalty(p)}. Lengths in em.
 */
final class ItemDump {
    private ItemDump() {
    }

    static String describe(PreparedParagraph p, double em) {
        List<Item> items = p.items();
        List<Glyph> glyphs = p.glyphs();
        StringBuilder sb = new StringBuilder();
        boolean inBoxes = false;
        for (Item it : items) {
            if (it instanceof Item.Box b && b.glyph() >= 0) {
                Glyph g = glyphs.get(b.glyph());
                if (!inBoxes && sb.length() > 0) sb.append(' ');
                sb.append(g.text());
                if (b.width() != g.advance()) sb.append('[').append(em(b.width(), em)).append(']');
                inBoxes = true;
                continue;
            }
            inBoxes = false;
            if (sb.length() > 0) sb.append(' ');
            if (it instanceof Item.Box b) {
                sb.append("indent(").append(em(b.width(), em)).append(')');
            } else if (it instanceof Item.Glue g) {
                String kind = g.glyph() < 0 ? "glue" : glyphs.get(g.glyph()).cls() == CharClass.SPACE ? "space" : "blank";
                sb.append(kind).append('(');
                if (g.fill()) {
                    sb.append("fil");
                } else {
                    sb.append(em(g.width(), em));
                    if (g.stretch() > 0) sb.append('+').append(em(g.stretch(), em));
                    if (g.shrink() > 0) sb.append('-').append(em(g.shrink(), em));
                }
                sb.append(')');
            } else if (it instanceof Item.Penalty pen) {
                sb.append("penalty(");
                sb.append(pen.forbidden() ? "inf" : pen.forced() ? "-inf" : String.valueOf(pen.penalty()));
                if (pen.flagged()) sb.append(",flagged");
                if (pen.width() > 0) sb.append(",w=").append(em(pen.width(), em));
                sb.append(')');
            }
        }
        return sb.toString();
    }

    private static String em(int millipoints, double em) {
        BigDecimal v = BigDecimal.valueOf(millipoints / (em * 1000)).setScale(3, RoundingMode.HALF_UP);
        return v.stripTrailingZeros().toPlainString();
    }
}
