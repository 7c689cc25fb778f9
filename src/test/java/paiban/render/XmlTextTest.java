package paiban.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class XmlTextTest {
    @Test
    void escapeKeepsAstralCharactersAndDropsWhatXmlCannotHold() {
        assertEquals("𠮷 &lt;a href=&quot;x&quot;&gt; &amp;amp;", XmlText.escape("𠮷 <a href=\"x\"> &amp;"));
        assertEquals("ab\tc\n", XmlText.escape("a\u0000b\u0007\tc\n\uFFFE"));
        assertEquals("d", XmlText.escape("\uD800d"), "a lone surrogate is dropped");
    }

    @Test
    void xmlCharsDropsWithoutEscaping() {
        assertEquals("<a>&\t", XmlText.xmlChars("<a>\u001B&\t\uFFFF"));
    }
}
