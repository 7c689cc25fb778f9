package paiban.render.pdf;

import paiban.font.FontFace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;

/**
 * A TrueType font cut down to the characters one document draws, every glyph keeping its id.
 * OpenPDF would otherwise read a whole 10–15 MB CJK font into memory and parse its full cmap
 * (tens of thousands of entries) for every font of a run; handed this copy it reads a few
 * hundred KB, and the subset it embeds is the same, since hmtx, head, hhea, maxp, name, OS/2,
 * post and the hinting tables are copied unchanged and every used glyph keeps its bytes.
 */
final class TrimmedFont {
    /** The tables OpenPDF reads or embeds, besides cmap, loca and glyf, which are rebuilt. */
    private static final List<String> COPIED = List.of("OS/2", "cvt ", "fpgm", "head", "hhea", "hmtx", "kern",
            "maxp", "name", "post", "prep");
    // composite glyph flags (OpenType glyf table)
    private static final int ARG_1_AND_2_ARE_WORDS = 0x1;
    private static final int WE_HAVE_A_SCALE = 0x8;
    private static final int MORE_COMPONENTS = 0x20;
    private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x40;
    private static final int WE_HAVE_A_TWO_BY_TWO = 0x80;

    private TrimmedFont() {
    }

    /** The font file of {@code face} holding just the glyphs of {@code codePoints} (and .notdef). */
    static byte[] of(FontFace face, BitSet codePoints) throws IOException {
        return of(face, codePoints, face::glyph);
    }

    /**
     * The same for text set upright in vertical lines: its cmap maps each character to its
     * vertical form where the face has one (、。 in the em's top right, brackets turned), so a PDF
     * drawing the characters draws those forms, and its ToUnicode maps them back to the characters.
     */
    static byte[] vertical(FontFace face, BitSet codePoints) throws IOException {
        return of(face, codePoints, cp -> face.verticalGlyph(cp) != 0 ? face.verticalGlyph(cp) : face.glyph(cp));
    }

    private static byte[] of(FontFace face, BitSet codePoints, IntUnaryOperator glyphOf) throws IOException {
        ByteBuffer font;
        try (FileChannel ch = FileChannel.open(face.file(), StandardOpenOption.READ)) {
            font = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
        }
        Map<String, int[]> tables = new TreeMap<>(); // tag → {offset, length, checksum}
        int numTables = font.getShort(4) & 0xFFFF;
        for (int i = 0; i < numTables; i++) {
            int rec = 12 + 16 * i;
            byte[] tag = new byte[4];
            font.get(rec, tag);
            tables.put(new String(tag, StandardCharsets.US_ASCII), new int[] {font.getInt(rec + 8), font.getInt(rec + 12),
                    font.getInt(rec + 4)});
        }
        for (String required : List.of("head", "maxp", "loca", "glyf")) {
            if (!tables.containsKey(required)) {
                throw new IOException("not a TrueType font with " + required + ": " + face.file());
            }
        }
        int head = tables.get("head")[0];
        boolean longLoca = font.getShort(head + 50) != 0;
        int numGlyphs = font.getShort(tables.get("maxp")[0] + 4) & 0xFFFF;
        int loca = tables.get("loca")[0];
        int glyf = tables.get("glyf")[0];
        int[] offsets = new int[numGlyphs + 1];
        int glyfLength = tables.get("glyf")[1];
        for (int g = 0; g <= numGlyphs; g++) {
            offsets[g] = longLoca ? font.getInt(loca + 4 * g) : (font.getShort(loca + 2 * g) & 0xFFFF) * 2;
            // some fonts count the glyf table's end padding in the last offset
            if (g == numGlyphs && offsets[g] > glyfLength && offsets[g] <= glyfLength + 3) offsets[g] = glyfLength;
            if (offsets[g] < (g == 0 ? 0 : offsets[g - 1]) || offsets[g] > glyfLength) {
                throw new IOException("the glyph offsets (loca) of " + face.file() + " are out of order at glyph " + g);
            }
        }

        BitSet glyphs = new BitSet(numGlyphs);
        glyphs.set(0);
        codePoints.stream().map(glyphOf).filter(g -> g > 0 && g < numGlyphs).forEach(glyphs::set);
        addComponents(font, glyf, offsets, glyphs);

        ByteArrayOutputStream newGlyf = new ByteArrayOutputStream();
        ByteBuffer newLoca = ByteBuffer.allocate((numGlyphs + 1) * (longLoca ? 4 : 2));
        for (int g = 0; g <= numGlyphs; g++) {
            // kept glyphs keep their lengths, so offsets only shrink and short offsets still fit
            int at = newGlyf.size();
            if (longLoca) newLoca.putInt(at);
            else newLoca.putShort((short) (at / 2));
            if (g < numGlyphs && glyphs.get(g)) {
                byte[] data = new byte[offsets[g + 1] - offsets[g]];
                font.get(glyf + offsets[g], data);
                newGlyf.write(data);
            }
        }

        Map<String, Table> out = new TreeMap<>();
        for (String tag : COPIED) {
            int[] t = tables.get(tag);
            if (t == null) continue;
            byte[] data = new byte[t[1]];
            font.get(t[0], data);
            out.put(tag, new Table(data, t[2])); // head's checksum is not of its bytes: it keeps the original
        }
        out.put("cmap", Table.of(cmap(glyphOf, codePoints)));
        out.put("glyf", Table.of(newGlyf.toByteArray()));
        out.put("loca", Table.of(newLoca.array()));
        return assemble(out);
    }

