package paiban.quality;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import paiban.cli.IssueBuilder;
import paiban.diag.Diagnostic;
import paiban.font.FontLibrary;
import paiban.layout.Grid;
import paiban.model.Block;
import paiban.model.Inline;
import paiban.layout.ModulePlacement;
import paiban.layout.PageItem;
import paiban.layout.PageLayout;
import paiban.text.ComposedLine;
import paiban.text.LineChecks;
import paiban.text.PlacedGlyph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The issue-9 fixtures, copy as editors sent it, laid out as `paiban build` lays them out and read
 * as an editor signing the pages off reads them.
 */
class FixtureLayoutTest {
    private static final FontLibrary FONTS = FontLibrary.load(Path.of("fonts"));
    private static final Map<String, IssueBuilder.Result> BUILT = new ConcurrentHashMap<>();

    /** The horizontal fixtures: a tabloid, a zh-Hant issue, a ja page and a short issue. */
    static Stream<String> horizontalFixtures() {
        return Stream.of("tabloid-2026-12-08", "zhhant-2026-12-09", "ja-2026-12-10", "short-2026-12-11");
    }

    private static IssueBuilder.Result laidOut(String id) {
        return BUILT.computeIfAbsent(id, k -> {
            IssueBuilder.Result r = new IssueBuilder(FONTS).check(FixturesReadTest.FIXTURES.resolve(k));
            assertTrue(r.ok(), () -> k + ": " + r.diagnostics());
            return r;
        });
    }

    @ParameterizedTest
    @MethodSource("horizontalFixtures")
    void everyArticleIsOnAtMostTwoPages(String id) {
        Map<String, Set<Integer>> pagesOf = new LinkedHashMap<>();
        for (PageLayout page : laidOut(id).pages()) {
            for (PageItem item : page.items()) {
                if (item instanceof PageItem.ArticleStart s) {
                    pagesOf.computeIfAbsent(s.articleId(), a -> new TreeSet<>()).add(page.number());
                }
            }
        }
        pagesOf.forEach((article, pages) -> assertTrue(pages.size() <= 2, article + " is on pages " + pages));
    }

