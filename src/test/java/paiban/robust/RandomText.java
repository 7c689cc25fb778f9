package paiban.robust;

import java.util.SplittableRandom;

/** Random text for fuzzing: CJK, punctuation, Latin words, digits, spaces and odd characters. */
final class RandomText {
    private static final String CJK_PUNCTUATION = "，。、；：？！“”‘’（）《》【】「」『』——……·～％℃　";
    private static final String LATIN_PUNCTUATION = ",.;:?!()[]{}-'\"/&%$#@*_+=<>|\\`~";
    /** Supplementary ideographs, emoji, private use, combining, zero-width, bidi, NBSP, BOM, soft hyphen. */
    private static final int[] ODD = {0x20BB7, 0x1F600, 0x1F1E8, 0xE000, 0xF8FF, 0x0301, 0x200B, 0x200D, 0x202E,
            0x00A0, 0xFEFF, 0x00AD, 0x2028, 0x0007, 0xFFFD, 0x10FFFD, 0x3000, 0x2212, 0xFF21, 0x0E01};

    private final SplittableRandom rnd;

    RandomText(SplittableRandom rnd) {
        this.rnd = rnd;
    }

    /** At least {@code length} chars drawn from one or several character kinds. */
    String text(int length) {
        StringBuilder sb = new StringBuilder();
        int kinds = rnd.nextInt(1, 64);
        while (sb.length() < length) {
            int kind;
            do kind = rnd.nextInt(6); while ((kinds & (1 << kind)) == 0);
            switch (kind) {
                case 0 -> sb.appendCodePoint(rnd.nextInt(0x4E00, 0x9FA6));
                case 1 -> sb.append(CJK_PUNCTUATION.charAt(rnd.nextInt(CJK_PUNCTUATION.length())));
                case 2 -> {
                    for (int i = rnd.nextInt(1, 12); i > 0; i--) sb.append((char) ('a' + rnd.nextInt(26)));
                    if (rnd.nextInt(3) == 0) sb.append(' ');
                }
                case 3 -> sb.append(rnd.nextInt(3) == 0 ? Long.toString(rnd.nextLong()) : Integer.toString(rnd.nextInt(100)));
                case 4 -> sb.append(rnd.nextBoolean() ? " " : LATIN_PUNCTUATION.charAt(rnd.nextInt(LATIN_PUNCTUATION.length())));
                default -> sb.appendCodePoint(ODD[rnd.nextInt(ODD.length)]);
            }
        }
        return sb.toString();
    }
}
