package org.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decoding: UTF-8 strictly, UTF-16 by its BOM; legacy encodings and binary files are reported with their place. */
class SourceTextTest {

    private static final String TEXT = "Title\r\n\r\nQuestion: Où?\rJane Doe: Ici.\n";

    @Test
    void utf16WithByteOrderMarkIsDecoded(@TempDir Path dir) throws Exception {
        for (var charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Path f = dir.resolve(charset.name() + ".txt");
            Files.writeString(f, "\uFEFF" + TEXT, charset);
            assertEquals(List.of("Title", "", "Question: Où?", "Jane Doe: Ici."), SourceText.read(f).lines());
        }
    }

    @Test
    void legacyEncodingIsReportedWithLineAndColumn(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("latin1.txt");
        Files.writeString(f, TEXT, StandardCharsets.ISO_8859_1);
        InputError e = assertThrows(InputError.class, () -> SourceText.read(f));
        assertEquals(f + ":3: invalid UTF-8 (byte 0xF9 at column 12): probably a single-byte encoding such as"
                + " Latin-1, Windows-1252 or Windows-1251; save the transcript as UTF-8", e.describe());
    }

    @Test
    void binaryAndBomlessUtf16AreNamedAsSuch(@TempDir Path dir) throws Exception {
        Path png = Files.write(dir.resolve("x.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        assertEquals(png + ":3: binary file, not text (NUL byte at offset 8); a transcript must be UTF-8 text",
                assertThrows(InputError.class, () -> SourceText.read(png)).describe());
        Path utf16 = Files.writeString(dir.resolve("y.txt"), TEXT, StandardCharsets.UTF_16LE);
        assertTrue(assertThrows(InputError.class, () -> SourceText.read(utf16)).describe()
                .endsWith(": UTF-16 text without a byte-order mark; save the transcript as UTF-8"));
    }

    @Test
    void controlCharactersBecomeSpacesAndAreReportedOnce(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("c.txt"), "Title\n\nQuestion: A\u0007b?\nJane Doe: C\u007fd\u0085e \uFEFFf\u00ADg.\n");
        Problems problems = new Problems();
        SourceText text = SourceText.read(f, problems);
        assertEquals(List.of("Title", "", "Question: A b?", "Jane Doe: C d e \uFEFFf\u00ADg."), text.lines());
        assertEquals(List.of(f + ":3: warning: control character U+0007 shown as a space (3 such characters in this file)"),
                problems.all().stream().map(Problems.Problem::describe).toList());
    }
}
