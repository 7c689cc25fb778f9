package paiban.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import paiban.diag.Diagnostic;
import paiban.diag.Diagnostics;
import paiban.diag.SourceException;
import paiban.model.Edition;
import paiban.model.Issue;
import paiban.model.Writing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** issue.yaml: values, defaults and every error at its line. */
class EditionTest {
    @TempDir
    Path tmp;

    private Fixture issue(String yaml) {
        return new Fixture(tmp).file("issue.yaml", yaml).article("01/10-a.md", "title: 市民公园扩建", "工程将于明年完工。\n");
    }

    @Test
    void defaults() {
        Edition e = issue("paper: 江城晚报\ndate: 2026-11-26\n").read().edition();
        assertEquals(0, e.number());
        assertEquals("江城晚报", e.publisher());
        assertEquals("zh-Hans", e.language());
        assertEquals("broadsheet", e.format().name());
        assertEquals(390, e.format().widthMm());
        assertEquals(543, e.format().heightMm());
        assertEquals(8, e.columns());
        assertEquals(3.0, e.bleedMm());
    }

    @ParameterizedTest
    @CsvSource({"broadsheet,390,543,8", "tabloid,271,390,6", "berliner,315,470,6", "A3,297,420,6", "a4,210,297,4",
            "350x500,350,500,8", "350×500mm,350,500,8", "300 x 450 mm,300,450,6", "260x380,260,380,6", "200x280,200,280,4"})
    void formats(String format, double w, double h, int columns) {
        Edition e = issue("paper: 江城晚报\ndate: 2026-11-26\nformat: " + format + "\n").read().edition();
        assertEquals(w, e.format().widthMm());
        assertEquals(h, e.format().heightMm());
        assertEquals(columns, e.format().defaultColumns());
        assertEquals(columns, e.columns());
    }

    @Test
    void explicitValues() {
        Edition e = issue("""
                paper: 江城晚报
                date: 2026-11-26
                publisher: 江城日报社
                language: zh-Hant
                format: tabloid
                columns: 5
                bleed: 2.5
                """).read().edition();
        assertEquals("江城日报社", e.publisher());
        assertEquals("zh-Hant", e.language());
        assertEquals(5, e.columns());
        assertEquals(2.5, e.bleedMm());
    }

