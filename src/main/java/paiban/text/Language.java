package paiban.text;

import com.ibm.icu.util.ULocale;

/**
 * The language a paragraph is composed in: the edition's. Rules that differ between languages
 * (word segmentation of headlines; jlreq's line-start classes for Japanese) depend on it.
 */
public enum Language {
    ZH_HANS(ULocale.SIMPLIFIED_CHINESE),
    ZH_HANT(ULocale.TRADITIONAL_CHINESE),
    JA(ULocale.JAPANESE);

    private final ULocale locale;

    Language(ULocale locale) {
        this.locale = locale;
    }

    /** The locale ICU's break iterators take for this language. */
    ULocale locale() {
        return locale;
    }
}
