package paiban.render.epub;

import paiban.model.Article;
import paiban.model.Issue;
import paiban.model.Page;
import paiban.model.Picture;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where everything of an issue lands inside the EPUB: one XHTML file per page, one anchor per
 * article (by position, since article ids may hold characters an XML id cannot), and one file per
 * distinct picture, numbered in reading order.
 */
final class IssueIndex {
    private final Map<String, String> articleHrefs = new HashMap<>();
    private final Map<String, String> anchors = new HashMap<>();
    private final Map<String, Article> articlesById = new HashMap<>();
    private final LinkedHashMap<Path, String> pictureNames = new LinkedHashMap<>();

    IssueIndex(Issue issue) {
        for (Page page : issue.pages()) {
            List<Article> articles = page.articles();
            for (int i = 0; i < articles.size(); i++) {
                Article article = articles.get(i);
                String anchor = "a" + page.number() + "-" + (i + 1);
                anchors.put(article.id(), anchor);
                articlesById.put(article.id(), article);
                articleHrefs.put(article.id(), pageHref(page) + "#" + anchor);
                article.pictures().forEach(this::addPicture);
            }
        }
    }

    static String pageHref(Page page) {
        return String.format("page-%02d.xhtml", page.number());
    }

    String anchor(Article article) {
        return anchors.get(article.id());
    }

    /** The href of an article of this issue, or null when no article has that id. */
    String articleHref(String articleId) {
        return articleHrefs.get(articleId);
    }

    /** The article of this issue with that id, or null. */
    Article article(String articleId) {
        return articlesById.get(articleId);
    }

    /** Each distinct picture file with its name inside the EPUB, iterating in reading order. */
    Map<Path, String> pictures() {
        return pictureNames;
    }

    private void addPicture(Picture picture) {
        pictureNames.computeIfAbsent(key(picture), k -> String.format("img-%03d", pictureNames.size() + 1));
    }

    /** The same file named two ways is one picture in the EPUB. */
    static Path key(Picture picture) {
        return picture.file().toAbsolutePath().normalize();
    }
}
