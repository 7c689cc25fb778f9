package paiban.font;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Metrics of one TrueType font file, read from its cmap, hmtx, hhea and head tables. Layout
 * measures text with this; the PDF renderer embeds the same file. Widths are in 1/1000 em.
 */
public final class FontFace {
    private final String name;
    private final Path file;
    private final int unitsPerEm;
    private final int ascender;
    private final int descender;
    private final int[] bmpGlyphs;
    private final int[] supplementaryGroups;
    private final int[] advances;
    /** Where the ink of each of {@link #PUNCTUATION} lies: fonts for the mainland and Japan set 。 left, Taiwan's centred. */
    private final byte[] inkSides = new byte[PUNCTUATION.length()];

    /**
     * Where the top of the ideographic em box lies above the baseline, in em: every CJK face
     * shipped sets its ideographs in a box from -0.12 to 0.88 em, and PDF's default vertical
     * metrics (DW2 [880 -1000]) put a vertical glyph's origin at that box's top centre. Vertical
     * lines centre what they turn or set 縦中横 on the box.
     */
    public static final double EM_BOX_TOP = 0.88;

    /** Full-width marks whose blank half, if they have one, punctuation adjustment may take up. */
    private static final String PUNCTUATION = "。，、：；！？．“”‘’「」『』（）〔〕［］｛｝【】〖〗《》〈〉";
    private static final byte BOTH_HALVES = 0, LEFT_HALF = 1, RIGHT_HALF = 2;
    /** In vertical text the halves are the em's top and bottom (、。 of Japanese faces sit in the top one). */
    private static final byte TOP_HALF = LEFT_HALF, BOTTOM_HALF = RIGHT_HALF;

    /** The vertical forms and where {@link #PUNCTUATION}'s upright ink lies, read on first use. */
    private volatile Vertical vertical;

    private record Vertical(VerticalForms forms, byte[] inkSides) {
    }

    private FontFace(String name, Path file, int unitsPerEm, int ascender, int descender,
                     int[] bmpGlyphs, int[] supplementaryGroups, int[] advances) {
        this.name = name;
        this.file = file;
        this.unitsPerEm = unitsPerEm;
        this.ascender = ascender;
        this.descender = descender;
        this.bmpGlyphs = bmpGlyphs;
        this.supplementaryGroups = supplementaryGroups;
        this.advances = advances;
    }

    public static FontFace load(String name, Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buf = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
            return parse(name, file, buf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        }
    }

    private static FontFace parse(String name, Path file, ByteBuffer buf) {
        Map<String, Integer> tables = tables(buf);
        int head = tables.getOrDefault("head", -1), hhea = tables.getOrDefault("hhea", -1);
        int hmtx = tables.getOrDefault("hmtx", -1), cmap = tables.getOrDefault("cmap", -1);
        int glyf = tables.getOrDefault("glyf", -1), loca = tables.getOrDefault("loca", -1);
        if (glyf < 0 || loca < 0) {
            // the PDF embeds TrueType outlines; a CFF (.otf) font renamed .ttf would fail only then
            throw new IllegalArgumentException("not a font with TrueType outlines (glyf and loca tables): " + file);
        }
        if (head < 0 || hhea < 0 || hmtx < 0 || cmap < 0) {
            throw new IllegalArgumentException("not a TrueType font with head/hhea/hmtx/cmap: " + file);
        }
        int unitsPerEm = u16(buf, head + 18);
        int ascender = buf.getShort(hhea + 4);
        int descender = buf.getShort(hhea + 6);
        int numberOfHMetrics = u16(buf, hhea + 34);
        int[] advances = new int[numberOfHMetrics];
        for (int i = 0; i < numberOfHMetrics; i++) advances[i] = u16(buf, hmtx + 4 * i);

        int[] bmp = new int[0x10000];
        int[] groups = new int[0];
        int fmt4 = -1, fmt12 = -1;
        int numSub = u16(buf, cmap + 2);
        for (int i = 0; i < numSub; i++) {
            int platform = u16(buf, cmap + 4 + 8 * i);
            int encoding = u16(buf, cmap + 6 + 8 * i);
            int offset = cmap + buf.getInt(cmap + 8 + 8 * i);
            int format = u16(buf, offset);
            boolean unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
            if (!unicode) continue;
            if (format == 4 && fmt4 < 0) fmt4 = offset;
            if (format == 12 && fmt12 < 0) fmt12 = offset;
        }
        if (fmt12 >= 0) {
            int nGroups = buf.getInt(fmt12 + 12);
            groups = new int[nGroups * 3];
            for (int g = 0; g < nGroups; g++) {
                int start = buf.getInt(fmt12 + 16 + 12 * g);
                int end = buf.getInt(fmt12 + 20 + 12 * g);
                int glyph = buf.getInt(fmt12 + 24 + 12 * g);
                groups[3 * g] = start;
                groups[3 * g + 1] = end;
                groups[3 * g + 2] = glyph;
                for (int cp = start; cp <= end && cp < 0x10000; cp++) bmp[cp] = glyph + (cp - start);
            }
        } else if (fmt4 >= 0) {
            readFormat4(buf, fmt4, bmp);
        } else {
            throw new IllegalArgumentException("font has no Unicode cmap: " + file);
        }
        FontFace face = new FontFace(name, file, unitsPerEm, ascender, descender, bmp, groups, advances);
        boolean longLoca = buf.getShort(head + 50) != 0;
        for (int i = 0; i < PUNCTUATION.length(); i++) {
            int g = face.glyph(PUNCTUATION.charAt(i));
            face.inkSides[i] = g == 0 ? BOTH_HALVES : inkSide(buf, glyf, loca, longLoca, g, unitsPerEm, advances);
        }
        return face;
    }

