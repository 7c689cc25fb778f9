package paiban.cli;

import paiban.layout.ModulePlacement;
import paiban.layout.PageLayout;
import paiban.model.Issue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** report.json: per page the modules placed, fill and warnings; what the outputs were made from; the build's timings. */
final class Report {
    /** The line {@link #json} writes for the EPUB, read back by {@link #lastEpub}. */
    private static final Pattern EPUB_LINE = Pattern.compile(
            "\"epub\": \\{\"bytes\": (\\d+), \"revision\": (\\d+), \"contentSha256\": \"([0-9a-f]{64})\"}");

    private Report() {
    }

    /** A built EPUB: its size, the issue's revision and the content hash (which leaves the revision out). */
    record Epub(long bytes, int revision, String contentSha256) {
    }

    /**
     * {@code epub}: null when no EPUB was built; {@code replicaBytes}: the replica EPUB's size, or -1
     * when none was built; {@code sourceHash}: what {@code --changed} compares.
     */
    static String json(Issue issue, List<PageLayout> pages, Epub epub, long replicaBytes, String sourceHash,
                       Map<String, Long> timingsMs) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\n  \"issue\": ").append(str(issue.id()))
                .append(",\n  \"paper\": ").append(str(issue.edition().paper()))
                .append(",\n  \"date\": ").append(str(issue.edition().date().toString()))
                .append(",\n  \"revision\": ").append(issue.edition().revision());
        if (epub != null) {
            sb.append(",\n  \"epub\": {\"bytes\": ").append(epub.bytes())
                    .append(", \"revision\": ").append(epub.revision())
                    .append(", \"contentSha256\": ").append(str(epub.contentSha256())).append('}');
        }
        if (replicaBytes >= 0) sb.append(",\n  \"replica\": {\"bytes\": ").append(replicaBytes).append('}');
        sb.append(",\n  \"pages\": [");
        for (int p = 0; p < pages.size(); p++) {
            PageLayout page = pages.get(p);
            sb.append(p == 0 ? "\n" : ",\n");
            sb.append("    {\"page\": ").append(page.number())
                    .append(", \"section\": ").append(str(page.section()))
                    .append(", \"fill\": ").append(String.format(Locale.ROOT, "%.4f", page.fill()))
                    .append(",\n     \"modules\": [");
            for (int m = 0; m < page.modules().size(); m++) {
                ModulePlacement mp = page.modules().get(m);
                sb.append(m == 0 ? "\n" : ",\n");
                sb.append("       {\"article\": ").append(str(mp.articleId()))
                        .append(", \"title\": ").append(str(mp.title()))
                        .append(", \"column\": ").append(mp.column())
                        .append(", \"columns\": ").append(mp.columns())
                        .append(", \"row\": ").append(mp.row())
                        .append(", \"rows\": ").append(mp.rows())
                        .append(", \"bodyLines\": ").append(mp.bodyLines())
                        .append(", \"overset\": ").append(mp.overflowLines())
                        .append(", \"emptyCells\": ").append(mp.slackRows()).append('}');
            }
            sb.append("],\n     \"warnings\": [");
            for (int w = 0; w < page.warnings().size(); w++) {
                sb.append(w == 0 ? "" : ", ").append(str(page.warnings().get(w)));
            }
            sb.append("]}");
        }
        sb.append("\n  ],\n  \"sourceHash\": ").append(str(sourceHash)).append(",\n  \"timingsMs\": {");
        int i = 0;
        for (Map.Entry<String, Long> t : timingsMs.entrySet()) {
            sb.append(i++ == 0 ? "" : ", ").append(str(t.getKey())).append(": ").append(t.getValue());
        }
        sb.append("}\n}\n");
        return sb.toString();
    }

    /** The EPUB line of a report.json an earlier build left, if there is one and it can be read. */
    static Optional<Epub> lastEpub(Path reportFile) {
        String text;
        try {
            text = Files.readString(reportFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // only a hint for the revision warning: an unreadable report is reported when it is written
            return Optional.empty();
        }
        Matcher m = EPUB_LINE.matcher(text);
        if (!m.find()) return Optional.empty();
        return Optional.of(new Epub(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2)), m.group(3)));
    }

    /** Whether a report.json says its issue was built from sources with this hash ({@link SourceHash}). */
    static boolean builtFrom(String json, String sourceHash) {
        return json.contains("\"sourceHash\": " + str(sourceHash));
    }

    /** How many pages a report.json lists. */
    static int pageCount(String json) {
        return json.split("\\{\"page\": ", -1).length - 1;
    }

    static String str(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
