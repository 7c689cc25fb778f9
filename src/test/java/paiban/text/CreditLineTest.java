package paiban.text;

import org.junit.jupiter.api.Test;
import paiban.diag.Diagnostics;
import paiban.font.FontRole;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static paiban.text.LineChecks.*;

/** Runs set whole (credit entries) break only between them, and only where the measure allows. */
class CreditLineTest {
    private static List<ComposedLine> lines(List<TextRun> runs, double measure) {
        return new Composer(Samples.FONTS).compose(runs, measure, ParagraphStyle.LINE, new Diagnostics());
    }

    private static TextRun whole(String text) {
        return new TextRun(text, FontRole.KAI, 10, Samples.SPAN, true);
    }

    private static TextRun free(String text) {
        return new TextRun(text, FontRole.KAI, 10, Samples.SPAN);
    }

    @Test
    void aBylineBreaksOnlyBetweenEntriesAfterTheirSeparator() {
        List<TextRun> byline = List.of(whole("■记者　张书豪"), free("　"), whole("通讯员　屠东君"), free("　"), whole("实习生 李明"));
        for (double measure = 80; measure <= 200; measure += 10) { // from the widest entry with its separator, 8 em
            List<String> texts = texts(lines(byline, measure));
            String all = String.join("|", texts);
            for (String line : texts) {
                assertTrue(line.equals("■记者　张书豪　") || line.equals("通讯员　屠东君　") || line.equals("实习生李明")
                        || !line.contains("|") && all.replace("|", "").equals("■记者　张书豪　通讯员　屠东君　实习生李明"),
                        "at " + measure + ": " + texts);
                assertFalse(line.startsWith("　"), "a line starts with the separator at " + measure + ": " + texts);
            }
            if (measure < 160) {
                assertTrue(texts.stream().allMatch(l -> l.startsWith("■") || l.startsWith("通") || l.startsWith("实")),
                        "a line starts inside an entry at " + measure + ": " + texts);
            }
        }
    }

    @Test
    void theCreditAfterACaptionIsNotSplitAfterTheMarkOrBetweenRoleAndName() {
        String caption = "竹溪第一公有市场改建后，周末市集吸引不少游客。";
        for (double measure = 80; measure <= 260; measure += 10) {
            List<ComposedLine> lines = lines(List.of(free(caption), free("　"), whole("■摄影 张书豪")), measure);
            String last = lines.get(lines.size() - 1).text();
            assertTrue(last.endsWith("■摄影张书豪"), "at " + measure + ": " + texts(lines));
            for (ComposedLine l : lines) assertFalse(l.text().startsWith("　"), "at " + measure + ": " + texts(lines));
        }
    }

    @Test
    void anEntryWiderThanTheMeasureStillBreaks() {
        List<ComposedLine> lines = lines(List.of(whole("■本报记者　欧阳明月")), 50);
        assertEquals("■本报记者　欧阳明月", String.join("", texts(lines)));
        assertTrue(lines.size() > 1);
        for (ComposedLine l : lines) assertTrue(end(l) <= 50 + 0.01, texts(lines).toString());
    }
}
