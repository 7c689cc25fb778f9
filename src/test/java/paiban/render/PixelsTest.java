package paiban.render;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Photographs are read from their pixel buffers directly: the same colours getRGB gives, sub-images too. */
class PixelsTest {
    private static BufferedImage noise(int type, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, type);
        Random random = new Random(7);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) image.setRGB(x, y, random.nextInt());
        return image;
    }

    private static void assertReadsAsGetRgb(BufferedImage image) {
        int w = image.getWidth();
        int[] row = new int[w];
        int[] expected = new int[w];
        Pixels pixels = new Pixels(image);
        for (int y = 0; y < image.getHeight(); y++) {
            pixels.read(y, row);
            image.getRGB(0, y, w, 1, expected, 0, w);
            assertArrayEquals(expected, row, "row " + y + " of type " + image.getType());
        }
    }

    @Test
    void bgrAndIntRgbImagesReadAsGetRgbDoes() {
        assertReadsAsGetRgb(noise(BufferedImage.TYPE_3BYTE_BGR, 37, 11));
        assertReadsAsGetRgb(noise(BufferedImage.TYPE_INT_RGB, 37, 11));
    }

    @Test
    void aSubImageReadsItsOwnPixels() {
        assertReadsAsGetRgb(noise(BufferedImage.TYPE_3BYTE_BGR, 37, 11).getSubimage(5, 3, 20, 6));
        assertReadsAsGetRgb(noise(BufferedImage.TYPE_INT_RGB, 37, 11).getSubimage(5, 3, 20, 6));
    }
}
