package paiban.font;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a face needs to set text vertically: the glyph substitutions of its {@code vert} and
 * {@code vrt2} OpenType features (GSUB single substitutions, lookup type 1, possibly inside
 * extension lookups, type 7), and each glyph's vertical advance and top side bearing (vhea/vmtx).
 * Read once per face, when vertical text first asks.
 */
final class VerticalForms {
    private static final int SINGLE = 1, EXTENSION = 7;

    /** glyph → its vertical alternate, the features' lookups applied in lookup-list order. */
    private final Map<Integer, Integer> alternates;
    /** Advance heights in font units per glyph (the last repeats for the rest); empty without vmtx. */
    private final int[] advances;
    /** Distance from the vertical origin (top of the em box) down to each glyph's ink, font units. */
    private final short[] topBearings;

    private VerticalForms(Map<Integer, Integer> alternates, int[] advances, short[] topBearings) {
        this.alternates = alternates;
        this.advances = advances;
        this.topBearings = topBearings;
    }

    /** The forms of the font in {@code buf}, its tables at {@code tables} (tag → offset). */
    static VerticalForms read(ByteBuffer buf, Map<String, Integer> tables) {
        Map<Integer, Integer> alternates = tables.containsKey("GSUB") ? alternates(buf, tables.get("GSUB")) : Map.of();
        int[] advances = new int[0];
        short[] bearings = new short[0];
        Integer vhea = tables.get("vhea"), vmtx = tables.get("vmtx"), maxp = tables.get("maxp");
        if (vhea != null && vmtx != null && maxp != null) {
            int longMetrics = u16(buf, vhea + 34);
            int numGlyphs = u16(buf, maxp + 4);
            advances = new int[longMetrics];
            bearings = new short[Math.max(numGlyphs, longMetrics)];
            for (int g = 0; g < longMetrics; g++) {
                advances[g] = u16(buf, vmtx + 4 * g);
                bearings[g] = buf.getShort(vmtx + 4 * g + 2);
            }
            for (int g = longMetrics; g < numGlyphs; g++) bearings[g] = buf.getShort(vmtx + 4 * longMetrics + 2 * (g - longMetrics));
        }
        return new VerticalForms(alternates, advances, bearings);
    }

    /** The vertical alternate of {@code glyph}, or 0 when it has none. */
    int alternate(int glyph) {
        return alternates.getOrDefault(glyph, 0);
    }

    /** The advance height of {@code glyph} in font units, or -1 when the font has no vmtx. */
    int advance(int glyph) {
        return advances.length == 0 ? -1 : advances[Math.min(glyph, advances.length - 1)];
    }

    /** The top side bearing of {@code glyph} in font units, or 0 when the font has no vmtx. */
    int topBearing(int glyph) {
        return glyph < topBearings.length ? topBearings[glyph] : 0;
    }

    /**
     * The substitutions of the {@code vert} and {@code vrt2} features of the Han script's default
     * language system (else the default script's, else every such feature): the two features
     * the CJK fonts ship share most lookups, and a lookup listed by both is applied once.
     */
    private static Map<Integer, Integer> alternates(ByteBuffer buf, int gsub) {
        int scripts = gsub + u16(buf, gsub + 4);
        int features = gsub + u16(buf, gsub + 6);
        int lookups = gsub + u16(buf, gsub + 8);
        int langSys = defaultLangSys(buf, scripts, "hani");
        if (langSys < 0) langSys = defaultLangSys(buf, scripts, "DFLT");
        TreeSet<Integer> lookupIndices = new TreeSet<>();
        int featureCount = u16(buf, features);
        for (int f = 0; f < featureCount; f++) {
            String tag = tag(buf, features + 2 + 6 * f);
            if (!tag.equals("vert") && !tag.equals("vrt2")) continue;
            if (langSys >= 0 && !listsFeature(buf, langSys, f)) continue;
            int feature = features + u16(buf, features + 6 + 6 * f);
            int count = u16(buf, feature + 2);
            for (int k = 0; k < count; k++) lookupIndices.add(u16(buf, feature + 4 + 2 * k));
        }
        Map<Integer, Integer> alternates = new HashMap<>();
        for (int index : lookupIndices) {
            int lookup = lookups + u16(buf, lookups + 2 + 2 * index);
            int type = u16(buf, lookup);
            int subtables = u16(buf, lookup + 4);
            Map<Integer, Integer> step = new HashMap<>();
            for (int s = 0; s < subtables; s++) {
                int sub = lookup + u16(buf, lookup + 6 + 2 * s);
                int subType = type;
                if (type == EXTENSION) {
                    subType = u16(buf, sub + 2);
                    sub += buf.getInt(sub + 4);
                }
                if (subType == SINGLE) singleSubstitutions(buf, sub, step);
            }
            // a later lookup applies to what the earlier ones produced, and to untouched glyphs
            for (Map.Entry<Integer, Integer> e : alternates.entrySet()) {
                Integer next = step.get(e.getValue());
                if (next != null) e.setValue(next);
            }
            for (Map.Entry<Integer, Integer> e : step.entrySet()) alternates.putIfAbsent(e.getKey(), e.getValue());
        }
        return alternates;
    }

