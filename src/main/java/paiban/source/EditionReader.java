package paiban.source;

import paiban.diag.Diagnostics;
import paiban.diag.SourceSpan;
import paiban.model.Edition;
import paiban.model.PaperFormat;
import paiban.model.Writing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** issue.yaml → {@link Edition}. Returns empty when a required value is missing or wrong. */
final class EditionReader {
    static final List<String> KEYS = List.of("paper", "date", "number", "publisher", "language", "format",
            "columns", "bleed", "revision", "issn", "writing", "bands");
    static final List<String> LANGUAGES = List.of("zh-Hans", "zh-Hant", "ja");
    private static final List<PaperFormat> NAMED_FORMATS = List.of(
            new PaperFormat("broadsheet", 390, 543, 8),
            new PaperFormat("tabloid", 271, 390, 6),
            new PaperFormat("berliner", 315, 470, 6),
            new PaperFormat("A3", 297, 420, 6),
            new PaperFormat("A4", 210, 297, 4));
    private static final List<String> FORMAT_NAMES = NAMED_FORMATS.stream().map(PaperFormat::name).toList();
    private static final Map<String, Writing> WRITINGS = Map.of(
            "horizontal", Writing.HORIZONTAL, "横排", Writing.HORIZONTAL, "橫排", Writing.HORIZONTAL,
            "横組み", Writing.HORIZONTAL, "vertical", Writing.VERTICAL, "竖排", Writing.VERTICAL,
            "豎排", Writing.VERTICAL, "直排", Writing.VERTICAL, "縦組み", Writing.VERTICAL);
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern ISSN = Pattern.compile("\\d{4}-\\d{3}[\\dX]");
    private static final Pattern CUSTOM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[x×X*]\\s*(\\d+(?:\\.\\d+)?)\\s*(?:mm)?");
    static final double MIN_SIDE_MM = 50;
    static final double MAX_SIDE_MM = 1000;

    private EditionReader() {
    }

    /** {@code folderName}: the issue folder's name, compared with the date when it looks like one. */
    static Optional<Edition> read(String text, SourceSpan file, String folderName, Diagnostics diags) {
        Optional<YamlMap> parsed = YamlMap.parse(text, file, 0, diags);
        if (parsed.isEmpty()) return Optional.empty();
        YamlMap y = parsed.get();
        y.rejectUnknownKeys(KEYS, "issue.yaml");

        Optional<String> paper = y.string("paper").filter(s -> !s.isEmpty());
        if (paper.isEmpty()) {
            diags.error(y.keySpan("paper"), "issue.yaml has no 'paper' (the newspaper's name)",
                    "add a line like: paper: 江城晚报");
        }
        Optional<LocalDate> date = date(y, diags);
        int number = y.integer("number", 0, 1_000_000, "the issue number (总第N期), e.g. number: 1024").orElse(0);
        String publisher = y.string("publisher").filter(s -> !s.isEmpty()).orElse(paper.orElse(""));
        String language = language(y, diags);
        PaperFormat format = format(y, diags);
        int columns = y.integer("columns", 1, 20, "the base grid (基本栏), e.g. columns: 8")
                .orElse(format.defaultColumns());
        double bleed = y.number("bleed", 0, 20, "bleed in millimetres, e.g. bleed: 3").orElse(3.0);
        int revision = y.integer("revision", 0, 999,
                "raise it by one for each corrected re-issue of the same date, e.g. revision: 1").orElse(0);
        String issn = issn(y, diags);
        Writing writing = writing(y, diags).orElse(Writing.HORIZONTAL);
        int bands = bands(y).orElse(format.defaultBands());
        date.filter(d -> folderName.matches("\\d{4}-\\d{2}-\\d{2}") && !folderName.equals(d.toString()))
                .ifPresent(d -> diags.warning(y.keySpan("date"), "date " + d + " differs from the issue folder's name "
                        + folderName, "a copy of another issue? update the date or rename the folder"));
        if (paper.isEmpty() || date.isEmpty()) return Optional.empty();
        return Optional.of(new Edition(paper.get(), date.get(), number, publisher, language, format, columns, bleed,
                revision, issn, writing, bands));
    }

