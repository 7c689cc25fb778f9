package paiban.layout;

import org.junit.jupiter.api.Test;
import paiban.diag.Diagnostics;
import paiban.diag.SourceSpan;
import paiban.font.FontLibrary;
import paiban.model.Edition;
import paiban.model.PaperFormat;
import paiban.text.Composer;
import paiban.text.ParagraphStyle;
import paiban.text.TextRun;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A byline (■记者 张书豪 通讯员 屠东君) breaks only between whole credit entries. */
class BylineTest {
    private static final FontLibrary FONTS = FontLibrary.load(Path.of("fonts"));
    private static final SourceSpan SPAN = SourceSpan.of(Path.of("a.md"), "a.md").at(1, 1);
    private static final Grid GRID = Grid.of(new Edition("竹溪時報", LocalDate.of(2026, 12, 9), 1, "竹溪時報社", "zh-Hans",
            new PaperFormat("berliner", 315, 470, 6), 6, 3));
    private static final ArticleShaper SHAPER = new ArticleShaper(GRID, new Composer(FONTS), new Diagnostics());

    private static List<String> entries(String byline) {
        return SHAPER.bylineRuns(byline, SPAN).stream().filter(TextRun::whole).map(TextRun::text).toList();
    }

    @Test
    void eachRoleKeepsTheNameAfterIt() {
        assertEquals(List.of("■记者　胡佳英", "通讯员　屠东君"), entries("记者 胡佳英 通讯员 屠东君"));
        assertEquals(List.of("■本报记者　李明"), entries("本报记者 李明"));
        assertEquals(List.of("■記者　張書豪", "攝影　林怡君"), entries("記者 張書豪  攝影 林怡君"));
        assertEquals(List.of("■记者　张三", "李四"), entries("记者 张三 李四"));
        assertEquals(List.of("■本报记者李明"), entries("本报记者李明"));
    }

    @Test
    void aBylineInANarrowColumnBreaksBetweenEntries() {
        List<TextRun> runs = SHAPER.bylineRuns("本报记者 欧阳明 通讯员 屠东君 实习生 李明", SPAN);
        for (int chars = 9; chars <= 2 * GRID.charsPerColumn(); chars++) {
            double width = chars * GRID.bodySize();
            List<String> lines = new Composer(FONTS).compose(runs, width, ParagraphStyle.LINE, new Diagnostics())
                    .stream().map(l -> l.text().strip()).toList();
            for (String line : lines) {
                assertTrue(line.startsWith("■本报记者") || line.startsWith("通讯员") || line.startsWith("实习生"),
                        "a line starts inside an entry at " + chars + " em: " + lines);
            }
        }
    }
}
