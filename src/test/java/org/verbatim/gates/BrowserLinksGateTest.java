package org.verbatim.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verbatim.browser.Browser;
import org.verbatim.browser.SiteServer;

/**
 * Gate: the sites work in a real browser where they are read. Every page opened from {@code file://} is styled and
 * every link, stylesheet, script and form it has, as the browser resolves them, lands on a file of the site (not a
 * folder, which file:// would show as a listing) and on an existing {@code #anchor}. Search, from file:// and from
 * the subpath server, finds paragraphs whose links land on the paragraph, highlighted.
 */
class BrowserLinksGateTest {
    static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    static Stream<GateSites.Site> sites() {
        return GateSites.withArchive();
    }

    @ParameterizedTest(name = "{0} site")
    @MethodSource("sites")
    void everyLinkResolvesFromFileUrls(GateSites.Site site) {
        Browser.assumeAvailable();
        browser.colorScheme("light");
        Map<Path, Set<String>> ids = new HashMap<>();
        Map<Path, List<String>> links = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (String page : site.pages()) {
            // With a base URL, the 404 page addresses the site from the host's root: a page only a server serves.
            if (page.equals("404.html") && !site.baseUrl().isEmpty()) {
                continue;
            }
            Path file = site.root().resolve(page);
            browser.open(file.toUri().toString());
            // Waits for the stylesheet to apply (a limit, not a delay): on a loaded machine it can come late.
            if (!browser.eventually("getComputedStyle(document.documentElement).getPropertyValue('--bg').trim()",
                    Browser.PATIENCE)) {
                problems.add(page + ": the stylesheet did not load from file://");
            }
            @SuppressWarnings("unchecked")
            Map<String, List<String>> found = (Map<String, List<String>>) browser.script("""
                    return {
                      ids: [...document.querySelectorAll('[id]')].map(e => e.id),
                      links: [...document.querySelectorAll('a[href], link[href], script[src], img[src], form[action]')]
                        .map(e => e.href || e.src || e.action)
                    };""");
            ids.put(file, new HashSet<>(found.get("ids")));
            links.put(file, found.get("links"));
        }
        links.forEach((from, targets) -> targets.forEach(link -> {
            String problem = fileProblem(link, ids);
            if (problem != null) {
                problems.add(site.root().relativize(from) + ": " + link + " " + problem);
            }
        }));
        assertTrue(ids.size() > 5, "pages opened: " + ids.keySet());
        assertEquals("", String.join("\n", problems), problems.size() + " problem(s) from file://");
    }

    /** What is wrong with a link followed from file://, or null when it lands (other schemes are other sites). */
    static String fileProblem(String link, Map<Path, Set<String>> ids) {
        if (!link.startsWith("file:")) {
            return null;
        }
        URI uri = URI.create(link);
        Path target = Path.of(URI.create("file://" + uri.getRawPath()));
        if (!Files.isRegularFile(target)) {
            return Files.isDirectory(target) ? "is a folder: file:// shows a listing, not its index.html"
                    : "leads to a missing file";
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty()) {
            Set<String> targetIds = ids.computeIfAbsent(target, BrowserLinksGateTest::idsOf);
            if (!targetIds.contains(fragment)) {
                return "names an anchor its page does not have";
            }
        }
        return null;
    }

    private static Set<String> idsOf(Path page) {
        try {
            Set<String> ids = new HashSet<>();
            for (Element e : Jsoup.parse(page.toFile(), "UTF-8").select("[id]")) {
                ids.add(e.id());
            }
            return ids;
        } catch (IOException e) {
            return Set.of();
        }
    }

    @ParameterizedTest(name = "{0} site")
    @MethodSource("sites")
    void searchResultsLandOnTheirParagraphs(GateSites.Site site) {
        Browser.assumeAvailable();
        browser.colorScheme("light");
        try (SiteServer server = SiteServer.start(site.root(), GateSites.SUBPATH)) {
            for (String origin : List.of(site.root().toUri().toString(), server.base().toString())) {
                browser.open(origin + "search.html?q=energy");
                browser.waitUntil("document.documentElement.dataset.searchMs"
                        + " || /could not start/.test(document.getElementById('search-status').textContent)", Browser.PATIENCE);
                String status = (String) browser.script("return document.getElementById('search-status').textContent");
                @SuppressWarnings("unchecked")
                List<String> results = (List<String>) browser.script(
                        "return [...document.querySelectorAll('#results a')].map(a => a.href)");
                assertFalse(results.isEmpty(), origin + ": no result for 'energy'; status: " + status);
                assertTrue(status.matches("\\d+ paragraphs? match.*"), origin + ": " + status);
                for (String result : results) {
                    String problem = origin.startsWith("file:") ? fileProblem(result, new HashMap<>())
                            : result.startsWith(origin) ? fileProblem(site.root().toUri()
                                    + result.substring(origin.length()), new HashMap<>()) : "is off the site";
                    assertEquals(null, problem, origin + ": result " + result);
                }
                // Following a result lands on its paragraph, targeted and with the words found highlighted.
                browser.open(results.get(0));
                String id = URI.create(results.get(0)).getFragment();
                // The page marks the words once its script has run: wait for both (a limit, not a delay).
                browser.eventually("document.querySelector(':target') && document.querySelector(':target mark')",
                        Browser.PATIENCE);
                assertEquals(id, browser.script("return document.querySelector(':target') && "
                        + "document.querySelector(':target').id"), origin + ": " + results.get(0));
                assertTrue((Boolean) browser.script("return !!document.querySelector(':target mark')"),
                        origin + ": the words found are not highlighted in " + results.get(0));
            }
        }
    }

    /** The gate can fail: a link to a folder, to a missing file and to a missing anchor are each reported. */
    @Test
    void fileLinkProblemsAreReported(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/index.html"), "<!DOCTYPE html><title>t</title><p id=here>");
        Map<Path, Set<String>> ids = new HashMap<>();
        String root = dir.toUri().toString();
        assertEquals(null, fileProblem(root + "sub/index.html#here", ids));
        assertEquals(null, fileProblem("https://example.org/x", ids));
        assertTrue(fileProblem(root + "sub/", ids).startsWith("is a folder"));
        assertEquals("leads to a missing file", fileProblem(root + "sub/gone.html", ids));
        assertEquals("names an anchor its page does not have", fileProblem(root + "sub/index.html#there", ids));
    }
}
