package paiban.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.font.FontLibrary;
import paiban.layout.PageItem;
import paiban.text.ComposedLine;
import paiban.text.PlacedGlyph;

import java.io.IOException;
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

    @Test
    void everyGlyphIsPrintedInAJapaneseFace() throws IOException {
        Map<String, Integer> glyphsByFont = new TreeMap<>();
        StringBuilder text = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(out.resolve("ja-2026-12-10/ja-2026-12-10.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String s, List<TextPosition> positions) throws IOException {
                    super.writeString(s, positions);
                    for (TextPosition t : positions) {
                        if (t.getUnicode().isBlank()) continue;
                        // a subset's name is TAG+PostScriptName
                        glyphsByFont.merge(t.getFont().getName().replaceFirst("^[A-Z]{6}\\+", ""), 1, Integer::sum);
                        text.append(t.getUnicode());
                    }
                }
            };
            stripper.getText(doc);
        }
        assertTrue(text.indexOf("ふるさと納税") >= 0 && text.indexOf("■撮影") >= 0, text.toString());
        assertEquals(new TreeSet<>(List.of("NotoSansJP-Bold", "NotoSansJP-Regular", "NotoSerifJP-Regular")),
                glyphsByFont.keySet(), glyphsByFont.toString());
        assertTrue(glyphsByFont.get("NotoSerifJP-Regular") > 500, "the body is set in 明朝: " + glyphsByFont);
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
