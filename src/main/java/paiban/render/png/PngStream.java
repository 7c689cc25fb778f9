package paiban.render.png;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes an 8-bit RGB PNG row by row, so a page image 300 dpi tall need never be whole in memory
 * (ImageIO's writer wants the whole picture). Each row is filtered with Up (the difference from
 * the row above), which suits a page of text; the resolution is recorded in pHYs.
 */
final class PngStream {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int FILTER_UP = 2;

    private final OutputStream out;
    private final int width;
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    private final byte[] previous;
    private final byte[] filtered;
    private final byte[] buffer = new byte[1 << 16];

    PngStream(OutputStream out, int width, int height, int dpi) throws IOException {
        this.out = out;
        this.width = width;
        this.previous = new byte[width * 3];
        this.filtered = new byte[1 + width * 3];
        out.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        writeInt(header, width);
        writeInt(header, height);
        header.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits, truecolour, deflate, adaptive filtering, no interlace
        chunk("IHDR", header.toByteArray());
        ByteArrayOutputStream phys = new ByteArrayOutputStream();
        int perMetre = (int) Math.round(dpi / 0.0254);
        writeInt(phys, perMetre);
        writeInt(phys, perMetre);
        phys.write(1); // the unit is the metre
        chunk("pHYs", phys.toByteArray());
    }

    /** The next row, as blue, green, red bytes from {@code offset} ({@code TYPE_3BYTE_BGR}'s layout). */
    void row(byte[] bgr, int offset) throws IOException {
        filtered[0] = FILTER_UP;
        for (int x = 0, i = offset, o = 1; x < width; x++, i += 3, o += 3) {
            int p = x * 3;
            byte r = bgr[i + 2], g = bgr[i + 1], b = bgr[i];
            filtered[o] = (byte) (r - previous[p]);
            filtered[o + 1] = (byte) (g - previous[p + 1]);
            filtered[o + 2] = (byte) (b - previous[p + 2]);
            previous[p] = r;
            previous[p + 1] = g;
            previous[p + 2] = b;
        }
        deflater.setInput(filtered);
        while (!deflater.needsInput()) drain(Deflater.NO_FLUSH);
    }

    /** Ends the image data and the file. */
    void finish() throws IOException {
        deflater.finish();
        while (!deflater.finished()) drain(Deflater.NO_FLUSH);
        deflater.end();
        chunk("IEND", new byte[0]);
    }

    private void drain(int flush) throws IOException {
        int n = deflater.deflate(buffer, 0, buffer.length, flush);
        if (n > 0) {
            byte[] data = new byte[n];
            System.arraycopy(buffer, 0, data, 0, n);
            chunk("IDAT", data);
        }
    }

    private void chunk(String type, byte[] data) throws IOException {
        ByteArrayOutputStream length = new ByteArrayOutputStream(4);
        writeInt(length, data.length);
        out.write(length.toByteArray());
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.write(name);
        out.write(data);
        ByteArrayOutputStream sum = new ByteArrayOutputStream(4);
        writeInt(sum, (int) crc.getValue());
        out.write(sum.toByteArray());
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }
}
