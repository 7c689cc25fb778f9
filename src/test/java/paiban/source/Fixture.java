package paiban.source;

import paiban.diag.Diagnostic;
import paiban.diag.Diagnostics;
import paiban.diag.SourceException;
import paiban.model.Issue;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Builds an issue folder 2026-11-26/ under a temp dir from strings, and reads it back. */
final class Fixture {
    static final String ISSUE_YAML = """
            paper: 江城晚报
            date: 2026-11-26
            number: 7301
            format: A3
            """;

    final Path root;
    final Diagnostics diags = new Diagnostics();

    Fixture(Path tmp) {
        root = tmp.resolve("2026-11-26");
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid issue.yaml and nothing else. */
    static Fixture withEdition(Path tmp) {
        return new Fixture(tmp).file("issue.yaml", ISSUE_YAML);
    }

    Fixture file(String rel, String text) {
        return bytes(rel, text.getBytes(StandardCharsets.UTF_8));
    }

    Fixture bytes(String rel, byte[] content) {
        try {
            Path p = root.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.write(p, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An article with a title and a body. */
    Fixture article(String rel, String frontMatter, String body) {
        return file(rel, "---\n" + frontMatter + "\n---\n" + body);
    }

    Fixture png(String rel, int w, int h) {
        return bytes(rel, image("png", w, h));
    }

    Fixture jpeg(String rel, int w, int h) {
        return bytes(rel, image("jpg", w, h));
    }

    static byte[] image(String format, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x8FB3D9));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.DARK_GRAY);
        g.drawLine(0, 0, w, h);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, format, out)) throw new IllegalStateException("no writer for " + format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    Issue read() {
        try {
            return new IssueReader().read(root, diags);
        } catch (SourceException e) {
            return fail("unexpected errors:\n" + e.diagnostics().stream().map(Diagnostic::format)
                    .collect(Collectors.joining("\n")));
        }
    }

    /** Reads expecting errors; returns them (they are also in diags). */
    List<Diagnostic> errors() {
        SourceException e = assertThrows(SourceException.class, () -> new IssueReader().read(root, diags));
        assertEquals(diags.errors(), e.diagnostics(), "the exception carries every error");
        assertTrue(!e.diagnostics().isEmpty());
        return e.diagnostics();
    }

    /** The one diagnostic whose message contains {@code text}; fails when none or several. */
    static Diagnostic only(List<Diagnostic> ds, String text) {
        List<Diagnostic> hits = ds.stream().filter(d -> d.message().contains(text)).toList();
        if (hits.size() != 1) {
            fail("expected one diagnostic containing '" + text + "', got " + hits.size() + " in:\n"
                    + ds.stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
        }
        return hits.get(0);
    }

    /** Asserts one error containing {@code text} at {@code where} (display:line). */
    Diagnostic error(String text, String where) {
        Diagnostic d = only(errors(), text);
        assertTrue(d.isError());
        assertEquals(where, d.span().display() + ":" + d.span().line(), d.format());
        return d;
    }
}
