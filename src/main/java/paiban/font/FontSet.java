package paiban.font;

import paiban.model.Edition;


/** Which faces an edition is set in: its writing system's glyph forms and punctuation positions. */
public enum FontSet {
    /** Mainland glyph forms, 。，、 in the em's left half. */
    SIMPLIFIED,
    /** Taiwan's glyph forms, 。，、：； centred. */
    TRADITIONAL,
    /** Japanese glyph forms (明朝 and ゴシック), 、。 in the em's left half, kana drawn for Japanese. */
    JAPANESE;

    /** The set for an edition's BCP 47 language: ja → Japanese, zh-Hant (and zh-TW, -HK, -MO) → traditional, else simplified. */
    public static FontSet of(String languageTag) {
        if (Edition.japanese(languageTag)) return JAPANESE;
        return Edition.traditional(languageTag) ? TRADITIONAL : SIMPLIFIED;
    }
}
