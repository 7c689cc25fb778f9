package paiban.source;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

import paiban.diag.Diagnostics;
import paiban.diag.SourceSpan;
import paiban.model.Block;
import paiban.model.Inline;
import paiban.model.Inline.Style;
import paiban.model.Picture;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An article body (CommonMark + tables, parsed by flexmark) → model {@link Block}s with file
 * lines. Raw HTML and unsafe links are dropped with warnings; nesting deeper than
 * {@link #MAX_DEPTH} is flattened so later stages never recurse deeply.
 */
final class MarkdownBody {
    static final int MAX_DEPTH = 32;
    static final int MAX_HTML_TAGS = 1000;
    /**
     * Lists or quotes opened on one line beyond this are refused before parsing: near 1,400 flexmark
     * overflows a 1 MB stack before the JIT has compiled it and not after, so the same file would be
     * read or refused by chance.
     */
    static final int MAX_PARSE_DEPTH = 1000;
    private static final Parser PARSER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        PARSER = Parser.builder(options).build();
    }

    /** Where the body sits and what it may refer to. {@code lineOffset}: file line of body line 1, minus 1. */
    record Context(SourceSpan file, int lineOffset, Path baseDir, Pictures pictures, Links links,
                   Diagnostics diags) {
    }

    private final Context ctx;
    private final LineIndex lines;
    private final Set<Integer> htmlWarnedLines = new HashSet<>();
    private Document document;
    private boolean flattenWarned;

    private MarkdownBody(Context ctx, String body) {
        this.ctx = ctx;
        this.lines = new LineIndex(body);
    }

    /** Parses and converts; a body too deeply nested for flexmark itself is an error naming the file. */
    static List<Block> convert(String body, Context ctx) {
        MarkdownBody m = new MarkdownBody(ctx, body);
        int tags = htmlTagCount(body);
        if (tags > MAX_HTML_TAGS) {
            // flexmark's inline HTML parsing is quadratic: tens of thousands of tags take minutes
            ctx.diags().error(ctx.file().at(1, 0), "the text holds " + tags + " HTML tags; articles are Markdown, not HTML",
                    "convert the file to Markdown (e.g. with pandoc -t commonmark) and remove the tags");
            return List.of();
        }
        int deepLine = lineNestedDeeperThan(body, MAX_PARSE_DEPTH);
        if (deepLine > 0) {
            ctx.diags().error(ctx.file().at(deepLine + ctx.lineOffset(), 0), "the text is nested too deeply to read (more than "
                    + MAX_PARSE_DEPTH + " lists or quotes inside each other)", "nest lists, quotes and emphasis at most a few levels deep");
            return List.of();
        }
        try {
            m.document = PARSER.parse(body);
            return m.blocks(m.document, 0);
        } catch (StackOverflowError e) {
            ctx.diags().error(ctx.file().at(1, 0), "the text is nested too deeply to read (lists, quotes or emphasis inside each other)",
                    "nest lists, quotes and emphasis at most a few levels deep");
            return List.of();
        }
    }

    /**
     * The first line (1-based) opening more than {@code limit} lists or quotes, counting the markers
     * at its start ({@code > - * + 1.}) and two spaces of indent before a marker as one level; 0 if none.
     */
    static int lineNestedDeeperThan(String body, int limit) {
        int line = 1;
        int i = 0;
        int n = body.length();
        while (i < n) {
            int indent = 0;
            int markers = 0;
            boolean indented = false;
            while (i < n) {
                char c = body.charAt(i);
                if (c == ' ') {
                    indent++;
                    i++;
                } else if (c == '\t') {
                    indent += 4;
                    i++;
                } else if (c == '>') {
                    markers++;
                    i++;
                } else if ((c == '-' || c == '*' || c == '+') && i + 1 < n && (body.charAt(i + 1) == ' ' || body.charAt(i + 1) == '\t')) {
                    markers++;
                    i++;
                } else if (Character.isDigit(c)) {
                    int j = i;
                    while (j < n && j - i < 9 && Character.isDigit(body.charAt(j))) j++;
                    if (j + 1 < n && (body.charAt(j) == '.' || body.charAt(j) == ')') && body.charAt(j + 1) == ' ') {
                        markers++;
                        i = j + 1;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
                if (markers > 0 && !indented) {
                    markers += indent / 2;
                    indented = true;
                }
            }
            if (markers > limit) return line;
            int end = body.indexOf('\n', i);
            if (end < 0) break;
            i = end + 1;
            line++;
        }
        return 0;
    }

    private static int htmlTagCount(String body) {
        int count = 0;
        for (int i = body.indexOf('<'); i >= 0 && i + 1 < body.length(); i = body.indexOf('<', i + 1)) {
            char c = body.charAt(i + 1);
            if (c == '/' || c == '!' || c == '?' || (c < 128 && Character.isLetter(c))) count++;
        }
        return count;
    }

    private SourceSpan span(Node n) {
        int offset = n.getStartOffset();
        return ctx.file().at(lines.line(offset) + ctx.lineOffset(), lines.column(offset));
    }

    private List<Block> blocks(Node parent, int depth) {
        List<Block> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) block(n, depth, out);
        return out;
    }

    private void block(Node n, int depth, List<Block> out) {
        if (n instanceof Paragraph) {
            paragraph(n, out);
        } else if (n instanceof Heading h) {
            int level = h.getLevel();
            if (level == 1) {
                ctx.diags().warning(span(n), "a '#' heading in the text is set as a subhead",
                        "the title comes from the front matter; write subheads as '## 小标题'");
                level = 2;
            }
            List<Inline> inlines = inlines(n);
            if (!inlines.isEmpty()) out.add(new Block.Heading(level, inlines, span(n)));
        } else if (n instanceof BulletList || n instanceof OrderedList) {
            if (depth >= MAX_DEPTH) {
                warnFlattened(n);
                for (Node item = n.getFirstChild(); item != null; item = item.getNext()) out.addAll(blocks(item, depth));
                return;
            }
            List<List<Block>> items = new ArrayList<>();
            for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) items.add(blocks(item, depth + 1));
            }
            out.add(new Block.ListBlock(n instanceof OrderedList, items, span(n)));
        } else if (n instanceof BlockQuote) {
            if (depth >= MAX_DEPTH) {
                warnFlattened(n);
                out.addAll(blocks(n, depth));
                return;
            }
            out.add(new Block.Quote(blocks(n, depth + 1), span(n)));
        } else if (n instanceof FencedCodeBlock code) {
            for (String line : code.getContentChars().toString().split("\\R")) {
                if (!line.isBlank()) out.add(new Block.Paragraph(List.of(new Inline(line, Style.CODE, "")), span(n)));
            }
        } else if (n instanceof IndentedCodeBlock) {
            ctx.diags().warning(span(n), "text indented by 4 spaces or a tab is read as plain text without Markdown",
                    "remove the indentation; paragraph indents are added by the layout");
            List<Tok> toks = new ArrayList<>();
            for (String line : n.getChars().toString().split("\\R")) {
                if (!toks.isEmpty()) toks.add(Tok.BREAK);
                toks.add(new Tok.Run(line.strip(), Style.PLAIN, ""));
            }
            List<Inline> inlines = join(toks);
            if (!inlines.isEmpty()) out.add(new Block.Paragraph(inlines, span(n)));
        } else if (n instanceof HtmlCommentBlock || n instanceof Reference) {
            // comments are notes for editors; reference definitions only serve links
        } else if (n instanceof HtmlBlock) {
            warnHtml(n);
        } else if (n instanceof ThematicBreak) {
            ctx.diags().warning(span(n), "a thematic break ('---', '***') in the text is ignored",
                    "separate parts of an article with a '## 小标题' subhead");
        } else if (n instanceof TableBlock) {
            table(n, out);
        } else {
            ctx.diags().warning(span(n), "Markdown element " + n.getNodeName() + " is not supported and is ignored");
        }
    }

    private void warnFlattened(Node n) {
        if (flattenWarned) return;
        flattenWarned = true;
        ctx.diags().warning(span(n), "lists and quotes nested more than " + MAX_DEPTH + " deep are flattened",
                "nest lists and quotes at most a few levels deep");
    }

    private void warnHtml(Node n) {
        SourceSpan s = span(n);
        if (!htmlWarnedLines.add(s.line())) return;
        String what = n.getChars().toString().strip().toLowerCase(Locale.ROOT).startsWith("<script") ? "<script>" : "raw HTML";
        ctx.diags().warning(s, what + " is dropped: articles are Markdown only",
                "use Markdown: **bold**, *emphasis*, [text](https://…), ![alt](picture.jpg)");
    }

    private void table(Node t, List<Block> out) {
        List<List<List<Inline>>> rows = new ArrayList<>();
        int headerRows = 0;
        int width = 0;
        for (Node section = t.getFirstChild(); section != null; section = section.getNext()) {
            if (!(section instanceof TableHead) && !(section instanceof TableBody)) continue;
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) continue;
                List<List<Inline>> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) cells.add(inlines(cell));
                }
                width = Math.max(width, cells.size());
                rows.add(cells);
                if (section instanceof TableHead) headerRows++;
            }
        }
        // every row gets the same number of cells, so layout sees a rectangle
        for (List<List<Inline>> r : rows) while (r.size() < width) r.add(List.of());
        out.add(new Block.Table(rows, headerRows, span(t)));
    }

    /** A paragraph; pictures in it become image blocks, splitting the text around them. */
    private void paragraph(Node p, List<Block> out) {
        List<Tok> toks = new ArrayList<>();
        SourceSpan[] start = {span(p)};
        collect(p, Style.PLAIN, "", toks, (image, imageSpan) -> {
            List<Inline> before = join(toks);
            if (!before.isEmpty()) out.add(new Block.Paragraph(before, start[0]));
            toks.clear();
            image.ifPresent(pic -> out.add(new Block.Image(pic, imageSpan)));
            start[0] = imageSpan;
        });
        List<Inline> rest = join(toks);
        if (!rest.isEmpty()) out.add(new Block.Paragraph(rest, start[0]));
    }

    private List<Inline> inlines(Node container) {
        List<Tok> toks = new ArrayList<>();
        collect(container, Style.PLAIN, "", toks, null);
        return join(toks);
    }

    /** Receives a body picture (empty when it could not be used) found inside a paragraph. */
    private interface ImageSink {
        void accept(Optional<Picture> picture, SourceSpan span);
    }

    /** Inline tokens before soft breaks are resolved. */
    private sealed interface Tok {
        Tok BREAK = new Break();

        record Run(String text, Style style, String link) implements Tok {
        }

        record Break() implements Tok {
        }
    }

    private void collect(Node parent, Style style, String link, List<Tok> toks, ImageSink images) {
        String skipUntil = null;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (skipUntil != null) {
                if (n instanceof HtmlInline && n.getChars().toString().toLowerCase(Locale.ROOT).startsWith(skipUntil)) {
                    skipUntil = null;
                }
                continue;
            }
            if (n instanceof Text || n instanceof TextBase || n instanceof HtmlEntity) {
                if (n instanceof TextBase) {
                    collect(n, style, link, toks, images);
                } else {
                    if (n instanceof Text) warnUnpairedMarks(n);
                    toks.add(new Tok.Run(n.getChars().unescape(), style, link));
                }
            } else if (n instanceof Code c) {
                toks.add(new Tok.Run(c.getText().toString().replaceAll("\\R", " "), Style.CODE, link));
            } else if (n instanceof StrongEmphasis) {
                collect(n, style == Style.CODE ? style : Style.STRONG, link, toks, images);
            } else if (n instanceof Emphasis) {
                collect(n, style == Style.PLAIN ? Style.EMPHASIS : style, link, toks, images);
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                toks.add(Tok.BREAK);
            } else if (n instanceof Image || n instanceof ImageRef) {
                image(n, toks, images);
            } else if (n instanceof Link l) {
                collect(n, style, target(l.getUrl().unescape(), n), toks, images);
            } else if (n instanceof AutoLink a) {
                toks.add(new Tok.Run(a.getText().toString(), style, target(a.getUrl().unescape(), n)));
            } else if (n instanceof MailLink m) {
                toks.add(new Tok.Run(m.getText().toString(), style, link));
            } else if (n instanceof LinkRef ref) {
                Reference r = ref.isDefined() ? ref.getReferenceNode(document) : null;
                if (r == null) {
                    toks.add(new Tok.Run(n.getChars().toString(), style, link));
                } else {
                    collect(n, style, target(r.getUrl().unescape(), n), toks, images);
                }
            } else if (n instanceof HtmlInlineComment) {
                // an editor's note
            } else if (n instanceof HtmlInline) {
                warnHtml(n);
                String tag = n.getChars().toString().toLowerCase(Locale.ROOT);
                if (tag.startsWith("<script")) skipUntil = "</script";
                else if (tag.startsWith("<style")) skipUntil = "</style";
            } else {
                collect(n, style, link, toks, images);
            }
        }
    }

    /**
     * CommonMark does not close {@code **} after punctuation when a CJK character follows
     * ({@code **“扩建”**工程}): the marks stay as text. Say so instead of printing asterisks.
     */
    private void warnUnpairedMarks(Node text) {
        String raw = text.getChars().toString();
        String mark = raw.contains("**") ? "**" : raw.contains("__") ? "__" : null;
        if (mark == null) return;
        ctx.diags().warning(span(text), "'" + mark + "' is left as text: Markdown found no matching start or end for it",
                "next to CJK punctuation put the marks inside it: “**重点**” rather than **“重点”**");
    }

    private String target(String url, Node n) {
        return ctx.links().resolve(url, ctx.baseDir(), span(n), ctx.diags());
    }

    private void image(Node n, List<Tok> toks, ImageSink images) {
        List<Tok> altToks = new ArrayList<>();
        collect(n, Style.PLAIN, "", altToks, null);
        String alt = join(altToks).stream().map(Inline::text).reduce("", String::concat);
        if (images == null) {
            ctx.diags().warning(span(n), "a picture inside a heading or table cell is dropped; its alt text is kept",
                    "put the picture in a paragraph of its own");
            if (!alt.isEmpty()) toks.add(new Tok.Run(alt, Style.PLAIN, ""));
            return;
        }
        String url;
        String title;
        if (n instanceof LinkNodeBase l) {
            url = l.getUrl().unescape();
            title = l.getTitle().unescape();
        } else {
            Reference r = ((RefNode) n).isDefined() ? ((RefNode) n).getReferenceNode(document) : null;
            if (r == null) {
                ctx.diags().error(span(n), "picture reference '" + n.getChars() + "' has no definition",
                        "write the picture as ![说明](../images/photo.jpg)");
                return;
            }
            url = r.getUrl().unescape();
            title = r.getTitle().unescape();
        }
        SourceSpan s = span(n);
        if (alt.isBlank()) {
            ctx.diags().warning(s, "picture '" + url + "' has no alt text (what it shows, for readers who cannot see it)",
                    "write it between the brackets: ![渡口边排队上船的乘客](" + url + ")");
        }
        images.accept(ctx.pictures().resolve(Links.percentDecoded(url), ctx.baseDir(), alt.strip(), title, "", s, ctx.diags()), s);
    }

    /** A run being built: text grows in place so long paragraphs stay linear. */
    private static final class Builder {
        final StringBuilder text = new StringBuilder();
        final Style style;
        final String link;

        Builder(Style style, String link) {
            this.style = style;
            this.link = link;
        }
    }

    /** Merges runs and resolves line breaks: gone between CJK characters, a space otherwise. */
    private static List<Inline> join(List<Tok> toks) {
        List<Builder> out = new ArrayList<>();
        boolean pendingBreak = false;
        for (Tok t : toks) {
            if (t instanceof Tok.Break) {
                pendingBreak = !out.isEmpty();
                continue;
            }
            Tok.Run r = (Tok.Run) t;
            String text = r.text();
            if (pendingBreak) {
                int indent = 0;
                while (indent < text.length() && (text.charAt(indent) == ' ' || text.charAt(indent) == '\t')) indent++;
                text = text.substring(indent);
                if (text.isEmpty()) continue;
                trimLast(out);
                if (!out.isEmpty()) {
                    StringBuilder last = out.get(out.size() - 1).text;
                    if (!Cjk.joinsWithoutSpace(last.codePointBefore(last.length()), text.codePointAt(0))) last.append(' ');
                }
                pendingBreak = false;
            }
            if (text.isEmpty()) continue;
            Builder last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last == null || last.style != r.style() || !last.link.equals(r.link())) {
                last = new Builder(r.style(), r.link());
                out.add(last);
            }
            last.text.append(text);
        }
        trimLast(out);
        if (!out.isEmpty()) {
            // ideographic spaces at the start are hand-made paragraph indents; layout indents itself
            StringBuilder first = out.get(0).text;
            int i = 0;
            while (i < first.length() && (first.charAt(i) == '\u3000' || first.charAt(i) == ' ' || first.charAt(i) == '\t')) i++;
            first.delete(0, i);
            if (first.length() == 0) out.remove(0);
        }
        return out.stream().map(b -> new Inline(b.text.toString(), b.style, b.link)).toList();
    }

    private static void trimLast(List<Builder> out) {
        while (!out.isEmpty()) {
            StringBuilder last = out.get(out.size() - 1).text;
            int end = last.length();
            while (end > 0 && (last.charAt(end - 1) == ' ' || last.charAt(end - 1) == '\t')) end--;
            last.setLength(end);
            if (end > 0) return;
            out.remove(out.size() - 1);
        }
    }

}
