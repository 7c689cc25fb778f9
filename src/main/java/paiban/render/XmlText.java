package paiban.render;

/**
 * Text made safe for XML, shared by every writer of XML (EPUB documents, ALTO, METS): markup
 * characters escaped, and what XML 1.0 cannot hold at all dropped, so no document comes out ill-formed.
 */
public final class XmlText {
    private XmlText() {
    }

    /**
     * Escapes markup characters (quotes too, so the result is safe in attributes) and drops what XML
     * 1.0 cannot hold: C0 controls other than tab and newlines, lone surrogates, U+FFFE/FFFF.
     */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (allowed(cp)) sb.appendCodePoint(cp);
                }
            }
        }
        return sb.toString();
    }

    /** The text without the characters XML 1.0 cannot hold, unescaped (for writers that escape themselves). */
    public static String xmlChars(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().filter(XmlText::allowed).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static boolean allowed(int cp) {
        if (cp < 0x20) return cp == '\t' || cp == '\n' || cp == '\r';
        if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) return false;
        return cp != 0xFFFE && cp != 0xFFFF;
    }
}
