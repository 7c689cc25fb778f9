package paiban.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.diag.Diagnostics;
import paiban.model.Article;
import paiban.model.Block;
import paiban.model.Issue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScaffoldTest {
    @TempDir
    Path tmp;

    @Test
    void newIssueReadsBackWithoutWarnings() throws Exception {
        Path folder = tmp.resolve("2026-12-03");
        Scaffold.create(folder, LocalDate.of(2026, 12, 3));
        Diagnostics diags = new Diagnostics();
        Issue issue = new IssueReader().read(folder, diags);
        assertEquals(List.of(), diags.all());
        assertEquals(LocalDate.of(2026, 12, 3), issue.edition().date());
        assertEquals(2, issue.pages().size());
        Article lead = issue.pages().get(0).articles().get(0);
        assertEquals(1, lead.priority());
        assertEquals(2, lead.title().size());
        assertNotNull(lead.picture());
        assertTrue(lead.body().stream().anyMatch(b -> b instanceof Block.Heading));
    }

    @Test
    void refusesAFolderThatHasFiles() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("2026-12-03"));
        Files.writeString(folder.resolve("issue.yaml"), "paper: 旧报\n");
        assertThrows(FileAlreadyExistsException.class, () -> Scaffold.create(folder, LocalDate.of(2026, 12, 3)));
        assertEquals("paper: 旧报\n", Files.readString(folder.resolve("issue.yaml")));
    }

    @Test
    void anEmptyFolderIsFine() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("2026-12-04"));
        Scaffold.create(folder, LocalDate.of(2026, 12, 4));
        assertTrue(Files.isRegularFile(folder.resolve("images/example.png")));
    }
}
