package org.verbatim.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.UnhandledAlertException;
import org.verbatim.Builds;
import org.verbatim.HostileCorpus;
import org.verbatim.cli.SiteBuild;

/**
 * A site built from the payload corpus ({@link HostileCorpus}) is loaded page by page in headless Chromium: no
 * vector may run (each would call {@code xss()}, {@code alert()} or set a global, all trapped before the page's own
 * scripts), and no page may hold what would run on a click or focus: a {@code javascript:}, {@code data:} or
 * {@code vbscript:} link, frame, object or form, an event-handler attribute, or a script element the site did not
 * put there. The pages are checked as built and again with their Content-Security-Policy removed, so that the
 * escaping alone is shown to hold, not only the policy.
 */
class PayloadInBrowserTest {

    @TempDir
    static Path dir;
    static Browser browser;
    static Path site;
    static SiteBuild.Summary summary;

    private static final String TRAPS = """
            window.__ran = [];
            window.xss = (n) => window.__ran.push('xss(' + n + ')');
            window.alert = window.confirm = window.prompt = (m) => window.__ran.push('alert(' + m + ')');
            """;

    private static final String INSPECT = """
            const found = [...window.__ran];
            if (window.__pwned) found.push('window.__pwned set');
            const ours = /(^|\\/)(js\\/site\\.js|js\\/search\\.js|search\\/index\\.js|search\\/lunr\\.min\\.js|search\\/[a-z]+(\\/[a-z0-9_-]+)?\\.js)$/;
            for (const s of document.scripts) {
              const data = s.type === 'application/ld+json' || s.type === 'application/json';
              if (!data && !(s.src && ours.test(new URL(s.src).pathname))) found.push('script element: ' + s.outerHTML.slice(0, 80));
            }
            for (const e of document.querySelectorAll('*')) {
              for (const a of e.attributes) {
                if (/^on/i.test(a.name)) found.push('handler ' + a.name + ' on <' + e.localName + '>');
              }
              for (const name of ['href', 'src', 'action', 'formaction', 'data', 'srcdoc']) {
                const v = e.getAttribute(name);
                if (v === null) continue;
                if (name === 'srcdoc') { found.push('srcdoc on <' + e.localName + '>'); continue; }
                let protocol = '';
                try { protocol = new URL(v, location.href).protocol; } catch (x) { continue; }
                if (['javascript:', 'data:', 'vbscript:'].includes(protocol) && !(e.localName === 'img' && /^data:image\\//.test(v)))
                  found.push(protocol + ' URL in ' + name + ' of <' + e.localName + '>');
              }
            }
            for (const f of document.querySelectorAll('iframe, object, embed, base, svg script')) found.push('<' + f.localName + '> element');
            return found.join('; ');
            """;

    @BeforeAll
    static void build() throws IOException {
        List<Path> inputs = HostileCorpus.write(dir.resolve("in"));
        site = dir.resolve("site");
        summary = Builds.build(site, "https://example.github.io/verbatim/", inputs.toArray(Path[]::new));
        Path stripped = dir.resolve("stripped");
        try (Stream<Path> files = Files.walk(site)) {
            for (Path p : files.sorted().toList()) {
                Path to = stripped.resolve(site.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else if (p.toString().endsWith(".html")) {
                    Files.writeString(to, Files.readString(p).replaceAll("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", ""));
                } else {
                    Files.copy(p, to);
                }
            }
        }
        if (Browser.available()) {
            browser = Browser.start();
            browser.addScriptToEveryPage(TRAPS);
        }
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"site", "stripped"})
    void noVectorRunsOnAnyPage(String which) throws IOException {
        Browser.assumeAvailable();
        Path root = dir.resolve(which);
        List<String> pages;
        try (Stream<Path> files = Files.walk(root)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).map(p -> root.relativize(p).toString()).sorted().toList();
        }
        List<String> problems = new ArrayList<>();
        try (SiteServer server = SiteServer.start(root, "/verbatim/")) {
            List<String> urls = new ArrayList<>(pages);
            urls.add("search.html?q=xss+script");
            urls.add("search.html?q=onerror");
            for (String page : urls) {
                try {
                    browser.open(server.base().resolve(page).toString());
                    browser.waitUntil("document.readyState === 'complete'", 60);
                    if (page.contains("?q=")) {
                        browser.waitUntil("document.querySelector('#results li') || /No paragraph/.test("
                                + "document.getElementById('search-status').textContent)", 60);
                        assertTrue((Boolean) browser.script("return document.querySelectorAll('#results li').length > 0"),
                                page + " finds the payload paragraphs");
                    }
                    String found = (String) browser.script(INSPECT);
                    if (!found.isEmpty()) {
                        problems.add(page + ": " + found);
                    }
                } catch (UnhandledAlertException e) {
                    problems.add(page + ": an alert opened: " + e.getAlertText());
                    browser.driver().switchTo().alert().dismiss();
                }
            }
        }
        assertTrue(pages.size() > 150, "pages: " + pages.size());
        assertEquals("", String.join("\n", problems.subList(0, Math.min(40, problems.size()))),
                problems.size() + " page(s) with a problem");
    }
}
