package paiban.render;

import paiban.layout.PageItem;
import paiban.layout.PageLayout;

import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The pictures of one build of an issue, each decoded once, flattened onto white and shrunk to the
 * most any output draws it at (its widest placement at {@code ppi}; never enlarged). The print
 * PDF, the EPUB's cover and the page images all draw from that one copy, each at its own size,
 * and what they make of it (a separated JPEG) is kept here too. Thread-safe: the EPUB is made on
 * another thread while the PDF is written; whichever asks first decodes, the other waits.
 */
public final class PictureCache {
    /** Pictures print at about 200 pixels an inch of their placed size: the most newsprint's screen resolves. */
    public static final int PRINT_PPI = 200;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Path, Integer> widest = new HashMap<>();
    private final Map<Path, Double> widestPt = new HashMap<>();
    private final Map<Path, int[]> fileSize = new HashMap<>();
    private final Map<Path, CompletableFuture<BufferedImage>> decoded = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<byte[]>> made = new ConcurrentHashMap<>();
    private final AtomicInteger decodes = new AtomicInteger();
    private final AtomicInteger shrinks = new AtomicInteger();
    private final Map<Thread, LongAdder> cpu = new ConcurrentHashMap<>();
    private final ThreadLocal<int[]> nesting = ThreadLocal.withInitial(() -> new int[1]);

    /** For the pictures placed on {@code pages}, kept at {@code ppi} of their widest placement. */
    public PictureCache(List<PageLayout> pages, int ppi) {
        for (PageLayout page : pages) {
            for (PageItem item : page.items()) {
                if (!(item instanceof PageItem.Image img)) continue;
                // the whole picture's width on paper: the box shows only cropW of it
                widestPt.merge(img.picture().file(), img.width() / img.cropW(), Math::max);
                fileSize.put(img.picture().file(), new int[] {img.picture().widthPx(), img.picture().heightPx()});
            }
        }
        widestPt.forEach((file, pt) -> widest.put(file, Math.min(fileSize.get(file)[0], pixels(pt, ppi))));
    }

    /** Pixels across {@code pt} points at {@code ppi}, rounded up. */
    private static int pixels(double pt, int ppi) {
        return Math.max(1, (int) Math.ceil(pt / 72 * ppi - 1e-9));
    }

    /** The width in pixels the picture needs at {@code ppi} where it is placed widest, at most what is kept. */
    public int widthAt(Path file, int ppi) {
        Double pt = widestPt.get(file);
        if (pt == null) throw new IllegalArgumentException("not a picture of these pages: " + file);
        return Math.min(widest.get(file), pixels(pt, ppi));
    }

    /** The picture as kept: opaque RGB ({@code TYPE_3BYTE_BGR}), decoded on first use. */
    public BufferedImage image(Path file) {
        CompletableFuture<BufferedImage> mine = new CompletableFuture<>();
        CompletableFuture<BufferedImage> known = decoded.putIfAbsent(file, mine);
        if (known != null) return join(known);
        timed(() -> {
            try {
                BufferedImage full = decode(file);
                decodes.incrementAndGet();
                int w = Math.min(full.getWidth(), widest.getOrDefault(file, full.getWidth()));
                mine.complete(shrink(full, w));
            } catch (IOException | RuntimeException e) {
                mine.completeExceptionally(e instanceof IOException io ? new UncheckedIOException("cannot read picture " + file, io) : e);
            }
            return null;
        });
        return join(mine);
    }

