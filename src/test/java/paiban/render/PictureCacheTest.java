package paiban.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import paiban.cli.IssueBuilder;
import paiban.font.FontLibrary;
import paiban.layout.PageItem;
import paiban.layout.PageLayout;
import paiban.render.pdf.PdfOptions;
import paiban.render.pdf.PdfRenderer;
import paiban.render.png.PageImage;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.*;

/** One decode per picture file for every output of a build, and pictures printed at 200 ppi of their placed size. */
class PictureCacheTest {
    static FontLibrary fonts;
    static IssueBuilder.Result sample;

    @BeforeAll
    static void layOut() {
        fonts = FontLibrary.load(Path.of("fonts"));
        sample = new IssueBuilder(fonts).check(Path.of("issues/2026-11-26"));
        assertTrue(sample.ok(), sample.diagnostics()::toString);
    }

    private static List<Path> files(List<PageLayout> pages) {
        return pages.stream().flatMap(p -> p.items().stream()).filter(i -> i instanceof PageItem.Image)
                .map(i -> ((PageItem.Image) i).picture().file()).distinct().toList();
    }

    @Test
    void theCoverThePrintAndTheArchivePdfAndPageImagesDecodeEachPictureOnce() throws Exception {
        PictureCache pictures = new PictureCache(sample.pages(), 300);
        PdfRenderer pdf = new PdfRenderer(fonts);
        // the EPUB's cover is drawn on another thread while the PDF is written, as in a build
        CompletableFuture<BufferedImage> cover = CompletableFuture.supplyAsync(
                () -> new PageImage().draw(sample.pages().get(0), 1200, pictures));
        pdf.write(sample.issue(), sample.pages(), PdfOptions.print(), pictures);
        pdf.write(sample.issue(), sample.pages(), PdfOptions.archive(PdfOptions.Standard.PDF_A_3U), pictures);
        new PageImage().png(sample.pages().get(0), 300, pictures, OutputStream.nullOutputStream());
        cover.join();
        assertEquals(5, files(sample.pages()).size(), "the sample's pictures");
        assertEquals(5, pictures.decodes(), "each file decoded once");
    }

    @Test
    void aPageImageDrawnInStripsShrinksEachPictureOnce() throws IOException {
        PictureCache pictures = new PictureCache(sample.pages(), PictureCache.PRINT_PPI);
        PageLayout front = sample.pages().get(0);
        // at 100 dpi every picture is drawn smaller than print keeps it, and the lead's spans several strips
        new PageImage().png(front, 100, pictures, OutputStream.nullOutputStream());
        long placed = front.items().stream().filter(i -> i instanceof PageItem.Image).count();
        assertTrue(placed >= 2, "the front page's pictures");
        assertEquals(placed, pictures.shrinks(), "each picture shrunk once for the page");
    }

    @Test
    void theEpubShrinksAPhotographFromTheKeptCopyOnlyWhenItIsLargeEnough() {
        PictureCache pictures = new PictureCache(sample.pages(), PictureCache.PRINT_PPI);
        int given = 0;
        for (Path file : files(sample.pages())) {
            Optional<BufferedImage> copy = pictures.photoAtLeast(file, 1200);
            if (copy.isEmpty()) continue;
            given++;
            assertSame(pictures.image(file), copy.get(), "the build's one decoded copy");
            assertTrue(Math.max(copy.get().getWidth(), copy.get().getHeight()) >= 1200, file.toString());
            // asked for more than print keeps, the EPUB decodes the file itself
            assertTrue(pictures.photoAtLeast(file, 100_000).isEmpty() || copy.get().getWidth() >= pictureWidth(file),
                    file.toString());
        }
        assertTrue(given > 0, "the sample's lead photographs print large enough");
        assertEquals(given, pictures.decodes());
        assertTrue(pictures.photoAtLeast(Path.of("not-placed.jpg"), 10).isEmpty());
    }

    private static int pictureWidth(Path file) {
        return sample.pages().stream().flatMap(p -> p.items().stream()).filter(i -> i instanceof PageItem.Image)
                .map(i -> ((PageItem.Image) i).picture()).filter(p -> p.file().equals(file)).findFirst().orElseThrow().widthPx();
    }

    @Test
    void printedPicturesAreSeparatedAt200PpiOfTheirPlacedWidth() throws IOException {
        PictureCache pictures = new PictureCache(sample.pages(), PictureCache.PRINT_PPI);
        byte[] print = new PdfRenderer(fonts).write(sample.issue(), sample.pages(), PdfOptions.print(), pictures);
        List<Integer> expected = new ArrayList<>();
        for (Path file : files(sample.pages())) expected.add(pictures.widthAt(file, PictureCache.PRINT_PPI));
        List<Integer> embedded = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(print)) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof PDImageXObject image) embedded.add(image.getWidth());
                }
            }
        }
        assertEquals(expected.stream().sorted().toList(), embedded.stream().sorted().toList());
        assertTrue(expected.stream().anyMatch(w -> w < 1600), "a picture placed small is printed with fewer pixels than its file's 1600: " + expected);
    }

    @Test
    void shrinkingAveragesTheAreaEachPixelCovers() {
        BufferedImage row = new BufferedImage(3, 1, BufferedImage.TYPE_3BYTE_BGR);
        int[] greys = {0, 90, 180};
        for (int x = 0; x < 3; x++) row.setRGB(x, 0, greys[x] * 0x010101);
        BufferedImage two = PictureCache.shrink(row, 2);
        assertEquals(2, two.getWidth());
        // the first covers pixel 0 and half of pixel 1: (0·2 + 90) / 3; the second (90 + 180·2) / 3
        assertEquals(30 * 0x010101, two.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(150 * 0x010101, two.getRGB(1, 0) & 0xFFFFFF);

        BufferedImage square = new BufferedImage(4, 4, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) square.setRGB(x, y, (y < 2 ? 0xFF0000 : 0x0000FF));
        }
        BufferedImage quarter = PictureCache.shrink(square, 2);
        assertEquals(2, quarter.getHeight());
        assertEquals(0xFF0000, quarter.getRGB(1, 0) & 0xFFFFFF, "top half red");
        assertEquals(0x0000FF, quarter.getRGB(0, 1) & 0xFFFFFF, "bottom half blue");
        BufferedImage one = PictureCache.shrink(square, 1);
        assertEquals(0x800080, one.getRGB(0, 0) & 0xFFFFFF, "half red, half blue: 127.5 rounds up");
    }
}
