package paiban.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class CliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A one-page issue whose single story has {@code paragraphs} paragraphs of about 120 characters. */
    static Path issue(Path root, String id, int paragraphs) throws IOException {
        Path issue = root.resolve(id);
        Files.createDirectories(issue.resolve("01"));
        Files.writeString(issue.resolve("issue.yaml"), "paper: 柳岸晚报\ndate: 2026-03-02\nformat: tabloid\n");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) {
            body.append("第").append(i + 1).append("段：柳岸镇今年春耕比往年提前了一周，镇农技站的技术员们")
                    .append("天一亮就下到田头，指导农户调试插秧机、检测土壤墒情。站长陈立说，今年全镇计划种植早稻")
                    .append("1.2万亩，比去年增加8.5%，其中机插秧面积占到七成以上，“机器插得匀，秧苗长得齐”。\n\n");
        }
        Files.writeString(issue.resolve("01/10-spring.md"), "---\ntitle: 柳岸镇春耕提前一周\ndateline: 本报讯\n---\n" + body);
        return issue;
    }

    /** Runs paiban in a new JVM with {@code PAIBAN_FONTS} set to {@code fonts}. */
    static Run runWithFonts(Path fonts, String... args) throws IOException, InterruptedException {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(java.util.List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("PAIBAN_FONTS", fonts.toString());
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        return new Run(p.waitFor(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void missingOrUnreadableFontsAreNamedWithoutAStackTrace() throws Exception {
        Path issue = issue(dir, "2026-03-02", 3);
        Path fonts = Files.createDirectories(dir.resolve("fonts"));
        Run missing = runWithFonts(fonts, "build", issue.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, missing.code(), missing.err());
        assertTrue(missing.err().contains("font missing: " + fonts.resolve("NotoSerifSC-Regular.ttf")), missing.err());
        assertTrue(missing.err().contains("PAIBAN_FONTS"), missing.err());
        assertFalse(missing.err().contains("Exception"), missing.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");

        for (String name : java.util.List.of("NotoSerifSC-Regular.ttf", "NotoSansSC-Bold.ttf", "NotoSansSC-Regular.ttf",
                "NotoSerifTC-Regular.ttf", "NotoSansTC-Bold.ttf", "NotoSansTC-Regular.ttf",
                "NotoSerifJP-Regular.ttf", "NotoSansJP-Bold.ttf", "NotoSansJP-Regular.ttf")) {
            Files.createSymbolicLink(fonts.resolve(name), Path.of("fonts", name).toAbsolutePath());
        }
        Files.writeString(fonts.resolve("LXGWWenKai-Regular.ttf"), "not a font");
        Run broken = runWithFonts(fonts, "check", issue.toString());
        assertEquals(2, broken.code(), broken.err());
        assertTrue(broken.err().contains("cannot read font " + fonts.resolve("LXGWWenKai-Regular.ttf")), broken.err());
        assertFalse(broken.err().contains("\tat "), broken.err());
    }

    @Test
    void buildWritesThePdfAndReport() throws IOException {
        Path issue = issue(dir, "2026-03-02", 25);
        Run r = run("build", issue.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.size(dir.resolve("out/2026-03-02/2026-03-02.pdf")) > 1000);
        String report = Files.readString(dir.resolve("out/2026-03-02/report.json"));
        assertTrue(report.contains("\"article\": \"01/10-spring\""), report);
    }

    @Test
    void replicaIsWrittenOnlyWhenAskedForAndChangedRebuildsItWhenMissing() throws IOException {
        Path issue = issue(dir, "2026-03-02", 3);
        Path out = dir.resolve("out");
        Path replica = out.resolve("2026-03-02/2026-03-02.replica.epub");
        assertEquals(0, run("build", issue.toString(), "--out", out.toString(), "--no-pdf").code());
        assertFalse(Files.exists(replica), "no replica without --replica");
        assertFalse(Files.readString(out.resolve("2026-03-02/report.json")).contains("\"replica\""));

        Run r = run("build", issue.toString(), "--out", out.toString(), "--no-pdf", "--no-epub", "--replica");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("2026-03-02.replica.epub"), r.out());
        String report = Files.readString(out.resolve("2026-03-02/report.json"));
        assertTrue(report.contains("\"replica\": {\"bytes\": " + Files.size(replica) + "}"), report);
        assertFalse(report.contains("\"epub\": {"), "no reflowable EPUB was built: " + report);

        Files.delete(replica);
        Run again = run("build", issue.toString(), "--out", out.toString(), "--no-pdf", "--no-epub", "--replica", "--changed");
        assertEquals(0, again.code(), again.err());
        assertTrue(Files.exists(replica), "a missing replica is not 'unchanged'");
    }

    @Test
    void aChangedEpubUnderTheSameRevisionIsWarnedAbout() throws IOException {
        Path issue = issue(dir, "2026-03-02", 3);
        Path out = dir.resolve("out");
        assertEquals(0, run("build", issue.toString(), "--out", out.toString()).code());
        String report = Files.readString(out.resolve("2026-03-02/report.json"));
        assertTrue(report.contains("\"revision\": 0"), report);
        long size = Files.size(out.resolve("2026-03-02/2026-03-02.epub"));
        assertTrue(report.matches("(?s).*\"epub\": \\{\"bytes\": " + size + ", \"revision\": 0, \"contentSha256\": \"[0-9a-f]{64}\"}.*"),
                report);
        Run same = run("build", issue.toString(), "--out", out.toString());
        assertFalse(same.err().contains("revision"), same.err());

        Path story = issue.resolve("01/10-spring.md");
        Files.writeString(story, Files.readString(story).replace("柳岸镇春耕提前一周", "柳岸镇春耕提前八天"));
        Run unrevised = run("build", issue.toString(), "--out", out.toString());
        assertEquals(0, unrevised.code(), unrevised.err());
        assertTrue(unrevised.err().contains("2026-03-02/issue.yaml: warning: the EPUB's content differs from the last build's"
                + " but 'revision' is still 0"), unrevised.err());
        assertTrue(unrevised.err().contains("set revision: 1"), unrevised.err());

        Files.writeString(issue.resolve("issue.yaml"), Files.readString(issue.resolve("issue.yaml")) + "revision: 1\n");
        Run revised = run("build", issue.toString(), "--out", out.toString());
        assertFalse(revised.err().contains("revision"), revised.err());
        assertTrue(Files.readString(out.resolve("2026-03-02/report.json")).contains("\"revision\": 1"));
        // the plate's slug names the revision, so a corrected plate is told from the first
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                out.resolve("2026-03-02/2026-03-02.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains("rev. 1"), text);
        }
    }

    @Test
    void oversetOnTheLastPageIsAnErrorNamingTheArticleAndWritesNothing() throws IOException {
        Path issue = issue(dir, "2026-03-02", 400);
        Path pdf = dir.resolve("out/2026-03-02/2026-03-02.pdf");
        Run r = run("build", issue.toString(), "--out", dir.resolve("out").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("2026-03-02/01/10-spring.md:"), r.err());
        assertTrue(r.err().matches("(?s).*does not fit: \\d+ characters.*"), r.err());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void aFailedBuildLeavesThePreviousGoodFilesUntouched() throws IOException {
        Path issue = issue(dir, "2026-03-02", 25);
        Path out = dir.resolve("out");
        assertEquals(0, run("build", issue.toString(), "--out", out.toString()).code());
        Path pdf = out.resolve("2026-03-02/2026-03-02.pdf");
        byte[] good = Files.readAllBytes(pdf);
        Files.writeString(issue.resolve("issue.yaml"), "paper: 柳岸晚报\ndate: 2026-02-30\n");
        Run r = run("build", issue.toString(), "--out", out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("2026-03-02/issue.yaml:2"), r.err());
        assertArrayEquals(good, Files.readAllBytes(pdf));
        try (var files = Files.list(out.resolve("2026-03-02"))) {
            assertEquals(4, files.count(), "pdf, epub, report and pages/, no temporary files left behind");
        }
    }

    @Test
    void outputsChangeTogetherOrNotAtAll() throws IOException {
        Path issue = issue(dir, "2026-03-02", 25);
        Path out = dir.resolve("out");
        assertEquals(0, run("build", issue.toString(), "--out", out.toString()).code());
        Path pdf = out.resolve("2026-03-02/2026-03-02.pdf");
        byte[] good = Files.readAllBytes(pdf);
        Path report = out.resolve("2026-03-02/report.json");
        Files.delete(report);
        Files.createDirectories(report.resolve("kept"));
        Files.writeString(issue.resolve("01/10-spring.md"), Files.readString(issue.resolve("01/10-spring.md"))
                .replace("柳岸镇春耕提前一周", "柳岸镇春耕提前十天"));
        Run r = run("build", issue.toString(), "--out", out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("report.json is a folder"), r.err());
        assertArrayEquals(good, Files.readAllBytes(pdf), "the PDF was not replaced while the report could not be");
        assertTrue(Files.isDirectory(report.resolve("kept")), "the folder in the way is left alone");
    }

    @Test
    void oneBadIssueDoesNotStopTheOthers() throws IOException {
        Path good = issue(dir, "2026-03-02", 25);
        Path bad = issue(dir, "2026-03-03", 25);
        Files.writeString(bad.resolve("issue.yaml"), "date: 2026-03-03\n");
        Run r = run("build", bad.toString(), good.toString(), "--out", dir.resolve("out").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("2026-03-03/issue.yaml"), r.err());
        assertTrue(Files.exists(dir.resolve("out/2026-03-02/2026-03-02.pdf")));
        assertFalse(Files.exists(dir.resolve("out/2026-03-03")));
    }

    @Test
    void checkReportsWithoutWriting() throws IOException {
        Path issue = issue(dir, "2026-03-02", 25);
        Run r = run("check", issue.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("ok"));
        assertFalse(Files.exists(Path.of("out/2026-03-02")));
    }

    /** Traditional Chinese and Japanese editions build with the shipped fonts, no character missing. */
    @ParameterizedTest
    @CsvSource({
            "zh-Hant, 臺北市立圖書館週末延長開放時間，讀者可借閱至晚間九點。館方表示「歡迎市民多加利用」。",
            "ja, 市立図書館は週末の開館時間を延長し、午後九時まで本を借りられるようになった。「ぜひ利用してほしい」と話す。"})
    void otherLanguagesBuildWithoutMissingCharacters(String language, String sentence) throws IOException {
        Path issue = dir.resolve("2026-04-01");
        Files.createDirectories(issue.resolve("01"));
        Files.writeString(issue.resolve("issue.yaml"), "paper: 柳岸晚報\ndate: 2026-04-01\nformat: tabloid\nlanguage: " + language + "\n");
        Files.writeString(issue.resolve("01/10-library.md"), "---\ntitle: 圖書館延長開放\n---\n" + (sentence + "\n\n").repeat(20));
        Run r = run("build", issue.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("no shipped font"), r.err());
        assertTrue(Files.size(dir.resolve("out/2026-04-01/2026-04-01.epub")) > 1000);
    }

    @Test
    void moreThanTwoHundredPagesIsRefusedBeforeAnyWork() throws IOException {
        Path issue = issue(dir, "2026-03-02", 3);
        for (int p = 2; p <= 201; p++) {
            Files.createDirectories(issue.resolve(String.format("%03d", p)));
        }
        Run r = run("check", issue.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("2026-03-02: error: the issue has 201 page folders; an issue holds at most 200 pages"),
                r.err());
    }

    @Test
    void wrongUsageExitsTwo() {
        assertEquals(2, run("build").code());
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run().code());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[]{"new", "build", "check"}) {
            Run r = run(command, "--help");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("Usage: paiban " + command), r.out());
            assertTrue(r.out().contains("ISSUE"), r.out());
        }
    }

    @Test
    void newScaffoldsAnIssueThatBuilds() {
        Path issue = dir.resolve("2026-11-27");
        Run created = run("new", issue.toString());
        assertEquals(0, created.code());
        assertTrue(created.out().contains("next: edit " + issue.resolve("01")), created.out());
        assertTrue(created.out().contains("paiban build " + issue), created.out());
        Run r = run("build", issue.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
    }
}
