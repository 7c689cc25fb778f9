package paiban.robust;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Outputs get the mode any new file gets (the umask's), not a temporary file's owner-only mode. */
class OutputModeTest {
    @TempDir
    Path dir;

    @Test
    void outputsAreAsReadableAsAnyNewFile() throws IOException {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX permissions");
        Path issue = Issues.goodIssue(dir);
        Path out = dir.resolve("out");
        Issues.Run r = Issues.build(issue, out);
        assertEquals(0, r.code(), r.err());
        Path plain = Files.createFile(out.resolve(Issues.ID).resolve("plain"));
        Map<String, byte[]> outputs = Issues.files(out.resolve(Issues.ID));
        outputs.remove("plain");
        assertEquals(4, outputs.size(), outputs.keySet().toString());
        for (String f : outputs.keySet()) {
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out.resolve(Issues.ID).resolve(f)), f);
        }
    }
}
