package paiban.source;

import java.util.ArrayList;
import java.util.List;

/** Maps a char offset of a text to its 1-based line and column; \n, \r\n and a lone \r end a line. */
final class LineIndex {
    private final String text;
    private final int[] starts;
    private int lastOffset = -1;
    private int lastColumn;

    LineIndex(String text) {
        this.text = text;
        List<Integer> s = new ArrayList<>();
        s.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) s.add(i + 1);
        }
        starts = s.stream().mapToInt(Integer::intValue).toArray();
    }

    int line(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) lo = mid;
            else hi = mid - 1;
        }
        return lo + 1;
    }

    /**
     * 1-based column in code points, so a CJK character counts once. Counts on from the previous
     * call when it was earlier on the same line: many nodes on one long line stay linear.
     */
    int column(int offset) {
        int end = Math.min(offset, text.length());
        int start = starts[line(end) - 1];
        if (lastOffset >= start && lastOffset <= end) {
            lastColumn += text.codePointCount(lastOffset, end);
        } else {
            lastColumn = text.codePointCount(start, end) + 1;
        }
        lastOffset = end;
        return lastColumn;
    }

    int lineCount() {
        return starts.length;
    }

    /** Offset of the first char of a 1-based line. */
    int lineStart(int line) {
        return starts[line - 1];
    }
}
