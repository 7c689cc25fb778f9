package paiban.source;

import paiban.diag.Diagnostics;
import paiban.diag.SourceSpan;
import paiban.model.Article;
import paiban.model.ArticleKind;
import paiban.model.Block;
import paiban.model.Picture;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One article file → {@link Article} (front matter + body); priority is settled per page later. */
final class ArticleReader {
    static final List<String> KEYS = List.of("title", "kicker", "subtitle", "byline", "dateline", "kind",
            "priority", "image", "caption", "credit", "columns", "alt",
            "continue", "focus");
    static final List<String> FOCI = Arrays.stream(Picture.Focus.values())
            .map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
    /**
     * Headlines and captions are set at every module width the planner tries: a front-matter text
     * of 150,000 characters took layout half a minute, so such texts are refused here.
     */
    static final int MAX_FIELD_CHARS = 1000;
    static final List<String> KINDS = Arrays.stream(ArticleKind.values())
            .map(k -> k.name().toLowerCase(Locale.ROOT)).toList();

    /** An article as read, with the priority its front matter gave (empty: by file order). */
    record Read(Article article, Optional<Integer> priority, SourceSpan prioritySpan) {
    }

    private final SourceTree tree;
    private final Pictures pictures;
    private final Links links;
    private final Characters characters;

    ArticleReader(SourceTree tree, Pictures pictures, Links links, Characters characters) {
        this.tree = tree;
        this.characters = characters;
        this.pictures = pictures;
        this.links = links;
    }

    /** Empty when the article has errors (all of them reported). */
    Optional<Read> read(Path file, String id, int pageColumns, Diagnostics diags) {
        SourceSpan whole = tree.span(file);
        Optional<String> text = TextFile.read(file, tree, diags);
        if (text.isEmpty()) return Optional.empty();
        Diagnostics mine = new Diagnostics();
        characters.check(text.get(), whole, mine);
        Optional<FrontMatter> fm = FrontMatter.split(text.get(), whole, mine);
        Optional<YamlMap> yaml = fm.flatMap(f -> YamlMap.parse(f.yaml(), whole, f.yamlFirstLine() - 1, mine));

        List<String> title = yaml.map(y -> title(y, whole, mine)).orElse(List.of());
        String body = fm.map(FrontMatter::body).orElse(text.get());
        int bodyOffset = fm.map(f -> f.bodyFirstLine() - 1).orElse(0);
        MarkdownBody.Context ctx = new MarkdownBody.Context(whole, bodyOffset, file.getParent(), pictures,
                links, mine);
        List<Block> blocks = MarkdownBody.convert(body, ctx);

        Optional<Read> result = yaml.flatMap(y -> fromFrontMatter(y, file, id, whole, title, blocks, pageColumns, mine));
        // the body is read before the front matter's values: report in line order
        addInLineOrder(mine, diags);
        return mine.hasErrors() ? Optional.empty() : result;
    }

