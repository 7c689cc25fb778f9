package paiban.source;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import paiban.diag.Diagnostics;
import paiban.diag.SourceSpan;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML mapping of simple keys read with SnakeYAML's node API, so every value keeps its line.
 * Typed getters report a wrong type as an error at the value's line and return empty.
 */
final class YamlMap {
    private final SourceSpan file;
    private final int lineOffset;
    private final Diagnostics diags;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(SourceSpan file, int lineOffset, Diagnostics diags) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.diags = diags;
    }

    /**
     * Parses {@code yaml}, whose first line is line {@code lineOffset + 1} of {@code file}. An empty
     * document is an empty mapping; anything but a mapping is an error.
     */
    static Optional<YamlMap> parse(String yaml, SourceSpan file, int lineOffset, Diagnostics diags) {
        YamlMap map = new YamlMap(file, lineOffset, diags);
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) TextFile.MAX_BYTES);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setAllowRecursiveKeys(false);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() : 0;
            String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
            diags.error(file.at(lineOffset + line + 1, 0), "YAML syntax: " + problem.strip() + opened(e, line, lineOffset),
                    yamlHint(problem));
            return Optional.empty();
        } catch (YAMLException e) {
            diags.error(file.at(lineOffset + 1, 0), "YAML: " + e.getMessage());
            return Optional.empty();
        }
        if (root == null) return Optional.of(map);
        if (!(root instanceof MappingNode mapping)) {
            diags.error(map.at(root), "expected 'key: value' lines, found " + describe(root),
                    "write one 'key: value' per line, e.g. 'title: 城市新闻'");
            return Optional.empty();
        }
        for (NodeTuple t : mapping.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                diags.error(map.at(t.getKeyNode()), "a key must be a plain word, found " + describe(t.getKeyNode()));
                continue;
            }
            NodeTuple first = map.entries.get(key.getValue());
            if (first != null) {
                diags.error(map.at(key), "key '" + key.getValue() + "' is given twice (first on line "
                        + map.at(first.getKeyNode()).line() + ")", "keep one of them");
                continue;
            }
            map.entries.put(key.getValue(), t);
        }
        return Optional.of(map);
    }

    /** An unclosed [ or { is noticed lines later: name the line where it began. */
    private static String opened(MarkedYAMLException e, int problemLine, int lineOffset) {
        if (e.getContext() == null || e.getContextMark() == null || e.getContextMark().getLine() >= problemLine) return "";
        return " (" + e.getContext().strip() + " begun on line " + (lineOffset + e.getContextMark().getLine() + 1) + ")";
    }

    private static String yamlHint(String problem) {
        if (problem.contains("\\t") || problem.contains("tab")) return "indent YAML with spaces, not tabs";
        if (problem.contains("mapping values")) return "put quotes around a value that contains ': ', e.g. title: \"专访: 老城改造\"";
        return "check the YAML near this line; quote values that contain ':', '#', '[' or '{'";
    }

    private static String describe(Node n) {
        if (n instanceof SequenceNode) return "a list";
        if (n instanceof MappingNode) return "a mapping";
        return "the text '" + abbreviate(((ScalarNode) n).getValue()) + "'";
    }

    private static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }

    SourceSpan at(Node n) {
        return file.at(lineOffset + n.getStartMark().getLine() + 1, n.getStartMark().getColumn() + 1);
    }

    /** The line of a key, or the file's first line when absent. */
    SourceSpan keySpan(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? file.at(Math.max(1, lineOffset), 0) : at(t.getKeyNode());
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /** Refuses every key not in {@code known} (a misspelt key must not fall back to a default), suggesting the nearest. */
    void rejectUnknownKeys(Collection<String> known, String where) {
        for (NodeTuple t : entries.values()) {
            String k = ((ScalarNode) t.getKeyNode()).getValue();
            if (known.contains(k)) continue;
            diags.error(at(t.getKeyNode()), "unknown key '" + k + "' in " + where
                    + Suggest.didYouMean(k, known), "known keys: " + String.join(", ", known));
        }
    }

    Optional<Node> node(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? Optional.empty() : Optional.of(t.getValueNode());
    }

    /** A scalar as text (numbers and dates too); empty when absent, null or of another type. */
    Optional<String> string(String key) {
        Optional<Node> n = node(key);
        if (n.isEmpty() || isNull(n.get())) return Optional.empty();
        if (n.get() instanceof ScalarNode s) return Optional.of(s.getValue().strip());
        diags.error(at(n.get()), "'" + key + "' must be text, found " + describe(n.get()),
                "write it on one line: " + key + ": …");
        return Optional.empty();
    }

    /** A whole number in [min, max]; empty when absent or wrong (the error is reported). */
    Optional<Integer> integer(String key, int min, int max, String hint) {
        Optional<String> s = string(key);
        if (s.isEmpty()) return Optional.empty();
        SourceSpan span = at(node(key).orElseThrow());
        int v;
        try {
            v = Integer.parseInt(s.get());
        } catch (NumberFormatException e) {
            diags.error(span, "'" + key + "' must be a whole number, found '" + abbreviate(s.get()) + "'", hint);
            return Optional.empty();
        }
        if (v < min || v > max) {
            diags.error(span, "'" + key + "' is " + v + "; it must be from " + min + " to " + max, hint);
            return Optional.empty();
        }
        return Optional.of(v);
    }

    /** A number (fractions allowed) in [min, max]. */
    Optional<Double> number(String key, double min, double max, String hint) {
        Optional<String> s = string(key);
        if (s.isEmpty()) return Optional.empty();
        SourceSpan span = at(node(key).orElseThrow());
        double v;
        try {
            v = Double.parseDouble(s.get());
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            diags.error(span, "'" + key + "' must be a number, found '" + abbreviate(s.get()) + "'", hint);
            return Optional.empty();
        }
        if (v < min || v > max) {
            diags.error(span, "'" + key + "' is " + s.get() + "; it must be from " + fmt(min) + " to " + fmt(max), hint);
            return Optional.empty();
        }
        return Optional.of(v);
    }

    /** Text or a list of texts (each one entry); empty when absent. */
    Optional<List<String>> stringOrList(String key) {
        Optional<Node> n = node(key);
        if (n.isEmpty() || isNull(n.get())) return Optional.empty();
        if (n.get() instanceof ScalarNode s) return Optional.of(List.of(s.getValue().strip()));
        if (n.get() instanceof SequenceNode seq) {
            List<String> out = new ArrayList<>();
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s && !isNull(s)) {
                    out.add(s.getValue().strip());
                } else {
                    diags.error(at(item), "each line of '" + key + "' must be text, found "
                            + (isNull(item) ? "nothing" : describe(item)));
                    return Optional.empty();
                }
            }
            return Optional.of(out);
        }
        diags.error(at(n.get()), "'" + key + "' must be text or a list of lines, found " + describe(n.get()));
        return Optional.empty();
    }

    private static boolean isNull(Node n) {
        return Tag.NULL.equals(n.getTag());
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
