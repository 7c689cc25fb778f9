package paiban.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.diag.Diagnostic;
import paiban.model.Article;
import paiban.model.Block;
import paiban.model.Inline;
import paiban.model.Picture;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Front-matter and body pictures: resolved inside the issue, sized from the header, damage caught. */
class PictureTest {
    @TempDir
    Path tmp;

    private Fixture withImage(String ref) {
        return Fixture.withEdition(tmp).article("01/10-a.md", "title: 初雪\nkind: photo\nimage: " + ref, "");
    }

    @Test
    void pngFromFrontMatterWithAlt() {
        Article a = withImage("../images/snow.png\nalt: 雪后的街道").png("images/snow.png", 64, 48)
                .read().pages().get(0).articles().get(0);
        Picture p = a.picture();
        assertEquals(64, p.widthPx());
        assertEquals(48, p.heightPx());
        assertEquals("雪后的街道", p.alt());
        assertEquals(0.75, p.aspect());
    }

    @Test
    void noAltIsAWarningNamingArticleAndPictureNotTheTitle() {
        Fixture f = withImage("snow.jpg").jpeg("01/snow.jpg", 30, 20);
        Article a = f.read().pages().get(0).articles().get(0);
        assertEquals("", a.picture().alt(), "the title does not describe the picture");
        assertEquals("", a.picture().caption());
        Diagnostic d = Fixture.only(f.diags.warnings(), "has no 'alt'");
        assertTrue(d.message().startsWith("picture 'snow.jpg' of " + a.id() + " has no 'alt'"), d.message());
    }

    @Test
    void bodyPictureSplitsItsParagraph() {
        Fixture f = Fixture.withEdition(tmp);
        Article a = f.article("01/10-a.md", "title: 初雪", """
                        清晨，
                        ![雪中的石桥](../images/bridge.png "石桥一景")
                        游人渐多。

                        ![](../images/bridge.png)
                        """).png("images/bridge.png", 20, 10)
                .read().pages().get(0).articles().get(0);
        List<Block> b = a.body();
        Diagnostic noAlt = Fixture.only(f.diags.warnings(), "has no alt text");
        assertEquals(8, noAlt.span().line(), "the second picture, written ![](…)");
        assertEquals(4, b.size(), b.toString());
        assertEquals(List.of(Inline.plain("清晨，")), ((Block.Paragraph) b.get(0)).inlines());
        Block.Image img = assertInstanceOf(Block.Image.class, b.get(1));
        assertEquals("雪中的石桥", img.picture().alt());
        assertEquals("石桥一景", img.picture().caption());
        assertEquals(5, img.span().line());
        assertEquals(5, img.picture().span().line());
        assertEquals(List.of(Inline.plain("游人渐多。")), ((Block.Paragraph) b.get(2)).inlines());
        assertEquals("", ((Block.Image) b.get(3)).picture().alt(), "no alt, no caption: none, not the title");
    }

    @Test
    void percentEncodedBodyPictureName() {
        Article a = Fixture.withEdition(tmp).article("01/10-a.md", "title: 初雪", "![雪](../images/%E5%88%9D%E9%9B%AA%201.png)\n")
                .png("images/初雪 1.png", 6, 4).read().pages().get(0).articles().get(0);
        assertEquals(6, ((Block.Image) a.body().get(0)).picture().widthPx());
    }

    @Test
    void pictureInATableCellKeepsItsAltWithAWarning() {
        Fixture f = Fixture.withEdition(tmp).article("01/10-a.md", "title: 表", "| 图 |\n|---|\n| ![桥](x.png) |\n");
        Block.Table t = (Block.Table) f.read().pages().get(0).articles().get(0).body().get(0);
        assertEquals(List.of(Inline.plain("桥")), t.rows().get(1).get(0));
        Fixture.only(f.diags.warnings(), "picture inside a heading or table cell is dropped");
    }

    @Test
    void missingPicture() {
        Diagnostic d = withImage("../images/snwo.png").png("images/snow.png", 4, 4)
                .error("not found", "2026-11-26/01/10-a.md:4");
        assertEquals("picture '../images/snwo.png' not found (looked for 2026-11-26/images/snwo.png) — did you mean 'snow.png'?",
                d.message());
    }

    @Test
    void missingPictureNamedShortSuggestsTheLongerName() {
        Diagnostic d = withImage("../images/bridge.jpg").png("images/bridge-dusk.png", 4, 4).png("images/snow.png", 4, 4)
                .error("not found", "2026-11-26/01/10-a.md:4");
        assertTrue(d.message().endsWith("did you mean 'bridge-dusk.png'?"), d.message());
        Diagnostic twoFit = withImage("../images/bridge.jpg").png("images/bridge-dusk.png", 4, 4)
                .png("images/bridge-dawn.png", 4, 4).error("not found", "2026-11-26/01/10-a.md:4");
        assertTrue(!twoFit.message().contains("did you mean"), twoFit.message());
    }

    @Test
    void missingBodyPictureAtItsLine() {
        Fixture.withEdition(tmp).article("01/10-a.md", "title: 初雪", "第一段。\n\n![雪](../images/none.jpg)\n")
                .error("not found", "2026-11-26/01/10-a.md:6");
    }

    @Test
    void textFileNamedJpg() {
        Diagnostic d = withImage("../images/fake.jpg").file("images/fake.jpg", "这不是图片\n")
                .error("is not a JPEG or PNG image", "2026-11-26/01/10-a.md:4");
        assertTrue(d.hints().get(0).contains("renaming"));
    }

