package paiban.layout;

import org.junit.jupiter.api.Test;
import paiban.diag.Diagnostics;
import paiban.model.Article;
import paiban.model.ArticleKind;
import paiban.model.Issue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;
import static paiban.layout.IssueLayoutTest.issue;
import static paiban.layout.IssueLayoutTest.layout;
import static paiban.layout.IssueLayoutTest.lineTexts;
import static paiban.layout.IssueLayoutTest.story;

/** Jumps (转版): an article continues at most once, onto one later page, after that page's own copy. */
class JumpTest {
    @org.junit.jupiter.api.BeforeAll
    static void fonts() {
        IssueLayoutTest.fonts();
    }

    private static Article withContinue(Article a, int page) {
        return new Article(a.id(), a.span(), a.kind(), a.priority(), a.kicker(), a.title(), a.subtitle(), a.byline(),
                a.dateline(), a.picture(), a.columns(), a.body(), page);
    }

    /** Pages each article's modules stand on. */
    private static TreeSet<Integer> pagesOf(List<PageLayout> pages, String id) {
        TreeSet<Integer> on = new TreeSet<>();
        for (PageLayout p : pages) {
            if (p.modules().stream().anyMatch(m -> m.articleId().equals(id))) on.add(p.number());
        }
        return on;
    }

    private static int jumpTarget(PageLayout page) {
        Matcher m = Pattern.compile("（下转第(\\d+)版）").matcher(String.join("\n", lineTexts(page)));
        assertTrue(m.find(), "page " + page.number() + " has a 下转 line");
        return Integer.parseInt(m.group(1));
    }

    /** A long lead on page 1, then pages whose own copy nearly fills them, then one with room. */
    private static Issue crowded() {
        return issue(List.of(
                List.of(story("lead", 1, 80, ArticleKind.STORY), story("p1b", 2, 8, ArticleKind.STORY)),
                List.of(story("p2a", 1, 30, ArticleKind.STORY), story("p2b", 2, 25, ArticleKind.STORY)),
                List.of(story("p3a", 1, 30, ArticleKind.STORY), story("p3b", 2, 25, ArticleKind.STORY)),
                List.of(story("p4a", 1, 12, ArticleKind.STORY), story("p4b", 2, 6, ArticleKind.STORY)),
                List.of(story("p5a", 1, 10, ArticleKind.STORY))));
    }

    @Test
    void aLongLeadContinuesOnceOntoTheNextPageWithRoom() {
        Diagnostics diags = new Diagnostics();
        List<PageLayout> pages = layout.layout(crowded(), diags);
        assertFalse(diags.hasErrors(), () -> diags.all().toString());
        for (String id : List.of("lead", "p1b", "p2a", "p2b", "p3a", "p3b", "p4a", "p4b", "p5a")) {
            assertTrue(pagesOf(pages, id).size() <= 2, id + " stands on " + pagesOf(pages, id));
        }
        TreeSet<Integer> lead = pagesOf(pages, "lead");
        assertEquals(2, lead.size(), "the lead jumps once: " + lead);
        int target = lead.last();
        assertEquals(target, jumpTarget(pages.get(0)), "the 下转 line names the page the rest is on");
        List<String> there = lineTexts(pages.get(target - 1));
        assertTrue(there.contains("（上接第1版）"), there.toString());
        assertTrue(String.join("", there).contains("（lead·79）"), "the whole rest is on page " + target);
        String all = pages.stream().map(p -> String.join("", lineTexts(p))).collect(Collectors.joining());
        assertEquals(1, all.split("（下转第", -1).length - 1, "one jump in the issue");
    }

    @Test
    void continueNamesThePageTheRestGoesTo() {
        List<List<Article>> content = new ArrayList<>(List.of(
                List.of(withContinue(story("lead", 1, 80, ArticleKind.STORY), 4), story("p1b", 2, 8, ArticleKind.STORY)),
                List.of(story("p2a", 1, 8, ArticleKind.STORY)),
                List.of(story("p3a", 1, 8, ArticleKind.STORY)),
                List.of(story("p4a", 1, 8, ArticleKind.STORY))));
        Diagnostics diags = new Diagnostics();
        List<PageLayout> pages = layout.layout(issue(content), diags);
        assertFalse(diags.hasErrors(), () -> diags.all().toString());
        assertEquals(List.of(1, 4), List.copyOf(pagesOf(pages, "lead")));
        assertEquals(4, jumpTarget(pages.get(0)));
    }

    @Test
    void aBriefNeverJumps() {
        Diagnostics diags = new Diagnostics();
        List<PageLayout> pages = layout.layout(issue(List.of(
                List.of(story("lead", 1, 20, ArticleKind.STORY), story("brief", 2, 120, ArticleKind.BRIEF)),
                List.of(story("p2a", 1, 6, ArticleKind.STORY)))), diags);
        assertEquals(1, pagesOf(pages, "brief").size(), "the brief stays on its page");
        String errors = diags.errors().stream().map(d -> d.format()).collect(Collectors.joining("\n"));
        assertTrue(errors.matches("(?s).*brief\\.md:1:1: error: article '石桥镇新修乡村公路brief' does not fit: \\d+ characters.*"),
                errors);
    }

    @Test
    void aRestNoLaterPageHoldsIsAnErrorWithTheCharacterCount() {
        Diagnostics diags = new Diagnostics();
        layout.layout(issue(List.of(
                List.of(story("lead", 1, 200, ArticleKind.STORY)),
                List.of(story("p2a", 1, 60, ArticleKind.STORY)))), diags);
        String errors = diags.errors().stream().map(d -> d.format()).collect(Collectors.joining("\n"));
        assertTrue(errors.matches("(?s).*lead\\.md:1:1: error: article '石桥镇新修乡村公路lead' does not fit: \\d+ characters.*"),
                errors);
    }
}
