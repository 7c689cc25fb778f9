package paiban.cli;

import java.io.IOException;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Files of one issue written beside their targets under temporary names and moved into place
 * together only when all were written, so a failed build leaves the previous good files as they were.
 */
final class AtomicOutput implements AutoCloseable {
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private final List<Path[]> pending = new ArrayList<>();
    private boolean committed;

    void add(Path target, Writer writer) throws IOException {
        Files.createDirectories(target.getParent());
        // not Files.createTempFile: its files are owner-only (0600), and the outputs would keep that mode
        Path temp = target.resolveSibling("." + target.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
            pending.add(new Path[]{temp, target});
            writer.write(out);
            out.flush();
            // on disk before it is renamed over the previous file: a crash then leaves one or the other whole
            channel.force(true);
        }
    }

    /**
     * Moves every file into place. The previous files are first moved aside, and put back if any
     * move fails, so the outputs change together or not at all.
     */
    void commit() throws IOException {
        for (Path[] p : pending) {
            if (Files.isDirectory(p[1], LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(p[1] + " is a folder where the output file goes");
            }
        }
        List<Path[]> asideOf = new ArrayList<>();
        List<Path> placed = new ArrayList<>();
        try {
            for (Path[] p : pending) {
                if (Files.exists(p[1], LinkOption.NOFOLLOW_LINKS)) {
                    Path aside = p[1].resolveSibling(p[0].getFileName() + ".old");
                    Files.move(p[1], aside, StandardCopyOption.ATOMIC_MOVE);
                    asideOf.add(new Path[]{aside, p[1]});
                }
            }
            for (Path[] p : pending) {
                Files.move(p[0], p[1], StandardCopyOption.ATOMIC_MOVE);
                placed.add(p[1]);
            }
        } catch (IOException e) {
            for (Path target : placed) Files.deleteIfExists(target);
            for (Path[] a : asideOf) Files.move(a[0], a[1], StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        for (Path[] a : asideOf) Files.delete(a[0]);
        committed = true;
        pending.stream().map(p -> p[1].getParent()).distinct().forEach(AtomicOutput::syncFolder);
    }

    /** Puts the folder's new entries on disk, so the renames survive a crash too. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // some systems (Windows) cannot open a folder as a file; the files themselves are synced
        }
    }

    @Override
    public void close() throws IOException {
        if (committed) return;
        for (Path[] p : pending) Files.deleteIfExists(p[0]);
    }
}
