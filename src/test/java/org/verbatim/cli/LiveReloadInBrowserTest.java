package org.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Fixtures;
import org.verbatim.browser.Browser;

/** verbatim serve in a real browser: the open page reloads by itself after a change, and shows a failed rebuild. */
class LiveReloadInBrowserTest {

    @Test
    void theOpenPageReloadsAfterAChangeAndShowsABuildError(@TempDir Path dir) throws Exception {
        Browser.assumeAvailable();
        Path transcripts = Files.createDirectories(dir.resolve("transcripts"));
        Path seed = Files.copy(Fixtures.SEED, transcripts.resolve("seed.txt"));
        Files.copy(Fixtures.SEED.resolveSibling("000_a9627bfb15e6d3a6.yml"), transcripts.resolve("seed.yml"));
        try (Preview preview = new Preview(new SiteBuild(Project.defaults(), null), Project.defaults(), List.of(transcripts), dir.resolve("site"), "", 0,
                Progress.silent(), new PrintWriter(new StringWriter(), true));
             Browser browser = Browser.start()) {
            Thread watching = new Thread(preview::watch);
            watching.start();
            browser.open("http://127.0.0.1:" + preview.port() + "/2025-08-30-putin-xinhua/q3.html");
            browser.script("window.verbatimMarker = 'still the first load';");

            Files.writeString(seed, Files.readString(seed).replace("Power of Siberia", "Power of Siberia 2"));
            browser.waitUntil("document.getElementById('q3-p3').textContent.includes('Power of Siberia 2')", 90);
            assertEquals(null, browser.script("return window.verbatimMarker || null;"), "the page was reloaded");

            Files.writeString(seed, "");
            browser.waitUntil("[...document.querySelectorAll('[role=alert]')]"
                    + ".some(e => e.textContent.includes('empty file'))", 90);
            assertTrue(((String) browser.script("return document.getElementById('q3-p3').textContent;"))
                    .contains("Power of Siberia 2"), "the last good page stays");
            preview.close();
            watching.join(5000);
        }
    }
}
