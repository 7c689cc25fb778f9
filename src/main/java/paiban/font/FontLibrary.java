package paiban.font;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shipped fonts, loaded once per run: the simplified-Chinese faces, and (on first use) the
 * traditional and Japanese ones. Resolves each character to the face that draws it: the role's own
 * face, else the same role's face in the sets this one falls back to (traditional → simplified;
 * Japanese → traditional → simplified, as a rare kanji is nearer Taiwan's forms than the
 * mainland's), else the fallback (楷体, which covers the most rare characters), else none.
 */
public final class FontLibrary {
    private final FontSet set;
    private final Map<FontRole, FontFace> faces;
    /** This library, then those whose faces draw what it lacks, in the order they are tried. */
    private final List<FontLibrary> chain;
    private final Path directory;
    /** Of the simplified library: every set loaded so far, itself included. */
    private final Map<FontSet, FontLibrary> loaded;

    private FontLibrary(FontSet set, Map<FontRole, FontFace> faces, List<FontLibrary> fallbacks, Path directory,
                        Map<FontSet, FontLibrary> loaded) {
        this.set = set;
        this.faces = faces;
        this.chain = new ArrayList<>(fallbacks.size() + 1);
        this.chain.add(this);
        this.chain.addAll(fallbacks);
        this.directory = directory;
        this.loaded = loaded;
    }

    /**
     * Loads the simplified-Chinese faces; the others load when first asked for. Every shipped file
     * is looked for now, so a missing one is reported before any issue is read.
     */
    public static FontLibrary load(Path directory) {
        for (FontSet set : FontSet.values()) {
            for (FontRole role : FontRole.values()) {
                Path file = directory.resolve(role.fileName(set));
                if (!Files.isRegularFile(file)) throw new FontsUnavailableException("font missing: " + file, null);
            }
        }
        Map<FontSet, FontLibrary> loaded = new EnumMap<>(FontSet.class);
        FontLibrary simplified = new FontLibrary(FontSet.SIMPLIFIED, faces(directory, FontSet.SIMPLIFIED, List.of()),
                List.of(), directory, loaded);
        loaded.put(FontSet.SIMPLIFIED, simplified);
        return simplified;
    }

    /** The faces for traditional-Chinese editions (Taiwan's glyph forms), loaded once, on first use. */
    public FontLibrary traditional() {
        return of(FontSet.TRADITIONAL);
    }

    /** The faces of {@code wanted}, loaded once, on first use, sharing the files sets have in common. */
    public FontLibrary of(FontSet wanted) {
        synchronized (loaded) {
            FontLibrary lib = loaded.get(wanted);
            if (lib != null) return lib;
            List<FontLibrary> fallbacks = switch (wanted) {
                case SIMPLIFIED -> List.of();
                case TRADITIONAL -> List.of(of(FontSet.SIMPLIFIED));
                case JAPANESE -> List.of(of(FontSet.TRADITIONAL), of(FontSet.SIMPLIFIED));
            };
            lib = new FontLibrary(wanted, faces(directory, wanted, fallbacks), fallbacks, directory, loaded);
            loaded.put(wanted, lib);
            return lib;
        }
    }

    /** The faces of {@code set}, taking a file a set it falls back to has loaded already from that set. */
    private static Map<FontRole, FontFace> faces(Path directory, FontSet set, List<FontLibrary> fallbacks) {
        Map<String, FontFace> byFile = new HashMap<>();
        for (FontLibrary lib : fallbacks) {
            for (FontFace face : lib.faces.values()) byFile.put(face.file().getFileName().toString(), face);
        }
        Map<FontRole, FontFace> faces = new EnumMap<>(FontRole.class);
        for (FontRole role : FontRole.values()) {
            String name = role.fileName(set);
            FontFace face = byFile.get(name);
            if (face == null) {
                Path file = directory.resolve(name);
                try {
                    face = FontFace.load(name.replace(".ttf", ""), file);
                } catch (UncheckedIOException | IllegalArgumentException | IndexOutOfBoundsException e) {
                    throw new FontsUnavailableException("cannot read font " + file + ": " + e.getMessage(), e);
                }
                byFile.put(name, face);
            }
            faces.put(role, face);
        }
        return faces;
    }

    /**
     * Finds the fonts folder: {@code PAIBAN_FONTS} if set, else {@code fonts/} in the working
     * directory, else {@code fonts/} beside the folder holding the running jar.
     */
    public static Path locate() {
        String env = System.getenv("PAIBAN_FONTS");
        if (env != null && !env.isBlank()) return Path.of(env);
        Path local = Path.of("fonts");
        if (Files.isDirectory(local)) return local.toAbsolutePath();
        try {
            Path jar = Path.of(FontLibrary.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path candidate = jar.getParent().getParent().resolve("fonts");
            if (Files.isDirectory(candidate)) return candidate;
        } catch (Exception e) {
            // fall through to the working-directory answer, which names the missing folder
        }
        return local.toAbsolutePath();
    }

    /** Which faces these are. */
    public FontSet set() {
        return set;
    }

    public FontFace face(FontRole role) {
        return faces.get(role);
    }

    /** The set's 楷体-role face, tried for a character no face of its role has. */
    public FontFace fallback() {
        return faces.get(FontRole.KAI);
    }

    /**
     * The face that draws {@code codePoint} in {@code role}, or null when no shipped font has it.
     * The role's face in this set, then in each set it falls back to, so a character keeps its
     * role's style: a simplified character in a traditional edition, a rare kanji in a Japanese
     * one. A bold role keeps its weight where any bold face has the character; otherwise the
     * caller emboldens what the fallback draws (see {@link #lacksWeight}).
     */
    public FontFace resolve(FontRole role, int codePoint) {
        for (FontLibrary lib : chain) {
            if (lib.face(role).has(codePoint)) return lib.face(role);
        }
        for (FontLibrary lib : chain) {
            if (lib.fallback().has(codePoint)) return lib.fallback();
        }
        for (FontLibrary lib : chain) {
            for (FontFace f : lib.faces.values()) {
                if (f.has(codePoint)) return f;
            }
        }
        return null;
    }

    /** Whether some face of this library draws {@code codePoint} (in every role, then: see {@link #resolve}). */
    public boolean draws(int codePoint) {
        for (FontLibrary lib : chain) {
            for (FontFace f : lib.faces.values()) {
                if (f.has(codePoint)) return true;
            }
        }
        return false;
    }

    /** Whether {@code face}, drawing a character of a bold {@code role}, is lighter than the role: it must be emboldened. */
    public boolean lacksWeight(FontRole role, FontFace face) {
        if (!role.bold() || face == null) return false;
        for (FontLibrary lib : chain) {
            if (lib.face(role) == face) return false;
        }
        return true;
    }
}
