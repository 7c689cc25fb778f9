package paiban.font;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The shipped fonts, loaded once per run. Resolves each character to the face that draws it:
 * the role's own face, else the fallback (楷体, which covers the most rare characters), else none.
 */
public final class FontLibrary {
    private final Map<FontRole, FontFace> faces;

    private FontLibrary(Map<FontRole, FontFace> faces) {
        this.faces = faces;
    }

    public static FontLibrary load(Path directory) {
        Map<FontRole, FontFace> faces = new EnumMap<>(FontRole.class);
        for (FontRole role : FontRole.values()) {
            Path file = directory.resolve(role.fileName());
            if (!Files.isRegularFile(file)) {
                throw new FontsUnavailableException("font missing: " + file, null);
            }
            try {
                faces.put(role, FontFace.load(role.fileName().replace(".ttf", ""), file));
            } catch (UncheckedIOException | IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new FontsUnavailableException("cannot read font " + file + ": " + e.getMessage(), e);
            }
        }
        return new FontLibrary(faces);
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

    /** The face that draws {@code codePoint} in {@code role}, or null when no shipped font has it. */
    public FontFace resolve(FontRole role, int codePoint) {
        FontFace own = faces.get(role);
        if (own.has(codePoint)) return own;
        FontFace fb = fallback();
        if (fb.has(codePoint)) return fb;
        for (FontFace f : faces.values()) {
            if (f.has(codePoint)) return f;
        }
        return null;
    }
}
