package paiban.text;

import org.junit.jupiter.api.Test;
import paiban.diag.Diagnostics;
import paiban.font.FontRole;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static paiban.text.LineChecks.*;

class ComposerTest {
    private static final Composer COMPOSER = new Composer(Samples.FONTS);
    private static final double[] MEASURES = {80, 100, 117, 133.5, 175, 260};
    private static final ParagraphStyle LEFT = new ParagraphStyle(Alignment.LEFT, 0, false);
    private static final ParagraphStyle CENTER = new ParagraphStyle(Alignment.CENTER, 0, false);
    private static final ParagraphStyle JUSTIFY_NO_INDENT = new ParagraphStyle(Alignment.JUSTIFY, 0, false);

    private static List<ComposedLine> compose(String text, double size, double measure, ParagraphStyle style) {
        Diagnostics diags = new Diagnostics();
        List<ComposedLine> lines = COMPOSER.compose(List.of(Samples.serif(text, size)), measure, style, diags);
        assertEquals(List.of(), diags.all(), "no warnings expected");
        return lines;
    }

    @Test
    void justifiedNewsParagraphsFollowTheRulesAtManyMeasures() {
        for (String p : Samples.PARAGRAPHS) {
            for (double m : MEASURES) {
                assertReadable(p, compose(p, 9.5, m, ParagraphStyle.BODY), m, true);
            }
        }
    }

    @Test
    void raggedAndCentredParagraphsFollowTheSameRules() {
        for (String p : Samples.PARAGRAPHS) {
            for (double m : MEASURES) {
                List<ComposedLine> left = compose(p, 9.5, m, LEFT);
                assertReadable(p, left, m, false);
                List<ComposedLine> centred = compose(p, 9.5, m, CENTER);
                assertReadable(p, centred, m, false);
                assertEquals(texts(left), texts(centred));
                for (int i = 0; i < left.size(); i++) {
                    double shift = centred.get(i).glyphs().get(0).x() - left.get(i).glyphs().get(0).x();
                    assertEquals((m - left.get(i).width()) / 2, shift, 1e-6, "centred: «" + left.get(i).text() + "»");
                }
            }
        }
    }

    @Test
    void raggedLinesAreSetAtNaturalWidth() {
        List<ComposedLine> lines = compose("我们今天在北京发布新产品，请各位多多关照。", 10, 75, LEFT);
        for (ComposedLine line : lines) {
            for (PlacedGlyph g : line.glyphs()) {
                if (g.text().equals("，") || g.text().equals("。")) continue; // at line ends: half-width
                assertEquals(10, g.width(), 1e-9, "«" + g.text() + "» in «" + line.text() + "»");
            }
        }
    }

    @Test
    void aCentredLineEndingInAMarkIsCentredOnItsInk() {
        // a headline's first line, as a title given line by line sets it: the colon's blank half
        // would otherwise pull the ink left of centre by a quarter em
        List<ComposedLine> lines = compose("东门码头早市：", 20, 200, CENTER);
        ComposedLine line = lines.get(0);
        PlacedGlyph colon = line.glyphs().get(line.glyphs().size() - 1);
        assertEquals(10, colon.width(), 1e-6, "the colon at the line end is set half-width");
        double ink = colon.x() + colon.width() - line.glyphs().get(0).x();
        assertEquals((200 - ink) / 2, line.glyphs().get(0).x(), 1e-6, "the ink is centred");
        assertEquals(20, compose("东门码头早市：在", 20, 200, CENTER).get(0).glyphs().get(6).width(), 1e-6,
                "inside the line the colon keeps its full width");
    }

    @Test
    void quarterEmSeparatesHanFromLatinButNotFromPunctuation() {
        List<ComposedLine> lines = compose("使用Java开发（Kotlin）", 10, 300, LEFT);
        assertEquals(1, lines.size());
        List<PlacedGlyph> g = lines.get(0).glyphs();
        assertEquals("J", g.get(2).text());
        assertEquals(2.4, g.get(2).x() - (g.get(1).x() + g.get(1).width()), 1e-6, "用 → J");
        assertEquals("开", g.get(6).text());
        assertEquals(2.4, g.get(6).x() - (g.get(5).x() + g.get(5).width()), 1e-6, "a → 开");
        assertEquals("K", g.get(9).text());
        PlacedGlyph paren = g.get(8);
        assertEquals(paren.x() + paren.width(), g.get(9).x(), 1e-6, "（ → K: no space");
    }

