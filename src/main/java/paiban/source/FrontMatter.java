package paiban.source;

import paiban.diag.Diagnostics;
import paiban.diag.SourceSpan;

import java.util.Optional;

/**
 * Splits an article into its YAML front matter (between '---' lines at the very start) and the
 * Markdown body. Line numbers stay those of the file: {@code yamlFirstLine} and {@code bodyFirstLine}
 * are 1-based file lines.
 */
record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    /** Empty (with an error) when the file is blank, has no front matter or does not close it. */
    static Optional<FrontMatter> split(String text, SourceSpan file, Diagnostics diags) {
        if (text.isBlank()) {
            diags.error(file.at(1, 0), "the file is empty" + (text.isEmpty() ? "" : " (only blank space)"),
                    "write the article (three lines: '---', 'title: 标题', '---', then the text) or delete the file");
            return Optional.empty();
        }
        LineIndex lines = new LineIndex(text);
        if (!isFence(line(text, lines, 1), "---")) {
            diags.error(file.at(1, 0), "no front matter: an article must start with a '---' line",
                    "begin the file with three lines: '---', 'title: 标题', '---', then the text");
            return Optional.empty();
        }
        for (int n = 2; n <= lines.lineCount(); n++) {
            String l = line(text, lines, n);
            if (isFence(l, "---") || isFence(l, "...")) {
                String yaml = n == 2 ? "" : text.substring(lines.lineStart(2), lines.lineStart(n));
                String body = n == lines.lineCount() ? "" : text.substring(lines.lineStart(n + 1));
                return Optional.of(new FrontMatter(yaml, 2, body, n + 1));
            }
        }
        diags.error(file.at(1, 0), "front matter opened on line 1 is never closed",
                "add a '---' line after the last key (title, kicker…) and before the text");
        return Optional.empty();
    }

    private static boolean isFence(String line, String fence) {
        return line.startsWith(fence) && line.substring(fence.length()).isBlank();
    }

    private static String line(String text, LineIndex lines, int n) {
        int start = lines.lineStart(n);
        int end = n < lines.lineCount() ? lines.lineStart(n + 1) : text.length();
        return text.substring(start, end); // its line end is blank to isFence
    }
}
