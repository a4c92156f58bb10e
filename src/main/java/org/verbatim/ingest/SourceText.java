package org.verbatim.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * A transcript file decoded and split into lines (line 1 is the first): strict UTF-8, or UTF-16 when it opens
 * with a byte-order mark; BOM removed, line ends made LF, unshowable characters made spaces ({@link CleanText}).
 *
 * <p>Text in a legacy single-byte encoding (Latin-1, Windows-1252, Windows-1251...) is refused with the place of
 * its first non-UTF-8 byte rather than guessed: the same bytes are valid in each of them, and a wrong guess would
 * publish other words than the transcript's while the lossless check, reading the same wrong text, approved it.
 */
public record SourceText(Path path, List<String> lines) {

    public static SourceText read(Path path) {
        return read(path, new Problems());
    }

    /** Reads {@code path}; characters that cannot be shown are reported to {@code problems} as warnings. */
    public static SourceText read(Path path, Problems problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputError(path, 0, "no such file or directory");
        } catch (IOException e) {
            throw new InputError(path, 0, "cannot read: " + e.getMessage());
        }
        String text = decode(path, bytes);
        String lf = text.replace("\r\n", "\n").replace('\r', '\n');
        int first = CleanText.firstUnshowable(lf);
        if (first >= 0) {
            int line = 1 + (int) lf.substring(0, first).chars().filter(c -> c == '\n').count();
            long count = CleanText.countUnshowable(lf);
            problems.warn(path, line, String.format("control character U+%04X shown as a space%s", lf.codePointAt(first),
                    count > 1 ? " (" + count + " such characters in this file)" : ""));
        }
        return new SourceText(path, CleanText.clean(lf).lines().toList());
    }

    /** Text given in memory, cleaned in the same way as a file's. */
    public static SourceText of(Path path, String text) {
        String clean = CleanText.clean(text);
        return new SourceText(path, (clean.startsWith("\uFEFF") ? clean.substring(1) : clean).lines().toList());
    }

    private static String decode(Path path, byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return strict(path, bytes, 2, StandardCharsets.UTF_16LE, "UTF-16");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return strict(path, bytes, 2, StandardCharsets.UTF_16BE, "UTF-16");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputError(path, lineAt(bytes, i), looksLikeUtf16(bytes)
                        ? "UTF-16 text without a byte-order mark; save the transcript as UTF-8"
                        : "binary file, not text (NUL byte at offset " + i + "); a transcript must be UTF-8 text");
            }
        }
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF;
        return strict(path, bytes, bom ? 3 : 0, StandardCharsets.UTF_8, "UTF-8");
    }

    /** Half or more of the bytes at even or at odd offsets are NUL: ASCII text stored two bytes a character. */
    private static boolean looksLikeUtf16(byte[] bytes) {
        int even = 0;
        int odd = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        return Math.max(even, odd) * 4 >= bytes.length && Math.min(even, odd) * 10 < Math.max(even, odd);
    }

    private static String strict(Path path, byte[] bytes, int skip, Charset charset, String name) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = Math.min(in.position(), bytes.length - 1);
            if (!name.equals("UTF-8")) {
                throw new InputError(path, 0, "invalid " + name + " (at byte " + offset + "); save the transcript as UTF-8");
            }
            int column = 1;
            for (int i = offset - 1; i >= 0 && bytes[i] != '\n'; i--) {
                column++;
            }
            throw new InputError(path, lineAt(bytes, offset), String.format(
                    "invalid UTF-8 (byte 0x%02X at column %d)%s; save the transcript as UTF-8", bytes[offset] & 0xff,
                    column, (bytes[offset] & 0xff) >= 0x80
                            ? ": probably a single-byte encoding such as Latin-1, Windows-1252 or Windows-1251" : ""));
        }
        out.flip();
        return out.toString();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The text of line {@code n}, counting from 1. */
    public String line(int n) {
        return lines.get(n - 1);
    }

    public int size() {
        return lines.size();
    }

    static boolean isBlank(String line) {
        return line.strip().isEmpty() || line.chars().allMatch(c -> Character.isWhitespace(c) || c == '\u00A0');
    }
}
