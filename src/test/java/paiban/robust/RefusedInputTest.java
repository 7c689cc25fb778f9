package paiban.robust;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each refused input, made by breaking an issue that built: the build exits 1, names the file and
 * line, and leaves the previous good outputs exactly as they were with no temporary files.
 */
class RefusedInputTest {
    @TempDir
    static Path shared;
    @TempDir
    Path dir;

    private static Path goodIssue;
    private static Path goodOut;
    private static Map<String, byte[]> goodFiles;

    /** What to build after breaking: usually the same issue and output folder. */
    record Target(Path issue, Path out) {
    }

    interface Breakage {
        Target apply(Path issue, Path out) throws IOException;
    }

    /** Breaks a file of the issue in place; builds it as before. */
    static Breakage edit(Edit edit) {
        return (issue, out) -> {
            edit.apply(issue);
            return new Target(issue, out);
        };
    }

    interface Edit {
        void apply(Path issue) throws IOException;
    }

    @BeforeAll
    static void buildOnce() throws IOException {
        goodIssue = Issues.goodIssue(shared);
        goodOut = shared.resolve("out");
        Issues.Run r = Issues.build(goodIssue, goodOut);
        assertEquals(0, r.code(), r.err());
        goodFiles = Issues.files(goodOut);
        assertEquals(4, goodFiles.size(), goodFiles.keySet().toString());
    }

