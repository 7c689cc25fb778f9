package paiban.robust;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inputs that build (exit 0), each with the warning it deserves at its file and line, or with
 * nothing said about the file when it is fine as it is (BOM, CRLF, unusual pictures).
 */
class AcceptedInputTest {
    private static final String STORY_HEAD = "---\ntitle: 柳岸镇春耕提前一周\ndateline: 本报讯\n---\n";

    @TempDir
    Path dir;

    interface Edit {
        void apply(Path issue) throws IOException;
    }

    static Edit story(String text) {
        return i -> Files.writeString(i.resolve("01/10-spring.md"), text);
    }

    static Edit picture(byte[] bytes) {
        return i -> Files.write(i.resolve("images/tractor.jpg"), bytes);
    }

    static Stream<Arguments> accepted() throws IOException {
        String id = Issues.ID;
        String story = id + "/01/10-spring.md";
        String photo = id + "/01/20-photo.md";
        return Stream.of(
                Arguments.of("UTF-8 BOM", (Edit) i -> {
                    Path f = i.resolve("01/10-spring.md");
                    byte[] text = Files.readAllBytes(f);
                    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                    Files.write(f, concat(bom, text));
                }, story, null),
                Arguments.of("CRLF", story((STORY_HEAD + Issues.story(8)).replace("\n", "\r\n")), story, null),
                Arguments.of("CMYK JPEG", picture(cmykJpeg(120, 80)), photo, null),
                Arguments.of("16-bit PNG", picture(Issues.encode(new BufferedImage(120, 80, BufferedImage.TYPE_USHORT_GRAY), "png")),
                        photo, null),
                Arguments.of("palette PNG with alpha", picture(paletteWithAlpha(120, 80)), photo, null),
                Arguments.of("empty article", story(STORY_HEAD), story, null),
                Arguments.of("2000-letter word", story(STORY_HEAD + "这个词很长：" + "abcdefghij".repeat(200) + "。\n\n" + Issues.story(6)),
                        story, null),
                Arguments.of("headline longer than its module", story(STORY_HEAD.replace("柳岸镇春耕提前一周",
                        "柳岸镇春耕提前一周".repeat(30)) + Issues.story(8)), story, null),
                Arguments.of("private-use character", story(STORY_HEAD + Issues.story(2) + "镇里新立的标牌上写着\uE000字。\n\n" + Issues.story(3)),
                        story + ":9", "U+E000"),
                Arguments.of("raw HTML and script", story(STORY_HEAD + Issues.story(2) + "<div class=\"note\">编者按</div>\n\n"
                        + "<script>alert('柳岸')</script>\n\n" + Issues.story(2)), story + ":9", "dropped"),
                Arguments.of("javascript: link", story(STORY_HEAD + "详见[报名入口](javascript:alert(1))。\n\n" + Issues.story(6)),
                        story + ":5", "javascript"),
                Arguments.of("list nested 500 deep", story(STORY_HEAD + "- ".repeat(500) + "最里层\n\n" + Issues.story(4)),
                        story + ":5", "nested more than 32 deep are flattened"),
                Arguments.of("quote nested 500 deep", story(STORY_HEAD + "> ".repeat(500) + "最里层\n\n" + Issues.story(4)),
                        story + ":5", "nested more than 32 deep are flattened"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void buildsWithTheWarning(String name, Edit edit, String where, String warning) throws IOException {
        Path issue = Issues.goodIssue(dir);
        edit.apply(issue);
        Path out = dir.resolve("out");

        Issues.Run r = Issues.build(issue, out);

        assertEquals(0, r.code(), r.err());
        if (warning != null) {
            Pattern p = Pattern.compile("(?m)^" + Pattern.quote(where) + "(:\\d+)*: warning: .*" + Pattern.quote(warning));
            assertTrue(p.matcher(r.err()).find(), "expected a warning at " + where + " saying '" + warning + "':\n" + r.err());
        } else {
            assertFalse(r.err().contains(where), "nothing to say about " + where + ":\n" + r.err());
        }
        String report = Files.readString(out.resolve(Issues.ID).resolve("report.json"), StandardCharsets.UTF_8);
        assertTrue(report.contains("\"article\": \"01/10-spring\""), report);
        assertTrue(report.contains("\"article\": \"01/20-photo\""), report);
    }

    /** A baseline JPEG of four components, as CMYK print photos are: ImageIO writes one from a raster. */
    static byte[] cmykJpeg(int w, int h) throws IOException {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 4, null);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) raster.setPixel(x, y, new int[]{x * 2, y * 3, 40, 10});
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(raster, null, null), null);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    static byte[] paletteWithAlpha(int w, int h) {
        byte[] r = {(byte) 200, 40, 0, (byte) 255};
        byte[] g = {(byte) 30, (byte) 160, 0, (byte) 255};
        byte[] b = {(byte) 30, 40, (byte) 200, (byte) 255};
        byte[] a = {(byte) 255, (byte) 128, 0, (byte) 255};
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, new IndexColorModel(2, 4, r, g, b, a));
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) img.getRaster().setSample(x, y, 0, (x / 10 + y / 10) % 4);
        }
        return Issues.encode(img, "png");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