    /** Each table's offset by tag. */
    private static Map<String, Integer> tables(ByteBuffer buf) {
        Map<String, Integer> tables = new HashMap<>();
        int numTables = u16(buf, 4);
        for (int i = 0; i < numTables; i++) {
            int rec = 12 + 16 * i;
            byte[] tag = new byte[4];
            buf.get(rec, tag);
            tables.put(new String(tag, StandardCharsets.US_ASCII), buf.getInt(rec + 8));
        }
        return tables;
    }

    /** Where glyph {@code g}'s outline starts in glyf, or -1 when it has none. */
    private static int outline(ByteBuffer buf, int glyf, int loca, boolean longLoca, int g) {
        int start = longLoca ? buf.getInt(loca + 4 * g) : u16(buf, loca + 2 * g) * 2;
        int end = longLoca ? buf.getInt(loca + 4 * g + 4) : u16(buf, loca + 2 * g + 2) * 2;
        return end <= start ? -1 : glyf + start;
    }

    /** Which half of its advance a glyph's outline lies in, from the glyph's own bounding box. */
    private static byte inkSide(ByteBuffer buf, int glyf, int loca, boolean longLoca, int g, int unitsPerEm,
                                int[] advances) {
        int at = outline(buf, glyf, loca, longLoca, g);
        if (at < 0) return BOTH_HALVES;
        int xMin = buf.getShort(at + 2), xMax = buf.getShort(at + 6);
        int half = advances[Math.min(g, advances.length - 1)] / 2;
        if (xMax <= half) return LEFT_HALF;
        if (xMin >= half) return RIGHT_HALF;
        return BOTH_HALVES;
    }

    private static void readFormat4(ByteBuffer buf, int at, int[] bmp) {
        int segX2 = u16(buf, at + 6);
        int ends = at + 14;
        int starts = ends + segX2 + 2;
        int deltas = starts + segX2;
        int rangeOffsets = deltas + segX2;
        for (int s = 0; s < segX2 / 2; s++) {
            int end = u16(buf, ends + 2 * s);
            int start = u16(buf, starts + 2 * s);
            int delta = buf.getShort(deltas + 2 * s);
            int ro = u16(buf, rangeOffsets + 2 * s);
            for (int cp = start; cp <= end && cp != 0xFFFF; cp++) {
                int glyph;
                if (ro == 0) {
                    glyph = (cp + delta) & 0xFFFF;
                } else {
                    int g = u16(buf, rangeOffsets + 2 * s + ro + 2 * (cp - start));
                    glyph = g == 0 ? 0 : (g + delta) & 0xFFFF;
                }
                bmp[cp] = glyph;
            }
        }
    }

    private static int u16(ByteBuffer buf, int at) {
        return buf.getShort(at) & 0xFFFF;
    }

    public String name() {
        return name;
    }

    public Path file() {
        return file;
    }

