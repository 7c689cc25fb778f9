package paiban.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.diag.Diagnostic;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lists and quotes nested beyond what the parser's stack can take are refused before parsing, every time. */
class NestingLimitTest {
    private static final int LIMIT = MarkdownBody.MAX_PARSE_DEPTH;

    @TempDir
    Path tmp;

    private Fixture article(String body) {
        return Fixture.withEdition(tmp).article("01/10-a.md", "title: 深层", "第一段。\n\n" + body);
    }

    @Test
    void listsOnOneLineBeyondTheLimitAreRefusedAtTheirLineEveryTime() {
        for (int run = 0; run < 3; run++) {
            Diagnostic d = Fixture.only(article("- ".repeat(LIMIT + 1) + "层\n").errors(), "nested too deeply");
            assertEquals("2026-11-26/01/10-a.md:6", d.span().display() + ":" + d.span().line());
        }
    }

    @Test
    void quotesAtTheLimitAreReadAndFlattened() {
        Fixture f = article("> ".repeat(LIMIT) + "引\n");
        f.read();
        assertFalse(f.diags.hasErrors());
        assertTrue(f.diags.warnings().stream().anyMatch(d -> d.message().contains("flattened")));
    }

    @Test
    void indentedListsCountTheirIndent() {
        StringBuilder lists = new StringBuilder();
        for (int d = 0; d <= LIMIT; d++) lists.append("  ".repeat(d)).append("- 项\n");
        Diagnostic d = Fixture.only(article(lists.toString()).errors(), "nested too deeply");
        assertEquals(6 + LIMIT, d.span().line(), "the first line past the limit");
    }

    @Test
    void depthCountsEveryKindOfMarker() {
        assertEquals(2, MarkdownBody.lineNestedDeeperThan("甲\n> 1. - * + 10) 乙\n", 5));
        assertEquals(0, MarkdownBody.lineNestedDeeperThan("甲\n> 1. - * + 10) 乙\n", 6));
        assertEquals(0, MarkdownBody.lineNestedDeeperThan("-1 -2 -3 不是列表 > > > > > > >\n", 1));
        assertEquals(2, MarkdownBody.lineNestedDeeperThan("甲\n      - 乙\n", 3), "six spaces of indent count as three levels");
    }
}
