package paiban.render.archive;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import paiban.cli.IssueBuilder;
import paiban.diag.Diagnostics;
import paiban.diag.SourceSpan;
import paiban.font.FontLibrary;
import paiban.font.FontRole;
import paiban.font.FontSet;
import paiban.layout.PageItem;
import paiban.layout.PageLayout;
import paiban.source.Scaffold;
import paiban.text.Alignment;
import paiban.text.ComposedLine;
import paiban.text.Composer;
import paiban.text.Language;
import paiban.text.ParagraphStyle;
import paiban.text.TextRun;

import javax.xml.transform.stream.StreamSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** ALTO of vertical lines: each line boxed an em wide down its length, a band's lines in one TextBlock, valid ALTO 4.4. */
class VerticalAltoTest {
    static final double SIZE = 10, TOP = 100, RIGHT = 400, PITCH = 16;

    @TempDir
    static Path tmp;
    static List<ComposedLine> lines;
    static PageLayout page;
    static Path alto;

    @BeforeAll
    static void write() throws Exception {
        FontLibrary fonts = FontLibrary.load(Path.of("fonts"));
        Path folder = tmp.resolve("2026-11-26");
        Scaffold.create(folder, LocalDate.of(2026, 11, 26));
        IssueBuilder.Result issue = new IssueBuilder(fonts).check(folder);
        assertTrue(issue.ok(), () -> issue.diagnostics().toString());
        lines = Composer.vertical(fonts.of(FontSet.JAPANESE), Language.JA).compose(List.of(new TextRun(
                "市立図書館は12月から開館時間を延ばす。JR駅前の分館でも読み聞かせを再開する。", FontRole.SERIF, SIZE,
                SourceSpan.of(Path.of("a.md"), "a.md").at(1, 1))), 120, new ParagraphStyle(Alignment.JUSTIFY, 1, false), new Diagnostics());
        List<PageItem> items = new ArrayList<>();
        items.add(new PageItem.ArticleStart("01/10-library", "図書館", TOP, false));
        for (int i = 0; i < lines.size(); i++) items.add(new PageItem.VerticalLine(RIGHT - i * PITCH, TOP, lines.get(i), PageItem.Ink.BLACK));
        PageLayout first = issue.pages().get(0);
        page = new PageLayout(1, first.section(), first.widthPt(), first.heightPt(), first.bleedPt(), first.slug(), items,
                List.of(), first.fill(), List.of());
        alto = tmp.resolve("01.xml");
        Files.writeString(alto, AltoWriter.page(issue.issue(), page, "archive.pdf"));
    }

    private static double mm10(double pt) {
        return pt * 254 / 72;
    }

    @Test
    void validatesAgainstAlto44() throws Exception {
        ArchiveFilesTest.validator("alto-4-4.xsd").validate(new StreamSource(alto.toFile()));
    }

    @Test
    void eachLineIsBoxedAnEmWideDownItsLengthAndTheBandIsOneBlock() throws Exception {
        Document doc = ArchiveFilesTest.parse(alto);
        assertEquals(1, doc.getElementsByTagNameNS("*", "TextBlock").getLength(), "the lines of one band from one top");
        NodeList textLines = doc.getElementsByTagNameNS("*", "TextLine");
        assertEquals(lines.size(), textLines.getLength());
        double bleed = page.bleedPt();
        for (int i = 0; i < lines.size(); i++) {
            Element line = (Element) textLines.item(i);
            double axis = bleed + RIGHT - i * PITCH;
            assertEquals(mm10(axis - SIZE / 2), Double.parseDouble(line.getAttribute("HPOS")), 0.02, "line " + i);
            assertEquals(mm10(SIZE), Double.parseDouble(line.getAttribute("WIDTH")), 0.02, "an em wide");
            double start = lines.get(i).glyphs().get(0).x();
            assertEquals(mm10(bleed + TOP + start), Double.parseDouble(line.getAttribute("VPOS")), 0.02, "from its first glyph");
            assertEquals(mm10(lines.get(i).width() - start), Double.parseDouble(line.getAttribute("HEIGHT")), 0.02, "down its length");
            String[] baseline = line.getAttribute("BASELINE").split("[ ,]");
            assertEquals(baseline[0], baseline[2], "the baseline is the line's axis, vertical");
            assertEquals(mm10(axis), Double.parseDouble(baseline[0]), 0.02);
            StringBuilder text = new StringBuilder();
            NodeList strings = line.getElementsByTagNameNS("*", "String");
            for (int k = 0; k < strings.getLength(); k++) text.append(((Element) strings.item(k)).getAttribute("CONTENT"));
            assertEquals(lines.get(i).text(), text.toString(), "every character in reading order");
        }
    }
}
