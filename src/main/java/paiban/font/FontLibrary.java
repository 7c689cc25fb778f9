package paiban.font;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The shipped fonts, loaded once per run, in simplified-Chinese faces and (on first use)
 * traditional ones. Resolves each character to the face that draws it: the role's own face, else
 * (in a traditional library) the role's simplified face, else the fallback (楷体, which covers the
 * most rare characters), else none.
 */
public final class FontLibrary {
    private final Map<FontRole, FontFace> faces;
    /** Of a traditional library: the simplified one, whose faces are tried after its own. */
    private final FontLibrary simplified;
    private final Path directory;
    private FontLibrary traditional;

    private FontLibrary(Map<FontRole, FontFace> faces, FontLibrary simplified, Path directory) {
        this.faces = faces;
        this.simplified = simplified;
        this.directory = directory;
    }

    /**
     * Loads the simplified-Chinese faces; the traditional ones load when first asked for. Every
     * shipped file is looked for now, so a missing one is reported before any issue is read.
     */
    public static FontLibrary load(Path directory) {
        for (FontRole role : FontRole.values()) {
            for (String name : new String[] {role.fileName(), role.traditionalFileName()}) {
                if (!Files.isRegularFile(directory.resolve(name))) {
                    throw new FontsUnavailableException("font missing: " + directory.resolve(name), null);
                }
            }
        }
        return new FontLibrary(faces(directory, null), null, directory);
    }

    /** The faces for traditional-Chinese editions (Taiwan's glyph forms), loaded once, on first use. */
    public synchronized FontLibrary traditional() {
        if (simplified != null) return this;
        if (traditional == null) traditional = new FontLibrary(faces(directory, this), this, directory);
        return traditional;
    }

    /** The simplified faces, or with {@code simplified} given the traditional ones, sharing the files both use. */
    private static Map<FontRole, FontFace> faces(Path directory, FontLibrary simplified) {
        Map<FontRole, FontFace> faces = new EnumMap<>(FontRole.class);
        for (FontRole role : FontRole.values()) {
            String name = simplified == null ? role.fileName() : role.traditionalFileName();
            if (simplified != null && name.equals(role.fileName())) {
                faces.put(role, simplified.face(role));
                continue;
            }
            Path file = directory.resolve(name);
            try {
                faces.put(role, FontFace.load(name.replace(".ttf", ""), file));
            } catch (UncheckedIOException | IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new FontsUnavailableException("cannot read font " + file + ": " + e.getMessage(), e);
            }
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

    public FontFace face(FontRole role) {
        return faces.get(role);
    }

    public FontFace fallback() {
        return faces.get(FontRole.KAI);
    }

    /**
     * The face that draws {@code codePoint} in {@code role}, or null when no shipped font has it. A
     * bold role keeps its weight where any bold face has the character; otherwise the caller
     * emboldens what the fallback draws (see {@link #lacksWeight}).
     */
    public FontFace resolve(FontRole role, int codePoint) {
        FontFace own = faces.get(role);
        if (own.has(codePoint)) return own;
        // a simplified character in a traditional edition keeps its role's style
        if (simplified != null && simplified.face(role).has(codePoint)) return simplified.face(role);
        if (role.bold()) {
            for (FontLibrary lib : new FontLibrary[] {this, simplified}) {
                if (lib == null) continue;
                for (FontRole other : FontRole.values()) {
                    if (other.bold() && lib.face(other).has(codePoint)) return lib.face(other);
                }
            }
        }
        FontFace fb = fallback();
        if (fb.has(codePoint)) return fb;
        for (FontLibrary lib : new FontLibrary[] {this, simplified}) {
            if (lib == null) continue;
            for (FontFace f : lib.faces.values()) {
                if (f.has(codePoint)) return f;
            }
        }
        return null;
    }

    /** Whether some face of this library draws {@code codePoint} (in every role, then: see {@link #resolve}). */
    public boolean draws(int codePoint) {
        return resolve(FontRole.SERIF, codePoint) != null;
    }

    /** Whether {@code face}, drawing a character of a bold {@code role}, is lighter than the role: it must be emboldened. */
    public boolean lacksWeight(FontRole role, FontFace face) {
        if (!role.bold() || face == null) return false;
        for (FontLibrary lib : new FontLibrary[] {this, simplified}) {
            if (lib == null) continue;
            for (FontRole other : FontRole.values()) {
                if (other.bold() && lib.face(other) == face) return false;
            }
        }
        return true;
    }
}
