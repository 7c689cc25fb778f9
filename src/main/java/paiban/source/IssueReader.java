package paiban.source;

import paiban.diag.Diagnostics;
import paiban.diag.SourceException;
import paiban.diag.SourceSpan;
import paiban.model.Article;
import paiban.model.Edition;
import paiban.model.Issue;
import paiban.model.Page;
import paiban.model.Writing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

/**
 * Reads an issue folder (issue.yaml, page folders of Markdown articles, pictures) into the model,
 * checking everything and reporting every problem at its file and line.
 */
public final class IssueReader {
    static final String IMAGES = "images";
    private static final List<String> PAGE_KEYS = List.of("section", "editor", "writing", "bands");

    private final Function<Edition, IntPredicate> printableIn;

    /** An issue reader that takes every character as printable (for checks without fonts). */
    public IssueReader() {
        this(edition -> cp -> true);
    }

    /**
     * {@code printableIn} gives, for an edition, whether some shipped font draws a code point: a
     * character none draws is reported at its line and column.
     */
    public IssueReader(Function<Edition, IntPredicate> printableIn) {
        this.printableIn = printableIn;
    }

    /** Reads and validates; warnings go into diags; throws SourceException (all errors) when any error. */
    public Issue read(Path issueFolder, Diagnostics diags) throws SourceException {
        Diagnostics mine = new Diagnostics();
        Optional<Issue> issue = readAll(issueFolder, mine);
        diags.addAll(mine);
        if (mine.hasErrors() || issue.isEmpty()) throw new SourceException(mine.errors());
        return issue.get();
    }

    private Optional<Issue> readAll(Path issueFolder, Diagnostics diags) {
        Path abs = issueFolder.toAbsolutePath().normalize();
        String name = abs.getFileName() == null ? abs.toString() : abs.getFileName().toString();
        SourceSpan folderSpan = SourceSpan.of(abs, name);
        if (!Files.exists(abs)) {
            diags.error(folderSpan, "issue folder '" + issueFolder + "' does not exist",
                    "create one with: paiban new " + issueFolder);
            return Optional.empty();
        }
        if (!Files.isDirectory(abs)) {
            diags.error(folderSpan, "'" + issueFolder + "' is a file, not an issue folder",
                    "give the folder that holds issue.yaml and the page folders");
            return Optional.empty();
        }
        SourceTree tree;
        try {
            tree = new SourceTree(abs);
        } catch (IOException e) {
            diags.error(folderSpan, "cannot read issue folder '" + issueFolder + "': " + e.getMessage());
            return Optional.empty();
        }

        Path yaml = tree.root().resolve("issue.yaml");
        SourceSpan yamlSpan = tree.span(yaml);
        Optional<String> editionText = readEdition(yaml, tree, diags);
        Diagnostics editionDiags = new Diagnostics();
        Optional<Edition> edition = editionText.flatMap(text -> EditionReader.read(text, yamlSpan,
                tree.root().getFileName().toString(), editionDiags));
        Characters characters = edition
                .map(e -> new Characters(printableIn.apply(e), e.japanese()))
                .orElse(new Characters(cp -> true, false));
        editionText.ifPresent(text -> characters.check(text, yamlSpan, editionDiags));
        ArticleReader.addInLineOrder(editionDiags, diags);
        PageDefaults defaults = edition.map(e -> new PageDefaults(e.columns(), e.writing(), e.bands()))
                .orElse(new PageDefaults(20, Writing.HORIZONTAL, 10));

        List<Path> pageFolders = pageFolders(tree, diags);
        Map<Path, List<Path>> articleFiles = new LinkedHashMap<>();
        Map<Path, String> ids = new LinkedHashMap<>();
        for (Path folder : pageFolders) {
            List<Path> files = articleFiles(folder, tree, diags);
            articleFiles.put(folder, files);
            for (Path f : files) ids.put(f, articleId(folder, f));
        }

        Pictures pictures = new Pictures(tree);
        ArticleReader articles = new ArticleReader(tree, pictures, new Links(tree, ids), characters);
        List<Page> pages = new ArrayList<>();
        int number = 0;
        for (Path folder : pageFolders) {
            number++;
            page(number, folder, articleFiles.get(folder), ids, defaults, tree, articles, characters, diags).ifPresent(pages::add);
        }
        if (edition.isEmpty() || pages.size() != pageFolders.size()) return Optional.empty();
        return Optional.of(new Issue(tree.root().getFileName().toString(), tree.root(), edition.get(), pages));
    }

