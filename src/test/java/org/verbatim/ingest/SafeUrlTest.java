package org.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.model.Transcript;

/** URLs from input: http, https, mailto and relative paths pass; anything else is dropped with file:line. */
class SafeUrlTest {

    @Test
    void onlyWebAndMailAddressesAndRelativePathsPass() {
        for (String ok : List.of("https://en.kremlin.ru/events/1", "HTTP://x.org", "mailto:a@b.org", "about.html",
                "../x/y.html#p", "//cdn.example.org/x", "?q=a:b", "#top", "a/b:c")) {
            assertTrue(SafeUrl.allowed(ok), ok);
        }
        for (String bad : List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
                " javascript:x", "data:text/html,<script>", "vbscript:msgbox", "file:///etc/passwd",
                "\u0001javascript:x", "java\u200Bscript:x", "https:\\\\evil", "a b")) {
            assertFalse(SafeUrl.allowed(bad), bad);
        }
    }

    @Test
    void aDroppedUrlIsReportedWithItsFileAndLine(@TempDir Path dir) throws Exception {
        Path t = Files.writeString(dir.resolve("t.md"), String.join("\n", "---", "title: T", "date: 2020-01-02",
                "source_url: \"javascript:alert(1)\"", "---", "", "Question: Why?", "Jane Doe: Because.", ""));
        Files.writeString(dir.resolve("t.yml"), "publisher: P\nlicence: CC BY\nlicence_url: \"vbscript:x\"\n");
        TranscriptParser parser = new TranscriptParser();
        Transcript parsed = parser.parse(t);
        assertEquals("", parsed.metadata().sourceUrl());
        assertEquals("", parsed.metadata().licenceUrl());
        assertEquals(List.of(
                        t + ":4: warning: 'source_url' is not an http, https or mailto address or a relative path, so it"
                                + " is left out of the site: \"javascript:alert(1)\"",
                        dir.resolve("t.yml") + ":3: warning: 'licence_url' is not an http, https or mailto address or a"
                                + " relative path, so it is left out of the site: \"vbscript:x\""),
                parser.problems().all().stream().map(Problems.Problem::describe).toList());
    }
}
