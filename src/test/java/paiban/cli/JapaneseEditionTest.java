package paiban.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.font.FontLibrary;
import paiban.layout.PageItem;
import paiban.render.pdf.PdfGlyphs;
import paiban.text.ComposedLine;
import paiban.text.PlacedGlyph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/** The ja fixture (みなと新報) built end to end: printed in the Japanese faces, composed by jlreq. */
class JapaneseEditionTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/ja-2026-12-10");
    /** jlreq 3.1.7 at the strict level: closing marks, hyphens, stops, iteration marks, ー and small kana. */
    private static final String NOT_AT_START = "、。，．」』）〕］｝〉》】”’・：；！？‼⁇‐〜゠–ヽヾゝゞ々〻ー"
            + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ";
    private static final String NOT_AT_END = "「『（〔［｛〈《【“‘";

    @TempDir
    static Path out;
    static IssueBuilder.Result built;

    @BeforeAll
    static void build() {
        built = new IssueBuilder(FontLibrary.load(Path.of("fonts"))).build(FIXTURE, out);
        assertTrue(built.ok(), built.diagnostics().toString());
    }

    private static List<ComposedLine> lines() {
        return built.pages().stream().flatMap(p -> p.items().stream())
                .filter(i -> i instanceof PageItem.TextLine).map(i -> ((PageItem.TextLine) i).line()).toList();
    }

    /** Each printed character with the face (subset tag removed) PDFBox reads it in, in text order. */
    private record Printed(String text, List<String> fonts) {
        static Printed read(Path pdf) throws IOException {
            StringBuilder text = new StringBuilder();
            List<String> fonts = new ArrayList<>();
            for (List<PdfGlyphs.Glyph> page : new PdfGlyphs(pdf).pages) {
                for (PdfGlyphs.Glyph g : page) {
                    if (g.text().isBlank()) continue;
                    text.append(g.text());
                    fonts.add(g.font().replaceFirst("^[A-Z]{6}\\+", "")); // TAG+PostScriptName
                }
            }
            return new Printed(text.toString(), fonts);
        }

        String fontOf(String character) {
            int at = text.indexOf(character);
            assertTrue(at >= 0, character + " not printed: " + text);
            return fonts.get(at);
        }
    }

    @Test
    void everyGlyphIsPrintedInAJapaneseFace() throws IOException {
        Printed printed = Printed.read(out.resolve("ja-2026-12-10/ja-2026-12-10.pdf"));
        assertTrue(printed.text().contains("ふるさと納税") && printed.text().contains("■撮影"), printed.text());
        Map<String, Integer> glyphsByFont = new TreeMap<>();
        for (String font : printed.fonts()) glyphsByFont.merge(font, 1, Integer::sum);
        assertEquals(new TreeSet<>(List.of("NotoSansJP-Bold", "NotoSansJP-Regular", "NotoSerifJP-Regular")),
                glyphsByFont.keySet(), glyphsByFont.toString());
        assertTrue(glyphsByFont.get("NotoSerifJP-Regular") > 500, "the body is set in 明朝: " + glyphsByFont);
    }

    @Test
    void aKanjiTheJapaneseFacesLackIsPrintedInTheChineseFaceOfItsRole(@TempDir Path dir) throws IOException {
        Path issue = dir.resolve("2026-12-11");
        Files.createDirectories(issue.resolve("01"));
        Files.writeString(issue.resolve("issue.yaml"), "paper: みなと新報\ndate: 2026-12-11\nlanguage: ja\nformat: tabloid\n");
        // 乸 (Cantonese) is in Taiwan's faces only
        Files.writeString(issue.resolve("01/10-market.md"), "---\ntitle: 朝市に乸の看板\n---\n"
                + "港の朝市に、店主が「乸」の字を書いた看板を掲げた。読み方を尋ねる客が相次いでいる。\n");
        IssueBuilder.Result r = new IssueBuilder(FontLibrary.load(Path.of("fonts"))).build(issue, dir.resolve("out"));
        assertTrue(r.ok(), r.diagnostics().toString());
        Printed printed = Printed.read(dir.resolve("out/2026-12-11/2026-12-11.pdf"));
        assertEquals("NotoSansTC-Bold", printed.fontOf("乸"), "in the title");
        assertEquals("NotoSerifTC-Regular", printed.fonts().get(printed.text().indexOf("乸", printed.text().indexOf("「"))),
                "in the body");
        assertEquals("NotoSerifJP-Regular", printed.fontOf("尋"), "the rest of the body stays in 明朝");
    }

    @Test
    void noLineStartsOrEndsWithAMarkJlreqProhibitsThere() {
        List<ComposedLine> lines = lines();
        assertTrue(lines.size() > 40, "lines: " + lines.size());
        ComposedLine previous = null;
        for (ComposedLine line : lines) {
            String t = line.text();
            if (previous != null && !previous.last()) {
                assertTrue(NOT_AT_START.indexOf(t.codePointAt(0)) < 0, "«" + t + "» after «" + previous.text() + "»");
            }
            if (!line.last()) {
                assertTrue(NOT_AT_END.indexOf(t.codePointBefore(t.length())) < 0, "«" + t + "» ends with an opening mark");
            }
            previous = line;
        }
    }

    @Test
    void commasAndFullStopsEndingALineTakeHalfAnEm() {
        List<PlacedGlyph> ends = new ArrayList<>();
        for (ComposedLine line : lines()) {
            PlacedGlyph last = line.glyphs().get(line.glyphs().size() - 1);
            if ("、。".contains(last.text())) ends.add(last);
        }
        assertTrue(ends.size() >= 5, "line ends on 、。: " + ends.size());
        for (PlacedGlyph g : ends) assertEquals(g.size() / 2, g.width(), 0.01, "«" + g.text() + "» at a line end");
    }

    @Test
    void paragraphsAreIndentedOneEmAsJapanesePapersIndentThem() {
        int checked = 0;
        for (ComposedLine line : lines()) {
            String t = line.text();
            if (t.startsWith("しずくの会は") || t.startsWith("代表の中村") || t.startsWith("みなと汽船は")) {
                PlacedGlyph first = line.glyphs().get(0);
                assertEquals(first.size(), first.x(), 0.01, "«" + t + "» starts one em in");
                checked++;
            }
        }
        assertEquals(3, checked);
    }
}
