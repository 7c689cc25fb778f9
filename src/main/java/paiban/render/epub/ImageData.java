package paiban.render.epub;

import nl.siegmann.epublib.domain.MediaType;
import nl.siegmann.epublib.service.MediatypeService;

import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Image bytes with the media type read from their signature, not from the file name: a manifest
 * type that does not match the data is an EPUBCheck error. JPEG, PNG and GIF (EPUB core media
 * types) are kept as they are; any other format ImageIO can read is converted to PNG.
 */
record ImageData(byte[] bytes, MediaType mediaType) {

    static ImageData of(byte[] data, String what) throws IOException {
        if (startsWith(data, 0xFF, 0xD8, 0xFF)) return new ImageData(data, MediatypeService.JPG);
        if (startsWith(data, 0x89, 'P', 'N', 'G')) return new ImageData(data, MediatypeService.PNG);
        if (startsWith(data, 'G', 'I', 'F', '8')) return new ImageData(data, MediatypeService.GIF);
        BufferedImage image = ImageIO.read(new MemoryCacheImageInputStream(new ByteArrayInputStream(data)));
        if (image == null) throw new IOException("not a JPEG, PNG or other readable image: " + what);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return new ImageData(png.toByteArray(), MediatypeService.PNG);
    }

    /** ".jpg", ".png" or ".gif". */
    String extension() {
        return mediaType.getDefaultExtension();
    }

    private static boolean startsWith(byte[] data, int... signature) {
        if (data.length < signature.length) return false;
        for (int i = 0; i < signature.length; i++) {
            if ((data[i] & 0xFF) != signature[i]) return false;
        }
        return true;
    }
}
