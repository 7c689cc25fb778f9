package paiban.cli;

import paiban.Version;
import paiban.render.archive.MetsWriter;
import paiban.render.pdf.SourceZip;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What an issue's outputs were made from: SHA-256 over paiban's version, the output options and every
 * file of the issue folder (path and bytes). Stored in report.json, so {@code --changed} can tell
 * that a rebuild would give the same files.
 */
final class SourceHash {
    private SourceHash() {
    }

    static String of(Path folder, IssueBuilder.Outputs outputs) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        update(sha, "paiban " + Version.NUMBER + "\n" + outputs + "\n");
        List<Path> files;
        try {
            files = SourceZip.files(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] buffer = new byte[1 << 16];
        for (Path f : files) {
            update(sha, folder.relativize(f).toString().replace('\\', '/') + "\0");
            try (InputStream in = Files.newInputStream(f)) {
                for (int n; (n = in.read(buffer)) > 0; ) sha.update(buffer, 0, n);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            update(sha, "\0");
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The number of pages when {@code dir} holds the outputs made from {@code hash} (its report.json
     * says so and the files the options ask for are there), else -1.
     */
    static int unchangedPages(Path dir, String id, String hash, IssueBuilder.Outputs outputs) {
        Path report = dir.resolve("report.json");
        String json;
        try {
            if (!Files.isRegularFile(report)) return -1;
            json = Files.readString(report);
        } catch (IOException e) {
            return -1; // unreadable: rebuild, which says what is wrong if it persists
        }
        if (!Report.builtFrom(json, hash)) return -1;
        if (outputs.pdf() && !Files.isRegularFile(dir.resolve(id + ".pdf"))) return -1;
        if (outputs.epub() && !Files.isRegularFile(dir.resolve(id + ".epub"))) return -1;
        if (outputs.replica() && !Files.isRegularFile(dir.resolve(id + ".replica.epub"))) return -1;
        if (outputs.archive() && !Files.isRegularFile(dir.resolve(id + ".archive.pdf"))) return -1;
        if (outputs.archiveImages() && !Files.isRegularFile(dir.resolve(MetsWriter.imagePath(1)))) return -1;
        return Report.pageCount(json);
    }
}