    @Test
    void byteOrderMarkAndCrlf() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "paper: 江城晚报\r\ndate: 2026-11-26\r\nformat: A4\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(text, 0, all, 3, text.length);
        Fixture f = new Fixture(tmp).bytes("issue.yaml", all).article("01/10-a.md", "title: 甲", "乙\n");
        assertEquals("A4", f.read().edition().format().name());
    }

    @Test
    void unknownKeyIsAnErrorWithDidYouMean() {
        Diagnostic d = issue("paper: 江城晚报\ndate: 2026-11-26\ncolums: 6\n").error("unknown key", "2026-11-26/issue.yaml:3");
        assertEquals("unknown key 'colums' in issue.yaml — did you mean 'columns'?", d.message());
    }

    @Test
    void misspeltFormatDoesNotBuildTheDefaultBroadsheet() {
        Diagnostic d = issue("paper: 江城晚报\ndate: 2026-11-26\nfromat: tabloid\n").error("unknown key", "2026-11-26/issue.yaml:3");
        assertEquals("unknown key 'fromat' in issue.yaml — did you mean 'format'?", d.message());
    }

    @Test
    void dateThatDoesNotExist() {
        Diagnostic d = issue("paper: 江城晚报\nnumber: 3\ndate: 2026-02-30\n").error("does not exist", "2026-11-26/issue.yaml:3");
        assertEquals("date '2026-02-30' does not exist (February 2026 has 28 days)", d.message());
    }

    @Test
    void dateDifferentFromTheFolderNameIsAWarning() {
        Fixture f = issue("paper: 江城晚报\ndate: 2026-11-25\n");
        assertEquals(LocalDate.of(2026, 11, 25), f.read().edition().date());
        Diagnostic d = Fixture.only(f.diags.warnings(), "differs from the issue folder's name");
        assertEquals("date 2026-11-25 differs from the issue folder's name 2026-11-26", d.message());
        assertEquals(2, d.span().line());
    }

    @Test
    void revisionAndIssnAreRead() {
        Edition e = issue("paper: 江城晚报\ndate: 2026-11-26\nrevision: 2\nissn: 0000-006x\n").read().edition();
        assertEquals(2, e.revision());
        assertEquals("0000-006X", e.issn(), "a check value of 10 is written X");
        Edition first = issue("paper: 江城晚报\ndate: 2026-11-26\nissn: 1234-5679\n").read().edition();
        assertEquals(0, first.revision());
        assertEquals("1234-5679", first.issn());
        assertEquals("", issue("paper: 江城晚报\ndate: 2026-11-26\n").read().edition().issn());
    }

    @Test
    void issnWithAWrongCheckCharacterIsAnError() {
        Diagnostic d = issue("paper: 江城晚报\ndate: 2026-11-26\nissn: 1234-5678\n").error("check character",
                "2026-11-26/issue.yaml:3");
        assertEquals("issn 1234-5678 has the wrong check character (9 expected)", d.message());
        Diagnostic shape = issue("paper: 江城晚报\ndate: 2026-11-26\nissn: 12345678\n").error("is not an ISSN",
                "2026-11-26/issue.yaml:3");
        assertTrue(shape.hints().get(0).contains("1234-5679"));
    }

    @Test
    void dateNotIso() {
        Diagnostic d = issue("paper: 江城晚报\ndate: 26/11/2026\n").error("not an ISO date", "2026-11-26/issue.yaml:2");
        assertTrue(d.hints().get(0).contains("YYYY-MM-DD"));
    }

    @Test
    void missingPaperAndDateAreBothReported() {
        List<Diagnostic> errors = issue("number: 5\n").errors();
        Fixture.only(errors, "no 'paper'");
        Fixture.only(errors, "no 'date'");
    }

    @Test
    void writingAndBandsDefaultToHorizontalAndTheFormatsBands() {
        Issue i = issue("paper: 江城晚报\ndate: 2026-11-26\nformat: tabloid\n").read();
        assertEquals(Writing.HORIZONTAL, i.edition().writing());
        assertEquals(10, i.edition().bands());
        assertEquals(Writing.HORIZONTAL, i.pages().get(0).writing());
        assertEquals(15, issue("paper: 江城晚报\ndate: 2026-11-26\n").read().edition().bands());
    }

    @Test
    void verticalIssueWithAPageSetHorizontally() {
        Issue i = issue("paper: みなと新報\ndate: 2026-11-26\nlanguage: ja\nwriting: 縦組み\nbands: 12\n")
                .file("02/page.yaml", "writing: horizontal\nbands: 8\n")
                .article("02/10-b.md", "title: 港の灯り", "新しい灯台が完成した。\n")
                .read();
        assertEquals(Writing.VERTICAL, i.edition().writing());
        assertEquals(Writing.VERTICAL, i.pages().get(0).writing());
        assertEquals(12, i.pages().get(0).bands());
        assertEquals(Writing.HORIZONTAL, i.pages().get(1).writing());
        assertEquals(8, i.pages().get(1).bands());
    }

    @Test
    void unknownWritingIsAnErrorAtItsLine() {
        Diagnostic d = issue("paper: 江城晚报\ndate: 2026-11-26\nwriting: verticle\n")
                .error("unknown writing", "2026-11-26/issue.yaml:3");
        assertEquals("unknown writing 'verticle' — did you mean 'vertical'?", d.message());
        issue("paper: 江城晚报\ndate: 2026-11-26\nbands: 40\n").error("'bands' is 40", "2026-11-26/issue.yaml:3");
    }

    @Test
    void unknownFormat() {
        Diagnostic d = issue("paper: 江城晚报\ndate: 2026-11-26\nformat: tabliod\n")
                .error("unknown format", "2026-11-26/issue.yaml:3");
        assertEquals("unknown format 'tabliod' — did you mean 'tabloid'?", d.message());
        assertTrue(d.hints().get(0).contains("WIDTHxHEIGHT"));
    }

    @Test
    void formatOutOfRange() {
        issue("paper: 江城晚报\ndate: 2026-11-26\nformat: 10x5000\n").error("out of range", "2026-11-26/issue.yaml:3");
    }

    @ParameterizedTest
    @CsvSource({"0", "100", "-3"})
    void columnsOutOfRange(String columns) {
        Diagnostic d = issue("paper: 江城晚报\ndate: 2026-11-26\ncolumns: " + columns + "\n")
                .error("'columns' is", "2026-11-26/issue.yaml:3");
        assertEquals("'columns' is " + columns + "; it must be from 1 to 20", d.message());
    }

    @Test
    void columnsNotANumber() {
        issue("paper: 江城晚报\ndate: 2026-11-26\ncolumns: eight\n")
                .error("'columns' must be a whole number, found 'eight'", "2026-11-26/issue.yaml:3");
    }

    @Test
    void bleedOutOfRange() {
        issue("paper: 江城晚报\ndate: 2026-11-26\nbleed: 25\n").error("'bleed' is 25", "2026-11-26/issue.yaml:3");
    }

    @Test
    void unknownLanguage() {
        Diagnostic d = issue("paper: 江城晚报\ndate: 2026-11-26\nlanguage: zh-CN\n")
                .error("unknown language", "2026-11-26/issue.yaml:3");
        assertTrue(d.message().contains("zh-Hans"), d.message());
    }

    @Test
    void yamlSyntaxErrorHasItsLine() {
        issue("paper: 江城晚报\ndate: 2026-11-26\ntitle: [unclosed\n").error("YAML syntax", "2026-11-26/issue.yaml:4");
    }

    @Test
    void tabIndentationGetsAHint() {
        Diagnostic d = issue("paper: 江城晚报\ndate: 2026-11-26\nformat:\n\tA3\n").error("YAML syntax", "2026-11-26/issue.yaml:4");
        assertEquals(List.of("indent YAML with spaces, not tabs"), d.hints());
    }

    @Test
    void colonInAValueGetsAHint() {
        Diagnostic d = new Fixture(tmp).file("issue.yaml", "paper: 江城晚报\ndate: 2026-11-26\n")
                .article("01/10-a.md", "title: 专访: 老城改造\nbyline: 记者: 王芳", "正文。\n")
                .error("YAML syntax", "2026-11-26/01/10-a.md:2");
        assertTrue(d.hints().get(0).contains("quotes"), d.hints().toString());
    }

    @Test
    void notAMapping() {
        issue("- paper\n- date\n").error("expected 'key: value' lines, found a list", "2026-11-26/issue.yaml:1");
    }

    @Test
    void duplicateKey() {
        issue("paper: 江城晚报\ndate: 2026-11-26\npaper: 江城日报\n")
                .error("key 'paper' is given twice (first on line 1)", "2026-11-26/issue.yaml:3");
    }

    @Test
    void missingIssueYaml() {
        Fixture f = new Fixture(tmp).article("01/10-a.md", "title: 甲", "乙\n");
        Diagnostic d = Fixture.only(f.errors(), "no issue.yaml");
        assertEquals("2026-11-26/issue.yaml", d.span().display());
    }

    @Test
    void issuePathIsAFile() throws Exception {
        Path file = Files.writeString(tmp.resolve("2026-11-26.md"), "不是文件夹");
        SourceException e = assertThrows(SourceException.class, () -> new IssueReader().read(file, new Diagnostics()));
        assertEquals("'" + file + "' is a file, not an issue folder", e.diagnostics().get(0).message());
        assertEquals("2026-11-26.md", e.diagnostics().get(0).span().display());
    }

    @Test
    void issueFolderMissing() {
        Path missing = tmp.resolve("2026-12-01");
        SourceException e = assertThrows(SourceException.class, () -> new IssueReader().read(missing, new Diagnostics()));
        assertTrue(e.diagnostics().get(0).message().contains("does not exist"));
    }

    @Test
    void traditionalChineseIsScriptHantOrARegionThatWritesIt() {
        for (String tag : List.of("zh-Hant", "zh-TW", "zh-HK", "zh-Hant-TW", "zh-MO")) {
            assertTrue(Edition.traditional(tag), tag);
        }
        for (String tag : List.of("zh-Hans", "zh", "zh-CN", "zh-Hans-HK", "ja", "en")) {
            assertFalse(Edition.traditional(tag), tag);
        }
    }
}
