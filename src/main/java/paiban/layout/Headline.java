package paiban.layout;

import paiban.text.ComposedLine;

import java.util.List;

/**
 * An article's headline block (引题 / 主题 / 副题 / byline) set for one module width: each line
 * with its baseline offset from the block's top. {@code height} is the natural height in pt,
 * {@code rows} the grid rows it takes at least.
 */
record Headline(List<Placed> lines, double height, int rows, double titleSize) {
    record Placed(ComposedLine line, double baselineOffset) {
    }
}
