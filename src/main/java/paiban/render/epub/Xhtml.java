package paiban.render.epub;

import paiban.render.XmlText;

import java.nio.charset.StandardCharsets;

/**
 * The one XML serializer of the EPUB writer: elements are opened and closed by the caller, every
 * text and attribute value goes through {@link XmlText#escape}, so no document can come out ill-formed.
 */
final class Xhtml {
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final String OPS_NS = "http://www.idpf.org/2007/ops";

    private final StringBuilder out = new StringBuilder();

    /** Opens an element; attributes come as name/value pairs, a null value leaves the attribute out. */
    Xhtml open(String name, String... attributes) {
        startTag(name, attributes);
        out.append('>');
        return this;
    }

    Xhtml close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    /** A self-closed element such as {@code img} or {@code link}. */
    Xhtml empty(String name, String... attributes) {
        startTag(name, attributes);
        out.append("/>");
        return this;
    }

    /** An element holding only text. */
    Xhtml element(String name, String text, String... attributes) {
        return open(name, attributes).text(text).close(name);
    }

    Xhtml text(String text) {
        out.append(XmlText.escape(text));
        return this;
    }

    /** A line break between block elements, so the files read well; never inside running text. */
    Xhtml newline() {
        out.append('\n');
        return this;
    }

    private void startTag(String name, String[] attributes) {
        if (attributes.length % 2 != 0) throw new IllegalArgumentException("attributes come in pairs: " + name);
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] == null) continue;
            out.append(' ').append(attributes[i]).append("=\"").append(XmlText.escape(attributes[i + 1])).append('"');
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * A whole XHTML content document: XML declaration, doctype, {@code lang} and {@code xml:lang} on
     * the root, the title and the stylesheet in the head, {@code body} as given.
     */
    static byte[] document(String lang, String title, String stylesheetHref, Xhtml body) {
        return document(lang, null, title, stylesheetHref, null, body);
    }

    /**
     * A document whose root is of class {@code rootClass}, and with a viewport meta (a fixed-layout
     * page's size in CSS px); either may be null.
     */
    static byte[] document(String lang, String rootClass, String title, String stylesheetHref, String viewport,
                           Xhtml body) {
        Xhtml doc = new Xhtml();
        doc.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n");
        doc.open("html", "xmlns", XHTML_NS, "xmlns:epub", OPS_NS, "lang", lang, "xml:lang", lang,
                "class", rootClass).newline();
        doc.open("head").newline();
        doc.empty("meta", "charset", "UTF-8").newline();
        doc.element("title", title).newline();
        if (viewport != null) doc.empty("meta", "name", "viewport", "content", viewport).newline();
        doc.empty("link", "rel", "stylesheet", "type", "text/css", "href", stylesheetHref).newline();
        doc.close("head").newline();
        doc.out.append(body.out);
        doc.close("html").newline();
        return doc.toString().getBytes(StandardCharsets.UTF_8);
    }
}