    private Optional<Read> fromFrontMatter(YamlMap y, Path file, String id, SourceSpan whole, List<String> title,
                                           List<Block> blocks, int pageColumns, Diagnostics diags) {
        y.rejectUnknownKeys(KEYS, "the front matter");
        ArticleKind kind = kind(y, diags);
        Optional<Integer> priority = y.integer("priority", 1, 1_000_000,
                "priority 1 is the page's lead (头条); 2, 3… follow; leave it out to go by file order");
        int columns = y.integer("columns", 0, pageColumns,
                "columns: 0 lets layout choose; at most the page's " + pageColumns + " columns").orElse(0);
        int continuePage = y.integer("continue", 2, 1_000,
                "continue: N names the later page the article's rest goes to when it does not fit").orElse(0);
        checkLength(y, "title", String.join("", title), diags);
        String kicker = text(y, "kicker", diags);
        String subtitle = text(y, "subtitle", diags);
        String byline = text(y, "byline", diags);
        String dateline = text(y, "dateline", diags);
        String caption = text(y, "caption", diags);
        String credit = text(y, "credit", diags);
        String alt = text(y, "alt", diags);
        Picture picture = null;
        Optional<String> image = y.string("image");
        if (image.isPresent()) {
            // no stand-in from caption or title: the EPUB would read it twice (alt, then figcaption)
            if (alt.isEmpty()) {
                diags.warning(y.keySpan("image"), "picture '" + image.get() + "' of " + id + " has no 'alt' (what it"
                        + " shows, for readers who cannot see it)", "add a line like: alt: 渡口边排队上船的乘客;"
                        + " the caption is shown under the picture and does not replace it");
            }
            if (caption.isEmpty()) {
                diags.warning(y.keySpan("image"), "picture '" + image.get() + "' of " + id + " has no 'caption'"
                        + (kind == ArticleKind.PHOTO ? ": a photo story is told by its caption" : " (图说)"),
                        "add a line like: caption: 12月3日，市民在东门码头排队上船。");
            }
            picture = pictures.resolve(image.get(), file.getParent(), alt, caption, credit,
                    y.keySpan("image"), diags).orElse(null);
            Optional<String> focus = y.string("focus").map(f -> f.toLowerCase(Locale.ROOT));
            if (focus.isPresent() && !FOCI.contains(focus.get())) {
                diags.error(y.keySpan("focus"), Suggest.unknownValue("focus", focus.get(), FOCI));
            } else if (focus.isPresent() && picture != null) {
                picture = picture.withFocus(Picture.Focus.valueOf(focus.get().toUpperCase(Locale.ROOT)));
            }
        } else {
            if (kind == ArticleKind.PHOTO) {
                diags.error(y.keySpan("kind"), "a photo article needs a picture", "add a line like: image: ../images/photo.jpg");
            }
            for (String k : List.of("caption", "credit", "alt", "focus")) {
                if (y.has(k)) diags.warning(y.keySpan(k), "'" + k + "' without 'image' is ignored", "add image: … or remove " + k);
            }
        }
        if (title.isEmpty()) return Optional.empty();
        // messages about the article as a whole (does not fit, its headline) point at its title
        SourceSpan titleLine = whole.at(y.keySpan("title").line(), 0);
        Article a = new Article(id, titleLine, kind, 0, kicker, title, subtitle, byline, dateline, picture, columns, blocks,
                continuePage);
        return Optional.of(new Read(a, priority, y.keySpan("priority")));
    }

    /** A front-matter text, empty when absent, checked against the length limit. */
    private static String text(YamlMap y, String key, Diagnostics diags) {
        String value = y.string(key).orElse("");
        checkLength(y, key, value, diags);
        return value;
    }

    private static void checkLength(YamlMap y, String key, String text, Diagnostics diags) {
        int length = text.codePointCount(0, text.length());
        if (length > MAX_FIELD_CHARS) {
            diags.error(y.keySpan(key), "'" + key + "' is " + length + " characters long; front-matter texts may be at most "
                    + MAX_FIELD_CHARS, "move long text into the article body");
        }
    }

    private static List<String> title(YamlMap y, SourceSpan whole, Diagnostics diags) {
        Optional<List<String>> lines = y.stringOrList("title");
        if (lines.isEmpty()) {
            if (y.has("title")) {
                diags.error(y.keySpan("title"), "the title is empty", "write the headline after 'title:'");
            } else {
                diags.error(whole.at(1, 0), "the front matter has no 'title'",
                        "add a line like: title: 城区新增三条公交线路");
            }
            return List.of();
        }
        List<String> out = new ArrayList<>();
        // a block scalar (title: |) gives forced lines too
        for (String entry : lines.get()) {
            for (String line : entry.split("\\R")) if (!line.isBlank()) out.add(line.strip());
        }
        if (out.isEmpty()) diags.error(y.keySpan("title"), "the title is empty", "write the headline after 'title:'");
        return out;
    }

    private static ArticleKind kind(YamlMap y, Diagnostics diags) {
        Optional<String> s = y.string("kind");
        if (s.isEmpty()) return ArticleKind.STORY;
        String v = s.get().toLowerCase(Locale.ROOT);
        if (KINDS.contains(v)) return ArticleKind.valueOf(v.toUpperCase(Locale.ROOT));
        diags.error(y.keySpan("kind"), Suggest.unknownValue("kind", s.get(), KINDS));
        return ArticleKind.STORY;
    }

    /** Adds the diagnostics of one file sorted by line (stable: same-line ones keep their order). */
    static void addInLineOrder(Diagnostics from, Diagnostics to) {
        from.all().stream().sorted(Comparator.comparingInt(d -> d.span().line())).forEach(to::add);
    }
}
