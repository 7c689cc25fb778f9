package paiban.source;

import paiban.diag.Diagnostics;
import paiban.diag.SourceSpan;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what a Markdown link becomes: an http(s) URL kept as is, another article of the issue
 * (its id), or nothing (the text stays, the link goes, with a warning or an error).
 */
final class Links {
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final List<String> DANGEROUS = List.of("javascript", "data", "file", "vbscript");

    private final SourceTree tree;
    private final Map<Path, String> articleIds;

    /** {@code articleIds}: every article file of the issue (absolute, normalized) → its id. */
    Links(SourceTree tree, Map<Path, String> articleIds) {
        this.tree = tree;
        this.articleIds = articleIds;
    }

    /** The link target for {@code url} written in a file in {@code baseDir}; "" when dropped. */
    String resolve(String url, Path baseDir, SourceSpan span, Diagnostics diags) {
        String u = url.strip();
        // browsers ignore whitespace and control characters inside a scheme ("java\tscript:")
        String squeezed = u.replaceAll("[\\p{Cntrl}\\s]", "");
        Matcher m = SCHEME.matcher(squeezed);
        if (m.find()) {
            String scheme = m.group(1).toLowerCase(Locale.ROOT);
            if (scheme.equals("http") || scheme.equals("https")) return u;
            if (DANGEROUS.contains(scheme)) {
                diags.warning(span, "link '" + abbreviate(u) + "' dropped: " + scheme + ": links are not allowed; the text is kept",
                        "link to an http(s) address or to another article (.md) of the issue");
            } else {
                diags.warning(span, "link '" + abbreviate(u) + "' dropped: only http(s) links and links to articles are kept; the text is kept");
            }
            return "";
        }
        if (u.isEmpty() || u.startsWith("#") || u.startsWith("//")) {
            diags.warning(span, "link '" + u + "' dropped: it points nowhere in print; the text is kept",
                    "link to an http(s) address or to another article (.md) of the issue");
            return "";
        }
        String path = percentDecoded(u.replaceAll("[#?].*$", ""));
        if (!path.toLowerCase(Locale.ROOT).endsWith(".md")) {
            diags.warning(span, "link '" + abbreviate(u) + "' dropped: it is neither an http(s) address nor an article (.md) of this issue; the text is kept");
            return "";
        }
        Path target;
        try {
            target = baseDir.resolve(path).normalize();
        } catch (InvalidPathException e) {
            target = null;
        }
        String id = target == null ? null : articleIds.get(target.toAbsolutePath());
        if (id == null) {
            Path folder = target == null ? null : target.getParent();
            String near = folder == null ? "" : Suggest.didYouMean(target.getFileName().toString(),
                    articleIds.keySet().stream().filter(p -> folder.equals(p.getParent()))
                            .map(p -> p.getFileName().toString()).toList());
            diags.error(span, "link to '" + u + "' names no article of this issue"
                            + (target != null ? " (looked for " + tree.display(target) + ")" : "") + near,
                    "link to another article relative to this file, e.g. ../03/20-bus.md");
            return "";
        }
        return id;
    }

    /** "%E5%9B%BE.jpg" → "图.jpg", as Markdown editors write file names; invalid escapes stay literal. */
    static String percentDecoded(String path) {
        if (!path.contains("%")) return path;
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
