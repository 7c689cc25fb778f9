package paiban.layout;

import paiban.text.ComposedLine;

import java.util.List;

/**
 * An article's headline block set for one module width: the display lines (引题 / 主题 / 副题)
 * with their baseline offsets from the block's top, then the byline lines, which sit on the body
 * grid. {@code rows} is how many grid rows the block takes at least.
 */
record Headline(List<Placed> lines, double displayHeight, List<ComposedLine> byline, int rows) {
    record Placed(ComposedLine line, double baselineOffset) {
    }
}
