package paiban.render;

import java.util.Arrays;

/**
 * Scales an image down by area averaging: each output pixel is the mean of the source area it
 * covers, partly covered source pixels weighted by the part covered. Unlike skipping pixels, fine
 * detail (hatching, halftone, text) averages to its tone instead of turning into moiré. Colours are
 * averaged premultiplied by alpha, so transparent pixels lend no colour to an edge. Reads the
 * source one row at a time: memory holds the output and a few rows, not a decoded copy. (The print
 * pictures' {@link PictureCache#shrink} is the same average in fixed point over opaque 8-bit BGR;
 * this one takes what ScreenImage is given: alpha, grey, 16 bits.)
 */
final class AreaAverage {
    private AreaAverage() {
    }

    /** Gives the source one row at a time, as 8-bit ARGB. */
    @FunctionalInterface
    interface RowSource {
        void read(int y, int[] argb);
    }

    /** The source pixels a destination pixel covers along one axis, with their weights (summing to 1). */
    private record Span(int first, double[] weights) {
    }

    static int[] shrink(RowSource rows, int w, int h, int nw, int nh) {
        if (nw > w || nh > h) throw new IllegalArgumentException("area averaging only scales down");
        Span[] columns = spans(w, nw);
        Span[] lines = spans(h, nh);
        int[] source = new int[w];
        double[] row = new double[nw * 4];
        double[] sum = new double[nw * 4];
        int[] out = new int[nw * nh];
        int loaded = -1;
        for (int oy = 0; oy < nh; oy++) {
            Arrays.fill(sum, 0);
            Span span = lines[oy];
            for (int k = 0; k < span.weights().length; k++) {
                int y = span.first() + k;
                // neighbouring output rows share the source row on their boundary: read it once
                if (y != loaded) {
                    rows.read(y, source);
                    horizontal(source, columns, row);
                    loaded = y;
                }
                double weight = span.weights()[k];
                for (int i = 0; i < sum.length; i++) sum[i] += row[i] * weight;
            }
            for (int ox = 0; ox < nw; ox++) out[oy * nw + ox] = unpremultiplied(sum, ox * 4);
        }
        return out;
    }

    /** One source row averaged across: premultiplied alpha, red, green, blue per destination pixel. */
    private static void horizontal(int[] source, Span[] columns, double[] out) {
        for (int ox = 0; ox < columns.length; ox++) {
            Span span = columns[ox];
            double a = 0, r = 0, g = 0, b = 0;
            for (int k = 0; k < span.weights().length; k++) {
                int p = source[span.first() + k];
                double alpha = (p >>> 24) * span.weights()[k];
                a += alpha;
                r += (p >> 16 & 0xFF) * alpha;
                g += (p >> 8 & 0xFF) * alpha;
                b += (p & 0xFF) * alpha;
            }
            out[ox * 4] = a;
            out[ox * 4 + 1] = r;
            out[ox * 4 + 2] = g;
            out[ox * 4 + 3] = b;
        }
    }

    private static int unpremultiplied(double[] sum, int at) {
        double a = sum[at];
        if (a < 0.5) return 0;
        return (int) Math.round(a) << 24 | channel(sum[at + 1] / a) << 16 | channel(sum[at + 2] / a) << 8
                | channel(sum[at + 3] / a);
    }

    private static int channel(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    /** For each of n destination pixels, the part of the source's length it covers. */
    private static Span[] spans(int length, int n) {
        double step = (double) length / n;
        Span[] spans = new Span[n];
        for (int i = 0; i < n; i++) {
            double start = i * step;
            double end = Math.min(length, (i + 1) * step);
            int first = (int) Math.floor(start);
            int last = Math.min(length - 1, (int) Math.ceil(end) - 1);
            double[] weights = new double[last - first + 1];
            for (int j = first; j <= last; j++) {
                weights[j - first] = (Math.min(j + 1, end) - Math.max(j, start)) / step;
            }
            spans[i] = new Span(first, weights);
        }
        return spans;
    }
}
