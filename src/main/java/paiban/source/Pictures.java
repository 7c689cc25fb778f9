package paiban.source;

import paiban.diag.Diagnostics;
import paiban.diag.SourceSpan;
import paiban.model.Picture;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Resolves picture paths inside the issue folder and reads their pixel size from the header.
 * Each file is checked once; every use of a bad file gets its own error at the naming line.
 */
final class Pictures {
    static final long MAX_PIXELS = 60_000_000L;
    static final long MAX_FILE_BYTES = 100L * 1024 * 1024;
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    private final SourceTree tree;
    private final Map<Path, Probe> probed = new HashMap<>();

    /** A checked file: its size, or why it cannot be used. */
    private record Probe(int width, int height, String problem, String hint) {
    }

    Pictures(SourceTree tree) {
        this.tree = tree;
    }

    /**
     * The picture named by {@code ref} in the file of {@code span} (relative to {@code baseDir});
     * empty with an error at {@code span} when it cannot be used.
     */
    Optional<Picture> resolve(String ref, Path baseDir, String alt, String caption, String credit,
                              SourceSpan span, Diagnostics diags) {
        String r = ref.strip();
        if (r.isEmpty()) {
            diags.error(span, "picture path is empty", "name a file in the issue folder, e.g. ../images/photo.jpg");
            return Optional.empty();
        }
        if (SCHEME.matcher(r).matches() && !r.matches("^[a-zA-Z]:[\\\\/].*")) {
            diags.error(span, "picture '" + r + "' is a URL; pictures must be files inside the issue folder",
                    "download it into the issue's images/ folder and name it relative to the article");
            return Optional.empty();
        }
        Path p;
        try {
            p = Path.of(r);
        } catch (InvalidPathException e) {
            diags.error(span, "picture path '" + r + "' is not a valid file name");
            return Optional.empty();
        }
        if (p.isAbsolute() || r.startsWith("/") || r.startsWith("\\") || r.matches("^[a-zA-Z]:.*")) {
            diags.error(span, "picture path '" + r + "' is absolute; pictures must be inside the issue folder",
                    "name it relative to the article file, e.g. ../images/photo.jpg");
            return Optional.empty();
        }
        Path file = baseDir.resolve(p).normalize();
        if (!tree.containsLexically(file)) {
            diags.error(span, "picture '" + r + "' leaves the issue folder",
                    "copy the picture into the issue's images/ folder and name it relative to the article");
            return Optional.empty();
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            diags.error(span, "picture '" + r + "' not found (looked for " + tree.display(file) + ")"
                    + nearbyName(file), "check the file name and that it is relative to the article file");
            return Optional.empty();
        }
        Probe probe = probed.computeIfAbsent(file, this::probe);
        if (probe.problem() != null) {
            String message = "picture '" + r + "' " + probe.problem();
            if (probe.hint() == null) diags.error(span, message);
            else diags.error(span, message, probe.hint());
            return Optional.empty();
        }
        return Optional.of(new Picture(file, probe.width(), probe.height(), alt, caption, credit, span));
    }

    private String nearbyName(Path file) {
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) return "";
        try (Stream<Path> s = Files.list(dir)) {
            String given = file.getFileName().toString();
            List<String> names = s.map(x -> x.getFileName().toString()).sorted().toList();
            String typo = Suggest.didYouMean(given, names);
            if (!typo.isEmpty()) return typo;
            // a shortened name: bridge.jpg for bridge-dusk.jpg, when one file alone fits
            String stem = stem(given).toLowerCase(Locale.ROOT);
            List<String> longer = stem.isEmpty() ? List.of() : names.stream()
                    .filter(n -> stem(n).toLowerCase(Locale.ROOT).startsWith(stem)).toList();
            return longer.size() == 1 ? " — did you mean '" + longer.get(0) + "'?" : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private Probe probe(Path file) {
        try {
            if (!tree.containsReally(file)) {
                return new Probe(0, 0, "is a symbolic link to a file outside the issue folder",
                        "copy the picture into the issue folder instead of linking to it");
            }
            if (!Files.isRegularFile(file)) return new Probe(0, 0, "is not a file", null);
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return new Probe(0, 0, "is " + size / (1024 * 1024) + " MB; the limit is 100 MB",
                        "save it with stronger JPEG compression or fewer pixels");
            }
            byte[] bytes = Files.readAllBytes(file);
            String kind = kindOf(bytes);
            if (kind == null) {
                return new Probe(0, 0, "is not a JPEG or PNG image",
                        "save the picture as JPEG or PNG; renaming a file does not convert it");
            }
            String truncated = kind.equals("JPEG") ? jpegProblem(bytes) : pngProblem(bytes);
            if (truncated != null) {
                return new Probe(0, 0, "is a damaged " + kind + ": " + truncated,
                        "export or download the picture again");
            }
            return size(bytes, kind);
        } catch (IOException e) {
            return new Probe(0, 0, "cannot be read: " + e.getMessage(), null);
        }
    }

    private static Probe size(byte[] bytes, String kind) throws IOException {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return new Probe(0, 0, "is not a readable " + kind, null);
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w <= 0 || h <= 0) return new Probe(0, 0, "has no pixels", null);
                if ((long) w * h > MAX_PIXELS) {
                    return new Probe(0, 0, String.format("is %d×%d pixels (%.1f megapixels); the limit is 60",
                            w, h, (double) w * h / 1e6), "scale the picture down; 300 dpi print needs far fewer pixels");
                }
                return new Probe(w, h, null, null);
            } catch (IOException | RuntimeException e) {
                return new Probe(0, 0, "is a damaged " + kind + ": " + e.getMessage(), "export or download the picture again");
            } finally {
                reader.dispose();
            }
        }
    }

    private static String kindOf(byte[] b) {
        if (TextFile.startsWith(b, 0xFF, 0xD8, 0xFF)) return "JPEG";
        if (TextFile.startsWith(b, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')) return "PNG";
        return null;
    }

    /**
     * Walks the JPEG segments up to the scan, then looks for the end-of-image marker: a truncated
     * file lacks it (ImageIO only warns and decodes half a picture).
     */
    private static String jpegProblem(byte[] b) {
        int i = 2;
        while (true) {
            while (i < b.length && (b[i] & 0xFF) == 0xFF) i++;
            if (i >= b.length) return "it ends before the image data";
            int marker = b[i] & 0xFF;
            i++;
            if (marker == 0xD9) return "it ends before the image data";
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) continue;
            if (i + 2 > b.length) return "it ends inside a header";
            int len = ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
            if (len < 2 || i + len > b.length) return "it ends inside a header";
            i += len;
            if (marker == 0xDA) break;
        }
        for (int j = i; j + 1 < b.length; j++) {
            if ((b[j] & 0xFF) == 0xFF && (b[j + 1] & 0xFF) == 0xD9) return null;
        }
        return "it is cut off (no end-of-image marker)";
    }

    /** Walks the PNG chunks: a whole file ends with IEND. */
    private static String pngProblem(byte[] b) {
        int i = 8;
        while (i + 8 <= b.length) {
            long len = ((long) (b[i] & 0xFF) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            String type = new String(b, i + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (i + 12 + len > b.length) return "it is cut off inside a '" + type + "' chunk";
            if (type.equals("IEND")) return null;
            i += (int) (12 + len);
        }
        return "it is cut off (no IEND chunk)";
    }
}
