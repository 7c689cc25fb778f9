package paiban.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pictures re-encoded for reading devices, read back as a reader would decode them. */
class ScreenImageTest {
    @TempDir
    Path dir;

    @Test
    void aSixteenBitPhotographBecomesAnEightBitJpegWithinTheEdge() throws IOException {
        Path file = dir.resolve("photo.png");
        ImageIO.write(sixteenBitNoise(3000, 2000), "png", file.toFile());
        assertEquals(16, Files.readAllBytes(file)[24], "the source PNG is 16 bits a channel");

        ScreenImage.Encoded e = ScreenImage.of(file, 1200);
        assertEquals(ScreenImage.JPEG, e.mediaType());
        assertEquals(".jpg", e.extension());
        BufferedImage back = read(e);
        assertEquals(1200, back.getWidth());
        assertEquals(800, back.getHeight());
        assertEquals(1200, e.width());
        assertEquals(800, e.height());
        assertEquals(8, back.getColorModel().getComponentSize(0));
        assertTrue(e.bytes().length < Files.size(file) / 10, e.bytes().length + " bytes");
    }

    @Test
    void lineArtWithFewColoursStaysAPaletteOfItsOwnColours() throws IOException {
        BufferedImage chart = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = chart.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 400);
        Color[] bars = {new Color(0xB3261E), new Color(0x1E5AB3), new Color(0x2E8B57)};
        for (int i = 0; i < bars.length; i++) {
            g.setColor(bars[i]);
            g.fillRect(60 + i * 180, 100 + i * 60, 120, 300 - i * 60);
        }
        g.dispose();

        ScreenImage.Encoded e = ScreenImage.of(chart, 1600, 1600);
        assertEquals(ScreenImage.PNG, e.mediaType());
        assertEquals(3, e.bytes()[25], "PNG colour type 3: a palette");
        assertEquals(8, e.bytes()[24], "8-bit indices");
        BufferedImage back = read(e);
        assertEquals(600, back.getWidth(), "never scaled up");
        assertEquals(0xB3261E, back.getRGB(100, 300) & 0xFFFFFF, "colours exact, no JPEG smear");
        assertEquals(0xFFFFFF, back.getRGB(5, 5) & 0xFFFFFF);
    }

    @Test
    void finePatternsAverageToTheirToneInsteadOfTurningIntoMoire() throws IOException {
        // one-pixel black and white checks: skipping pixels would give all black or all white
        BufferedImage checks = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 400; y++) {
            for (int x = 0; x < 400; x++) checks.setRGB(x, y, (x + y) % 2 == 0 ? 0xFFFFFF : 0);
        }
        BufferedImage back = read(ScreenImage.of(checks, 100, 100));
        assertEquals(100, back.getWidth());
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 100; x++) {
                int grey = back.getRGB(x, y) & 0xFF;
                assertTrue(Math.abs(grey - 128) <= 1, "mid grey at " + x + "," + y + ": " + grey);
            }
        }
    }

    @Test
    void aGreyPhotographKeepsItsTones() throws IOException {
        BufferedImage grey = new BufferedImage(300, 200, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = grey.getRaster();
        Random random = new Random(3);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 300; x++) raster.setSample(x, y, 0, 88 + random.nextInt(80));
        }
        Path file = dir.resolve("grey.jpg");
        ImageIO.write(grey, "jpeg", file.toFile());

        BufferedImage back = read(ScreenImage.of(file, 1200));
        long sum = 0;
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 300; x++) sum += back.getRGB(x, y) >> 8 & 0xFF;
        }
        // the stored greys average 127.5; read as linear light they would come out near 186
        assertEquals(127.5, sum / 60000.0, 3.0);
    }

    @Test
    void transparencyIsKeptAsAnRgbaPng() throws IOException {
        BufferedImage cutOut = new BufferedImage(300, 300, BufferedImage.TYPE_INT_ARGB);
        Random random = new Random(5);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 300; x++) {
                boolean inside = (x - 150) * (x - 150) + (y - 150) * (y - 150) < 100 * 100;
                cutOut.setRGB(x, y, inside ? 0xFF000000 | random.nextInt(0x1000000) : 0);
            }
        }
        ScreenImage.Encoded e = ScreenImage.of(cutOut, 150, 150);
        assertEquals(ScreenImage.PNG, e.mediaType());
        assertEquals(6, e.bytes()[25], "PNG colour type 6: RGB with alpha");
        BufferedImage back = read(e);
        assertEquals(150, back.getWidth());
        assertEquals(0, back.getRGB(2, 2) >>> 24, "a transparent corner");
        assertEquals(0xFF, back.getRGB(75, 75) >>> 24, "an opaque middle");
    }

    @Test
    void aLogoOnTransparencyIsAPaletteWhateverColourItsInvisiblePixelsHold() throws IOException {
        BufferedImage logo = new BufferedImage(200, 100, BufferedImage.TYPE_INT_ARGB);
        Random random = new Random(9);
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 200; x++) {
                boolean ink = x > 50 && x < 150 && y > 30 && y < 70;
                logo.setRGB(x, y, ink ? 0xFFB3261E : random.nextInt(0x1000000)); // alpha 0, any colour
            }
        }
        ScreenImage.Encoded e = ScreenImage.of(logo, 400, 400);
        assertEquals(ScreenImage.PNG, e.mediaType());
        assertEquals(3, e.bytes()[25], "a palette (with a transparent entry), not 20,000 colours");
        BufferedImage back = read(e);
        assertEquals(0, back.getRGB(5, 5) >>> 24);
        assertEquals(0xFFB3261E, back.getRGB(100, 50));
    }

    @Test
    void theBytesDependOnThePixelsAlone() throws IOException {
        BufferedImage photo = new BufferedImage(500, 300, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 500; x++) photo.setRGB(x, y, random.nextInt(0x1000000));
        }
        byte[] first = ScreenImage.of(photo, 400, 400).bytes();
        assertArrayEquals(first, ScreenImage.of(photo, 400, 400).bytes());
        String text = new String(first, StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("Exif"), "no EXIF block (camera, place, time)");
        assertFalse(text.contains("ICC_PROFILE"), "sRGB, no profile to carry");
    }

    /** Noise in a 16-bit-per-channel RGB image, as a scanner or raw converter writes it. */
    private static BufferedImage sixteenBitNoise(int w, int h) {
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster raster = model.createCompatibleWritableRaster(w, h);
        Random random = new Random(1);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int b = 0; b < 3; b++) raster.setSample(x, y, b, 20000 + random.nextInt(20000) + x * 8);
            }
        }
        return new BufferedImage(model, raster, false, null);
    }

    private static BufferedImage read(ScreenImage.Encoded e) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(e.bytes()));
    }
}