    @Test
    void squeezeTheLineEndMarkBeforePushingACharacterDown() {
        // 10 Han + ， = 11 em natural; at 10.5 em the comma's blank half is squeezed away (先挤进，后推出).
        List<ComposedLine> lines = compose("一二三四五六七八九十，甲乙丙丁戊己庚辛壬癸", 10, 105, JUSTIFY_NO_INDENT);
        assertEquals("一二三四五六七八九十，", lines.get(0).text());
        PlacedGlyph comma = lines.get(0).glyphs().get(10);
        assertEquals(5, comma.width(), 1e-6);
        assertEquals(105, comma.x() + comma.width(), 1e-6);
    }

    @Test
    void adjacentMarksTakeOneAndAHalfEm() {
        List<ComposedLine> lines = compose("他说：「好。」他走了", 10, 300, LEFT);
        List<PlacedGlyph> g = lines.get(0).glyphs();
        PlacedGlyph colon = g.get(2), open = g.get(3), stop = g.get(5), close = g.get(6);
        assertEquals(15, open.x() + open.width() - colon.x(), 1e-6, "：「");
        assertEquals(15, close.x() + close.width() - stop.x(), 1e-6, "。」");
        assertEquals(5, stop.width(), 1e-6);
    }

    @Test
    void openingBracketAtALineStartKeepsItsBlankHalf() {
        List<ComposedLine> lines = compose("一二三四五「六七」八九十", 10, 50, JUSTIFY_NO_INDENT);
        assertEquals("一二三四五", lines.get(0).text());
        PlacedGlyph open = lines.get(1).glyphs().get(0);
        assertEquals("「", open.text());
        assertEquals(0, open.x(), 1e-6, "its box starts the line, as every other line's first character does");
        assertEquals(10, open.x() + open.width(), 1e-6);
    }

    @Test
    void lastLineIsNotALoneCharacterWhenSqueezingMarksAvoidsIt() {
        // 21 characters in 10 em: the two commas squeezed to half width take one more onto the first line
        String text = "今冬，北方，各地区的降雪量明显多于往年同期";
        List<ComposedLine> lines = compose(text, 10, 100, JUSTIFY_NO_INDENT);
        assertReadable(text, lines, 100, true);
        assertEquals(List.of("今冬，北方，各地区的降", "雪量明显多于往年同期"), texts(lines));
    }

    @Test
    void balancedHeadlineHasNearEqualLinesAndNoLoneLastCharacter() {
        String headline = "北方今冬首场大范围降雪来了";
        Diagnostics diags = new Diagnostics();
        List<ComposedLine> lines = COMPOSER.compose(List.of(Samples.run(headline, FontRole.SANS_BOLD, 20)), 240,
                ParagraphStyle.HEADLINE, diags);
        assertEquals(2, lines.size(), texts(lines).toString());
        int a = lines.get(0).text().length(), b = lines.get(1).text().length();
        assertTrue(Math.abs(a - b) <= 1, texts(lines).toString());
        assertReadable(headline, lines, 240, false);

        String longer = "全国冬季农业生产形势总体平稳向好";
        lines = COMPOSER.compose(List.of(Samples.run(longer, FontRole.SANS_BOLD, 20)), 200, ParagraphStyle.HEADLINE, diags);
        assertEquals(List.of("全国冬季农业生产", "形势总体平稳向好"), texts(lines));
    }

