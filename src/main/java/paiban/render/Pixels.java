package paiban.render;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;

/** Reads an image row by row as 8-bit sRGB ARGB, whatever its type and bit depth. */
final class Pixels implements AreaAverage.RowSource {
    private final BufferedImage image;
    private final boolean grey;
    private final boolean alpha;
    private final int maxSample;
    private int[] samples;
    private int[] alphas;
    /** The pixels of a 3-byte BGR or int RGB image (what ImageIO decodes photographs to), read directly; else null. */
    private final byte[] bgr;
    private final int[] rgb;

    Pixels(BufferedImage image) {
        this.image = image;
        // ImageIO decodes a grey JPEG or PNG into the linear CS_GRAY space, and getRGB would then
        // brighten it as if it were linear light; the samples are the stored (gamma-encoded) greys.
        this.grey = image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY
                && image.getColorModel() instanceof ComponentColorModel;
        this.maxSample = (1 << image.getColorModel().getComponentSize(0)) - 1;
        this.alpha = image.getColorModel().hasAlpha();
        // getRGB converts pixel by pixel through the colour model: the slowest part of shrinking a photo
        Raster raster = image.getRaster();
        boolean whole = raster.getParent() == null && raster.getSampleModelTranslateX() == 0
                && raster.getSampleModelTranslateY() == 0; // a sub-image shares its parent's buffer
        this.bgr = whole && image.getType() == BufferedImage.TYPE_3BYTE_BGR
                ? ((DataBufferByte) raster.getDataBuffer()).getData() : null;
        this.rgb = whole && image.getType() == BufferedImage.TYPE_INT_RGB
                ? ((DataBufferInt) raster.getDataBuffer()).getData() : null;
    }

    @Override
    public void read(int y, int[] argb) {
        int w = image.getWidth();
        if (bgr != null) {
            for (int x = 0, i = y * w * 3; x < w; x++, i += 3) {
                argb[x] = 0xFF000000 | (bgr[i + 2] & 0xFF) << 16 | (bgr[i + 1] & 0xFF) << 8 | (bgr[i] & 0xFF);
            }
            return;
        }
        if (rgb != null) {
            for (int x = 0, i = y * w; x < w; x++, i++) argb[x] = 0xFF000000 | rgb[i];
            return;
        }
        if (!grey) {
            image.getRGB(0, y, w, 1, argb, 0, w);
            // an invisible pixel's colour is noise: one transparent colour, not as many as the editor left
            if (alpha) for (int x = 0; x < w; x++) if (argb[x] >>> 24 == 0) argb[x] = 0;
            return;
        }
        Raster raster = image.getRaster();
        samples = raster.getSamples(0, y, w, 1, 0, samples);
        if (alpha) alphas = raster.getSamples(0, y, w, 1, 1, alphas);
        for (int x = 0; x < w; x++) {
            int g = (samples[x] * 255 + maxSample / 2) / maxSample;
            int a = alpha ? (alphas[x] * 255 + maxSample / 2) / maxSample : 255;
            argb[x] = a << 24 | g << 16 | g << 8 | g;
        }
    }

    /** Every pixel, row after row. */
    int[] all() {
        int w = image.getWidth();
        int[] out = new int[w * image.getHeight()];
        int[] row = new int[w];
        for (int y = 0; y < image.getHeight(); y++) {
            read(y, row);
            System.arraycopy(row, 0, out, y * w, w);
        }
        return out;
    }
}