    /**
     * The kept copy of a JPEG photograph when its long edge is at least {@code longEdgePx} (or it is
     * kept whole): what a screen edition shrinks instead of decoding the file again. Empty for other
     * files, whose transparency or few colours the kept copy (flattened, averaged) would lose.
     */
    public Optional<BufferedImage> photoAtLeast(Path file, int longEdgePx) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!widestPt.containsKey(file) || !(name.endsWith(".jpg") || name.endsWith(".jpeg"))) return Optional.empty();
        int[] size = fileSize.get(file);
        int kept = widest.get(file);
        double keptLongEdge = (double) kept / size[0] * Math.max(size[0], size[1]);
        return kept >= size[0] || keptLongEdge >= longEdgePx ? Optional.of(image(file)) : Optional.empty();
    }

    /** The picture at most {@code widthPx} wide (area-averaged down from the kept copy, never enlarged). */
    public BufferedImage image(Path file, int widthPx) {
        BufferedImage kept = image(file);
        if (widthPx >= kept.getWidth()) return kept;
        shrinks.incrementAndGet();
        return timed(() -> shrink(kept, widthPx));
    }

    /** What {@code make} makes of a picture, made once per {@code key} (say, the print PDF's separation). */
    public byte[] made(String key, Supplier<byte[]> make) {
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> known = made.putIfAbsent(key, mine);
        if (known != null) return join(known);
        try {
            mine.complete(timed(make));
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
        }
        return join(mine);
    }

    /** How many times a kept copy was shrunk for a smaller drawing. */
    public int shrinks() {
        return shrinks.get();
    }

    /** How many picture files were decoded: each once. */
    public int decodes() {
        return decodes.get();
    }

    /** CPU time spent on pictures here, in nanoseconds, on {@code thread} (for the build's profile). */
    public long cpuNanos(Thread thread) {
        LongAdder spent = cpu.get(thread);
        return spent == null ? 0 : spent.sum();
    }

    /** CPU time spent on pictures here on every thread, in nanoseconds. */
    public long cpuNanos() {
        return cpu.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Runs {@code work}, adding its CPU time to this thread's unless an outer call here counts it already. */
    private <T> T timed(Supplier<T> work) {
        int[] depth = nesting.get();
        long c = depth[0]++ == 0 ? THREADS.getCurrentThreadCpuTime() : -1;
        try {
            return work.get();
        } finally {
            if (--depth[0] == 0) {
                cpu.computeIfAbsent(Thread.currentThread(), t -> new LongAdder()).add(THREADS.getCurrentThreadCpuTime() - c);
            }
        }
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The picture decoded and flattened onto white paper (transparency has no place on newsprint or in PDF/A). */
    private static BufferedImage decode(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        BufferedImage src = ImageIO.read(new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes)));
        if (src == null) throw new IOException("cannot decode picture " + file);
        if (src.getType() == BufferedImage.TYPE_3BYTE_BGR) return src; // a plain JPEG is opaque already
        BufferedImage rgb = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, src.getWidth(), src.getHeight());
        g.drawImage(src, 0, 0, null);
        g.dispose();
        return rgb;
    }

    /** Rows averaged across are kept in sixteenths of a level: exact enough, and small enough to add up in an int. */
    private static final int FRACTION = 16;

    /**
     * The image {@code width} pixels wide (height in proportion), each pixel the area average of
     * the source pixels it covers: integer arithmetic, so the same bytes on any machine. Each source
     * row is averaged across once (to sixteenths of a level) and added to the one or two target
     * rows it falls in.
     */
    static BufferedImage shrink(BufferedImage src, int width) {
        int sw = src.getWidth(), sh = src.getHeight();
        if (width >= sw) return src;
        int tw = Math.max(1, width);
        int th = Math.max(1, (int) Math.round((double) sh * tw / sw));
        Spans across = Spans.of(sw, tw);
        Span[] down = spans(sh, th);
        byte[] s = ((DataBufferByte) src.getRaster().getDataBuffer()).getData();
        BufferedImage out = new BufferedImage(tw, th, BufferedImage.TYPE_3BYTE_BGR);
        byte[] o = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int[] row = new int[tw * 3]; // one source row averaged across
        int[] sum = new int[tw * 3]; // the target row being filled: at most 4080 × sh, well inside an int
        int[] next = new int[tw * 3]; // the following one, which the row at the boundary also reaches
        long acrossScale = ((long) FRACTION << 32) / sw; // × this >> 32: ÷ sw, in sixteenths
        long downScale = (1L << 32) / ((long) FRACTION * sh); // × this >> 32: ÷ sh, back to levels
        for (int y = 0; y < th; y++) {
            Span d = down[y];
            // the first source row was added to this row already, as the previous row's boundary, unless it starts here
            int k0 = y > 0 && down[y - 1].last() == d.first ? 1 : 0;
            for (int k = k0; k < d.weights.length; k++) {
                across(s, (d.first + k) * sw * 3, across, acrossScale, row);
                int w = d.weights[k];
                for (int i = 0; i < row.length; i++) sum[i] += row[i] * w;
                if (k == d.weights.length - 1 && y + 1 < th && down[y + 1].first == d.first + k) {
                    int w2 = down[y + 1].weights[0];
                    for (int i = 0; i < row.length; i++) next[i] = row[i] * w2;
                }
            }
            int at = y * tw * 3;
            for (int i = 0; i < sum.length; i++) o[at + i] = (byte) ((sum[i] * downScale + (1L << 31)) >>> 32);
            int[] t = sum;
            sum = next;
            next = t;
            java.util.Arrays.fill(next, 0);
        }
        return out;
    }

    private static void across(byte[] s, int rowStart, Spans spans, long scale, int[] row) {
        int[] first = spans.first, count = spans.count, weights = spans.weights;
        int wi = 0;
        for (int x = 0, o = 0; x < first.length; x++, o += 3) {
            int b = 0, g = 0, r = 0;
            int p = rowStart + first[x] * 3;
            for (int end = wi + count[x]; wi < end; wi++, p += 3) {
                int w = weights[wi];
                b += (s[p] & 0xff) * w;
                g += (s[p + 1] & 0xff) * w;
                r += (s[p + 2] & 0xff) * w;
            }
            row[o] = (int) ((b * scale + (1L << 31)) >>> 32);
            row[o + 1] = (int) ((g * scale + (1L << 31)) >>> 32);
            row[o + 2] = (int) ((r * scale + (1L << 31)) >>> 32);
        }
    }

    /**
     * Which source pixels each of {@code to} target pixels covers and by how much: target i spans
     * [i·from, (i+1)·from) and source j [j·to, (j+1)·to) in units of 1/(from·to) of the length, so
     * the overlaps are whole numbers that add up to {@code from}.
     */
    private record Span(int first, int[] weights) {
        int last() {
            return first + weights.length - 1;
        }
    }

    /** The spans of a row flattened into arrays: the inner loop of shrinking runs over every source pixel. */
    private record Spans(int[] first, int[] count, int[] weights) {
        static Spans of(int from, int to) {
            Span[] spans = spans(from, to);
            int[] first = new int[to], count = new int[to];
            int[] weights = new int[java.util.Arrays.stream(spans).mapToInt(sp -> sp.weights.length).sum()];
            for (int i = 0, w = 0; i < to; i++) {
                first[i] = spans[i].first;
                count[i] = spans[i].weights.length;
                System.arraycopy(spans[i].weights, 0, weights, w, count[i]);
                w += count[i];
            }
            return new Spans(first, count, weights);
        }
    }

    private static Span[] spans(int from, int to) {
        Span[] spans = new Span[to];
        for (int i = 0; i < to; i++) {
            long start = (long) i * from, end = (long) (i + 1) * from;
            int first = (int) (start / to);
            int last = (int) ((end - 1) / to);
            int[] weights = new int[last - first + 1];
            for (int j = first; j <= last; j++) {
                weights[j - first] = (int) (Math.min(end, (long) (j + 1) * to) - Math.max(start, (long) j * to));
            }
            spans[i] = new Span(first, weights);
        }
        return spans;
    }
}
