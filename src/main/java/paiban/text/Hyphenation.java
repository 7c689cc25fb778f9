package paiban.text;

import io.github.nianna.api.HyphenatedToken;
import io.github.nianna.api.Hyphenator;
import io.github.nianna.api.HyphenatorProperties;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Where an English word may take a hyphen: Liang's algorithm (the nianna hyphenator) over TeX's
 * US English patterns, at least 2 letters before the hyphen and 3 after (TeX's
 * lefthyphenmin/righthyphenmin for English).
 */
final class Hyphenation {
    private static final String PATTERNS = "/paiban/text/hyph_en_US.pat";
    private static final Hyphenator ENGLISH = new Hyphenator(patterns(), new HyphenatorProperties(2, 3));

    private Hyphenation() {
    }

    /** The letters counted from the word's start after which a hyphen may go. */
    static List<Integer> points(String word) {
        HyphenatedToken token = ENGLISH.hyphenateToken(word.toLowerCase(Locale.ROOT));
        return token.hyphenIndexes();
    }

    private static List<String> patterns() {
        try (InputStream in = Hyphenation.class.getResourceAsStream(PATTERNS)) {
            if (in == null) throw new IllegalStateException("hyphenation patterns missing from the jar: " + PATTERNS);
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("%")).map(String::strip).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
