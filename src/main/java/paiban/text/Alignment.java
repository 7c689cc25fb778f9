package paiban.text;

public enum Alignment {
    /** Every line but the last flush both edges; the last flush left (body text). */
    JUSTIFY,
    /** Lines flush left, ragged right (headlines, captions, folio). */
    LEFT,
    /** Lines centred (headlines of narrow modules, masthead). */
    CENTER
}
