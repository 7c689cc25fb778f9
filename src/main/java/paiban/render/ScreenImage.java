package paiban.render;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A picture re-encoded for reading devices: scaled down by area averaging to fit a box, 8 bits a
 * channel, no metadata (so the bytes depend only on the pixels), as a JPEG for photographs and a
 * PNG for line art. Independent of where the picture came from: a file, or an image decoded or
 * drawn elsewhere.
 */
public final class ScreenImage {
    /** JPEG quality: artefacts stay below what a phone or tablet screen shows. */
    static final float JPEG_QUALITY = 0.8f;
    /**
     * A picture with at most this many distinct colours (counted exactly over its pixels before any
     * scaling, alpha included) is line art: a chart, map or logo, which JPEG smears and a PNG
     * palette holds losslessly. A photograph has thousands within its first rows.
     */
    static final int LINE_ART_COLOURS = 256;

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";

    /** The encoded picture: its bytes, media type and pixel size. */
    public record Encoded(byte[] bytes, String mediaType, int width, int height) {
        /** ".jpg" or ".png". */
        public String extension() {
            return mediaType.equals(JPEG) ? ".jpg" : ".png";
        }
    }

    private ScreenImage() {
    }

    /** A picture file (any format ImageIO reads) with its long edge at most {@code maxEdge} pixels. */
    public static Encoded of(Path file, int maxEdge) throws IOException {
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new IOException("cannot read picture " + file + ": " + e.getMessage(), e);
        }
        if (image == null) throw new IOException("cannot read picture " + file + ": not a format ImageIO reads");
        return of(image, maxEdge, maxEdge);
    }

    /** The image scaled down (never up) to fit maxWidth × maxHeight, keeping its shape, and encoded. */
    public static Encoded of(BufferedImage image, int maxWidth, int maxHeight) throws IOException {
        int w = image.getWidth();
        int h = image.getHeight();
        double scale = Math.min(1, Math.min((double) maxWidth / w, (double) maxHeight / h));
        int nw = Math.max(1, (int) Math.round(w * scale));
        int nh = Math.max(1, (int) Math.round(h * scale));
        Pixels rows = new Pixels(image);
        Palette colours = Palette.count(rows, w, h);
        boolean transparent = image.getColorModel().hasAlpha() && anyTransparent(rows, w, h);
        int[] pixels = nw == w && nh == h ? rows.all() : AreaAverage.shrink(rows, w, h, nw, nh);
        // Transparency stays (a cut-out on a dark reading theme would otherwise get a white box): JPEG has none.
        if (colours == null && !transparent) return new Encoded(jpeg(pixels, nw, nh), JPEG, nw, nh);
        return new Encoded(png(pixels, nw, nh, transparent), PNG, nw, nh);
    }

    private static boolean anyTransparent(Pixels rows, int w, int h) {
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            rows.read(y, row);
            for (int p : row) if (p >>> 24 != 0xFF) return true;
        }
        return false;
    }

    private static byte[] jpeg(int[] argb, int w, int h) throws IOException {
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] data = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < argb.length; i++) data[i] = argb[i] & 0xFFFFFF;
        return JpegEncoder.encode(new IIOImage(rgb, null, null), JPEG_QUALITY, true);
    }

    /** A palette PNG when the pixels (after scaling) have few colours, else 8-bit RGB or RGBA. */
    private static byte[] png(int[] argb, int w, int h, boolean alpha) throws IOException {
        Palette palette = Palette.count((y, row) -> System.arraycopy(argb, y * w, row, 0, w), w, h);
        BufferedImage image;
        if (palette != null) {
            int[] colours = palette.sorted();
            IndexColorModel model = new IndexColorModel(8, colours.length, colours, 0, alpha, -1, DataBuffer.TYPE_BYTE);
            image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, model);
            byte[] indices = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            for (int i = 0; i < argb.length; i++) indices[i] = (byte) Arrays.binarySearch(colours, argb[i]);
        } else {
            image = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            image.getRaster().setDataElements(0, 0, w, h, alpha ? argb : Arrays.stream(argb).map(p -> p & 0xFFFFFF).toArray());
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0f); // the strongest deflate: written once, read on every device
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The distinct colours of an image, when there are at most {@link #LINE_ART_COLOURS}. */
    private static final class Palette {
        private static final int TABLE_BITS = 10;
        // open addressing over a table four times the limit; 0 marks an empty slot, so colour 0 is kept apart
        private final int[] table = new int[1 << TABLE_BITS];
        private boolean hasZero;
        private int size;

        /** The palette, or null as soon as a colour too many is seen. */
        static Palette count(AreaAverage.RowSource rows, int w, int h) {
            Palette palette = new Palette();
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                rows.read(y, row);
                int last = row[0] + 1;
                for (int p : row) {
                    if (p == last) continue;
                    last = p;
                    if (!palette.add(p)) return null;
                }
            }
            return palette;
        }

        private boolean add(int colour) {
            if (colour == 0) {
                if (!hasZero) {
                    hasZero = true;
                    size++;
                }
                return size <= LINE_ART_COLOURS;
            }
            int mask = table.length - 1;
            for (int i = (colour * 0x9E3779B1) >>> (32 - TABLE_BITS); ; i = (i + 1) & mask) {
                if (table[i] == colour) return true;
                if (table[i] == 0) {
                    table[i] = colour;
                    return ++size <= LINE_ART_COLOURS;
                }
            }
        }

        /** The colours in ascending order: a palette independent of where they first appeared. */
        int[] sorted() {
            int[] colours = Arrays.stream(table).filter(c -> c != 0).toArray();
            if (hasZero) colours = Arrays.copyOf(colours, colours.length + 1);
            Arrays.sort(colours);
            return colours;
        }
    }
}
