package paiban.source;

import paiban.diag.Diagnostics;
import paiban.diag.SourceSpan;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a source file as strict UTF-8. Anything else (GB18030, UTF-16, NUL bytes, bad bytes, a file
 * too big) is an error naming what was found and where; a UTF-8 byte order mark is dropped.
 */
final class TextFile {
    static final long MAX_BYTES = 8L * 1024 * 1024;

    private TextFile() {
    }

    static Optional<String> read(Path file, SourceTree tree, Diagnostics diags) {
        SourceSpan whole = tree.span(file);
        byte[] bytes;
        try {
            if (!tree.containsReally(file)) {
                diags.error(whole, "'" + tree.display(file) + "' is a symbolic link to a file outside the issue folder",
                        "copy the file into the issue folder instead of linking to it");
                return Optional.empty();
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                diags.error(whole, "file is " + size / (1024 * 1024) + " MB; source files may be at most 8 MB",
                        "split the article, or check that this is really a text file");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diags.error(whole, "cannot read file: " + e.getMessage());
            return Optional.empty();
        }
        return decode(bytes, whole, diags);
    }

    static Optional<String> decode(byte[] bytes, SourceSpan whole, Diagnostics diags) {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            diags.error(whole, "file is UTF-16 (it starts with a UTF-16 byte order mark); source files must be UTF-8",
                    "save the file as UTF-8 (without BOM) in your editor");
            return Optional.empty();
        }
        int nuls = 0;
        int firstNul = -1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                nuls++;
                if (firstNul < 0) firstNul = i;
            }
        }
        if (nuls > 0 && nuls * 4 >= bytes.length) {
            diags.error(whole, "file looks like UTF-16 (every other byte is NUL); source files must be UTF-8",
                    "save the file as UTF-8 in your editor");
            return Optional.empty();
        }
        if (firstNul >= 0) {
            diags.error(whole.at(lineOfByte(bytes, firstNul), 0),
                    "NUL byte in the file (" + nuls + " in all); a source file must be plain UTF-8 text",
                    "remove the NUL bytes; the file may be damaged or not a text file");
            return Optional.empty();
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = utf8.decode(in, out, true);
        if (!r.isError()) r = utf8.flush(out);
        if (r.isError()) {
            int bad = in.position();
            int line = lineOfByte(bytes, bad);
            String hex = String.format("0x%02X", bytes[bad] & 0xFF);
            if (decodesAs(bytes, Charset.forName("GB18030"))) {
                diags.error(whole.at(line, 0), "file is not UTF-8: it looks like GB18030/GBK (first non-UTF-8 byte "
                                + hex + " on this line); source files must be UTF-8",
                        "convert it, e.g. iconv -f GB18030 -t UTF-8 in.md > out.md, or save as UTF-8 in your editor");
            } else {
                diags.error(whole.at(line, 0), "invalid UTF-8: byte " + hex + " on this line; source files must be UTF-8",
                        "save the file as UTF-8 in your editor");
            }
            return Optional.empty();
        }
        out.flip();
        return Optional.of(out.toString());
    }

    private static boolean decodesAs(byte[] bytes, Charset cs) {
        try {
            cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (bytes[i] == '\n') line++;
        return line;
    }

    /** Whether the bytes begin with these (each 0–255). */
    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
