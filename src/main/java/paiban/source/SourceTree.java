package paiban.source;

import paiban.diag.SourceSpan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The issue folder being read: makes spans for its files and checks that paths stay inside it. */
final class SourceTree {
    private final Path root;
    private final Path realRoot;

    SourceTree(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = this.root.toRealPath();
    }

    Path root() {
        return root;
    }

    /** The path as users see it in messages: relative to the issue folder's parent, with '/'. */
    String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        String name = root.getFileName() == null ? root.toString() : root.getFileName().toString();
        if (!abs.startsWith(root)) return abs.toString();
        String rel = root.relativize(abs).toString().replace('\\', '/');
        return rel.isEmpty() ? name : name + "/" + rel;
    }

    /** A span for the whole file (line 1) or folder (no line). */
    SourceSpan span(Path p) {
        return new SourceSpan(p, display(p), Files.isDirectory(p) ? 0 : 1, 0);
    }

    /** Whether a path lies lexically inside the issue folder (no '..' escape). */
    boolean containsLexically(Path p) {
        return p.toAbsolutePath().normalize().startsWith(root);
    }

    /** Whether an existing path, after following symbolic links, is inside the issue folder. */
    boolean containsReally(Path p) throws IOException {
        return p.toRealPath().startsWith(realRoot);
    }
}
