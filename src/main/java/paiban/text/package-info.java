/**
 * The text stage: CJK paragraph composition after W3C clreq (basic level), and jlreq for
 * Japanese ({@code JlreqClass}), with Knuth–Plass total-fit line breaking.
 *
 * <p>{@link paiban.text.Composer} is the facade, made for the edition's
 * {@link paiban.text.Language}. {@code compose(runs, measure, style, diags)} gives
 * the {@link paiban.text.ComposedLine}s of one paragraph; {@code prepare(runs, style, diags)} gives a
 * {@link paiban.text.PreparedParagraph} that layout can break at many measures
 * ({@code compose(measure)}) without redoing the per-character work.
 *
 * <p>Inside, in order: the {@code ElementBuilder} resolves each character to a face (warning about
 * characters no shipped font has), classifies it ({@code CharClass}) and writes the paragraph as
 * {@link paiban.text.Item}s — every script rule is decided there: where a break may fall, the ¼ em
 * between Han and Latin, the squeezable blank half of full-width marks. The
 * {@link paiban.text.LineBreaker} chooses breaks from widths and penalties alone; the
 * {@code LineSetter} sets glue and returns glyphs with x positions.
 */
package paiban.text;