    private static Optional<String> readEdition(Path yaml, SourceTree tree, Diagnostics diags) {
        if (!Files.isRegularFile(yaml)) {
            diags.error(SourceSpan.of(yaml, tree.display(yaml)), "issue folder has no issue.yaml",
                    "add issue.yaml with at least 'paper: 报名' and 'date: 2026-11-26' (paiban new makes one)");
            return Optional.empty();
        }
        return TextFile.read(yaml, tree, diags);
    }

    /** More pages than any daily prints (the largest run about a hundred): a limit, not exhaustion. */
    static final int MAX_PAGES = 200;

    private static List<Path> pageFolders(SourceTree tree, Diagnostics diags) {
        List<Path> entries;
        try {
            entries = entries(tree.root());
        } catch (IOException e) {
            diags.error(tree.span(tree.root()), "cannot list the issue folder: " + e.getMessage());
            return List.of();
        }
        List<Path> folders = entries.stream().filter(Files::isDirectory)
                .filter(p -> !p.getFileName().toString().startsWith("."))
                .filter(p -> !p.getFileName().toString().equals(IMAGES))
                .toList();
        warnStrayArticles(files(entries), true, "the issue folder", "move it into a page folder such as 01/", tree, diags);
        if (folders.isEmpty()) {
            diags.error(tree.span(tree.root()), "the issue has no page folders",
                    "make one folder per page, named 01, 02, …, each holding the page's .md articles");
        }
        if (folders.size() > MAX_PAGES) {
            diags.error(tree.span(tree.root()), "the issue has " + folders.size() + " page folders; an issue holds at most "
                    + MAX_PAGES + " pages", "split it into several issues, or remove folders that are not pages");
            return List.of();
        }
        warnNumericOrder(folders, tree, diags);
        List<Path> inside = new ArrayList<>();
        for (Path f : folders) {
            if (insideReally(f, tree)) {
                inside.add(f);
            } else {
                diags.error(tree.span(f), "page folder '" + f.getFileName() + "' is a symbolic link to a folder outside the issue",
                        "copy the page into the issue folder instead of linking to it");
            }
        }
        return inside;
    }

    /** Folders named 1, 2, 10 sort as 1, 10, 2: say so before the pages come out in that order. */
    private static void warnNumericOrder(List<Path> folders, SourceTree tree, Diagnostics diags) {
        List<String> names = folders.stream().map(p -> p.getFileName().toString()).toList();
        if (!names.stream().allMatch(n -> n.matches("\\d+"))) return;
        if (names.stream().map(String::length).distinct().count() > 1) {
            diags.warning(tree.span(tree.root()), "page folders are ordered by name: " + String.join(", ", names),
                    "give page folders numbers of the same width (01, 02, … 10) so they sort as pages");
        }
    }