    /** Adds the glyphs that kept composite glyphs are built from, and theirs in turn. */
    private static void addComponents(ByteBuffer font, int glyf, int[] offsets, BitSet glyphs) {
        List<Integer> pending = new ArrayList<>();
        glyphs.stream().forEach(pending::add);
        while (!pending.isEmpty()) {
            int g = pending.remove(pending.size() - 1);
            if (offsets[g + 1] <= offsets[g]) continue; // an empty glyph
            int at = glyf + offsets[g];
            if (font.getShort(at) >= 0) continue; // a simple glyph: contours, no components
            at += 10;
            int flags;
            do {
                flags = font.getShort(at) & 0xFFFF;
                int component = font.getShort(at + 2) & 0xFFFF;
                if (component < offsets.length - 1 && !glyphs.get(component)) {
                    glyphs.set(component);
                    pending.add(component);
                }
                at += 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
                if ((flags & WE_HAVE_A_SCALE) != 0) at += 2;
                else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) at += 4;
                else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) at += 8;
            } while ((flags & MORE_COMPONENTS) != 0);
        }
    }

    /**
     * A cmap of the code points the font has: format 12 for all (platform 3, encoding 10), which
     * OpenPDF looks characters up in, and format 4 for the BMP (3, 1), which it requires to exist.
     */
    private static byte[] cmap(IntUnaryOperator glyphOf, BitSet codePoints) {
        List<int[]> runs = new ArrayList<>(); // {first code point, last, first glyph}: both consecutive
        codePoints.stream().forEach(cp -> {
            int g = glyphOf.applyAsInt(cp);
            if (g <= 0) return;
            int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last[1] == cp - 1 && last[2] + (cp - last[0]) == g) last[1] = cp;
            else runs.add(new int[] {cp, cp, g});
        });
        ByteBuffer f12 = ByteBuffer.allocate(16 + 12 * runs.size());
        f12.putShort((short) 12).putShort((short) 0).putInt(f12.capacity()).putInt(0).putInt(runs.size());
        for (int[] r : runs) f12.putInt(r[0]).putInt(r[1]).putInt(r[2]);

        List<int[]> bmp = runs.stream().filter(r -> r[1] < 0xFFFF).toList();
        // a format 4 table's length is 16 bits: past that, it keeps only its closing segment
        if (16 + 8 * (bmp.size() + 1) > 0xFFFF) bmp = List.of();
        int segments = bmp.size() + 1; // then the closing 0xFFFF segment
        ByteBuffer f4 = ByteBuffer.allocate(16 + 8 * segments);
        int searchRange = 2 * Integer.highestOneBit(segments);
        f4.putShort((short) 4).putShort((short) f4.capacity()).putShort((short) 0)
                .putShort((short) (2 * segments)).putShort((short) searchRange)
                .putShort((short) (31 - Integer.numberOfLeadingZeros(searchRange / 2)))
                .putShort((short) (2 * segments - searchRange));
        for (int[] r : bmp) f4.putShort((short) r[1]);
        f4.putShort((short) 0xFFFF).putShort((short) 0); // end codes, reserved pad
        for (int[] r : bmp) f4.putShort((short) r[0]);
        f4.putShort((short) 0xFFFF);
        for (int[] r : bmp) f4.putShort((short) (r[2] - r[0]));
        f4.putShort((short) 1);
        for (int i = 0; i < segments; i++) f4.putShort((short) 0); // idRangeOffset: deltas only

        ByteBuffer cmap = ByteBuffer.allocate(4 + 16 + f4.capacity() + f12.capacity());
        cmap.putShort((short) 0).putShort((short) 2);
        cmap.putShort((short) 3).putShort((short) 1).putInt(20);
        cmap.putShort((short) 3).putShort((short) 10).putInt(20 + f4.capacity());
        cmap.put(f4.array()).put(f12.array());
        return cmap.array();
    }

    private record Table(byte[] data, int checksum) {
        static Table of(byte[] data) {
            return new Table(data, TrimmedFont.checksum(data));
        }
    }

    /** The tables in one file: directory sorted by tag, each table 4-byte aligned. */
    private static byte[] assemble(Map<String, Table> tables) {
        int n = tables.size();
        int size = 12 + 16 * n;
        for (Table t : tables.values()) size += (t.data().length + 3) & ~3;
        ByteBuffer out = ByteBuffer.allocate(size);
        int entrySelector = 31 - Integer.numberOfLeadingZeros(n);
        int searchRange = 16 << entrySelector;
        out.putInt(0x00010000).putShort((short) n).putShort((short) searchRange)
                .putShort((short) entrySelector).putShort((short) (16 * n - searchRange));
        int at = 12 + 16 * n;
        for (Map.Entry<String, Table> t : tables.entrySet()) {
            int length = t.getValue().data().length;
            out.put(t.getKey().getBytes(StandardCharsets.US_ASCII)).putInt(t.getValue().checksum()).putInt(at)
                    .putInt(length);
            at += (length + 3) & ~3;
        }
        for (Table t : tables.values()) {
            out.put(t.data());
            out.position((out.position() + 3) & ~3);
        }
        return out.array();
    }

    private static int checksum(byte[] data) {
        int sum = 0;
        for (int i = 0; i < data.length; i += 4) {
            int word = 0;
            for (int k = 0; k < 4; k++) word = (word << 8) | (i + k < data.length ? data[i + k] & 0xFF : 0);
            sum += word;
        }
        return sum;
    }
}
