package paiban.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.diag.Diagnostic;
import paiban.model.Article;
import paiban.model.ArticleKind;
import paiban.model.Block;
import paiban.model.Inline;
import paiban.model.Issue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Front matter and page folders: values and every error at its file and line. */
class ArticleTest {
    @TempDir
    Path tmp;

    private Fixture one(String frontMatter) {
        return Fixture.withEdition(tmp).article("01/10-a.md", frontMatter, "区图书馆延长开放时间。\n");
    }

    private Article readOne(String frontMatter) {
        return one(frontMatter).read().pages().get(0).articles().get(0);
    }

    @Test
    void byteOrderMarkAndCrlfKeepLineNumbers() {
        String text = "---\r\ntitle: 夜市重开\r\nkind: brief\r\n---\r\n\r\n第一段\r\n文字。\r\n\r\n第二段。\r\n";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        Article a = Fixture.withEdition(tmp).bytes("01/10-a.md", b.toByteArray()).read().pages().get(0).articles().get(0);
        assertEquals(List.of("夜市重开"), a.title());
        assertEquals(ArticleKind.BRIEF, a.kind());
        assertEquals(2, a.body().size());
        Block.Paragraph p = (Block.Paragraph) a.body().get(0);
        assertEquals(List.of(Inline.plain("第一段文字。")), p.inlines());
        assertEquals(6, p.span().line());
        assertEquals(9, a.body().get(1).span().line());
    }

    @Test
    void titleAsBlockScalarGivesLines() {
        assertEquals(List.of("老城区", "完成管网改造"), readOne("title: |\n  老城区\n  完成管网改造").title());
    }

    @Test
    void columnsAndKinds() {
        Article a = readOne("title: 图片新闻\nkind: Box\ncolumns: 3");
        assertEquals(ArticleKind.BOX, a.kind());
        assertEquals(3, a.columns());
    }

    @Test
    void continueNamesALaterPage() {
        assertEquals(3, readOne("title: 标题\ncontinue: 3").continuePage());
        assertEquals(0, readOne("title: 标题").continuePage(), "by default: the next page with room");
        one("title: 标题\ncontinue: 1").error("'continue' is 1; it must be from 2", "2026-11-26/01/10-a.md:3");
    }

    @Test
    void focusChoosesThePartOfThePictureACropKeeps() {
        Article a = Fixture.withEdition(tmp).article("01/10-a.md", "title: 初雪\nimage: ../images/s.png\nfocus: Top", "")
                .png("images/s.png", 20, 30).read().pages().get(0).articles().get(0);
        assertEquals(paiban.model.Picture.Focus.TOP, a.picture().focus());
        Fixture.withEdition(tmp).article("01/10-a.md", "title: 初雪\nimage: ../images/s.png\nfocus: middel", "")
                .png("images/s.png", 20, 30).error("unknown focus 'middel'", "2026-11-26/01/10-a.md:4");
    }

    @Test
    void noFrontMatter() {
        Diagnostic d = Fixture.withEdition(tmp).file("01/10-a.md", "标题\n\n正文。\n")
                .error("no front matter", "2026-11-26/01/10-a.md:1");
        assertTrue(d.hints().get(0).contains("---"));
    }

    @Test
    void emptyFileIsNamedAsEmpty() {
        Diagnostic d = Fixture.withEdition(tmp).file("01/10-a.md", "")
                .error("the file is empty", "2026-11-26/01/10-a.md:1");
        assertTrue(d.hints().get(0).contains("delete the file"));
        Fixture.withEdition(tmp).file("01/10-a.md", "\n  \n")
                .error("the file is empty (only blank space)", "2026-11-26/01/10-a.md:1");
    }

    @Test
    void unclosedFrontMatter() {
        Fixture.withEdition(tmp).file("01/10-a.md", "---\ntitle: 标题\n\n正文。\n")
                .error("never closed", "2026-11-26/01/10-a.md:1");
    }

    @Test
    void frontMatterNotAMapping() {
        one("就是一句话").error("expected 'key: value' lines, found the text '就是一句话'", "2026-11-26/01/10-a.md:2");
    }

    @Test
    void missingTitle() {
        one("kicker: 引题").error("no 'title'", "2026-11-26/01/10-a.md:1");
    }

    @Test
    void emptyTitle() {
        one("kind: brief\ntitle:").error("the title is empty", "2026-11-26/01/10-a.md:3");
    }