    /**
     * Files that look like articles but will not be read: {@code .md} files in the issue folder, or
     * {@code .MD}, {@code .markdown}, {@code .txt} files in a page folder.
     */
    private static void warnStrayArticles(List<Path> files, boolean issueFolder, String where, String hint,
                                          SourceTree tree, Diagnostics diags) {
        for (Path p : files) {
            String n = p.getFileName().toString();
            String lower = n.toLowerCase(java.util.Locale.ROOT);
            boolean looksLikeArticle = lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".txt");
            boolean read = !issueFolder && n.endsWith(".md");
            if (looksLikeArticle && !read && !n.startsWith(".")) {
                diags.warning(tree.span(p), "'" + n + "' in " + where + " is not read", hint);
            }
        }
    }

    private static List<Path> articleFiles(Path folder, SourceTree tree, Diagnostics diags) {
        List<Path> files;
        try {
            files = files(entries(folder));
        } catch (IOException e) {
            diags.error(tree.span(folder), "cannot list page folder: " + e.getMessage());
            return List.of();
        }
        warnStrayArticles(files, false, "page folder '" + folder.getFileName() + "'",
                "articles are read from files whose names end in .md", tree, diags);
        return files.stream()
                .filter(p -> p.getFileName().toString().endsWith(".md"))
                .filter(p -> !p.getFileName().toString().startsWith("."))
                .map(p -> p.toAbsolutePath().normalize())
                .toList();
    }

    /** A folder's entries, listed once, in name order. */
    private static List<Path> entries(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
    }

    private static List<Path> files(List<Path> entries) {
        return entries.stream().filter(Files::isRegularFile).toList();
    }

    private static String articleId(Path folder, Path file) {
        String n = file.getFileName().toString();
        return folder.getFileName() + "/" + n.substring(0, n.length() - ".md".length());
    }

    /** What a page has unless its page.yaml says otherwise: the edition's. */
    private record PageDefaults(int columns, Writing writing, int bands) {
    }

    private static Optional<Page> page(int number, Path folder, List<Path> files, Map<Path, String> ids,
                                       PageDefaults defaults,
                                       SourceTree tree, ArticleReader reader, Characters characters,
                                       Diagnostics diags) {
        SourceSpan span = tree.span(folder);
        String section = "";
        String editor = "";
        Writing writing = defaults.writing();
        int bands = defaults.bands();
        Path pageYaml = folder.resolve("page.yaml");
        if (Files.exists(pageYaml)) {
            Optional<YamlMap> y = TextFile.read(pageYaml, tree, diags)
                    .map(t -> {
                        characters.check(t, tree.span(pageYaml), diags);
                        return t;
                    })
                    .flatMap(t -> YamlMap.parse(t, tree.span(pageYaml), 0, diags));
            if (y.isPresent()) {
                y.get().rejectUnknownKeys(PAGE_KEYS, "page.yaml");
                section = y.get().string("section").orElse("");
                editor = y.get().string("editor").orElse("");
                writing = EditionReader.writing(y.get(), diags).orElse(writing);
                bands = EditionReader.bands(y.get()).orElse(bands);
            }
        }
        if (files.isEmpty()) {
            diags.error(span, "page folder '" + folder.getFileName() + "' has no articles (.md files)",
                    "add an article like 10-lead.md, or remove the folder");
            return Optional.empty();
        }
        List<ArticleReader.Read> read = new ArrayList<>();
        boolean complete = true;
        for (Path f : files) {
            Optional<ArticleReader.Read> a = reader.read(f, ids.get(f), defaults.columns(), diags);
            if (a.isPresent()) read.add(a.get());
            else complete = false;
        }
        List<Article> articles = prioritize(read, folder, diags);
        if (!complete) return Optional.empty();
        return Optional.of(new Page(number, folder.getFileName().toString(), section, editor, articles, span, writing,
                bands));
    }

    /**
     * Explicit priorities stay; the others follow them in file order. One lead (priority 1) per page.
     * Articles are sorted by priority, then file name.
     */
    private static List<Article> prioritize(List<ArticleReader.Read> read, Path folder, Diagnostics diags) {
        int next = read.stream().flatMap(r -> r.priority().stream()).max(Integer::compare).orElse(0) + 1;
        ArticleReader.Read lead = null;
        List<Article> out = new ArrayList<>();
        for (ArticleReader.Read r : read) {
            int p;
            if (r.priority().isPresent()) {
                p = r.priority().get();
                if (p == 1) {
                    if (lead != null) {
                        diags.error(r.prioritySpan(), "two articles on page '" + folder.getFileName() + "' have priority 1: "
                                        + lead.article().span().display() + " and this one",
                                "a page has one lead (头条); give this one priority 2 or more");
                    } else {
                        lead = r;
                    }
                }
            } else {
                p = next++;
            }
            out.add(r.article().withPriority(p));
        }
        out.sort(Comparator.comparingInt(Article::priority).thenComparing(Article::id));
        return out;
    }

    private static boolean insideReally(Path p, SourceTree tree) {
        try {
            return tree.containsReally(p);
        } catch (IOException e) {
            return false;
        }
    }
}
