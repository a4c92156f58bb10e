package org.verbatim.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * A transcript file decoded as strict UTF-8 and split into lines (line 1 is the first), BOM and CR removed.
 */
public record SourceText(Path path, List<String> lines) {

    public static SourceText read(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputError(path, 0, "no such file or directory");
        } catch (IOException e) {
            throw new InputError(path, 0, "cannot read: " + e.getMessage());
        }
        return new SourceText(path, decode(path, bytes).replace("\r\n", "\n").replace('\r', '\n').lines().toList());
    }

    public static SourceText of(Path path, String text) {
        return new SourceText(path, text.replace("\r\n", "\n").lines().toList());
    }

    private static String decode(Path path, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int column = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            throw new InputError(path, line, String.format(
                    "invalid UTF-8 (byte 0x%02X at column %d); save the transcript as UTF-8", bytes[offset] & 0xff, column));
        }
        try {
            decoder.flush(out);
        } catch (RuntimeException e) {
            throw new InputError(path, 0, "invalid UTF-8");
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
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
