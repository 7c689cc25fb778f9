package paiban.layout;

import org.junit.jupiter.api.Test;
import paiban.diag.Diagnostics;
import paiban.diag.SourceSpan;
import paiban.font.FontLibrary;
import paiban.model.Article;
import paiban.model.ArticleKind;
import paiban.model.Edition;
import paiban.model.PaperFormat;
import paiban.text.Composer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The shaper sets a title a size smaller rather than split a word across its lines. */
class HeadlineSizeTest {
    private static final FontLibrary FONTS = FontLibrary.load(Path.of("fonts"));

    /** Titles of issue 9 with the splits they were printed with. */
    private static final Map<String, List<String>> SPLITS = Map.of(
            "人民路改造完工“瓶颈路”", List.of("瓶|颈", "“|瓶"),
            "一台APP管住300台机床", List.of("管|住", "0|台"),
            "江南区部分区域12月6日停水", List.of("月|6", "分|区"),
            "冬季献血市中心血站延长服务时间", List.of("市|中心", "延|长", "血|站"),
            "全市数字经济核心产业增加值增长", List.of("经|济", "加|值"));

    @Test
    void titlesBreakBetweenWordsAtEveryModuleWidth() {
        Edition edition = new Edition("石桥日报", LocalDate.of(2026, 5, 4), 12, "石桥日报社", "zh-Hans",
                new PaperFormat("tabloid", 271, 390, 6), 6, 3);
        Grid grid = Grid.of(edition);
        ArticleShaper shaper = new ArticleShaper(grid, new Composer(FONTS), new Diagnostics());
        SourceSpan span = SourceSpan.of(Path.of("a.md"), "a.md").at(1, 1);
        SPLITS.forEach((title, splits) -> {
            Article article = new Article("a", span, ArticleKind.STORY, 1, "", List.of(title), "", "", "", null, 0, List.of());
            for (int columns = 2; columns <= grid.columns(); columns++) {
                for (int rank = 0; rank < 3; rank++) {
                    double width = grid.spanWidth(columns);
                    Headline head = shaper.headline(article, width, shaper.titleSize(article, rank, width, false), false);
                    String joined = String.join("|", head.lines().stream().map(l -> l.line().text()).toList());
                    for (String split : splits) {
                        assertFalse(joined.contains(split), split + " in " + columns + " columns, rank " + rank + ": " + joined);
                    }
                    double shortest = head.lines().stream().mapToDouble(l -> l.line().width()).min().orElseThrow();
                    double longest = head.lines().stream().mapToDouble(l -> l.line().width()).max().orElseThrow();
                    assertTrue(shortest >= 0.6 * longest, "unbalanced in " + columns + " columns: " + joined);
                }
            }
        });
    }
}
