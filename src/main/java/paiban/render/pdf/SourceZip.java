package paiban.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** An issue's sources (issue.yaml, the Markdown, the pictures) as one zip, the same bytes every time. */
public final class SourceZip {
    private SourceZip() {
    }

    /** The issue folder's files in path order; hidden files (editor and system clutter) are not sources. */
    public static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> !("/" + folder.relativize(p).toString().replace('\\', '/')).contains("/."))
                    .sorted().toList();
        }
    }

    /** The zip, every entry dated {@code date} (the issue's) so rebuilding gives the same bytes. */
    static byte[] of(Path folder, LocalDate date) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FileTime time = FileTime.from(date.atStartOfDay().toInstant(ZoneOffset.UTC));
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Path f : files(folder)) {
                ZipEntry entry = new ZipEntry(folder.getFileName() + "/" + folder.relativize(f).toString().replace('\\', '/'));
                entry.setLastModifiedTime(time);
                zip.putNextEntry(entry);
                Files.copy(f, zip);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