    @Test
    void balancedHeadlinesBreakBetweenWordsAndPreferPhraseEnds() {
        String headline = "我国科学家在量子计算领域取得重大突破，相关成果发表于《自然》杂志";
        List<String> words = List.of("科学", "量子", "计算", "领域", "取得", "重大", "突破", "相关", "成果", "发表", "自然", "杂志");
        for (double m = 160; m <= 420; m += 20) {
            List<ComposedLine> lines = COMPOSER.compose(List.of(Samples.run(headline, FontRole.SANS_BOLD, 20)), m,
                    ParagraphStyle.HEADLINE, new Diagnostics());
            assertReadable(headline, lines, m, false);
            String joined = String.join("|", texts(lines));
            for (String w : words) {
                assertFalse(joined.contains(w.charAt(0) + "|" + w.charAt(1)), w + " split: " + joined);
            }
        }
        List<ComposedLine> lines = COMPOSER.compose(List.of(Samples.run(headline, FontRole.SANS_BOLD, 20)), 160,
                ParagraphStyle.HEADLINE, new Diagnostics());
        assertTrue(texts(lines).stream().anyMatch(l -> l.endsWith("，")), texts(lines).toString());
    }

    @Test
    void balancedHeadlinesKeepANumberWithItsMeasureWord() {
        String headline = "青溪职院新开三个“产业学院”";
        for (double m = 100; m <= 260; m += 10) {
            List<ComposedLine> lines = COMPOSER.compose(List.of(Samples.run(headline, FontRole.SANS_BOLD, 20)), m,
                    ParagraphStyle.HEADLINE, new Diagnostics());
            assertReadable(headline, lines, m, false);
            String joined = String.join("|", texts(lines));
            assertFalse(joined.contains("三|个"), "三个 split at " + m + ": " + joined);
        }
        for (String words : List.of("全省各地统一部署防汛救灾", "市区两级统一部署冬季供暖")) {
            for (double m = 120; m <= 240; m += 10) {
                String joined = String.join("|", texts(COMPOSER.compose(List.of(Samples.run(words, FontRole.SANS_BOLD, 20)),
                        m, ParagraphStyle.HEADLINE, new Diagnostics())));
                for (String w : List.of("统|一", "部|署")) {
                    assertFalse(joined.contains(w), "a word split at " + m + ": " + joined);
                }
            }
        }
        String dated = "历时三年零四个月总投资14.3亿元的望溪大桥建成600余名工人";
        for (double m = 120; m <= 300; m += 10) {
            String joined = String.join("|", texts(COMPOSER.compose(List.of(Samples.run(dated, FontRole.SANS_BOLD, 20)),
                    m, ParagraphStyle.HEADLINE, new Diagnostics())));
            for (String unit : List.of("三|年", "四|个", "个|月", "亿|元", "0|余", "余|名")) {
                assertFalse(joined.contains(unit), unit + " at " + m + ": " + joined);
            }
        }
    }

    @Test
    void boldDatelineAndSerifBodyShareAParagraph() {
        TextRun dateline = Samples.run("本报北京11月25日电", FontRole.SANS_BOLD, 9.5);
        TextRun body = Samples.serif("（记者林晓舟）" + Samples.ECONOMY.substring(Samples.ECONOMY.indexOf("国家")), 9.5);
        List<ComposedLine> lines = COMPOSER.compose(List.of(dateline, body), 117, ParagraphStyle.BODY, new Diagnostics());
        assertReadable(dateline.text() + body.text(), lines, 117, true);
        List<PlacedGlyph> first = lines.get(0).glyphs();
        assertSame(Samples.FONTS.face(FontRole.SANS_BOLD), first.get(0).face());
        PlacedGlyph paren = lines.stream().flatMap(l -> l.glyphs().stream()).filter(g -> g.text().equals("（")).findFirst().orElseThrow();
        assertSame(Samples.FONTS.face(FontRole.SERIF), paren.face());
    }

    @Test
    void mixedSizesOnOneLine() {
        TextRun big = Samples.run("特别报道", FontRole.SANS_BOLD, 14);
        TextRun small = Samples.serif("记者从有关部门获悉，今年以来全市新增就业岗位超过12万个，城镇调查失业率保持在较低水平。", 9);
        List<ComposedLine> lines = COMPOSER.compose(List.of(big, small), 120, JUSTIFY_NO_INDENT, new Diagnostics());
        assertReadable(big.text() + small.text(), lines, 120, true);
        assertEquals(14, lines.get(0).glyphs().get(0).size());
    }

    @Test
    void spacesBetweenLatinWordsAreKeptAsGlyphs() {
        List<ComposedLine> lines = compose("他用英语说了一句“Think globally, act locally”。", 10, 400, LEFT);
        assertEquals(1, lines.size());
        assertEquals("他用英语说了一句“Think globally, act locally”。", lines.get(0).text());
    }

