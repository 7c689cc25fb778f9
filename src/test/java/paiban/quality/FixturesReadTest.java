package paiban.quality;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import paiban.diag.Diagnostics;
import paiban.model.Issue;
import paiban.source.IssueReader;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The issue-9 fixtures are read without source errors, with the pages and language they were written for. */
class FixturesReadTest {
    static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @ParameterizedTest
    @CsvSource({
            "tabloid-2026-12-08, 6, zh-Hans",
            "zhhant-2026-12-09, 2, zh-Hant",
            "ja-2026-12-10, 1, ja",
            "short-2026-12-11, 2, zh-Hans"})
    void fixtureReadsWithoutErrors(String id, int pages, String language) throws Exception {
        Diagnostics diags = new Diagnostics();
        Issue issue = new IssueReader().read(FIXTURES.resolve(id), diags);
        assertTrue(diags.errors().isEmpty(), () -> id + ": " + diags.errors());
        assertEquals(pages, issue.pages().size());
        assertEquals(language, issue.edition().language());
    }
}