    /** The default LangSys table of {@code script}, or -1 when the font lists no such script or it has none. */
    private static int defaultLangSys(ByteBuffer buf, int scripts, String script) {
        int count = u16(buf, scripts);
        for (int s = 0; s < count; s++) {
            if (!tag(buf, scripts + 2 + 6 * s).equals(script)) continue;
            int table = scripts + u16(buf, scripts + 6 + 6 * s);
            int defaultLangSys = u16(buf, table);
            return defaultLangSys == 0 ? -1 : table + defaultLangSys;
        }
        return -1;
    }

    private static boolean listsFeature(ByteBuffer buf, int langSys, int feature) {
        int count = u16(buf, langSys + 4);
        for (int k = 0; k < count; k++) {
            if (u16(buf, langSys + 6 + 2 * k) == feature) return true;
        }
        return false;
    }

    /** A single substitution subtable: format 1 adds a delta to each covered glyph, format 2 lists the substitutes. */
    private static void singleSubstitutions(ByteBuffer buf, int sub, Map<Integer, Integer> into) {
        int format = u16(buf, sub);
        int coverage = sub + u16(buf, sub + 2);
        int[] covered = coverage(buf, coverage);
        if (format == 1) {
            int delta = buf.getShort(sub + 4);
            for (int g : covered) into.putIfAbsent(g, (g + delta) & 0xFFFF);
        } else if (format == 2) {
            int count = u16(buf, sub + 4);
            for (int i = 0; i < covered.length && i < count; i++) into.putIfAbsent(covered[i], u16(buf, sub + 6 + 2 * i));
        }
    }

    /** The glyphs of a coverage table in coverage-index order. */
    private static int[] coverage(ByteBuffer buf, int at) {
        int format = u16(buf, at);
        if (format == 1) {
            int[] glyphs = new int[u16(buf, at + 2)];
            for (int i = 0; i < glyphs.length; i++) glyphs[i] = u16(buf, at + 4 + 2 * i);
            return glyphs;
        }
        if (format != 2) return new int[0];
        int ranges = u16(buf, at + 2);
        int total = 0;
        for (int r = 0; r < ranges; r++) {
            int rec = at + 4 + 6 * r;
            total = Math.max(total, u16(buf, rec + 4) + u16(buf, rec + 2) - u16(buf, rec) + 1);
        }
        int[] glyphs = new int[total];
        for (int r = 0; r < ranges; r++) {
            int rec = at + 4 + 6 * r;
            int start = u16(buf, rec), end = u16(buf, rec + 2), index = u16(buf, rec + 4);
            for (int g = start; g <= end; g++) glyphs[index + g - start] = g;
        }
        return glyphs;
    }

    private static String tag(ByteBuffer buf, int at) {
        byte[] t = new byte[4];
        buf.get(at, t);
        return new String(t, StandardCharsets.US_ASCII);
    }

    private static int u16(ByteBuffer buf, int at) {
        return buf.getShort(at) & 0xFFFF;
    }
}
