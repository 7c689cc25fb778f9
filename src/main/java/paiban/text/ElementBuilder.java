package paiban.text;

import com.ibm.icu.text.BreakIterator;
import paiban.diag.Diagnostics;
import paiban.font.FontFace;
import paiban.font.FontLibrary;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns text runs into glyphs and a box/glue/penalty list. All script knowledge lives here (as in
 * SILE's languages/ja): which gaps may break, the Han–Latin space, punctuation squeezing. The
 * breaker then only weighs widths and penalties.
 */
final class ElementBuilder {
    /**
     * Stretch of the gap between two characters, per mille of an em: justification spreads here.
     * Small, so that spreading a line of a 14-em column by a whole em rates near the breaker's
     * tolerance (字字对齐: a pushed-out line is the last resort, dearer than squeezing marks, a lone
     * last character or a number split from its unit), while the fraction of an em a Latin word
     * leaves stays cheap.
     */
    static final int GAP_STRETCH = 25;
    /**
     * clreq "Mixed text composition": about ¼ em between Han and Latin, never wider (a wider gap
     * reads as a word space, and text extractors split words there), so it does not stretch; it
     * may shrink to about ⅛ em. Justification spreads the gaps between characters instead.
     */
    static final int HAN_LATIN_SPACE = 240;
    static final int HAN_LATIN_SHRINK = 125;
    /** A Western word space stays between ¼ em and ½ em (clreq justification order). */
    static final int WORD_SPACE_MIN = 250;
    static final int WORD_SPACE_MAX = 500;

    /** Breaking a Latin word at an inserted hyphen is a last resort. */
    static final int HYPHEN_PENALTY = 3000;
    /** Breaking after a hyphen written in the word ("state-of-the-art"). */
    static final int EXPLICIT_HYPHEN_PENALTY = 50;
    /** Keeps a number with the Han unit after it (2026年) when that costs little. */
    static final int NUMBER_UNIT_PENALTY = 100;
    /**
     * Against a last line holding one character (clreq: no 孤字): worth squeezing marks in a line
     * of the paragraph, not spreading one off the character grid (at body measures).
     */
    static final int LONE_LAST_PENALTY = 1500;
    /** Balanced headlines: against a last line of one character, dearer than any ragged line. */
    static final int HEADLINE_LONE_LAST_PENALTY = 5000;
    /** Against a last line of two characters, for balanced headlines. */
    static final int SHORT_LAST_PENALTY = 2000;
    /**
     * Balanced headlines: against a break that splits a unit of sense: inside a word (ICU's
     * dictionary segmentation), a number with its measure words or a date (三|个, 12月|6日), a quoted
     * phrase of up to {@link #SHORT_QUOTE} characters (those cost {@link #UNIT_BREAK_PENALTY}), or
     * inside a run of one-character words (see fragmentBreaks). Dearer than any ragged line, so the breaker takes a line more instead and the
     * shaper sets the headline a size smaller; finite, so a measure too narrow still breaks.
     */
    static final int BAD_BREAK_PENALTY = 5000;
    /** Balanced headlines: splitting a number from its unit, a date or a short quote is worse still. */
    static final int UNIT_BREAK_PENALTY = 7000;
    /** Balanced headlines: a quoted phrase this short (characters inside the marks) is kept whole. */
    static final int SHORT_QUOTE = 6;
    /** Balanced headlines: for a break at a space the editor typed between words. */
    static final int TYPED_SPACE_PENALTY = -300;
    /** Balanced headlines: for a break after a pause, stop or closing mark, where a phrase ends. */
    static final int PHRASE_END_PENALTY = -150;

    /** Breaking a web or e-mail address after / . - _ ? &amp; = (no hyphen is added). */
    static final int ADDRESS_BREAK_PENALTY = 50;

    private final FontLibrary fonts;

    /**
     * ICU's word segmenter per language, loaded once in the background when the first composer of
     * the language is made, so that its rules and dictionary load while the sources are read. The
     * dictionary loads only when text is first segmented, hence the two words segmented here.
     */
    private static final Map<Language, CompletableFuture<BreakIterator>> WORDS = new EnumMap<>(Language.class);

    private static synchronized CompletableFuture<BreakIterator> words(Language language) {
        return WORDS.computeIfAbsent(language, l -> CompletableFuture.supplyAsync(() -> {
            BreakIterator words = BreakIterator.getWordInstance(l.locale());
            words.setText("排版日报");
            words.following(0);
            return words;
        }));
    }

    private final Language language;
    /** Japanese text: jlreq's rules where they differ from clreq's (see {@link JlreqClass}). */
    private final boolean jlreq;
    /** Lines set top to bottom: CJK upright in vertical forms, Latin turned or set 縦中横 (see {@link #standUpright}). */
    private final boolean vertical;

    /** Digit runs up to this long stand upright side by side in one em (縦中横); longer ones are turned. */
    static final int COMBINED_DIGITS = 3;
    /** Runs of capitals up to this long (JR, NHK, IAEA) stand upright, a letter an em, as initialisms do. */
    static final int UPRIGHT_CAPITALS = 4;

    ElementBuilder(FontLibrary fonts, Language language, boolean vertical) {
        this.fonts = fonts;
        this.language = language;
        this.jlreq = language == Language.JA;
        this.vertical = vertical;
        words(language); // starts loading the segmenter
    }

    PreparedParagraph build(List<TextRun> runs, ParagraphStyle style, Diagnostics diags) {
        BitSet typedSpace = new BitSet();
        BitSet joined = new BitSet();
        List<Glyph> glyphs = collect(runs, typedSpace, joined, diags);
        if (vertical) standUpright(glyphs, joined);
        List<Item> items = new ArrayList<>();
        if (glyphs.isEmpty()) return new PreparedParagraph(fonts, glyphs, items, style);
        if (style.firstIndentEm() > 0) {
            items.add(new Item.Box(Glyph.millipoints(style.firstIndentEm() * runs.get(0).size() * 1000), -1));
        }
        int n = glyphs.size();
        int[] left = new int[n];
        int[] right = new int[n];
        for (int i = 0; i < n; i++) {
            left[i] = glyphs.get(i).leftBlank();
            right[i] = glyphs.get(i).rightBlank();
        }
        squeezeAdjacentPunctuation(glyphs, left, right);
        dropBlanksAtForcedLineEnds(glyphs, right);
        if (!items.isEmpty() && left[0] > 0) items.add(Item.Penalty.of(Item.INFINITY)); // no line of indent alone
        List<Gap> gaps = gaps(glyphs);
        for (int i = joined.nextSetBit(0); i >= 0; i = joined.nextSetBit(i + 1)) {
            if (gaps.get(i) != null) gaps.set(i, gaps.get(i).unbreakable());
        }
        if (style.balance()) preferPhraseBreaks(glyphs, gaps, typedSpace);
        discourageShortLastLine(glyphs, gaps, style.balance());

        for (int i = 0; i < n; i++) {
            Glyph g = glyphs.get(i);
            if (g.cls() == CharClass.SPACE) continue; // a kept space is the glue of its gap
            if (g.cls() == CharClass.LINE_BREAK) {
                endLine(items, style);
                continue;
            }
            if (left[i] > 0) {
                // An opening mark keeps its blank half at a line start (a choice clreq allows): the
                // empty box stops the breaker discarding it, so column edges stay straight in text.
                items.add(new Item.Box(0, -1));
                items.add(Item.Penalty.of(Item.INFINITY));
                items.add(new Item.Glue(left[i], 0, left[i], false, i));
            }
            items.add(new Item.Box(g.ink(), i));
            Gap gap = gaps.get(i);
            if (right[i] > 0) {
                // 先挤进 (clreq): a break may also come before the blank half, ending the line on the
                // mark's ink at no cost, before any character is pushed to the next line.
                boolean breakable = gap != null && gap.breakable() && gap.glue() != null;
                items.add(Item.Penalty.of(breakable ? gap.penalty() : Item.INFINITY));
                items.add(new Item.Glue(right[i], 0, right[i], false, i));
            }
            if (gap != null) {
                // jlreq: a closing bracket, full stop or comma ends a line on its ink, never full width
                boolean halfAtEnd = right[i] > 0 && jlreq && JlreqClass.of(g.codePoint()).halfWidthAtLineEnd();
                (halfAtEnd ? gap.unbreakable() : gap).emit(items);
            }
        }
        endLine(items, style);
        return new PreparedParagraph(fonts, glyphs, items, style);
    }

    /**
     * A mark that ends the paragraph, or the line before a forced break, is set half-width, as
     * one ending a line broken at it is (clreq: line-end punctuation is compressed): its blank half
     * would push a centred line's ink off centre, and takes room a last line may need.
     */
    private static void dropBlanksAtForcedLineEnds(List<Glyph> glyphs, int[] right) {
        boolean atEnd = true; // only spaces lie between here and the end of a line
        for (int i = glyphs.size() - 1; i >= 0; i--) {
            CharClass cls = glyphs.get(i).cls();
            if (cls == CharClass.LINE_BREAK) {
                atEnd = true;
            } else if (cls != CharClass.SPACE) {
                if (atEnd) right[i] = 0;
                atEnd = false;
            }
        }
    }

    /** A forced break; before it the line is filled with infinite glue, unless balancing counts its end. */
    private static void endLine(List<Item> items, ParagraphStyle style) {
        if (!style.balance()) {
            items.add(Item.Penalty.of(Item.INFINITY));
            items.add(new Item.Glue(0, 0, 0, true, -1));
        }
        items.add(Item.Penalty.of(-Item.INFINITY));
    }

    /**
     * Resolves every character to a face; collapses white space to single spaces and drops those
     * that print nothing (paragraph and line edges, between two Han characters, beside CJK
     * punctuation); keeps one hard line break of several, none at the paragraph's edges. Marks in
     * {@code typedSpace} each kept glyph that a space, kept or dropped, came before, and in
     * {@code joined} each kept glyph whose gap to the next lies inside a {@link TextRun#whole} run.
     */
    private List<Glyph> collect(List<TextRun> runs, BitSet typedSpace, BitSet joined, Diagnostics diags) {
        List<Glyph> all = new ArrayList<>();
        List<Integer> runOf = new ArrayList<>(); // of each glyph in all: its run's index, or -1 if breakable
        for (int r = 0; r < runs.size(); r++) {
            TextRun run = runs.get(r);
            Set<Integer> warned = new HashSet<>();
            int index = run.whole() ? r : -1;
            run.text().codePoints().forEach(cp -> {
                all.add(glyph(run, cp, warned, diags));
                runOf.add(index);
            });
        }
        List<Glyph> kept = new ArrayList<>(all.size());
        int lastRun = -1; // the run of the last kept glyph
        int nextSolid = -1;
        for (int i = 0; i < all.size(); i++) {
            Glyph g = all.get(i);
            Glyph before = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (g.cls() == CharClass.LINE_BREAK) {
                boolean edge = kept.isEmpty() || kept.get(kept.size() - 1).cls() == CharClass.LINE_BREAK;
                if (!edge) kept.add(g);
                continue;
            }
            if (g.cls() != CharClass.SPACE) {
                if (before != null && i > 0 && all.get(i - 1).cls() == CharClass.SPACE) typedSpace.set(kept.size());
                if (runOf.get(i) >= 0 && runOf.get(i) == lastRun) {
                    // the gap after the glyph before; a kept space lies inside that glyph's gap
                    joined.set(before.cls() == CharClass.SPACE ? kept.size() - 2 : kept.size() - 1);
                }
                kept.add(apostrophe(all, i) ? withClass(g, CharClass.LATIN) : g);
                lastRun = runOf.get(i);
                continue;
            }
            if (before == null || before.cls() == CharClass.SPACE) continue;
            // the first non-space after this run of spaces, found once per run (linear in the run)
            if (nextSolid <= i) {
                nextSolid = i + 1;
                while (nextSolid < all.size() && all.get(nextSolid).cls() == CharClass.SPACE) nextSolid++;
            }
            Glyph after = nextSolid < all.size() ? all.get(nextSolid) : null;
            if (after == null) continue;
            if (before.cls() == CharClass.LINE_BREAK || after.cls() == CharClass.LINE_BREAK) continue;
            if (before.cls().cjkPunctuation() || after.cls().cjkPunctuation()) continue;
            if (before.cls() == CharClass.HAN && after.cls() == CharClass.HAN) continue;
            kept.add(g);
        }
        if (!kept.isEmpty() && kept.get(kept.size() - 1).cls() == CharClass.LINE_BREAK) kept.remove(kept.size() - 1);
        return kept;
    }

    private Glyph glyph(TextRun run, int cp, Set<Integer> warned, Diagnostics diags) {
        CharClass cls = CharClass.of(cp);
        String text = new String(Character.toChars(cp));
        int em = Glyph.millipoints(run.size() * 1000);
        int measured = cls == CharClass.SPACE || cls == CharClass.LINE_BREAK ? ' ' : cp;
        FontFace face = fonts.resolve(run.role(), measured);
        // in vertical text Latin is turned until standUpright decides otherwise; the rest stands upright
        boolean upright = !vertical || !(cls.latin() || cls == CharClass.SPACE);
        Stance.Orientation orientation = upright ? Stance.Orientation.UPRIGHT : Stance.Orientation.ROTATED;
        // the source reader reported it at its line and column
        if (face == null) {
            return new Glyph(cp, text, null, run.role(), run.size(), cls, em, 0, 0, false, orientation);
        }
        int advance = Glyph.millipoints((vertical && upright ? face.verticalAdvance(cp) : face.advance(measured)) * run.size());
        int blank = Math.max(0, advance - em / 2);
        // only a half the face leaves blank can be taken up: Taiwan's fonts centre 。，、：； in the em,
        // across and down; vertical forms of Japanese and mainland faces set 、。 in the em's top right
        boolean leadingBlank = vertical ? face.inkInBottomHalf(cp) : face.inkInRightHalf(cp);
        boolean trailingBlank = vertical ? face.inkInTopHalf(cp) : face.inkInLeftHalf(cp);
        int left = cls == CharClass.OPENING && leadingBlank ? blank : 0;
        int right = (cls == CharClass.CLOSING || cls == CharClass.STOP) && trailingBlank ? blank : 0;
        boolean emboldened = fonts.lacksWeight(run.role(), face);
        if (emboldened && warned.add(cp)) {
            diags.warning(run.span(), String.format("no bold shipped font has the character %s (U+%04X)", text, cp),
                    "it is printed in " + face.name() + ", emboldened by stroking its outline");
        }
        return new Glyph(cp, text, face, run.role(), run.size(), cls, advance, left, right, emboldened, orientation);
    }

    /**
     * Vertical text (jlreq 3.1.9 and the jlreq-d notes on numerals and Latin in vertical text):
     * a number of one to {@link #COMBINED_DIGITS} digits stands upright, its digits side by side
     * in one em (縦中横); a lone letter, or an initialism of up to {@link #UPRIGHT_CAPITALS}
     * capitals, stands upright a letter an em, unbroken; other Latin words and longer numbers stay
     * turned 90° clockwise. Brackets and stops around a run keep to the turned text.
     */
    private static void standUpright(List<Glyph> glyphs, BitSet joined) {
        int n = glyphs.size();
        for (int i = 0; i < n; ) {
            if (!glyphs.get(i).cls().latin()) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && glyphs.get(end).cls().latin()) end++;
            int first = i, last = end; // the run without its brackets and stops
            while (first < last && glyphs.get(first).cls() == CharClass.LATIN_OPENING) first++;
            while (last > first && glyphs.get(last - 1).cls() == CharClass.LATIN_CLOSING) last--;
            int length = last - first;
            String core = glyphs.subList(first, last).stream().map(Glyph::text).reduce("", String::concat);
            if (length > 0 && length <= COMBINED_DIGITS && core.chars().allMatch(c -> c >= '0' && c <= '9')) {
                for (int k = first; k < last; k++) {
                    glyphs.set(k, combined(glyphs.get(k), k == first ? glyphs.get(k).em() : 0));
                }
            } else if (length == 1 && core.chars().allMatch(c -> c < 0x80 && Character.isLetter(c))
                    || length > 1 && length <= UPRIGHT_CAPITALS && core.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                for (int k = first; k < last; k++) {
                    glyphs.set(k, combined(glyphs.get(k), glyphs.get(k).em()));
                    if (k + 1 < last) joined.set(k);
                }
            }
            i = end;
        }
    }

    /** The glyph standing upright in a 縦中横 unit {@code advance} long down the line, set as a Han character is. */
    private static Glyph combined(Glyph g, int advance) {
        return new Glyph(g.codePoint(), g.text(), g.face(), g.role(), g.size(), CharClass.HAN, advance, 0, 0,
                g.emboldened(), Stance.Orientation.COMBINED);
    }

    /** ’ between two letters is an apostrophe inside a Latin word, not a closing quote. */
    private static boolean apostrophe(List<Glyph> all, int i) {
        return all.get(i).codePoint() == '’' && i > 0 && i + 1 < all.size()
                && all.get(i - 1).cls() == CharClass.LATIN && Character.isLetter(all.get(i - 1).codePoint())
                && all.get(i + 1).cls() == CharClass.LATIN && Character.isLetter(all.get(i + 1).codePoint());
    }

    private static Glyph withClass(Glyph g, CharClass cls) {
        return new Glyph(g.codePoint(), g.text(), g.face(), g.role(), g.size(), cls, g.advance(), 0, 0, g.emboldened(),
                g.orientation());
    }

    /**
     * clreq "Punctuation adjustment space": two adjacent full-width marks take 1.5 em together, the
     * blank between their inks squeezed (。」 ）， 」「 「『), the first mark's blank first.
     */
    private static void squeezeAdjacentPunctuation(List<Glyph> glyphs, int[] left, int[] right) {
        for (int i = 0; i + 1 < glyphs.size(); i++) {
            Glyph a = glyphs.get(i);
            Glyph b = glyphs.get(i + 1);
            if (!a.cls().squeezable() || !b.cls().squeezable()) continue;
            int excess = a.advance() + b.advance() - 3 * a.em() / 2;
            int cut = Math.min(excess, right[i] + left[i + 1]);
            if (cut <= 0) continue;
            int fromA = Math.min(cut, right[i]);
            right[i] -= fromA;
            left[i + 1] -= cut - fromA;
        }
    }

    /** The gap after each glyph (null after the last and at kept spaces, which sit inside a gap). */
    private List<Gap> gaps(List<Glyph> glyphs) {
        int n = glyphs.size();
        List<Gap> gaps = new ArrayList<>(n);
        LatinWords latin = LatinWords.of(glyphs);
        boolean pairOpen = false; // the previous glyph started a —— or …… pair
        for (int i = 0; i < n; i++) {
            Glyph a = glyphs.get(i);
            boolean lineEnds = i + 1 >= n || a.cls() == CharClass.LINE_BREAK
                    || glyphs.get(i + 1).cls() == CharClass.LINE_BREAK;
            if (a.cls() == CharClass.SPACE || lineEnds) {
                gaps.add(null);
                pairOpen = false;
                continue;
            }
            int next = i + 1;
            Glyph space = null;
            if (glyphs.get(next).cls() == CharClass.SPACE) {
                space = glyphs.get(next);
                next++;
            }
            Glyph b = glyphs.get(next);
            boolean pairStart = space == null && !pairOpen && pairable(a) && b.codePoint() == a.codePoint();
            gaps.add(gap(glyphs, latin, i, space == null ? -1 : i + 1, next, pairStart));
            pairOpen = pairStart;
        }
        return gaps;
    }

    private Gap gap(List<Glyph> glyphs, LatinWords latin, int ia, int is, int ib, boolean pairStart) {
        Glyph a = glyphs.get(ia);
        Glyph b = glyphs.get(ib);
        int em = Math.max(a.em(), b.em());
        if (b.continuesUnit()) return Gap.ATTACHED;
        if (is < 0) {
            // clreq: —— and …… are never split; nor Latin words and numbers with their units.
            if (pairStart) return Gap.ATTACHED;
            if (latin.address[ia] && latin.address[ib]) {
                return latin.breakAfter[ia] ? new Gap(ADDRESS_BREAK_PENALTY, false, 0, -1, null) : Gap.ATTACHED;
            }
            if (a.cls().latin() && b.cls().latin()) return inWord(glyphs, latin, ia, ib);
            if (a.cls() == CharClass.LATIN && b.cls() == CharClass.UNIT) return Gap.ATTACHED;
        }
        boolean lonelyDash = b.cls() == CharClass.DASH && !startsPair(glyphs, ib);
        // an ideographic space stays with what it follows: a wrapped line never starts with a blank em
        boolean noStart = b.cls() == CharClass.CLOSING || b.cls() == CharClass.STOP
                || b.cls() == CharClass.NON_STARTER || b.cls() == CharClass.UNIT
                || b.cls() == CharClass.LATIN_CLOSING || lonelyDash || b.codePoint() == 0x3000;
        boolean noEnd = a.cls() == CharClass.OPENING || a.cls() == CharClass.LATIN_OPENING;
        if (jlreq) { // adds small kana and ー (strict level), 〜 ゠ ⁈ ⁉ to clreq's
            noStart |= JlreqClass.of(b.codePoint()).notAtLineStart();
            noEnd |= JlreqClass.of(a.codePoint()).notAtLineEnd();
        }
        int penalty = noStart || noEnd ? Item.INFINITY : 0;
        if (penalty == 0 && a.cls() == CharClass.LATIN && Character.isDigit(a.codePoint()) && b.cls() == CharClass.HAN) {
            penalty = NUMBER_UNIT_PENALTY;
        }
        Item.Glue glue;
        if (is >= 0) {
            Glyph s = glyphs.get(is);
            if (a.cls() == CharClass.HAN || b.cls() == CharClass.HAN) {
                glue = new Item.Glue(em * HAN_LATIN_SPACE / 1000, 0, em * HAN_LATIN_SHRINK / 1000, false, is);
            } else {
                int w = s.advance();
                glue = new Item.Glue(w, Math.max(0, s.em() * WORD_SPACE_MAX / 1000 - w),
                        Math.max(0, w - s.em() * WORD_SPACE_MIN / 1000), false, is);
            }
        } else if (hanLatin(a, b)) {
            glue = Item.Glue.of(em * HAN_LATIN_SPACE / 1000, 0, em * HAN_LATIN_SHRINK / 1000);
        } else if (a.cls().squeezable() && b.cls().squeezable()) {
            glue = Item.Glue.of(0, 0, 0); // a squeezed pair such as 。」 stays together when lines stretch
        } else {
            glue = Item.Glue.of(0, em * GAP_STRETCH / 1000, 0);
        }
        return new Gap(penalty, false, 0, -1, glue);
    }

    private static boolean pairable(Glyph g) {
        return g.cls() == CharClass.DASH || g.cls() == CharClass.ELLIPSIS;
    }

    /** Whether the dash at {@code i} opens a —— pair (pairs are taken left to right). */
    private static boolean startsPair(List<Glyph> glyphs, int i) {
        int run = 0;
        for (int j = i - 1; j >= 0 && glyphs.get(j).cls() == CharClass.DASH; j--) run++;
        return run % 2 == 0 && i + 1 < glyphs.size() && glyphs.get(i + 1).cls() == CharClass.DASH;
    }

    /** clreq: ¼ em between Han and a Latin letter or digit (not beside punctuation). */
    private static boolean hanLatin(Glyph a, Glyph b) {
        return (a.cls() == CharClass.HAN && spacedLatin(b)) || (spacedLatin(a) && b.cls() == CharClass.HAN);
    }

    private static boolean spacedLatin(Glyph g) {
        return g.cls() == CharClass.LATIN && (g.letterOrDigit() || "%+−±#".indexOf(g.codePoint()) >= 0
                || Character.getType(g.codePoint()) == Character.CURRENCY_SYMBOL);
    }

    /** Inside a Latin word: after a written hyphen, or at an inserted hyphen where the patterns allow one. */
    private Gap inWord(List<Glyph> glyphs, LatinWords latin, int ia, int ib) {
        Glyph a = glyphs.get(ia);
        Glyph b = glyphs.get(ib);
        if (!Character.isLetter(b.codePoint())) return Gap.ATTACHED;
        if (a.codePoint() == '-' && ia > 0 && Character.isLetter(glyphs.get(ia - 1).codePoint())) {
            return new Gap(EXPLICIT_HYPHEN_PENALTY, true, 0, -1, null);
        }
        // no inserted hyphens down a vertical line: a turned word moves to the next line whole
        if (!latin.breakAfter[ia] || vertical) return Gap.ATTACHED;
        FontFace face = fonts.resolve(a.role(), '-');
        int hyphen = face == null ? a.em() / 3 : Glyph.millipoints(face.advance('-') * a.size());
        return new Gap(HYPHEN_PENALTY, true, hyphen, ia, null);
    }

    /**
     * The Latin words of a paragraph, found once: where a word may take a hyphen (the patterns of
     * {@link Hyphenation}), and which glyphs belong to a web or e-mail address, which breaks only
     * after / . - _ ? &amp; = and takes no hyphen.
     */
    private record LatinWords(boolean[] address, boolean[] breakAfter) {
        private static final Pattern ADDRESS = Pattern.compile(
                "(?:[a-zA-Z][a-zA-Z0-9+.-]*://|www\\.)\\S+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
        private static final String ADDRESS_BREAKS = "/.-_?&=";

        static LatinWords of(List<Glyph> glyphs) {
            int n = glyphs.size();
            boolean[] address = new boolean[n];
            boolean[] breakAfter = new boolean[n];
            StringBuilder text = new StringBuilder();
            int[] glyphAt = new int[n * 2 + 1];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < glyphs.get(i).text().length(); k++) glyphAt[text.length() + k] = i;
                // only Latin glyphs can be part of a word or an address
                text.append(glyphs.get(i).cls().latin() ? glyphs.get(i).text() : " ");
            }
            Matcher m = ADDRESS.matcher(text);
            while (m.find()) {
                int end = m.end();
                while (end > m.start() && ",.;:?!)".indexOf(text.charAt(end - 1)) >= 0) end--; // a sentence's mark after it
                for (int c = m.start(); c < end; c++) {
                    int g = glyphAt[c];
                    address[g] = true;
                    boolean slashPair = text.charAt(c) == '/' && c + 1 < end && text.charAt(c + 1) == '/';
                    breakAfter[g] = c + 1 < end && ADDRESS_BREAKS.indexOf(text.charAt(c)) >= 0 && !slashPair;
                }
            }
            for (int i = 0; i < n; ) {
                if (!letter(glyphs.get(i)) || address[i]) {
                    i++;
                    continue;
                }
                int end = i;
                StringBuilder word = new StringBuilder();
                while (end < n && letter(glyphs.get(end)) && !address[end]) word.append(glyphs.get(end++).text());
                boolean alone = (i == 0 || !glyphs.get(i - 1).cls().latin() || glyphs.get(i - 1).codePoint() == '-')
                        && word.length() == end - i;
                if (alone) {
                    for (int point : Hyphenation.points(word.toString())) breakAfter[i + point - 1] = true;
                }
                i = end;
            }
            return new LatinWords(address, breakAfter);
        }
    }

    private static boolean letter(Glyph g) {
        return g.cls() == CharClass.LATIN && Character.isLetter(g.codePoint());
    }

    /** Chinese numerals, which ICU's dictionary leaves as words of their own. */
    private static final String HAN_NUMERALS = "〇零一二三四五六七八九十百千万亿两几";
    /** Suffixes of place and institution names, simplified and traditional; 市 is left out (市中心, 市民). */
    private static final String PLACE_SUFFIXES = "区县镇乡村街路巷桥港站场馆院园厂局厅处室店队校楼區縣鎮鄉館場廠處園橋廳隊樓";
    /** Measure words and units a number binds to: 三|个 reads worse than a split word. */
    private static final String MEASURE_WORDS = "余多个位名家项条座台件次只种所支批届辆户栋层间本张份场轮篇部门头棵片块元年月日天周岁倍成分秒时点米克吨度亩里公斤個臺輛層間張場輪門塊歲噸畝";
    /** A date goes on after these when a number follows: 2026年|11月, 12月|6日. */
    private static final String DATE_PARTS = "年月";
    private static final String OPENING_QUOTES = "“‘「『《〈";
    /** The closing mark of each of {@link #OPENING_QUOTES}, at the same index. */
    private static final String CLOSING_QUOTES = "”’」』》〉";

    /**
     * Headlines read best broken between phrases: a break after a pause or closing mark, or at a
     * space the editor typed, is welcome; one that splits a unit of sense costs
     * {@link #BAD_BREAK_PENALTY}. In Japanese text that includes a break between a word and
     * the particle or okurigana after it (市立図書館|が, 朝市|に, 「しずくの会」|が): a Japanese
     * phrase (文節) ends after its kana.
     */
    private void preferPhraseBreaks(List<Glyph> glyphs, List<Gap> gaps, BitSet typedSpace) {
        StringBuilder text = new StringBuilder();
        int[] offset = new int[glyphs.size() + 1];
        for (int i = 0; i < glyphs.size(); i++) {
            offset[i] = text.length();
            text.append(glyphs.get(i).text());
        }
        offset[glyphs.size()] = text.length();
        BreakIterator words = (BreakIterator) words(language).join().clone();
        words.setText(text.toString());
        boolean[] inShortQuote = shortQuotes(glyphs);
        boolean[] fragment = fragmentBreaks(glyphs, words, offset, jlreq);
        for (int i = 0; i < glyphs.size(); i++) {
            Gap gap = gaps.get(i);
            if (gap == null || !gap.breakable()) continue;
            int next = glyphs.get(i + 1).cls() == CharClass.SPACE ? i + 2 : i + 1;
            CharClass cls = glyphs.get(i).cls();
            if ((inShortQuote[i] && inShortQuote[next]) || inNumberAndMeasure(glyphs, i, next, words, offset)) {
                gaps.set(i, gap.plus(UNIT_BREAK_PENALTY));
            } else if (jlreq && splitsParticle(glyphs.get(i), glyphs.get(next))) {
                gaps.set(i, gap.plus(BAD_BREAK_PENALTY));
            } else if (cls == CharClass.STOP || cls == CharClass.CLOSING || cls == CharClass.NON_STARTER) {
                gaps.set(i, gap.plus(PHRASE_END_PENALTY));
            } else if (!words.isBoundary(offset[next]) || fragment[i]) {
                gaps.set(i, gap.plus(BAD_BREAK_PENALTY));
            } else if (typedSpace.get(next)) {
                gaps.set(i, gap.plus(TYPED_SPACE_PENALTY));
            }
        }
    }

    /** Whether a break between a and b parts a word (kanji, katakana, Latin, a closing bracket) from the hiragana after it. */
    private static boolean splitsParticle(Glyph a, Glyph b) {
        return hiragana(b) && !hiragana(a)
                && (a.cls() == CharClass.HAN || a.cls() == CharClass.CLOSING || a.cls() == CharClass.UNIT || a.cls().latin());
    }

    private static boolean hiragana(Glyph g) {
        return Character.UnicodeScript.of(g.codePoint()) == Character.UnicodeScript.HIRAGANA;
    }

    /** Which glyphs lie inside (marks included) a quotation of at most {@link #SHORT_QUOTE} characters. */
    private static boolean[] shortQuotes(List<Glyph> glyphs) {
        boolean[] inside = new boolean[glyphs.size()];
        for (int open = 0; open < glyphs.size(); open++) {
            int mark = OPENING_QUOTES.indexOf(glyphs.get(open).codePoint());
            if (mark < 0) continue;
            int closing = CLOSING_QUOTES.charAt(mark);
            for (int j = open + 1; j < glyphs.size() && j - open - 1 <= SHORT_QUOTE; j++) {
                if (glyphs.get(j).codePoint() != closing) continue;
                for (int k = open; k <= j; k++) inside[k] = true;
                break;
            }
        }
        return inside;
    }

    /**
     * For each glyph, whether a break after it cuts a run of one-character Han words: ICU's
     * dictionary leaves words it does not know (管住, 变身, 血站) as single characters, and most
     * Chinese words have two, so such a run is read in pairs from its start. A character left over
     * binds to the word after it as a prefix (首场|大范围, 献血|市中心), or, before anything but Han,
     * to the pair before it as a suffix (合格率|98.7%). In {@code japanese} text a lone hiragana is
     * a particle (の, が), a word of its own, not a fragment. A measure word after a number belongs
     * to the number (4条|公交), and a place or institution suffix to the word before it (滑冰场,
     * 高新区|院区, 体育馆|滑冰场): a run of single characters ends after one.
     */
    private static boolean[] fragmentBreaks(List<Glyph> glyphs, BreakIterator words, int[] offset, boolean japanese) {
        int n = glyphs.size();
        boolean[] single = new boolean[n];
        for (int i = 0; i < n; i++) {
            single[i] = glyphs.get(i).cls() == CharClass.HAN && !(japanese && hiragana(glyphs.get(i)))
                    && words.isBoundary(offset[i]) && words.isBoundary(offset[i + 1])
                    && !(i > 0 && numeral(glyphs.get(i - 1).codePoint()) && MEASURE_WORDS.indexOf(glyphs.get(i).codePoint()) >= 0);
        }
        boolean[] bad = new boolean[n];
        for (int i = 0; i < n; ) {
            if (!single[i]) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < n && single[end + 1] && !placeSuffix(glyphs, end)) end++;
            if (placeSuffix(glyphs, end)) {
                // the suffix closes the word its run began (高新区), or alone the word before it (体育|馆)
                for (int j = end == i ? Math.max(0, i - 1) : i; j < end; j++) bad[j] = glyphs.get(j).cls() == CharClass.HAN;
                i = end + 1;
                continue;
            }
            for (int j = i; j < end; j++) bad[j] = (j - i) % 2 == 0;
            if ((end - i) % 2 == 0) { // one left over at the end
                boolean prefix = end + 1 < n && glyphs.get(end + 1).cls() == CharClass.HAN;
                if (prefix) {
                    bad[end] = true;
                    if (end > i) bad[end - 1] = false;
                } else if (end > 0) {
                    bad[end - 1] = true;
                }
            }
            i = end + 1;
        }
        return bad;
    }

    /** Whether glyph i is a one-character word that ends a place or institution name (区, 场, 馆). */
    private static boolean placeSuffix(List<Glyph> glyphs, int i) {
        return PLACE_SUFFIXES.indexOf(glyphs.get(i).codePoint()) >= 0;
    }

    /**
     * Whether glyphs i and next are inside a number with its measure words: 三年, 四个月, 14.3亿元,
     * 600余名, or a date: 12月6日. A measure word ends the unit before another number (3个|5种). The
     * number must start a word: in 统一|部署 the 一 ends a word and binds nothing.
     */
    private static boolean inNumberAndMeasure(List<Glyph> glyphs, int i, int next, BreakIterator words, int[] offset) {
        int left = glyphs.get(i).codePoint(), right = glyphs.get(next).codePoint();
        boolean rightBinds = numeral(right) || MEASURE_WORDS.indexOf(right) >= 0;
        if (numeral(left)) return rightBinds && numberStartsWord(glyphs, i, words, offset);
        boolean measureAfterNumber = MEASURE_WORDS.indexOf(left) >= 0 && i > 0 && numeral(glyphs.get(i - 1).codePoint())
                && numberStartsWord(glyphs, i - 1, words, offset);
        boolean dateGoesOn = DATE_PARTS.indexOf(left) >= 0 && numeral(right);
        return measureAfterNumber && (MEASURE_WORDS.indexOf(right) >= 0 || dateGoesOn);
    }

    /** Whether the number ending at glyph k (numerals, and points or commas between digits: 14.3) begins a word. */
    private static boolean numberStartsWord(List<Glyph> glyphs, int k, BreakIterator words, int[] offset) {
        int start = k;
        while (start > 0) {
            int prev = glyphs.get(start - 1).codePoint();
            boolean separator = (prev == '.' || prev == ',') && start > 1 && isDigit(glyphs.get(start - 2).codePoint());
            if (!numeral(prev) && !separator) break;
            start--;
        }
        return words.isBoundary(offset[start]);
    }

    private static boolean isDigit(int cp) {
        return cp >= '0' && cp <= '9';
    }

    private static boolean numeral(int cp) {
        return isDigit(cp) || HAN_NUMERALS.indexOf(cp) >= 0;
    }

    /** clreq: the last line should not hold a lone character; balanced headlines not two either. */
    private static void discourageShortLastLine(List<Glyph> glyphs, List<Gap> gaps, boolean balance) {
        int counted = 0;
        for (int i = glyphs.size() - 1; i >= 0; i--) {
            Gap gap = gaps.get(i);
            if (gap != null && gap.breakable()) {
                if (counted == 1) gaps.set(i, gap.plus(balance ? HEADLINE_LONE_LAST_PENALTY : LONE_LAST_PENALTY));
                else if (counted == 2 && balance) gaps.set(i, gap.plus(SHORT_LAST_PENALTY));
            }
            if (glyphs.get(i).counted()) counted++;
            if (counted > 2) break;
        }
    }

    /**
     * What separates a glyph from the next one: nothing ({@link #ATTACHED}), a penalty between
     * boxes (a hyphenation point), or a penalty and glue (the glue carries a kept space).
     */
    private record Gap(int penalty, boolean flagged, int hyphenWidth, int hyphenGlyph, Item.Glue glue) {
        static final Gap ATTACHED = new Gap(Item.INFINITY, false, 0, -1, null);

        boolean breakable() {
            return penalty < Item.INFINITY;
        }

        /** The same gap where no break may fall (its space, if any, is kept). */
        Gap unbreakable() {
            return new Gap(Item.INFINITY, false, 0, -1, glue);
        }

        Gap plus(int extra) {
            return new Gap(Math.min(Item.INFINITY - 1, penalty + extra), flagged, hyphenWidth, hyphenGlyph, glue);
        }

        void emit(List<Item> items) {
            if (glue == null) {
                if (breakable()) items.add(new Item.Penalty(hyphenWidth, penalty, flagged, hyphenGlyph));
                return;
            }
            boolean afterBox = items.get(items.size() - 1) instanceof Item.Box;
            if (penalty != 0 || !afterBox) items.add(Item.Penalty.of(penalty));
            items.add(glue);
        }
    }
}