    /** {@code writing:} of issue.yaml or page.yaml, in English or as editors say it (竖排, 縦組み…). */
    static Optional<Writing> writing(YamlMap y, Diagnostics diags) {
        Optional<String> s = y.string("writing").filter(v -> !v.isEmpty());
        if (s.isEmpty()) return Optional.empty();
        String v = s.get().trim();
        Optional<Writing> named = WRITINGS.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(v))
                .map(Map.Entry::getValue).findFirst();
        if (named.isEmpty()) {
            diags.error(y.keySpan("writing"), "unknown writing '" + v + "'"
                    + Suggest.didYouMean(v, List.of("horizontal", "vertical")), "use horizontal or vertical");
        }
        return named;
    }

    /** {@code bands:} of issue.yaml or page.yaml: how many bands (段) a vertical page has. */
    static Optional<Integer> bands(YamlMap y) {
        return y.integer("bands", 3, 20, "the bands (段) of a vertical page, e.g. bands: 15 on a broadsheet");
    }

    /** The ISSN as NNNN-NNNC, its check character verified (ISO 3297: weights 8 … 2, mod 11, X for 10). */
    private static String issn(YamlMap y, Diagnostics diags) {
        Optional<String> s = y.string("issn").filter(v -> !v.isEmpty());
        if (s.isEmpty()) return "";
        String v = s.get().toUpperCase(Locale.ROOT);
        if (!ISSN.matcher(v).matches()) {
            diags.error(y.keySpan("issn"), "issn '" + s.get() + "' is not an ISSN",
                    "write it as eight characters with a hyphen, e.g. issn: 1234-5679");
            return "";
        }
        String digits = v.replace("-", "");
        int sum = 0;
        for (int i = 0; i < 7; i++) sum += (digits.charAt(i) - '0') * (8 - i);
        int check = (11 - sum % 11) % 11;
        char expected = check == 10 ? 'X' : (char) ('0' + check);
        if (digits.charAt(7) != expected) {
            diags.error(y.keySpan("issn"), "issn " + v + " has the wrong check character (" + expected + " expected)",
                    "copy the ISSN from the paper's registration");
            return "";
        }
        return v;
    }

    private static Optional<LocalDate> date(YamlMap y, Diagnostics diags) {
        Optional<String> s = y.string("date");
        if (s.isEmpty()) {
            diags.error(y.keySpan("date"), "issue.yaml has no 'date' (the publication date)",
                    "add a line like: date: 2026-11-26");
            return Optional.empty();
        }
        SourceSpan span = y.keySpan("date");
        try {
            return Optional.of(LocalDate.parse(s.get()));
        } catch (DateTimeParseException e) {
            Matcher m = ISO_DATE.matcher(s.get());
            if (m.matches()) {
                int month = Integer.parseInt(m.group(2));
                String why = "month " + month + " does not exist";
                try {
                    YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
                    why = ym.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                            + " " + ym.getYear() + " has " + ym.lengthOfMonth() + " days";
                } catch (DateTimeException ignored) {
                    // the month is out of range: keep the message above
                }
                diags.error(span, "date '" + s.get() + "' does not exist (" + why + ")", "check the day and month");
            } else {
                diags.error(span, "date '" + s.get() + "' is not an ISO date", "write it as YYYY-MM-DD, e.g. date: 2026-11-26");
            }
            return Optional.empty();
        }
    }

    private static String language(YamlMap y, Diagnostics diags) {
        Optional<String> s = y.string("language");
        if (s.isEmpty()) return "zh-Hans";
        for (String l : LANGUAGES) if (l.equalsIgnoreCase(s.get())) return l;
        String hint = switch (s.get().toLowerCase(Locale.ROOT)) {
            case "zh", "zh-cn", "zh-sg", "zh_cn" -> " — for simplified Chinese write 'zh-Hans'";
            case "zh-tw", "zh-hk", "zh-mo", "zh_tw" -> " — for traditional Chinese write 'zh-Hant'";
            case "ja-jp", "jp" -> " — for Japanese write 'ja'";
            default -> Suggest.didYouMean(s.get(), LANGUAGES);
        };
        diags.error(y.keySpan("language"), "unknown language '" + s.get() + "'" + hint,
                "use one of zh-Hans, zh-Hant, ja");
        return "zh-Hans";
    }

    private static PaperFormat format(YamlMap y, Diagnostics diags) {
        PaperFormat fallback = NAMED_FORMATS.get(0); // broadsheet
        Optional<String> s = y.string("format");
        if (s.isEmpty()) return fallback;
        String v = s.get();
        for (PaperFormat f : NAMED_FORMATS) if (f.name().equalsIgnoreCase(v)) return f;
        Matcher m = CUSTOM.matcher(v.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            double w = Double.parseDouble(m.group(1));
            double h = Double.parseDouble(m.group(2));
            if (w < MIN_SIDE_MM || h < MIN_SIDE_MM || w > MAX_SIDE_MM || h > MAX_SIDE_MM) {
                diags.error(y.keySpan("format"), "format " + v + " mm is out of range; each side must be from "
                        + (int) MIN_SIDE_MM + " to " + (int) MAX_SIDE_MM + " mm", "e.g. format: 350x500");
                return fallback;
            }
            int columns = w >= 350 ? 8 : w >= 250 ? 6 : 4;
            return new PaperFormat(m.group(1) + "x" + m.group(2), w, h, columns);
        }
        diags.error(y.keySpan("format"), "unknown format '" + v + "'" + Suggest.didYouMean(v, FORMAT_NAMES),
                "use one of broadsheet, tabloid, berliner, A3, A4, or WIDTHxHEIGHT in millimetres like 350x500");
        return fallback;
    }
}
