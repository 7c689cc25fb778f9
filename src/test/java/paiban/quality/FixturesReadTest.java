package paiban.quality;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import paiban.diag.Diagnostics;
import paiban.model.Issue;
import paiban.model.Page;
import paiban.model.Writing;
import paiban.source.IssueReader;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The issue-9 fixtures are read without source errors, with the pages, language and writing direction they were written for. */
class FixturesReadTest {
    static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @ParameterizedTest
    @CsvSource({
            "tabloid-2026-12-08, 6, zh-Hans, HORIZONTAL",
            "zhhant-2026-12-09, 2, zh-Hant, HORIZONTAL",
            "ja-2026-12-10, 1, ja, HORIZONTAL",
            "short-2026-12-11, 2, zh-Hans, HORIZONTAL",
            "ja-vertical-2026-12-12, 1, ja, VERTICAL",
            "zhhant-vertical-2026-12-13, 2, zh-Hant, VERTICAL"})
    void fixtureReadsWithoutErrors(String id, int pages, String language, Writing writing) throws Exception {
        Diagnostics diags = new Diagnostics();
        Issue issue = new IssueReader().read(FIXTURES.resolve(id), diags);
        assertTrue(diags.errors().isEmpty(), () -> id + ": " + diags.errors());
        assertEquals(pages, issue.pages().size());
        assertEquals(language, issue.edition().language());
        for (Page page : issue.pages()) assertEquals(writing, page.writing(), () -> id + " page " + page.number());
    }
}
