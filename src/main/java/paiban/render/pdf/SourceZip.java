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
import java.util.zip.CRC32;
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

    /**
     * The zip, every entry dated {@code date} (the issue's) so rebuilding gives the same bytes.
     * Pictures are stored as they are: JPEG and PNG are compressed already, and deflating them
     * again costs more time than anything else in an archive copy for no bytes saved.
     */
    static byte[] of(Path folder, LocalDate date) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FileTime time = FileTime.from(date.atStartOfDay().toInstant(ZoneOffset.UTC));
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Path f : files(folder)) {
                ZipEntry entry = new ZipEntry(folder.getFileName() + "/" + folder.relativize(f).toString().replace('\\', '/'));
                entry.setLastModifiedTime(time);
                byte[] data = Files.readAllBytes(f);
                if (compressedAlready(data)) {
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(data.length);
                    entry.setCompressedSize(data.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(data);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A JPEG or PNG, by its signature. */
    private static boolean compressedAlready(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF
                || b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }
}
