package paiban.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.diag.Diagnostic;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Front-matter texts have a length limit, so a pasted body in a headline fails fast at its line. */
class FieldLengthTest {
    private static final int MAX = ArticleReader.MAX_FIELD_CHARS;

    @TempDir
    Path tmp;

    @Test
    void aTitleAtTheLimitIsRead() {
        Fixture.withEdition(tmp).article("01/10-a.md", "title: " + "镇".repeat(MAX), "正文。\n").read();
    }

    @Test
    void aTitleOverTheLimitIsAnErrorAtItsLine() {
        Diagnostic d = Fixture.withEdition(tmp).article("01/10-a.md", "kicker: 引题\ntitle: " + "镇".repeat(MAX + 1), "正文。\n")
                .error("characters long", "2026-11-26/01/10-a.md:3");
        assertEquals("'title' is 1001 characters long; front-matter texts may be at most 1000", d.message());
    }

    @Test
    void titleLinesCountTogether() {
        String half = "镇".repeat(MAX / 2 + 1);
        Fixture.withEdition(tmp).article("01/10-a.md", "title: [" + half + ", " + half + "]", "正文。\n")
                .error("'title' is 1002 characters long", "2026-11-26/01/10-a.md:2");
    }

    @Test
    void everyTextKeyIsLimited() {
        String tooLong = "岸".repeat(MAX + 1);
        List<String> keys = List.of("kicker", "subtitle", "byline", "dateline", "caption", "credit", "alt");
        StringBuilder fm = new StringBuilder("title: 标题\nimage: ../images/a.png");
        for (String k : keys) fm.append('\n').append(k).append(": ").append(tooLong);
        List<Diagnostic> errors = Fixture.withEdition(tmp).article("01/10-a.md", fm.toString(), "正文。\n")
                .png("images/a.png", 8, 6).errors();
        assertEquals(keys.stream().map(k -> "'" + k + "' is 1001 characters long; front-matter texts may be at most 1000").toList(),
                errors.stream().map(Diagnostic::message).toList());
        assertEquals(List.of(4, 5, 6, 7, 8, 9, 10), errors.stream().map(d -> d.span().line()).toList());
    }
}
