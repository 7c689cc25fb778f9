package paiban.render.epub;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The EPUB's pages as a browser lays them out (issue 11 points 7 and 8): Debian's chromium,
 * headless, driven through its chromedriver. Skipped where chromium is not installed, but never
 * on CI (the CI variable set), where a missing browser is a failure.
 */
class EpubInChromiumTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Dimension TABLET = new Dimension(820, 1180);
    private static final Dimension DESKTOP = new Dimension(1600, 1000);

    private static ChromeDriver browser;

    @BeforeAll
    static void startChromium() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") != null) {
            fail("CI must run the browser tests, but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: apt-get install chromium chromium-driver (.ci/run does)");
        }
        assumeTrue(installed, "skipped: the EPUB's CSS is tested in chromium, and " + CHROMIUM + " or "
                + CHROMEDRIVER + " is not installed (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // --no-sandbox: chromium refuses to start as root (CI containers) with its sandbox on;
        // the pages are our own files, loaded from disk
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars");
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) browser.quit();
    }

    @Test
    void titlesKickersAndBylinesAreSansAndTheTextSerifInTheEditionsOwnFaces() throws IOException {
        assertFaces(BuiltEditions.SAMPLE, "SC");
        assertFaces(BuiltEditions.TRADITIONAL, "TC");
        assertFaces(BuiltEditions.JAPANESE, "JP");
    }

    /** The first face each part asks for, and its weight, as chromium computes them. */
    private static void assertFaces(String issue, String region) throws IOException {
        Map<String, String> expected = Map.of(
                ".article h2", "Noto Sans CJK " + region + " 700",
                ".kicker", "Noto Sans CJK " + region + " 400",
                ".byline", "Noto Sans CJK " + region + " 400",
                ".article > p:not([class])", "Noto Serif CJK " + region + " 400",
                ".folio h1", "Noto Sans CJK " + region + " 700");
        Map<String, String> found = new HashMap<>();
        for (Path page : pages(issue)) {
            open(page, PHONE);
            for (String selector : expected.keySet()) {
                Object face = browser.executeScript("""
                        const e = document.querySelector(arguments[0]);
                        if (!e) return null;
                        const s = getComputedStyle(e);
                        return s.fontFamily.split(',')[0].replace(/"/g, '').trim() + ' ' + s.fontWeight;
                        """, selector);
                if (face != null) found.putIfAbsent(selector, (String) face);
            }
        }
        assertEquals(expected, found, issue);
    }

    @Test
    void paragraphsIndentTwoEmsInChineseAndOneInJapaneseAsInPrint() throws IOException {
        assertEquals("2.00", firstParagraphIndent(BuiltEditions.SAMPLE));
        assertEquals("2.00", firstParagraphIndent(BuiltEditions.TRADITIONAL));
        assertEquals("1.00", firstParagraphIndent(BuiltEditions.JAPANESE));
    }

    /** The text indent of a story's first body paragraph, in ems of its font size. */
    private static String firstParagraphIndent(String issue) throws IOException {
        open(pages(issue).get(0), PHONE);
        return (String) browser.executeScript("""
                const s = getComputedStyle(document.querySelector('.article > p:not([class])'));
                return (parseFloat(s.textIndent) / parseFloat(s.fontSize)).toFixed(2);
                """);
    }

    @Test
    void picturesStayWithinFourFifthsOfTheScreenInTheirOwnShape() throws IOException {
        for (Dimension size : List.of(PHONE, TABLET)) {
            for (String issue : List.of(BuiltEditions.SAMPLE, BuiltEditions.TABLOID)) {
                for (Path page : pages(issue)) {
                    open(page, size);
                    @SuppressWarnings("unchecked")
                    List<String> wrong = (List<String>) browser.executeScript("""
                            const wrong = [];
                            for (const img of document.querySelectorAll('figure img')) {
                              const r = img.getBoundingClientRect();
                              const shape = (r.width / r.height) / (img.naturalWidth / img.naturalHeight);
                              if (!img.complete || img.naturalWidth === 0) wrong.push(img.src + ' not loaded');
                              else if (r.height > 0.8 * innerHeight + 0.5) wrong.push(img.src + ' ' + r.height + 'px high of ' + innerHeight);
                              else if (r.width > img.parentElement.clientWidth + 0.5) wrong.push(img.src + ' wider than its figure');
                              else if (Math.abs(shape - 1) > 0.02) wrong.push(img.src + ' distorted ' + shape);
                            }
                            return wrong;
                            """);
                    assertEquals(List.of(), wrong, page + " at " + size);
                }
            }
        }
    }

    @Test
    void headingsKeepWithTheirTextAndFiguresStayWhole() throws IOException {
        open(pages(BuiltEditions.SAMPLE).get(0), PHONE);
        @SuppressWarnings("unchecked")
        List<String> wrong = (List<String>) browser.executeScript("""
                const wrong = [];
                for (const e of document.querySelectorAll('h1, h2, h3, h4, .article header')) {
                  if (getComputedStyle(e).breakAfter !== 'avoid') wrong.push(e.tagName + ' ' + e.textContent + ' break-after');
                }
                for (const e of document.querySelectorAll('figure, .article header')) {
                  if (getComputedStyle(e).breakInside !== 'avoid') wrong.push(e.tagName + ' break-inside');
                }
                return document.querySelectorAll('figure').length > 0 ? wrong : ['no figure on the page'];
                """);
        assertEquals(List.of(), wrong);
    }

    @Test
    void numbersInTableCellsKeepTheirUnitsOnOneLine() throws IOException {
        int cells = 0;
        for (Path page : pages(BuiltEditions.TABLOID)) {
            open(page, PHONE);
            // every cell holding a number and its unit (2863.47亿元, 412.6万标准箱, 12.4%): one line
            @SuppressWarnings("unchecked")
            List<Object> result = (List<Object>) browser.executeScript("""
                    const broken = [];
                    let count = 0;
                    for (const cell of document.querySelectorAll('td, th')) {
                      if (!/^[-+]?[0-9][0-9.,]*[^0-9]{1,4}$/.test(cell.textContent.trim())) continue;
                      count++;
                      const range = document.createRange();
                      range.selectNodeContents(cell);
                      const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                      if (tops.size !== 1) broken.push(cell.textContent);
                    }
                    return [count, broken];
                    """);
            cells += ((Number) result.get(0)).intValue();
            assertEquals(List.of(), result.get(1), page.toString());
        }
        assertTrue(cells >= 20, "the tabloid's tables hold figures with units: " + cells);
    }

    /**
     * The most a justified line may add between two CJK characters, in em. A line ending before a
     * number or an English word that does not fit takes up to about 0.45 em; a line left with a few
     * characters before an unbreakable address took 0.65 to 0.96.
     */
    private static final double MOST_SPREAD = 0.5;

    @Test
    void noLineIsSpreadLetterByLetter() throws IOException {
        // phones 390 to 430 px wide: where a long word falls differs with each
        for (int width : List.of(390, 412, 430)) {
            for (String issue : List.of(BuiltEditions.MODEL, BuiltEditions.SAMPLE, BuiltEditions.TABLOID, BuiltEditions.JAPANESE)) {
                for (Path page : pages(issue)) {
                    open(page, new Dimension(width, PHONE.height));
                    @SuppressWarnings("unchecked")
                    List<String> spread = (List<String>) browser.executeScript(SPREAD_LINES, MOST_SPREAD);
                    assertEquals(List.of(), spread, page + " at " + width + " px");
                }
            }
        }
    }

    /**
     * Lines (but each block's last, which is not justified) where a CJK character stands more than
     * {@code arguments[0]} em further from the next one in its text than its own em: what justification
     * does to a line left with a few characters. (Chromium widens each character's box by the
     * space justification adds, so advances are measured, not the gaps between boxes.)
     */
    private static final String SPREAD_LINES = """
            const cjk = /[\\u3040-\\u30ff\\u3400-\\u9fff\\uff01-\\uff0f\\u3000-\\u3003]/;
            const spread = [];
            for (const block of document.querySelectorAll('p, li, figcaption, td, th, h1, h2, h3, h4')) {
              const chars = [];
              const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const em = parseFloat(getComputedStyle(node.parentElement).fontSize);
                for (let i = 0; i < node.data.length; i++) {
                  const range = document.createRange();
                  range.setStart(node, i);
                  range.setEnd(node, i + 1);
                  const r = range.getBoundingClientRect();
                  if (r.width > 0) chars.push({node: node, c: node.data[i], left: r.left, top: r.top, em: em});
                }
              }
              const lines = [];
              for (const ch of chars) {
                const line = lines[lines.length - 1];
                if (line && Math.abs(line[0].top - ch.top) < ch.em / 2) line.push(ch); else lines.push([ch]);
              }
              for (const line of lines.slice(0, -1)) {
                let widest = 0;
                for (let i = 1; i < line.length; i++) {
                  const a = line[i - 1], b = line[i];
                  if (a.node === b.node && cjk.test(a.c) && cjk.test(b.c)) widest = Math.max(widest, (b.left - a.left) / a.em - 1);
                }
                if (widest > arguments[0]) spread.push(widest.toFixed(2) + ' em: ' + line.map(x => x.c).join(''));
              }
            }
            return spread;
            """;

    @Test
    void linesHoldAtMostAbout36CharactersOnAWideScreenAndFillAPhone() throws IOException {
        Path page = pages(BuiltEditions.SAMPLE).get(0);
        open(page, DESKTOP);
        double wide = bodyInEms("width");
        assertTrue(wide <= 36.01 && wide >= 35, "a body paragraph is " + wide + " em wide on a wide screen");
        open(page, PHONE);
        double phone = bodyInEms("width");
        long innerWidth = (Long) browser.executeScript("return innerWidth;");
        double em = bodyEm();
        assertEquals(innerWidth / em - 2, phone, 0.01, "on a phone the text takes the screen but a 1 em margin each side");
    }

    /** A body paragraph's extent across the screen (horizontal text) or down it (vertical), in its ems. */
    private static double bodyInEms(String extent) {
        return ((Number) browser.executeScript("""
                const p = document.querySelector('.article > p:not([class])');
                return p.getBoundingClientRect()[arguments[0]] / parseFloat(getComputedStyle(p).fontSize);
                """, extent)).doubleValue();
    }

    private static double bodyEm() {
        return ((Number) browser.executeScript(
                "return parseFloat(getComputedStyle(document.querySelector('.article > p:not([class])')).fontSize);")).doubleValue();
    }

    @Test
    void aVerticalPageRunsTopToBottomAndRightToLeftWithShortNumbersUprightInOneEm() throws IOException {
        for (Dimension size : List.of(PHONE, TABLET)) {
            open(pages(BuiltEditions.VERTICAL).get(0), size);
            @SuppressWarnings("unchecked")
            Map<String, Object> found = (Map<String, Object>) browser.executeScript(VERTICAL_PAGE);
            assertEquals("vertical-rl", found.get("root"), size.toString());
            assertEquals("vertical-rl", found.get("paragraph"), size.toString());
            assertEquals(List.of(), found.get("notLeftOfTheOneBefore"), "a later paragraph stands left of an earlier one at " + size);
            assertTrue(((Number) found.get("paragraphs")).intValue() >= 5, found.toString());
            // 15日: its two digits side by side in one upright em; 2028年度: four digits turned down the line
            assertEquals("all", found.get("combine"), size.toString());
            double em = ((Number) found.get("em")).doubleValue();
            assertTrue(((Number) found.get("twoDigitsHigh")).doubleValue() <= 1.05 * em, found.toString());
            assertTrue(((Number) found.get("twoDigitsSideBySide")).doubleValue() > 0.2 * em, found.toString());
            assertEquals("none", found.get("fourDigitsCombine"), size.toString());
            assertTrue(((Number) found.get("fourDigitsHigh")).doubleValue() >= 1.6 * em, found.toString());
        }
    }

    /**
     * What chromium makes of the first article of a vertical page: the writing modes, its body
     * paragraphs right to left, the first 2-digit 縦中横 span and the number 2028 (the ja vertical
     * fixture's 2028年度).
     */
    private static final String VERTICAL_PAGE = """
            const found = {};
            found.root = getComputedStyle(document.documentElement).writingMode;
            const paragraphs = [...document.querySelector('.article').querySelectorAll(':scope > p:not([class])')];
            found.paragraph = getComputedStyle(paragraphs[0]).writingMode;
            found.paragraphs = paragraphs.length;
            found.notLeftOfTheOneBefore = [];
            for (let i = 1; i < paragraphs.length; i++) {
              const before = paragraphs[i - 1].getBoundingClientRect(), after = paragraphs[i].getBoundingClientRect();
              if (after.right > before.left + 0.5) found.notLeftOfTheOneBefore.push(paragraphs[i].textContent.slice(0, 12));
            }
            const tcy = [...document.querySelectorAll('.article p:not([class]) .tcy')].find(e => e.textContent.length === 2);
            found.em = parseFloat(getComputedStyle(tcy).fontSize);
            found.combine = getComputedStyle(tcy).textCombineUpright;
            found.twoDigitsHigh = tcy.getBoundingClientRect().height;
            const digit = (node, i) => {
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              return range.getBoundingClientRect();
            };
            found.twoDigitsSideBySide = digit(tcy.firstChild, 1).left - digit(tcy.firstChild, 0).left;
            const walker = document.createTreeWalker(document.querySelector('.article'), NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const at = node.data.indexOf('2028');
              if (at < 0) continue;
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + 4);
              found.fourDigitsHigh = range.getBoundingClientRect().height;
              found.fourDigitsCombine = getComputedStyle(node.parentElement).textCombineUpright;
              break;
            }
            return found;
            """;

    @Test
    void verticalParagraphsIndentDownTheLineAsInPrint() throws IOException {
        assertEquals("1.00", firstVerticalIndent(BuiltEditions.VERTICAL));
        assertEquals("2.00", firstVerticalIndent(BuiltEditions.VERTICAL_TRADITIONAL));
    }

    /** How far below its paragraph's top the first character of a story's first body paragraph stands, in ems. */
    private static String firstVerticalIndent(String issue) throws IOException {
        open(pages(issue).get(0), TABLET);
        return (String) browser.executeScript("""
                const p = document.querySelector('.article > p:not([class])');
                const range = document.createRange();
                range.setStart(p.firstChild, 0);
                range.setEnd(p.firstChild, 1);
                const indent = range.getBoundingClientRect().top - p.getBoundingClientRect().top;
                return (indent / parseFloat(getComputedStyle(p).fontSize)).toFixed(2);
                """);
    }

    @Test
    void verticalLinesHoldAtMostAbout36CharactersAndFillAShortScreen() throws IOException {
        Path page = pages(BuiltEditions.VERTICAL).get(0);
        open(page, DESKTOP);
        double tall = bodyInEms("height");
        assertTrue(tall <= 36.01 && tall >= 35, "a body line is " + tall + " em long on a tall screen");
        // a phone turned sideways
        open(page, new Dimension(PHONE.height, PHONE.width));
        double em = bodyEm();
        assertEquals(PHONE.width / em - 2, bodyInEms("height"), 0.01, "the screen's height but a 1 em margin at each end");
    }

    @Test
    void picturesOfAVerticalPageFitItsLinesAndLeaveRoomBesideThem() throws IOException {
        for (Dimension size : List.of(PHONE, TABLET, DESKTOP)) {
            for (Path page : pages(BuiltEditions.VERTICAL)) {
                open(page, size);
                @SuppressWarnings("unchecked")
                List<String> wrong = (List<String>) browser.executeScript("""
                        const wrong = [];
                        for (const img of document.querySelectorAll('figure img')) {
                          const r = img.getBoundingClientRect();
                          const shape = (r.width / r.height) / (img.naturalWidth / img.naturalHeight);
                          if (!img.complete || img.naturalWidth === 0) wrong.push(img.src + ' not loaded');
                          else if (r.height > img.parentElement.clientHeight + 0.5) wrong.push(img.src + ' longer than the line');
                          else if (r.width > 0.8 * innerWidth + 0.5) wrong.push(img.src + ' ' + r.width + 'px wide of ' + innerWidth);
                          else if (Math.abs(shape - 1) > 0.02) wrong.push(img.src + ' distorted ' + shape);
                        }
                        return document.querySelectorAll('figure img').length > 0 ? wrong : ['no picture on the page'];
                        """);
                assertEquals(List.of(), wrong, page + " at " + size);
            }
        }
    }

    /** The issue's page documents (page-01.xhtml …) in order. */
    private static List<Path> pages(String issue) throws IOException {
        Path book = BuiltEditions.unpacked(issue);
        try (Stream<Path> files = Files.list(book)) {
            List<Path> pages = new ArrayList<>(files.filter(f -> f.getFileName().toString().matches("page-\\d+\\.xhtml"))
                    .sorted().toList());
            assertFalse(pages.isEmpty(), book.toString());
            return pages;
        }
    }

    /** Opens the page in a viewport of exactly the given size (a window's size would include the browser's own bars). */
    private static void open(Path page, Dimension size) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.width,
                "height", size.height, "deviceScaleFactor", 1, "mobile", false));
        browser.get(page.toUri().toString());
    }
}
