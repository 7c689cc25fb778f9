package paiban.robust;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.diag.Diagnostic;
import paiban.diag.Diagnostics;
import paiban.font.FontLibrary;
import paiban.layout.IssueLayout;
import paiban.layout.PageItem;
import paiban.layout.PageLayout;
import paiban.source.IssueReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Copy far beyond a page: continued or reported, never dropped; words beyond a line: kept whole. */
class ExtremeContentTest {
    private static final String HEAD = "---\ntitle: 柳岸镇春耕提前一周\n---\n";
    private static String fiveMegabytes;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeCopy() {
        StringBuilder body = new StringBuilder(HEAD);
        String chunk = Issues.story(50);
        int chunkBytes = chunk.getBytes(StandardCharsets.UTF_8).length;
        for (long bytes = 0; bytes < 5_000_000; bytes += chunkBytes) body.append(chunk);
        fiveMegabytes = body.toString();
    }

    private Path issue(String... articles) throws IOException {
        Path issue = dir.resolve(Issues.ID);
        Files.createDirectories(issue);
        Files.writeString(issue.resolve("issue.yaml"), Issues.ISSUE_YAML);
        for (int i = 0; i < articles.length; i += 2) {
            Path f = issue.resolve(articles[i]);
            Files.createDirectories(f.getParent());
            Files.writeString(f, articles[i + 1]);
        }
        return issue;
    }

    @Test
    void fiveMegabyteArticleOnTheOnlyPageIsAnOversetErrorNamingIt() throws IOException {
        Path issue = issue("01/10-spring.md", fiveMegabytes);
        assertTrue(Files.size(issue.resolve("01/10-spring.md")) >= 5_000_000);
        Issues.Run r = Issues.build(issue, dir.resolve("out"));
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().matches("(?s).*" + Issues.ID + "/01/10-spring\\.md:2: error: article '柳岸镇春耕提前一周' does not fit: "
                + "\\d{7} characters .*on page 1, the last page.*"), r.err());
        assertFalse(Files.exists(dir.resolve("out").resolve(Issues.ID)));
    }

    @Test
    void fiveMegabyteArticleContinuesOnTheFollowingPage() throws Exception {
        Path issue = issue("01/10-spring.md", fiveMegabytes, "02/10-notice.md", HEAD.replace("柳岸镇春耕提前一周", "停水通知") + "周六停水。\n");
        Diagnostics diags = new Diagnostics();
        List<PageLayout> pages = new IssueLayout(fonts()).layout(new IssueReader().read(issue, diags), diags);

        assertEquals(2, pages.size());
        assertTrue(text(pages.get(0)).contains("下转第2版"), "page 1 sends the rest on");
        assertTrue(pages.get(1).items().stream().anyMatch(i -> i instanceof PageItem.ArticleStart s
                && s.articleId().equals("01/10-spring") && s.continuation()), "page 2 takes it up");
        Diagnostic overset = diags.errors().stream().filter(d -> d.message().contains("does not fit")).findFirst().orElseThrow();
        assertEquals(Issues.ID + "/01/10-spring.md:2", overset.span().toString());
        assertTrue(overset.message().contains("on page 2, the last page"), overset.message());
    }

    @Test
    void aTwoThousandLetterWordIsBrokenAcrossLinesAndKeptWhole() throws Exception {
        String word = "abcdefghij".repeat(200);
        Path issue = issue("01/10-spring.md", HEAD + "这个词很长：" + word + "。\n\n" + Issues.story(4));
        Diagnostics diags = new Diagnostics();
        PageLayout page = new IssueLayout(fonts()).layout(new IssueReader().read(issue, diags), diags).get(0);

        assertFalse(diags.hasErrors(), diags.all().stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
        assertTrue(text(page).contains("这个词很长：" + word + "。"), "every letter, in order");
        List<PageItem.TextLine> wordLines = page.items().stream()
                .filter(i -> i instanceof PageItem.TextLine t && t.line().text().matches("[a-j]+"))
                .map(i -> (PageItem.TextLine) i).toList();
        assertTrue(wordLines.size() > 50, "the word takes many lines: " + wordLines.size());
        double column = page.items().stream().filter(i -> i instanceof PageItem.TextLine t && t.line().text().startsWith("第2段"))
                .mapToDouble(i -> ((PageItem.TextLine) i).line().width()).max().orElseThrow();
        for (PageItem.TextLine t : wordLines) {
            assertTrue(t.line().width() <= column + 0.01, "a line of the word is wider than its column: " + t.line().width());
        }
    }

    private static String text(PageLayout page) {
        return page.items().stream().filter(i -> i instanceof PageItem.TextLine)
                .map(i -> ((PageItem.TextLine) i).line().text()).collect(Collectors.joining());
    }

    private static FontLibrary fonts() {
        return FontLibrary.load(FontLibrary.locate());
    }
}