    /** Two lines of one headline in a row, with the page and article they stand in. */
    private record HeadlinePair(int page, String article, String first, String second) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"tabloid-2026-12-08", "zhhant-2026-12-09", "ja-2026-12-10", "short-2026-12-11",
            "ja-vertical-2026-12-12", "zhhant-vertical-2026-12-13"})
    void headlineLinesBreakBetweenWordsAndNeverLeaveOneCharacterAlone(String id) {
        IssueBuilder.Result r = laidOut(id);
        ULocale locale = switch (r.issue().edition().language()) {
            case "zh-Hant" -> ULocale.TRADITIONAL_CHINESE;
            case "ja" -> ULocale.JAPANESE;
            default -> ULocale.SIMPLIFIED_CHINESE;
        };
        List<String> faults = new ArrayList<>();
        for (HeadlinePair pair : headlinePairs(r.pages())) {
            String where = "page " + pair.page() + ", " + pair.article() + ": " + pair.first() + "/" + pair.second();
            String joined = pair.first() + pair.second();
            BreakIterator words = BreakIterator.getWordInstance(locale);
            words.setText(joined);
            if (!words.isBoundary(pair.first().length())) faults.add("inside a word: " + where);
            if (cjkCount(pair.first()) == 1 || cjkCount(pair.second()) == 1) faults.add("one character alone: " + where);
        }
        assertTrue(faults.isEmpty(), String.join("\n", faults));
    }

    @ParameterizedTest
    @MethodSource("horizontalFixtures")
    void noLineStartsOrEndsWithAProhibitedMark(String id) {
        List<String> faults = new ArrayList<>();
        for (PageLayout page : laidOut(id).pages()) {
            for (PageItem item : page.items()) {
                if (!(item instanceof PageItem.TextLine t)) continue;
                String text = t.line().text().strip();
                if (text.isEmpty()) continue;
                int first = text.codePointAt(0);
                int last = text.codePointBefore(text.length());
                if (LineChecks.NOT_AT_START.indexOf(first) >= 0 && !text.startsWith("——")) {
                    faults.add("page " + page.number() + " starts with " + Character.toString(first) + ": " + text);
                }
                if (LineChecks.NOT_AT_END.indexOf(last) >= 0) {
                    faults.add("page " + page.number() + " ends with " + Character.toString(last) + ": " + text);
                }
            }
        }
        assertTrue(faults.isEmpty(), String.join("\n", faults));
    }

    @ParameterizedTest
    @MethodSource("horizontalFixtures")
    void everyCropKeepsTheShapeWithinAQuarterOrIsWarnedAbout(String id) {
        IssueBuilder.Result r = laidOut(id);
        Set<Path> warned = new HashSet<>();
        for (Diagnostic d : r.diagnostics()) {
            if (d.message().contains("more than ±25%")) warned.add(d.span().file());
        }
        for (PageLayout page : r.pages()) {
            for (PageItem item : page.items()) {
                if (!(item instanceof PageItem.Image img)) continue;
                double printed = img.width() / img.height();
                double shape = 1 / img.picture().aspect();
                double change = printed / shape;
                assertTrue((change >= 0.75 && change <= 1.25) || warned.contains(img.picture().span().file()),
                        String.format("page %d: %s printed %.2f:1, its shape %.2f:1, not warned", page.number(),
                                img.picture().file().getFileName(), printed, shape));
            }
        }
    }

    /**
     * No widows or orphans, read off the pages: a paragraph of three or more body lines never has
     * its first line alone at a column's (or a page's, before a jump) foot, nor its last line alone
     * at the head of the next. Lines go on down a column one pitch apart; any other step is a break.
     */
    @ParameterizedTest
    @MethodSource("horizontalFixtures")
    void noParagraphLeavesOneLineAloneAtAColumnBreak(String id) {
        IssueBuilder.Result r = laidOut(id);
        Grid grid = Grid.of(r.issue().edition());
        /** Per article, the lines of its open paragraph and where a column break fell among them. */
        Map<String, List<PageItem.TextLine>> open = new HashMap<>();
        Map<String, List<Integer>> breaks = new HashMap<>();
        Map<String, Integer> lastPage = new HashMap<>();
        List<String> faults = new ArrayList<>();
        int paragraphs = 0;
        for (PageLayout page : r.pages()) {
            String article = "";
            for (PageItem item : page.items()) {
                if (item instanceof PageItem.ArticleStart s) article = s.articleId();
                if (!(item instanceof PageItem.TextLine t) || Math.abs(size(t.line()) - grid.bodySize()) > 0.01) continue;
                List<PageItem.TextLine> lines = open.computeIfAbsent(article, a -> new ArrayList<>());
                List<Integer> at = breaks.computeIfAbsent(article, a -> new ArrayList<>());
                if (!lines.isEmpty()) {
                    PageItem.TextLine previous = lines.get(lines.size() - 1);
                    boolean sameColumn = previous.baseline() < t.baseline() && Math.abs(t.baseline() - previous.baseline() - grid.pitch()) < 0.5;
                    if (!sameColumn || lastPage.get(article) != page.number()) at.add(lines.size());
                }
                lines.add(t);
                lastPage.put(article, page.number());
                if (!t.line().last()) continue;
                int n = lines.size();
                if (n >= 3 && (at.contains(1) || at.contains(n - 1))) {
                    faults.add("page " + page.number() + ": " + lines.stream().map(l -> l.line().text())
                            .reduce((a, b) -> a + " | " + b).orElse("") + " breaks after line " + at);
                }
                paragraphs += n >= 3 ? 1 : 0;
                lines.clear();
                at.clear();
            }
        }
        assertTrue(paragraphs >= 3, id + ": only " + paragraphs + " paragraphs of 3+ lines read");
        assertTrue(faults.isEmpty(), String.join("\n", faults));
    }

    /**
     * A subhead stands over the text it introduces: the next line of its column is right under it,
     * never in the next column (the tabloid's page 2 once ended a column on 沿线新增停车泊位210个).
     */
    @ParameterizedTest
    @MethodSource("horizontalFixtures")
    void everySubheadHasItsTextUnderIt(String id) {
        IssueBuilder.Result r = laidOut(id);
        Grid grid = Grid.of(r.issue().edition());
        Set<String> subheads = new HashSet<>();
        r.issue().pages().forEach(page -> page.articles().forEach(a -> a.body().forEach(b -> {
            if (b instanceof Block.Heading h) subheads.add(h.inlines().stream().map(Inline::text).reduce("", String::concat));
        })));
        assertTrue(id.startsWith("short") || !subheads.isEmpty(), id + " has no subheads to check");
        Set<String> seen = new HashSet<>();
        List<String> faults = new ArrayList<>();
        for (PageLayout page : r.pages()) {
            List<PageItem.TextLine> lines = page.items().stream()
                    .filter(PageItem.TextLine.class::isInstance).map(PageItem.TextLine.class::cast).toList();
            for (PageItem.TextLine head : lines) {
                // a subhead's last line (a long one takes two)
                String text = head.line().text();
                String subhead = subheads.stream().filter(h -> text.length() >= Math.min(3, h.length()) && h.endsWith(text))
                        .findFirst().orElse(null);
                if (subhead == null) continue;
                seen.add(subhead);
                double middle = head.x() + head.line().width() / 2;
                boolean under = lines.stream().anyMatch(t -> Math.abs(t.baseline() - head.baseline() - grid.pitch()) < 0.5
                        && t.x() - grid.columnWidth() / 2 < middle && middle < t.x() + grid.columnWidth());
                if (!under) faults.add("page " + page.number() + ": " + head.line().text() + " ends its column");
            }
        }
        assertTrue(seen.equals(subheads), id + ": found " + seen + " of " + subheads);
        assertTrue(faults.isEmpty(), String.join("\n", faults));
    }

    /**
     * Titles keep the scale of their module, whatever the copy's length: a line of the module holds
     * at least eight characters of the title's size (six in one column). The tabloid's three-column
     * lead was set in the 54 pt of a full-width one.
     */
    @ParameterizedTest
    @MethodSource("horizontalFixtures")
    void titlesStayInScaleWithTheirModules(String id) {
        IssueBuilder.Result r = laidOut(id);
        Grid grid = Grid.of(r.issue().edition());
        List<String> faults = new ArrayList<>();
        for (PageLayout page : r.pages()) {
            Map<String, Double> largest = new HashMap<>();
            String article = "";
            for (PageItem item : page.items()) {
                if (item instanceof PageItem.ArticleStart s) article = s.articleId();
                else if (item instanceof PageItem.TextLine t) largest.merge(article, size(t.line()), Math::max);
            }
            for (ModulePlacement m : page.modules()) {
                double size = largest.getOrDefault(m.articleId(), 0.0);
                int chars = m.columns() == 1 ? 6 : 8;
                if (chars * size > grid.spanWidth(m.columns()) + 0.01) {
                    faults.add(String.format("page %d: %s set in %.1f pt in %d columns", page.number(), m.articleId(),
                            size, m.columns()));
                }
            }
        }
        assertTrue(faults.isEmpty(), String.join("\n", faults));
    }

    /**
     * Lines set at 1.6 body sizes or more (headlines, not body or furniture), paired with the next
     * line of the same article at the same size.
     */
    private static List<HeadlinePair> headlinePairs(List<PageLayout> pages) {
        List<HeadlinePair> pairs = new ArrayList<>();
        for (PageLayout page : pages) {
            double body = bodySize(page);
            String article = "";
            ComposedLine previous = null;
            for (PageItem item : page.items()) {
                if (item instanceof PageItem.ArticleStart s) {
                    article = s.articleId();
                    previous = null;
                } else if (line(item) != null) {
                    ComposedLine line = line(item);
                    double size = size(line);
                    if (size < 1.6 * body) {
                        previous = null;
                        continue;
                    }
                    if (previous != null && Math.abs(size(previous) - size) < 0.01 && !article.isEmpty()) {
                        pairs.add(new HeadlinePair(page.number(), article, previous.text().strip(), line.text().strip()));
                    }
                    previous = line;
                }
            }
        }
        return pairs;
    }

    private static double size(ComposedLine line) {
        return line.glyphs().stream().mapToDouble(PlacedGlyph::size).max().orElse(0);
    }

    /** The size most glyphs on the page are set in. */
    private static double bodySize(PageLayout page) {
        Map<Double, Integer> counts = new HashMap<>();
        for (PageItem item : page.items()) {
            if (line(item) != null) {
                for (PlacedGlyph g : line(item).glyphs()) counts.merge(g.size(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(10.0);
    }

    /** The composed line an item sets, across or down the page; null for other items. */
    private static ComposedLine line(PageItem item) {
        if (item instanceof PageItem.TextLine t) return t.line();
        if (item instanceof PageItem.VerticalLine v) return v.line();
        return null;
    }

    private static long cjkCount(String s) {
        return s.codePoints().filter(cp -> Character.isIdeographic(cp)
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA).count();
    }
}