    static Stream<Arguments> refused() {
        String id = Issues.ID;
        String yaml = id + "/issue.yaml";
        String story = id + "/01/10-spring.md";
        String photo = id + "/01/20-photo.md";
        return Stream.of(
                Arguments.of("missing issue.yaml", edit(i -> Files.delete(i.resolve("issue.yaml"))),
                        yaml, "no issue.yaml"),
                Arguments.of("issue.yaml not YAML", edit(i -> Files.writeString(i.resolve("issue.yaml"),
                        "paper: 柳岸晚报\ndate: [2026-03-02\nformat: tabloid\n")), yaml + ":3", "begun on line 2"),
                Arguments.of("paper missing", edit(i -> Files.writeString(i.resolve("issue.yaml"),
                        "date: 2026-03-02\nformat: tabloid\n")), yaml + ":1", "paper"),
                Arguments.of("date missing", edit(i -> Files.writeString(i.resolve("issue.yaml"),
                        "paper: 柳岸晚报\nformat: tabloid\n")), yaml + ":1", "date"),
                Arguments.of("30 February", edit(i -> Files.writeString(i.resolve("issue.yaml"),
                        "paper: 柳岸晚报\ndate: 2026-02-30\nformat: tabloid\n")), yaml + ":2", "2026-02-30"),
                Arguments.of("unknown format", edit(i -> Files.writeString(i.resolve("issue.yaml"),
                        Issues.ISSUE_YAML.replace("tabloid", "quarto"))), yaml + ":3", "quarto"),
                Arguments.of("misspelt format key", edit(i -> Files.writeString(i.resolve("issue.yaml"),
                        Issues.ISSUE_YAML.replace("format:", "fromat:"))), yaml + ":3", "unknown key 'fromat' in issue.yaml — did you mean 'format'?"),
                Arguments.of("misspelt front matter key", edit(i -> Files.writeString(i.resolve("01/10-spring.md"),
                        "---\ntitle: 柳岸镇春耕提前一周\ndatelien: 本报讯\n---\n" + Issues.story(3))), story + ":3",
                        "unknown key 'datelien' in the front matter — did you mean 'dateline'?"),
                Arguments.of("columns 0", edit(i -> Files.writeString(i.resolve("issue.yaml"),
                        Issues.ISSUE_YAML + "columns: 0\n")), yaml + ":4", "columns"),
                Arguments.of("columns 100", edit(i -> Files.writeString(i.resolve("issue.yaml"),
                        Issues.ISSUE_YAML + "columns: 100\n")), yaml + ":4", "columns"),
                Arguments.of("page folder without articles", edit(i -> {
                    Files.createDirectories(i.resolve("02"));
                    Files.writeString(i.resolve("02/page.yaml"), "section: 民生\n");
                }), id + "/02", "has no articles"),
                Arguments.of("article without front matter", edit(i -> Files.writeString(i.resolve("01/10-spring.md"),
                        Issues.story(3))), story + ":1", "front matter"),
                Arguments.of("front matter never closed", edit(i -> Files.writeString(i.resolve("01/10-spring.md"),
                        "---\ntitle: 柳岸镇春耕提前一周\n\n" + Issues.story(3))), story + ":1", "front matter"),
                Arguments.of("front matter not a mapping", edit(i -> Files.writeString(i.resolve("01/10-spring.md"),
                        "---\n- 柳岸镇春耕提前一周\n- 本报讯\n---\n" + Issues.story(3))), story + ":2", "key: value"),
                Arguments.of("title missing", edit(i -> Files.writeString(i.resolve("01/10-spring.md"),
                        "---\ndateline: 本报讯\n---\n" + Issues.story(3))), story + ":1", "title"),
                Arguments.of("kind unknown", edit(i -> Files.writeString(i.resolve("01/20-photo.md"),
                        Issues.PHOTO.replace("kind: photo", "kind: gallery"))), photo + ":3", "gallery"),
                Arguments.of("priority not a number", edit(i -> Files.writeString(i.resolve("01/10-spring.md"),
                        "---\ntitle: 柳岸镇春耕提前一周\npriority: 头条\n---\n" + Issues.story(3))), story + ":3", "priority"),
                Arguments.of("two leads on a page", edit(i -> {
                    Files.writeString(i.resolve("01/10-spring.md"), "---\ntitle: 柳岸镇春耕提前一周\npriority: 1\n---\n" + Issues.story(3));
                    Files.writeString(i.resolve("01/20-photo.md"), Issues.PHOTO.replace("kind: photo", "priority: 1"));
                }), photo + ":3", "priority 1"),
                Arguments.of("picture missing", edit(i -> Files.delete(i.resolve("images/tractor.jpg"))),
                        photo + ":4", "not found"),
                Arguments.of(".jpg that is text", edit(i -> Files.writeString(i.resolve("images/tractor.jpg"),
                        "插秧机照片稍后补发\n")), photo + ":4", "is not a JPEG or PNG"),
                Arguments.of("truncated JPEG", edit(i -> {
                    byte[] jpeg = Files.readAllBytes(i.resolve("images/tractor.jpg"));
                    Files.write(i.resolve("images/tractor.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2));
                }), photo + ":4", "damaged JPEG"),
                Arguments.of("picture path leaving the issue", edit(i -> {
                    Files.copy(i.resolve("images/tractor.jpg"), i.resolveSibling("tractor.jpg"));
                    Files.writeString(i.resolve("01/20-photo.md"),
                            Issues.PHOTO.replace("../images/tractor.jpg", "../../tractor.jpg"));
                }), photo + ":4", "leaves the issue folder"),
                Arguments.of("picture symlink pointing out", edit(i -> {
                    Path outside = Files.move(i.resolve("images/tractor.jpg"), i.resolveSibling("tractor.jpg"));
                    Files.createSymbolicLink(i.resolve("images/tractor.jpg"), outside);
                }), photo + ":4", "symbolic link"),
                Arguments.of("GB18030 article", edit(i -> recode(i.resolve("01/10-spring.md"), Charset.forName("GB18030"))),
                        story + ":2", "GB18030"),
                Arguments.of("UTF-16 article", edit(i -> recode(i.resolve("01/10-spring.md"), StandardCharsets.UTF_16)),
                        story + ":1", "UTF-16"),
                Arguments.of("NUL byte", edit(i -> {
                    Path f = i.resolve("01/10-spring.md");
                    byte[] b = Files.readAllBytes(f);
                    int fifthLine = 0;
                    for (int n = 0; n < 4; n++) fifthLine = indexOf(b, (byte) '\n', fifthLine) + 1;
                    b[fifthLine + 2] = 0;
                    Files.write(f, b);
                }), story + ":5", "NUL byte"),
                Arguments.of("issue path is a file", (Breakage) (issue, out) -> new Target(issue.resolve("issue.yaml"), out),
                        "issue.yaml", "is a file"),
                Arguments.of("output folder is a file", (Breakage) (issue, out) ->
                        new Target(issue, out.resolve(Issues.ID).resolve("report.json")),
                        null, "cannot write the outputs"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void isRefusedAndKeepsThePreviousBuild(String name, Breakage breakage, String where, String message) throws IOException {
        Path issue = dir.resolve(Issues.ID);
        Path out = dir.resolve("out");
        Issues.copyTree(goodIssue, issue);
        Issues.copyTree(goodOut, out);
        Target target = breakage.apply(issue, out);

        Issues.Run r = Issues.build(target.issue(), target.out());

        assertEquals(1, r.code(), r.err());
        String at = where != null ? where : target.out().resolve(Issues.ID).toString();
        Pattern error = Pattern.compile("(?m)^" + Pattern.quote(at) + "(:\\d+)?: error: .*" + Pattern.quote(message));
        assertTrue(error.matcher(r.err()).find(), "expected an error at " + at + " saying '" + message + "':\n" + r.err());
        assertTrue(r.err().contains("not built (nothing written)"), r.err());
        Map<String, byte[]> after = Issues.files(out);
        assertEquals(goodFiles.keySet(), after.keySet(), "the previous files, and no temporary ones");
        for (String f : goodFiles.keySet()) assertArrayEquals(goodFiles.get(f), after.get(f), f);
    }

    private static void recode(Path file, Charset charset) throws IOException {
        Files.write(file, Files.readString(file).getBytes(charset));
    }

    private static int indexOf(byte[] b, byte value, int from) {
        for (int i = from; i < b.length; i++) if (b[i] == value) return i;
        throw new IllegalArgumentException("no byte " + value + " after " + from);
    }
}