    @Test
    void rareCharacterFallsBackToKaiWithoutWarning() {
        Diagnostics diags = new Diagnostics();
        List<ComposedLine> lines = COMPOSER.compose(List.of(Samples.serif("企业家𠮷田健一", 10)), 200, LEFT, diags);
        assertTrue(diags.all().isEmpty());
        PlacedGlyph yoshi = lines.get(0).glyphs().get(3);
        assertEquals("𠮷", yoshi.text());
        assertEquals(0x20BB7, yoshi.codePoint());
        assertSame(Samples.FONTS.face(FontRole.KAI), yoshi.face());
    }

    @Test
    /** The source reader names it at its line and column (CharactersTest); the composer sets a box. */
    void characterNoFontHasIsSetAsAnEmptyEm() {
        Diagnostics diags = new Diagnostics();
        String text = "标志\uE000出现两次\uE000";
        List<ComposedLine> lines = COMPOSER.compose(List.of(Samples.serif(text, 10)), 200, LEFT, diags);
        PlacedGlyph box = lines.get(0).glyphs().get(2);
        assertNull(box.face());
        assertEquals(10, box.width(), 1e-9);
        assertEquals(text, lines.get(0).text());
    }

    @Test
    void wordsAndNumbersLongerThanTheMeasureAreForcedApartAndTheBreakerReturns() {
        String digits = "0123456789".repeat(200);
        String letters = "abcdefghijklmnopqrstuvwxyz".repeat(77).substring(0, 2000);
        for (String word : List.of(digits, letters, "长词" + digits + "。")) {
            List<ComposedLine> lines = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> compose(word, 9.5, 117, ParagraphStyle.BODY));
            assertTrue(lines.size() > 50);
            assertFaithful(word, lines);
            for (ComposedLine line : lines) assertTrue(end(line) <= 117.01, line.text());
        }
        List<ComposedLine> hyphenated = compose(letters, 9.5, 117, ParagraphStyle.BODY);
        assertEquals("", hyphenated.get(0).glyphs().get(hyphenated.get(0).glyphs().size() - 1).text(),
                "a letter word is broken at an inserted hyphen");
    }

    @Test
    void aPreparedParagraphSetsAtEachMeasureAsComposingAfreshDoes() {
        String text = (Samples.ECONOMY + Samples.MARATHON).substring(0, 600);
        List<TextRun> runs = List.of(Samples.serif(text, 9.5));
        PreparedParagraph prepared = COMPOSER.prepare(runs, ParagraphStyle.BODY, new Diagnostics());
        for (double measure : new double[]{60, 117, 250}) {
            List<ComposedLine> fresh = COMPOSER.compose(runs, measure, ParagraphStyle.BODY, new Diagnostics());
            assertEquals(fresh.stream().map(ComposedLine::text).toList(),
                    prepared.compose(measure).stream().map(ComposedLine::text).toList());
        }
    }

    @Test
    void hardLineBreaksEndALineThatIsNotStretched() {
        String text = "本报记者\n林晓舟 王若溪\n\n北京报道";
        List<ComposedLine> lines = compose("\n" + text + "\n", 10, 200, JUSTIFY_NO_INDENT);
        assertEquals(List.of("本报记者", "林晓舟王若溪", "北京报道"), texts(lines));
        assertEquals(40, lines.get(0).width(), 1e-6, "set at natural width");
        assertFalse(lines.get(0).last());
        assertTrue(lines.get(2).last());
        assertReadable(text, lines, 200, true);

        List<ComposedLine> headline = COMPOSER.compose(List.of(Samples.run("冬季农业\n生产形势总体平稳", FontRole.SANS_BOLD, 20)),
                400, ParagraphStyle.HEADLINE, new Diagnostics());
        assertEquals(List.of("冬季农业", "生产形势总体平稳"), texts(headline));
    }

    @Test
    void emptyParagraphHasNoLines() {
        assertEquals(List.of(), COMPOSER.compose(List.of(Samples.serif("  ", 10)), 100, ParagraphStyle.BODY, new Diagnostics()));
    }
}
