package paiban.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.font.FontLibrary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Masthead and folio print their fixed words in the edition's language and in its faces. */
class LocalisedFurnitureTest {
    private static final String PARAGRAPH = "三月三日上午，青溪新市鎮的社區圖書館重新開放，館內增設兒童閱覽區與自習座位，"
            + "開館首日共接待讀者一千二百餘人次。\n\n";

    @TempDir
    Path dir;

    /** Each page's text in reading order, and each glyph with the font it is set in. */
    private record Read(List<String> pages, List<String> glyphFonts) {
        String fontOf(int page, String word) {
            String text = pages.get(page);
            int at = text.indexOf(word);
            assertTrue(at >= 0, "«" + word + "» on page " + (page + 1) + ": " + text);
            return glyphFonts.get(page).split("\n")[text.substring(0, at).replaceAll("[\\s\\u3000]", "").length()];
        }
    }

    private Read build(String language) throws IOException {
        Path issue = dir.resolve(language).resolve("2026-03-03");
        for (String page : List.of("01", "02")) {
            Files.createDirectories(issue.resolve(page));
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < 6; i++) body.append(PARAGRAPH);
            Files.writeString(issue.resolve(page + "/10-library.md"), "---\ntitle: 社區圖書館重新開放\n---\n" + body);
        }
        Files.writeString(issue.resolve("02/page.yaml"), "section: 地方\neditor: 林雅婷\n");
        Files.writeString(issue.resolve("issue.yaml"), "paper: 青溪時報\ndate: 2026-03-03\nnumber: 812\n"
                + "format: tabloid\nlanguage: " + language + "\n");
        Path out = dir.resolve(language).resolve("out");
        IssueBuilder.Result r = new IssueBuilder(FontLibrary.load(Path.of("fonts"))).build(issue, out);
        assertTrue(r.ok(), r.diagnostics().toString());
        List<String> pages = new ArrayList<>();
        List<String> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(out.resolve("2026-03-03/2026-03-03.pdf").toFile())) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                StringBuilder glyphs = new StringBuilder();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) throws IOException {
                        super.writeString(text, positions);
                        for (TextPosition t : positions) {
                            if (!t.getUnicode().isBlank()) glyphs.append(t.getFont().getName()).append('\n');
                        }
                    }
                };
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc).replaceAll("[\\s\\u3000]", ""));
                fonts.add(glyphs.toString());
            }
        }
        return new Read(pages, fonts);
    }

    @Test
    void traditionalEditionPrintsTraditionalWordsInTaiwansFaces() throws IOException {
        Read r = build("zh-Hant");
        assertTrue(r.pages().get(0).contains("2026年3月3日星期二"), r.pages().get(0));
        assertTrue(r.pages().get(0).contains("農曆丙午年正月十五"), r.pages().get(0));
        assertTrue(r.pages().get(0).contains("第812期今日2版"), r.pages().get(0));
        assertTrue(r.pages().get(1).contains("第2版地方"), r.pages().get(1));
        assertTrue(r.pages().get(1).contains("責任編輯：林雅婷"), r.pages().get(1));
        assertFalse(String.join("", r.pages()).contains("责任编辑"));
        assertTrue(r.fontOf(1, "責任編輯").contains("TC-"), r.fontOf(1, "責任編輯"));
        assertTrue(r.fontOf(0, "農曆").contains("TC-"), r.fontOf(0, "農曆"));
    }

    @Test
    void japaneseEditionPrintsTheEraYearAndPageNumbersInMen() throws IOException {
        Read r = build("ja");
        String all = String.join("", r.pages());
        assertTrue(r.pages().get(0).contains("2026年（令和8年）3月3日火曜日"), r.pages().get(0));
        assertTrue(r.pages().get(0).contains("第812号本日2面"), r.pages().get(0));
        assertTrue(r.pages().get(1).contains("2面地方"), r.pages().get(1));
        for (String chinese : List.of("星期", "农历", "農曆", "第2版", "今日", "责任编辑")) {
            assertFalse(all.contains(chinese), chinese + " in " + all);
        }
    }
}