    /** The glyph id for a code point, 0 (.notdef) when the font lacks it. */
    public int glyph(int codePoint) {
        if (codePoint < 0x10000) return bmpGlyphs[codePoint];
        int lo = 0, hi = supplementaryGroups.length / 3 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (codePoint < supplementaryGroups[3 * mid]) hi = mid - 1;
            else if (codePoint > supplementaryGroups[3 * mid + 1]) lo = mid + 1;
            else return supplementaryGroups[3 * mid + 2] + codePoint - supplementaryGroups[3 * mid];
        }
        return 0;
    }

    /** Whether the mark's ink lies in the left half of its em, the right half blank (。 in mainland fonts). */
    public boolean inkInLeftHalf(int codePoint) {
        int i = PUNCTUATION.indexOf(codePoint);
        return i >= 0 && inkSides[i] == LEFT_HALF;
    }

    /** Whether the mark's ink lies in the right half of its em, the left half blank (「 and “). */
    public boolean inkInRightHalf(int codePoint) {
        int i = PUNCTUATION.indexOf(codePoint);
        return i >= 0 && inkSides[i] == RIGHT_HALF;
    }

    public boolean has(int codePoint) {
        return glyph(codePoint) != 0;
    }

    /** Advance width in 1/1000 em; the .notdef width for a missing glyph. */
    public int advance(int codePoint) {
        int g = glyph(codePoint);
        int units = advances[Math.min(g, advances.length - 1)];
        return Math.round(units * 1000f / unitsPerEm);
    }

    /** Ascender above the baseline, 1/1000 em (positive). */
    public int ascender() {
        return Math.round(ascender * 1000f / unitsPerEm);
    }

    /** Descender below the baseline, 1/1000 em (negative). */
    public int descender() {
        return Math.round(descender * 1000f / unitsPerEm);
    }

    /**
     * The glyph id of the character's vertical form ({@code vert}/{@code vrt2}: 、。 in the top
     * right of the em, brackets and ー turned), or 0 when its upright form is its horizontal glyph.
     * A face without a vertical form of its own draws a stand-in: the em dash — of CJK text, which
     * the Noto faces draw proportional, takes the full-width dash's (U+2015), so that —— runs down
     * the line; “ ” of Japanese text, which the JP faces draw proportional, take 〝 〟, the forms
     * jlreq gives double quotes in vertical text.
     */
    public int verticalGlyph(int codePoint) {
        int alternate = vertical().forms().alternate(glyph(codePoint));
        if (alternate != 0) return alternate;
        if (codePoint == EM_DASH) return vertical().forms().alternate(glyph(HORIZONTAL_BAR));
        int quote = codePoint == LEFT_DOUBLE_QUOTE ? REVERSED_DOUBLE_PRIME_QUOTE
                : codePoint == RIGHT_DOUBLE_QUOTE ? LOW_DOUBLE_PRIME_QUOTE : 0;
        return quote != 0 && has(quote) ? vertical().forms().alternate(glyph(quote)) : 0;
    }

    private static final int EM_DASH = 0x2014, HORIZONTAL_BAR = 0x2015;
    private static final int LEFT_DOUBLE_QUOTE = 0x201C, RIGHT_DOUBLE_QUOTE = 0x201D;
    private static final int REVERSED_DOUBLE_PRIME_QUOTE = 0x301D, LOW_DOUBLE_PRIME_QUOTE = 0x301F;

    /** The advance down a vertical line of the character set upright, 1/1000 em; 1 em when the face has no vmtx. */
    public int verticalAdvance(int codePoint) {
        int alternate = verticalGlyph(codePoint);
        int units = vertical().forms().advance(alternate != 0 ? alternate : glyph(codePoint));
        return units < 0 ? 1000 : Math.round(units * 1000f / unitsPerEm);
    }

    /** Whether the mark's vertical form has its ink in the top half of the em, the bottom blank (、。」 in vertical text). */
    public boolean inkInTopHalf(int codePoint) {
        int i = PUNCTUATION.indexOf(codePoint);
        return i >= 0 && vertical().inkSides()[i] == TOP_HALF;
    }

    /** Whether the mark's vertical form has its ink in the bottom half of the em, the top blank (「 in vertical text). */
    public boolean inkInBottomHalf(int codePoint) {
        int i = PUNCTUATION.indexOf(codePoint);
        return i >= 0 && vertical().inkSides()[i] == BOTTOM_HALF;
    }

    private Vertical vertical() {
        Vertical v = vertical;
        if (v != null) return v;
        synchronized (this) {
            if (vertical == null) vertical = readVertical();
            return vertical;
        }
    }

    /** Maps the file again: most runs set nothing vertically, and those that do read these tables once. */
    private Vertical readVertical() {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buf = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
            Map<String, Integer> tables = tables(buf);
            VerticalForms forms = VerticalForms.read(buf, tables);
            boolean longLoca = buf.getShort(tables.get("head") + 50) != 0;
            byte[] sides = new byte[PUNCTUATION.length()];
            for (int i = 0; i < sides.length; i++) {
                int g = glyph(PUNCTUATION.charAt(i));
                int alternate = forms.alternate(g);
                if (alternate != 0) g = alternate;
                int at = g == 0 || forms.advance(g) < 0 ? -1 : outline(buf, tables.get("glyf"), tables.get("loca"), longLoca, g);
                if (at < 0) continue;
                // the ink runs down from the top side bearing for the outline's height
                int top = forms.topBearing(g);
                int bottom = top + buf.getShort(at + 8) - buf.getShort(at + 4);
                int half = forms.advance(g) / 2;
                sides[i] = bottom <= half ? TOP_HALF : top >= half ? BOTTOM_HALF : BOTH_HALVES;
            }
            return new Vertical(forms, sides);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        }
    }

    @Override
    public String toString() {
        return name + " (" + file.getFileName() + ")";
    }
}
