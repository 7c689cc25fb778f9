package paiban.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.diag.Diagnostic;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Source files must be strict UTF-8: other encodings are named, bad bytes located. */
class EncodingTest {
    private static final String ARTICLE = "---\ntitle: 社区食堂开业\n---\n\n老人用餐可享八折优惠。\n";

    @TempDir
    Path tmp;

    private Fixture articleBytes(byte[] bytes) {
        return Fixture.withEdition(tmp).bytes("01/10-a.md", bytes);
    }

    @Test
    void gb18030IsNamed() {
        Diagnostic d = articleBytes(ARTICLE.getBytes(Charset.forName("GB18030")))
                .error("looks like GB18030", "2026-11-26/01/10-a.md:2");
        assertTrue(d.hints().get(0).contains("iconv -f GB18030 -t UTF-8"), d.hints().toString());
    }

    @Test
    void gb18030IssueYaml() {
        new Fixture(tmp).bytes("issue.yaml", "paper: 江城晚报\ndate: 2026-11-26\n".getBytes(Charset.forName("GB18030")))
                .article("01/10-a.md", "title: 甲", "乙\n")
                .error("looks like GB18030", "2026-11-26/issue.yaml:1");
    }

    @Test
    void utf16WithByteOrderMark() {
        articleBytes(ARTICLE.getBytes(StandardCharsets.UTF_16)).error("file is UTF-16", "2026-11-26/01/10-a.md:1");
        Fixture.withEdition(tmp.resolve("le")).bytes("01/10-a.md", withPrefix(new byte[]{(byte) 0xFF, (byte) 0xFE},
                ARTICLE.getBytes(StandardCharsets.UTF_16LE))).error("file is UTF-16", "2026-11-26/01/10-a.md:1");
    }

    @Test
    void utf16WithoutByteOrderMark() {
        articleBytes("---\ntitle: Night market\n---\nOpen late.\n".getBytes(StandardCharsets.UTF_16LE))
                .error("looks like UTF-16", "2026-11-26/01/10-a.md:1");
    }

    @Test
    void nulByteAtItsLine() {
        byte[] b = ARTICLE.getBytes(StandardCharsets.UTF_8);
        int at = ARTICLE.substring(0, ARTICLE.indexOf("老人")).getBytes(StandardCharsets.UTF_8).length + 3;
        b[at] = 0;
        Diagnostic d = articleBytes(b).error("NUL byte", "2026-11-26/01/10-a.md:5");
        assertEquals("NUL byte in the file (1 in all); a source file must be plain UTF-8 text", d.message());
    }

    @Test
    void invalidUtf8AtItsLine() {
        byte[] b = "---\ntitle: Café\n---\n\nNouveau café.\n".getBytes(StandardCharsets.ISO_8859_1);
        Diagnostic d = articleBytes(b).error("UTF-8", "2026-11-26/01/10-a.md:2");
        assertTrue(d.message().contains("0xE9"), d.message());
    }

    @Test
    void truncatedUtf8SequenceAtTheEnd() {
        byte[] b = ARTICLE.getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(b, b.length - 3);
        articleBytes(cut).error("UTF-8", "2026-11-26/01/10-a.md:5");
    }

    @Test
    void fileOverEightMegabytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("---\ntitle: 长文\n---\n".getBytes(StandardCharsets.UTF_8));
        byte[] line = "很长的正文。\n".getBytes(StandardCharsets.UTF_8);
        while (out.size() <= TextFile.MAX_BYTES) out.writeBytes(line);
        articleBytes(out.toByteArray()).error("source files may be at most 8 MB", "2026-11-26/01/10-a.md:1");
    }

    @Test
    void articleSymlinkedFromOutside() throws Exception {
        Path outside = Files.writeString(tmp.resolve("other.md"), ARTICLE);
        Fixture f = Fixture.withEdition(tmp).article("01/10-a.md", "title: 甲", "乙\n");
        Files.createSymbolicLink(f.root.resolve("01/20-link.md"), outside);
        f.error("symbolic link to a file outside the issue folder", "2026-11-26/01/20-link.md:1");
    }

    private static byte[] withPrefix(byte[] prefix, byte[] rest) {
        byte[] all = Arrays.copyOf(prefix, prefix.length + rest.length);
        System.arraycopy(rest, 0, all, prefix.length, rest.length);
        return all;
    }
}
