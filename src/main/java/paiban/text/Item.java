package paiban.text;

/**
 * One element of a Knuth–Plass item list (TeX: The Program §142–§158; FOP KnuthElement). Lengths are
 * in millipoints (1/1000 pt) so that sums are exact. {@code glyph} is the index of the glyph the item
 * belongs to in its {@link PreparedParagraph}, or -1 (inter-character glue, indent, paragraph end).
 * The breaker only reads widths, stretch, shrink and penalties: it knows nothing about scripts.
 */
public sealed interface Item permits Item.Box, Item.Glue, Item.Penalty {
    /** A penalty this high forbids a break; its negation forces one. */
    int INFINITY = 10000;

    int width();

    int glyph();

    /** Material that is never stretched or shrunk; two adjacent boxes cannot be separated. */
    record Box(int width, int glyph) implements Item {
        public Box {
            if (width < 0) throw new IllegalArgumentException("negative box width " + width);
        }
    }

    /**
     * Space that may stretch or shrink; a break is legal at a glue directly after a box, and glue
     * at a line start is discarded. {@code fill} stretches infinitely (the paragraph-end glue).
     */
    record Glue(int width, int stretch, int shrink, boolean fill, int glyph) implements Item {
        public Glue {
            if (width < 0 || stretch < 0 || shrink < 0 || shrink > width) {
                throw new IllegalArgumentException("bad glue " + width + "+" + stretch + "-" + shrink);
            }
        }

        public static Glue of(int width, int stretch, int shrink) {
            return new Glue(width, stretch, shrink, false, -1);
        }
    }

    /**
     * A possible break costing {@code penalty}; {@code width} is added to the line only when the
     * break is taken (an inserted hyphen). Flagged penalties (hyphens) are kept apart in successive
     * lines by extra demerits.
     */
    record Penalty(int width, int penalty, boolean flagged, int glyph) implements Item {
        public Penalty {
            if (width < 0) throw new IllegalArgumentException("negative penalty width " + width);
            penalty = Math.max(-INFINITY, Math.min(INFINITY, penalty));
        }

        public static Penalty of(int penalty) {
            return new Penalty(0, penalty, false, -1);
        }

        public boolean forbidden() {
            return penalty >= INFINITY;
        }

        public boolean forced() {
            return penalty <= -INFINITY;
        }
    }
}
