package paiban.source;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "did you mean" for misspelt keys and values: the nearest candidate by edit distance. */
final class Suggest {
    private Suggest() {
    }

    /** The closest candidate, when it is near enough to be a likely typo. */
    static Optional<String> nearest(String given, Collection<String> candidates) {
        String g = given.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(g, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int allowed = Math.max(1, Math.min(3, g.length() / 3));
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** "unknown kind 'x' — use one of a, b (did you mean 'y'?)": a value outside a closed list. */
    static String unknownValue(String key, String given, Collection<String> allowed) {
        return "unknown " + key + " '" + given + "' — use one of " + String.join(", ", allowed)
                + nearest(given, allowed).map(k -> " (did you mean '" + k + "'?)").orElse("");
    }

    /** " — did you mean 'x'?" or nothing. */
    static String didYouMean(String given, Collection<String> candidates) {
        return nearest(given, candidates).map(s -> " — did you mean '" + s + "'?").orElse("");
    }

    /** Optimal string alignment distance: Levenshtein plus swaps of neighbours ("stroy" → "story" is 1). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
