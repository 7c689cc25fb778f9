package paiban.render;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * JPEG encoding shared by the renderers. The JDK writes a 4-band raster as plain CMYK (no Adobe
 * marker) and an RGB image as JFIF YCbCr.
 */
public final class JpegEncoder {
    private JpegEncoder() {
    }

    public static byte[] encode(IIOImage image, float quality) throws IOException {
        return encode(image, quality, false);
    }

    /**
     * {@code optimizeHuffman}: Huffman tables fitted to the image rather than the standard ones, a
     * few per cent smaller for a second pass over the data.
     */
    public static byte[] encode(IIOImage image, float quality, boolean optimizeHuffman) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        // about a byte for every four pixels at the qualities used: spares the copies of growing
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(1 << 12, image.hasRaster()
                ? image.getRaster().getWidth() * image.getRaster().getHeight() / 4
                : image.getRenderedImage().getWidth() * image.getRenderedImage().getHeight() / 4));
        // in memory: ImageIO would otherwise go through a temporary file
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            if (param instanceof JPEGImageWriteParam jpeg) jpeg.setOptimizeHuffmanTables(optimizeHuffman);
            writer.write(null, image, param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
