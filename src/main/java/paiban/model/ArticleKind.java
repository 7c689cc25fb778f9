package paiban.model;

/** What an article is on the page; decides how layout treats it. */
public enum ArticleKind {
    /** Headline block and body text in columns. */
    STORY,
    /** A picture with title, caption and credit, little or no body. */
    PHOTO,
    /** A short item, small headline. */
    BRIEF,
    /** The 导读 box: a framed list of pointers to articles on other pages. */
    TEASER,
    /** A framed article (sidebar, notice). */
    BOX
}