    @Test
    void unknownKind() {
        Diagnostic d = one("title: 标题\nkind: stroy").error("unknown kind", "2026-11-26/01/10-a.md:3");
        assertEquals("unknown kind 'stroy' — use one of story, photo, brief, teaser, box (did you mean 'story'?)",
                d.message());
    }

    @Test
    void priorityNotANumber() {
        Diagnostic d = one("title: 标题\npriority: abc").error("'priority' must be a whole number", "2026-11-26/01/10-a.md:3");
        assertEquals("'priority' must be a whole number, found 'abc'", d.message());
    }

    @Test
    void priorityZero() {
        one("title: 标题\npriority: 0").error("'priority' is 0; it must be from 1", "2026-11-26/01/10-a.md:3");
    }

    @Test
    void twoLeadsOnAPage() {
        Diagnostic d = Fixture.withEdition(tmp)
                .article("01/10-a.md", "title: 甲\npriority: 1", "一。\n")
                .article("01/20-b.md", "title: 乙\nkind: brief\npriority: 1", "二。\n")
                .error("have priority 1", "2026-11-26/01/20-b.md:4");
        assertTrue(d.message().contains("2026-11-26/01/10-a.md"), d.message());
    }

    @Test
    void columnsWiderThanThePage() {
        one("title: 标题\ncolumns: 7").error("'columns' is 7; it must be from 0 to 6", "2026-11-26/01/10-a.md:3");
    }

    @Test
    void pictureWithoutCaptionWarns() {
        Fixture photo = Fixture.withEdition(tmp).article("01/10-a.md", "title: 初雪\nkind: photo\nimage: ../images/s.png\nalt: 雪后的老街", "")
                .png("images/s.png", 30, 20);
        photo.read();
        Diagnostic d = Fixture.only(photo.diags.warnings(), "has no 'caption'");
        assertEquals("2026-11-26/01/10-a.md:4", d.span().display() + ":" + d.span().line());
        assertTrue(d.message().contains("photo story"), d.message());
        Fixture captioned = Fixture.withEdition(tmp).article("01/10-a.md",
                        "title: 初雪\nimage: ../images/s.png\nalt: 雪后的老街\ncaption: 12月3日，老街落下初雪。", "")
                .png("images/s.png", 30, 20);
        captioned.read();
        assertTrue(captioned.diags.warnings().stream().noneMatch(w -> w.message().contains("caption")),
                captioned.diags.warnings().toString());
    }

    @Test
    void photoNeedsAPicture() {
        one("title: 初雪\nkind: photo").error("a photo article needs a picture", "2026-11-26/01/10-a.md:3");
    }

    @Test
    void unknownFrontMatterKeyIsAnError() {
        Diagnostic d = one("title: 标题\nbyliine: 记者 王芳").error("unknown key", "2026-11-26/01/10-a.md:3");
        assertEquals("unknown key 'byliine' in the front matter — did you mean 'byline'?", d.message());
    }

    @Test
    void titleMustBeText() {
        one("title:\n  main: 标题").error("'title' must be text or a list of lines, found a mapping", "2026-11-26/01/10-a.md:3");
    }

    @Test
    void emptyPageFolder() {
        Diagnostic d = Fixture.withEdition(tmp)
                .article("01/10-a.md", "title: 甲", "一。\n")
                .file("02/page.yaml", "section: 体育\n")
                .file("02/notes.txt", "待补稿件\n")
                .error("has no articles", "2026-11-26/02:0");
        assertEquals("page folder '02' has no articles (.md files)", d.message());
    }

    @Test
    void pageYamlUnknownKey() {
        Diagnostic d = Fixture.withEdition(tmp).file("01/page.yaml", "section: 体育\neditr: 孙青\n")
                .article("01/10-a.md", "title: 甲", "一。\n").error("unknown key", "2026-11-26/01/page.yaml:2");
        assertEquals("unknown key 'editr' in page.yaml — did you mean 'editor'?", d.message());
    }

    @Test
    void imagesAndHiddenFoldersAreNotPages() {
        Issue issue = Fixture.withEdition(tmp)
                .article("02/10-a.md", "title: 甲", "一。\n")
                .article("01/10-b.md", "title: 乙", "二。\n")
                .article(".drafts/10-c.md", "title: 丙", "三。\n")
                .png("images/x.png", 4, 4)
                .read();
        assertEquals(List.of("01", "02"), issue.pages().stream().map(p -> p.folder()).toList());
    }

