package paiban.robust;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The sample issue builds in a JVM limited to a 256 MB heap. */
class SmallHeapTest {
    @TempDir
    Path dir;

    @Test
    void sampleBuildsWithXmx256m() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = dir.resolve("build.log");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx256m", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"),
                "paiban.cli.Main", "build", "issues/2026-11-26", "--out", dir.resolve("out").toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("the build did not end within 5 minutes:\n" + Files.readString(log));
        }
        assertEquals(0, p.exitValue(), Files.readString(log));
        assertTrue(Files.size(dir.resolve("out/2026-11-26/2026-11-26.pdf")) > 100_000);
        assertTrue(Files.size(dir.resolve("out/2026-11-26/2026-11-26.epub")) > 100_000);
    }
}