    @Test
    void truncatedJpeg() {
        byte[] jpeg = Fixture.image("jpg", 200, 150);
        Fixture f = withImage("../images/cut.jpg").bytes("images/cut.jpg", Arrays.copyOf(jpeg, jpeg.length * 2 / 3));
        Diagnostic d = f.error("damaged JPEG", "2026-11-26/01/10-a.md:4");
        assertTrue(d.message().contains("cut off"), d.message());
    }

    @Test
    void progressiveJpegWithExifLikeSegmentIsWhole() throws Exception {
        BufferedImage img = new BufferedImage(90, 60, BufferedImage.TYPE_INT_RGB);
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = w.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            w.setOutput(ios);
            w.write(null, new IIOImage(img, null, null), param);
        } finally {
            w.dispose();
        }
        byte[] jpeg = out.toByteArray();
        // an APP1 segment holding an end-of-image marker, as EXIF thumbnails do: it must not count
        byte[] app1 = {(byte) 0xFF, (byte) 0xE1, 0, 6, (byte) 0xFF, (byte) 0xD9, 0, 0};
        byte[] whole = new byte[jpeg.length + app1.length];
        System.arraycopy(jpeg, 0, whole, 0, 2);
        System.arraycopy(app1, 0, whole, 2, app1.length);
        System.arraycopy(jpeg, 2, whole, 2 + app1.length, jpeg.length - 2);
        assertEquals(90, withImage("../images/p.jpg").bytes("images/p.jpg", whole).read()
                .pages().get(0).articles().get(0).picture().widthPx());
        byte[] cut = Arrays.copyOf(whole, whole.length - 2);
        Fixture.only(withImage("../images/p.jpg").bytes("images/p.jpg", cut).errors(), "cut off");
    }

    @Test
    void fourChannelJpegIsSizedFromItsHeader() throws Exception {
        // print photos are often CMYK: four components; only the header is read
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 40, 30, 4, null);
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            w.setOutput(ios);
            w.write(null, new IIOImage(raster, null, null), null);
        } finally {
            w.dispose();
        }
        Picture p = withImage("../images/cmyk.jpg").bytes("images/cmyk.jpg", out.toByteArray()).read()
                .pages().get(0).articles().get(0).picture();
        assertEquals(40, p.widthPx());
        assertEquals(30, p.heightPx());
    }

    @Test
    void jpegCutInsideItsHeader() {
        byte[] jpeg = Fixture.image("jpg", 20, 15);
        withImage("../images/cut.jpg").bytes("images/cut.jpg", Arrays.copyOf(jpeg, 30))
                .error("damaged JPEG", "2026-11-26/01/10-a.md:4");
    }

    @Test
    void truncatedPng() {
        byte[] png = Fixture.image("png", 200, 150);
        withImage("../images/cut.png").bytes("images/cut.png", Arrays.copyOf(png, png.length - 20))
                .error("damaged PNG", "2026-11-26/01/10-a.md:4");
    }

    @Test
    void overSixtyMegapixels() {
        Diagnostic d = withImage("../images/huge.png").bytes("images/huge.png", pngHeaderOnly(10_000, 7_000))
                .error("megapixels", "2026-11-26/01/10-a.md:4");
        assertEquals("picture '../images/huge.png' is 10000×7000 pixels (70.0 megapixels); the limit is 60", d.message());
    }

    @Test
    void aFolderIsNotAPicture() throws Exception {
        Fixture f = withImage("../images");
        Files.createDirectories(f.root.resolve("images"));
        Diagnostic d = f.error("is not a file", "2026-11-26/01/10-a.md:4");
        assertEquals(List.of(), d.hints());
    }

    @Test
    void dotDotLeavingTheIssue() throws Exception {
        Files.write(tmp.resolve("outside.png"), Fixture.image("png", 4, 4));
        withImage("../../outside.png").error("leaves the issue folder", "2026-11-26/01/10-a.md:4");
    }

    @Test
    void absolutePath() {
        withImage(tmp.resolve("outside.png").toAbsolutePath().toString())
                .error("is absolute", "2026-11-26/01/10-a.md:4");
    }

    @Test
    void urlsAreNotPictures() {
        for (String url : List.of("https://example.org/a.jpg", "file:///etc/passwd", "data:image/png;base64,AAAA")) {
            Diagnostic d = Fixture.only(Fixture.withEdition(tmp)
                    .article("01/10-a.md", "title: 初雪\nimage: \"" + url + "\"", "").errors(), "is a URL");
            assertEquals(3, d.span().line(), url);
        }
    }

    @Test
    void symlinkPointingOutside() throws Exception {
        Path outside = Files.write(tmp.resolve("secret.png"), Fixture.image("png", 4, 4));
        Fixture f = withImage("../images/link.png");
        Files.createDirectories(f.root.resolve("images"));
        Files.createSymbolicLink(f.root.resolve("images/link.png"), outside);
        f.error("symbolic link to a file outside the issue folder", "2026-11-26/01/10-a.md:4");
    }

    @Test
    void symlinkInsideIsFine() throws Exception {
        Fixture f = withImage("../images/link.png").png("images/real.png", 8, 6);
        Files.createSymbolicLink(f.root.resolve("images/link.png"), f.root.resolve("images/real.png"));
        assertEquals(8, f.read().pages().get(0).articles().get(0).picture().widthPx());
    }

    @Test
    void everyUseOfABadPictureIsReported() {
        List<Diagnostic> errors = Fixture.withEdition(tmp)
                .article("01/10-a.md", "title: 甲\nimage: ../images/fake.png", "![](../images/fake.png)\n")
                .file("images/fake.png", "文本")
                .errors();
        assertEquals(List.of(3, 5), errors.stream().map(d -> d.span().line()).toList());
    }

    /** A PNG whose header claims a size; the pixels are never read. */
    private static byte[] pngHeaderOnly(int w, int h) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 2).put((byte) 0)
                .put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[]{0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.ISO_8859_1);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