    @Test
    void frontMatterMayCloseWithDots() {
        Issue issue = Fixture.withEdition(tmp).file("01/10-a.md", "---\ntitle: 甲\n...\n正文。\n").read();
        assertEquals(List.of("甲"), issue.pages().get(0).articles().get(0).title());
    }

    @Test
    void equalPrioritiesAreAllowedAndOrderedById() {
        Issue issue = Fixture.withEdition(tmp)
                .article("01/10-a.md", "title: 甲\npriority: 3", "一。\n")
                .article("01/20-b.md", "title: 乙\npriority: 3", "二。\n")
                .article("01/30-c.md", "title: 丙\npriority: 2", "三。\n")
                .article("01/40-d.md", "title: 丁", "四。\n")
                .read();
        assertEquals(List.of("01/30-c", "01/10-a", "01/20-b", "01/40-d"),
                issue.pages().get(0).articles().stream().map(Article::id).toList());
        assertEquals(List.of(2, 3, 3, 4), issue.pages().get(0).articles().stream().map(Article::priority).toList());
    }

    @Test
    void captionWithoutImageIsAWarning() {
        Fixture f = one("title: 甲\ncaption: 图说");
        f.read();
        Diagnostic d = Fixture.only(f.diags.warnings(), "'caption' without 'image'");
        assertEquals(3, d.span().line());
    }

    @Test
    void noPageFolders() {
        Diagnostic d = Fixture.withEdition(tmp).png("images/a.png", 2, 2).error("no page folders", "2026-11-26:0");
        assertTrue(d.hints().get(0).contains("01, 02"));
    }

    @Test
    void pageFoldersSortByNameWithAWarningForUnevenNumbers() {
        Fixture f = Fixture.withEdition(tmp)
                .article("1/10-a.md", "title: 甲", "一。\n")
                .article("2/10-a.md", "title: 乙", "二。\n")
                .article("10/10-a.md", "title: 丙", "三。\n");
        assertEquals(List.of("1", "10", "2"), f.read().pages().stream().map(p -> p.folder()).toList());
        Fixture.only(f.diags.warnings(), "page folders are ordered by name: 1, 10, 2");
    }

    @Test
    void pageFolderLinkedFromOutside() throws Exception {
        Path outside = java.nio.file.Files.createDirectories(tmp.resolve("elsewhere"));
        java.nio.file.Files.writeString(outside.resolve("10-a.md"), "---\ntitle: 外部\n---\n");
        Fixture f = Fixture.withEdition(tmp).article("01/10-a.md", "title: 甲", "一。\n");
        java.nio.file.Files.createSymbolicLink(f.root.resolve("02"), outside);
        f.error("is a symbolic link to a folder outside the issue", "2026-11-26/02:0");
    }

    @Test
    void filesThatLookLikeArticlesButAreNotReadAreWarnings() {
        Fixture f = Fixture.withEdition(tmp)
                .file("README.md", "# 说明\n")
                .article("01/10-a.md", "title: 甲", "一。\n")
                .file("01/20-b.markdown", "---\ntitle: 乙\n---\n")
                .file("01/30-c.MD", "---\ntitle: 丙\n---\n");
        assertEquals(1, f.read().pages().get(0).articles().size());
        assertEquals(List.of("2026-11-26/README.md", "2026-11-26/01/20-b.markdown", "2026-11-26/01/30-c.MD"),
                f.diags.warnings().stream().map(d -> d.span().display()).toList());
        assertEquals("'README.md' in the issue folder is not read", f.diags.warnings().get(0).message());
    }

    @Test
    void allProblemsOfAnIssueAreCollected() {
        List<Diagnostic> errors = Fixture.withEdition(tmp)
                .article("01/10-a.md", "title: 甲\nkind: stroy", "一。\n")
                .article("01/20-b.md", "kicker: 乙", "二。\n")
                .article("02/10-c.md", "title: 丙\npriority: abc", "三。\n")
                .errors();
        assertEquals(3, errors.size(), errors.toString());
        assertEquals(List.of("2026-11-26/01/10-a.md", "2026-11-26/01/20-b.md", "2026-11-26/02/10-c.md"),
                errors.stream().map(d -> d.span().display()).toList());
    }
}
