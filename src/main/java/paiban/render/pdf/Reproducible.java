package paiban.render.pdf;

import com.lowagie.text.pdf.PdfDate;
import paiban.model.Edition;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.TimeZone;

/**
 * What makes identical sources give identical bytes: OpenPDF otherwise stamps the clock into the
 * dates, draws font subset tags from a random generator and derives the trailer /ID from the time.
 */
final class Reproducible {
    private static final byte[] ID_KEY = "/ID [<".getBytes(StandardCharsets.ISO_8859_1);
    private static final int ID_HEX = 32;

    private Reproducible() {
    }

    /** The issue date at 00:00 where the paper is published ({@link Edition#zone()}). */
    static PdfDate issueDate(Edition edition) {
        GregorianCalendar day = new GregorianCalendar(TimeZone.getTimeZone(edition.zone()));
        day.clear();
        day.set(edition.date().getYear(), edition.date().getMonthValue() - 1, edition.date().getDayOfMonth());
        return new PdfDate(day);
    }

    /**
     * A generator for one font's subset tag in one document. Seeded from the document (issue and
     * pages) so the per-page PDFs of an issue carry different tags for their different subsets,
     * which keeps them apart when a RIP places several pages on one plate.
     */
    static SecureRandom subsetTags(String document, String font) {
        try {
            // SHA1PRNG seeded before its first use is a deterministic sequence.
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed((document + "\n" + font).getBytes(StandardCharsets.UTF_8));
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA1PRNG", e);
        }
    }

    /**
     * Replaces the trailer's time-derived /ID with the MD5 of everything before it (both halves:
     * a first version), in place: same length, so the xref offsets stay right.
     */
    static byte[] withContentId(byte[] pdf) {
        int at = lastIndexOf(pdf, ID_KEY);
        if (at < 0) throw new IllegalStateException("OpenPDF wrote no trailer /ID");
        byte[] md5;
        try {
            MessageDigest digest = MessageDigest.getInstance("MD5");
            digest.update(pdf, 0, at);
            md5 = digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks MD5", e);
        }
        byte[] hex = HexFormat.of().withUpperCase().formatHex(md5).getBytes(StandardCharsets.ISO_8859_1);
        int first = at + ID_KEY.length;
        int second = first + ID_HEX + 2;
        if (pdf[first + ID_HEX] != '>' || pdf[second - 1] != '<' || pdf[second + ID_HEX] != '>') {
            throw new IllegalStateException("unexpected trailer /ID layout");
        }
        System.arraycopy(hex, 0, pdf, first, ID_HEX);
        System.arraycopy(hex, 0, pdf, second, ID_HEX);
        return pdf;
    }

    private static int lastIndexOf(byte[] data, byte[] key) {
        outer:
        for (int i = data.length - key.length; i >= 0; i--) {
            for (int k = 0; k < key.length; k++) {
                if (data[i + k] != key[k]) continue outer;
            }
            return i;
        }
        return -1;
    }
}
