package paiban.model;

import paiban.diag.SourceSpan;

import java.util.List;

/** Body content of an article, a small format-neutral tree (as Pandoc's AST). */
public sealed interface Block {
    SourceSpan span();

    /** A paragraph; soft line breaks are already resolved (gone between CJK, a space between Latin). */
    record Paragraph(List<Inline> inlines, SourceSpan span) implements Block {
        public Paragraph {
            inlines = List.copyOf(inlines);
        }
    }

    /** A subhead ({@code ##}); level 2..6. */
    record Heading(int level, List<Inline> inlines, SourceSpan span) implements Block {
        public Heading {
            inlines = List.copyOf(inlines);
        }
    }

    /** A list; each item is a list of blocks. */
    record ListBlock(boolean ordered, List<List<Block>> items, SourceSpan span) implements Block {
        public ListBlock {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    record Quote(List<Block> blocks, SourceSpan span) implements Block {
        public Quote {
            blocks = List.copyOf(blocks);
        }
    }

    /** A picture inside the body. */
    record Image(Picture picture, SourceSpan span) implements Block {
    }

    /** A table: rows of cells, each cell a list of inlines; the first {@code headerRows} are headers. */
    record Table(List<List<List<Inline>>> rows, int headerRows, SourceSpan span) implements Block {
        public Table {
            rows = rows.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
        }
    }
}
