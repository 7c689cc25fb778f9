package paiban.render.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.Jpeg;

import paiban.render.JpegEncoder;
import paiban.render.PictureCache;

import javax.imageio.IIOImage;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Pictures in the inks of the PDF being written: CMYK JPEG for print (PDF/X-1a allows no RGB),
 * plain RGB or gray JPEG for the archive (PDF/A-1 allows no alpha channel or CMYK there).
 */
final class PictureInks {
    /** Total area coverage a newsprint press takes (ISO 12647-3 coldset: about 240%). */
    static final double TOTAL_INK_LIMIT = 2.4;
    private static final float QUALITY = 0.92f;

    private PictureInks() {
    }

    /**
     * The picture as JPEG bytes in {@code inks}: for the archive, the file itself when it already
     * fits (else as decoded); for print, separated at {@link PictureCache#PRINT_PPI} of its placed size.
     */
    static byte[] encode(Path file, Inks inks, PictureCache pictures) throws IOException {
        if (inks == Inks.RGB) {
            byte[] original = Files.readAllBytes(file);
            if (isPlainJpeg(original)) return original;
            return JpegEncoder.encode(new IIOImage(pictures.image(file), null, null), QUALITY);
        }
        BufferedImage printed = pictures.image(file, pictures.widthAt(file, PictureCache.PRINT_PPI));
        return JpegEncoder.encode(new IIOImage(cmyk(printed), null, null), QUALITY);
    }

    /** A JPEG OpenPDF embeds unchanged that PDF/A accepts: gray or RGB, no ICC profile, not Adobe-inverted. */
    private static boolean isPlainJpeg(byte[] bytes) throws IOException {
        if (bytes.length < 2 || (bytes[0] & 0xff) != 0xFF || (bytes[1] & 0xff) != 0xD8) return false;
        Image image;
        try {
            image = Image.getInstance(bytes);
        } catch (BadElementException e) {
            return false;
        }
        return image instanceof Jpeg && (image.getColorspace() == 1 || image.getColorspace() == 3)
                && !image.hasICCProfile() && !image.isInverted() && image.getBpc() == 8;
    }

    /**
     * sRGB values taken as they are (no ICC conversion: the JDK ships no CMYK profile and the free
     * ones are not free to ship), separated with full grey-component replacement, in 0–255 units:
     * K = 255 − max(R, G, B); C = 255 × (max − R) / max, M and Y likewise; then C, M and Y are
     * scaled down so C + M + Y + K stays within {@link #TOTAL_INK_LIMIT}. Greys print on the black
     * plate alone, which keeps them neutral on a newspaper press. Integer arithmetic with
     * reciprocal tables: this runs once a pixel, millions of times a picture.
     */
    static void separate(int r, int g, int b, int[] ink) {
        int max = Math.max(r, Math.max(g, b));
        ink[3] = 255 - max;
        if (max == 0) {
            ink[0] = ink[1] = ink[2] = 0;
            return;
        }
        int toFull = FULL_OVER[max];
        int c = ((max - r) * toFull + HALF) >> SHIFT;
        int m = ((max - g) * toFull + HALF) >> SHIFT;
        int y = ((max - b) * toFull + HALF) >> SHIFT;
        int cmy = c + m + y;
        int room = INK_LIMIT - ink[3];
        if (cmy > room) {
            long scale = (long) room * ONE_OVER[cmy]; // room / cmy
            c = (int) ((c * scale + FINE_HALF) >> FINE);
            m = (int) ((m * scale + FINE_HALF) >> FINE);
            y = (int) ((y * scale + FINE_HALF) >> FINE);
        }
        ink[0] = c;
        ink[1] = m;
        ink[2] = y;
    }

    private static final int SHIFT = 16;
    private static final int HALF = 1 << (SHIFT - 1);
    private static final int FINE = 24;
    private static final long FINE_HALF = 1L << (FINE - 1);
    private static final int INK_LIMIT = (int) Math.round(TOTAL_INK_LIMIT * 255);
    /** 255 / n in 16-bit fixed point, 1 / n in 24-bit. */
    private static final int[] FULL_OVER = new int[256];
    private static final int[] ONE_OVER = new int[3 * 255 + 1];

    static {
        for (int n = 1; n < FULL_OVER.length; n++) FULL_OVER[n] = (int) Math.round(255.0 * (1 << SHIFT) / n);
        for (int n = 1; n < ONE_OVER.length; n++) ONE_OVER[n] = (int) Math.round((double) (1 << FINE) / n);
    }

    private static Raster cmyk(BufferedImage rgb) {
        int w = rgb.getWidth(), h = rgb.getHeight();
        byte[] bgr = ((DataBufferByte) rgb.getRaster().getDataBuffer()).getData();
        byte[] out = new byte[w * h * 4];
        int[] ink = new int[4];
        for (int i = 0, j = 0; i < bgr.length; i += 3, j += 4) {
            separate(bgr[i + 2] & 0xff, bgr[i + 1] & 0xff, bgr[i] & 0xff, ink);
            out[j] = (byte) ink[0];
            out[j + 1] = (byte) ink[1];
            out[j + 2] = (byte) ink[2];
            out[j + 3] = (byte) ink[3];
        }
        return Raster.createInterleavedRaster(new DataBufferByte(out, out.length), w, h, w * 4, 4,
                new int[] {0, 1, 2, 3}, null);
    }

}
