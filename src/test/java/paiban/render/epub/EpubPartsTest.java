package paiban.render.epub;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class EpubPartsTest {

    @Test
    void editionLanguagesBecomeRegionTags() {
        assertEquals("zh-CN", Wording.of("zh-Hans").lang());
        assertEquals("zh-TW", Wording.of("zh-Hant").lang());
        assertEquals("zh-HK", Wording.of("zh-Hant-HK").lang());
        assertEquals("zh-CN", Wording.of("zh").lang());
        assertEquals("ja", Wording.of("ja").lang());
        assertEquals("目錄", Wording.of("zh-Hant").toc());
        assertEquals("目次", Wording.of("ja").toc());
    }

    @Test
    void chineseDateAndPageLabel() {
        assertEquals("2026年1月5日", Wording.date(LocalDate.of(2026, 1, 5)));
        assertEquals("第4版 国际", Wording.pageLabel(4, " 国际 "));
        assertEquals("第12版", Wording.pageLabel(12, ""));
    }

    @Test
    void escapeKeepsAstralCharactersAndDropsWhatXmlCannotHold() {
        assertEquals("𠮷 &lt;a href=&quot;x&quot;&gt; &amp;amp;", Xhtml.escape("𠮷 <a href=\"x\"> &amp;"));
        assertEquals("ab\tc\n", Xhtml.escape("a\u0000b\u0007\tc\n\uFFFE"));
        assertEquals("d", Xhtml.escape("\uD800d"), "a lone surrogate is dropped");
    }

    @Test
    void onlyAbsoluteWebLinksSurvive() {
        assertEquals("https://example.org/a?b=1&c=2", PageXhtml.webLink("https://example.org/a?b=1&c=2"));
        assertEquals("http://example.org/%E6%96%B0", PageXhtml.webLink(" http://example.org/新 "));
        assertNull(PageXhtml.webLink("javascript:alert(1)"));
        assertNull(PageXhtml.webLink("data:text/html,hi"));
        assertNull(PageXhtml.webLink("mailto:desk@example.org"));
        assertNull(PageXhtml.webLink("https:///nohost"));
        assertNull(PageXhtml.webLink("https://example.org/a b"));
        assertNull(PageXhtml.webLink("../secret.xhtml"));
    }

    @Test
    void creditSaysPhotographerOnce() {
        assertEquals("摄影 陈雨桐", PageXhtml.credit("陈雨桐"));
        assertEquals("本报记者 周明 摄", PageXhtml.credit(" 本报记者 周明 摄"));
        assertEquals("", PageXhtml.credit(""));
    }
}
