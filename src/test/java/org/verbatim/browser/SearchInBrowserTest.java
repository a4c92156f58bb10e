package org.verbatim.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.verbatim.gates.GateSites;
import org.verbatim.write.SearchTerms;

/**
 * Search in headless Chromium on the seed and corpus sites served under {@code /verbatim/}, built with and without a
 * base URL: typed queries, {@code ?q=} links, stemming, the speaker and interview filters, and results that land on
 * their paragraph, highlighted.
 */
class SearchInBrowserTest {
    static final String SEED_SLUG = "2025-08-30-putin-xinhua";
    static final String K1_SLUG = "2019-04-25-putin-peoples-daily";

    static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        if (browser != null) {
            browser.colorScheme("light");
        }
    }

    @BeforeEach
    void needsChromium() {
        Browser.assumeAvailable();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    static Stream<GateSites.Site> sites() {
        return BrowserSites.all();
    }

    /** Waits for the search page to show its results (search.js marks the time it took). */
    void awaitResults() {
        browser.waitUntil("document.documentElement.dataset.searchMs || /could not start/.test("
                + "document.getElementById('search-status')?.textContent)", Browser.PATIENCE);
    }

    /** The results shown: link, meta line (speaker · interview · ¶n) and the highlighted words of each. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> results() {
        return (List<Map<String, Object>>) browser.script("""
                return [...document.querySelectorAll('#results li')].map(li => ({
                  href: li.querySelector('a.result-title').href,
                  meta: li.querySelector('.meta').textContent,
                  marks: [...li.querySelectorAll('.snippet mark')].map(m => m.textContent.toLowerCase())
                }));""");
    }

    /** How many paragraphs match, from the status line (the list shows at most 50). */
    int matches() {
        String status = browser.driver().findElement(By.id("search-status")).getText();
        assertTrue(status.matches("[\\d,]+ paragraphs? match.*"), status);
        return Integer.parseInt(status.substring(0, status.indexOf(' ')).replace(",", ""));
    }

    void search(String words) {
        browser.script("delete document.documentElement.dataset.searchMs");
        WebElement box = browser.driver().findElement(By.id("q"));
        box.clear();
        box.sendKeys(words, Keys.ENTER);
        awaitResults();
    }

    @ParameterizedTest(name = "{0} site")
    @MethodSource("sites")
    void powerOfSiberiaLeadsToTheThirdAnswersParagraph(GateSites.Site site) {
        try (SiteServer server = SiteServer.start(site.root(), GateSites.SUBPATH)) {
            browser.open(server.base() + "search.html");
            search("Power of Siberia");
            List<Map<String, Object>> results = results();
            assertFalse(results.isEmpty(), "no result");
            String first = (String) results.get(0).get("href");
            assertTrue(first.startsWith(server.base() + SEED_SLUG + "/q3.html?hl="), first);
            assertTrue(first.endsWith("#q3-p3"), first);
            assertTrue(browser.driver().getCurrentUrl().contains("?q=Power+of+Siberia"),
                    "the search is in the address, to link or bookmark: " + browser.driver().getCurrentUrl());

            browser.driver().findElement(By.cssSelector("#results li a.result-title")).click();
            // The page marks the words once its script has run: wait for the marks too (a limit, not a delay).
            browser.eventually("document.querySelector(':target mark')", Browser.PATIENCE);
            browser.waitUntil("document.querySelector(':target')", Browser.PATIENCE);
            assertEquals("q3-p3", browser.script("return document.querySelector(':target').id"));
            assertEquals(List.of("power", "siberia"), browser.script("return [...document.querySelectorAll("
                    + "':target mark')].map(m => m.textContent.toLowerCase())"), "the words found are highlighted");
            assertTrue((Boolean) browser.script("""
                    const r = document.getElementById('q3-p3').getBoundingClientRect();
                    return r.top >= document.querySelector('.site-header').getBoundingClientRect().bottom
                      && r.top < innerHeight;"""), "the paragraph is in view, below the sticky header");
        }
    }

    @ParameterizedTest(name = "{0} site")
    @MethodSource("sites")
    void theHeaderBoxAndQueryLinksSearchWithStemming(GateSites.Site site) {
        try (SiteServer server = SiteServer.start(site.root(), GateSites.SUBPATH)) {
            // From a question page's header: the form leads to search.html?q=..., which runs the search.
            browser.open(server.base() + SEED_SLUG + "/q6.html");
            WebElement box = browser.driver().findElement(By.id("site-q"));
            box.sendKeys("sanction", Keys.ENTER);
            browser.waitUntil("location.pathname.endsWith('/search.html') && document.getElementById('search-status')",
                    Browser.PATIENCE);
            awaitResults();
            URI at = URI.create(browser.driver().getCurrentUrl());
            assertEquals(server.base().getPath() + "search.html", at.getPath());
            assertEquals("q=sanction", at.getRawQuery());
            List<Map<String, Object>> typed = results();
            assertFalse(typed.isEmpty(), "'sanction' finds something");
            assertTrue(typed.stream().anyMatch(r -> ((List<?>) r.get("marks")).contains("sanctions")),
                    "'sanction' finds 'sanctions': " + typed);

            // A bookmarked ?q= link runs the same search.
            browser.open(server.base() + "search.html?q=sanction");
            awaitResults();
            assertEquals(typed, results());
            assertEquals("sanction", browser.driver().findElement(By.id("q")).getAttribute("value"));
        }
    }

    @ParameterizedTest(name = "{0} site")
    @MethodSource("sites")
    void filtersNarrowBySpeakerAndInterview(GateSites.Site site) {
        try (SiteServer server = SiteServer.start(site.root(), GateSites.SUBPATH)) {
            browser.open(server.base() + "search.html?q=cooperation");
            awaitResults();
            List<Map<String, Object>> all = results();
            int everyone = matches();
            assertTrue(all.stream().anyMatch(r -> ((String) r.get("meta")).startsWith("Xinhua")),
                    "the question side is found too: " + all);

            browser.script("delete document.documentElement.dataset.searchMs");
            new Select(browser.driver().findElement(By.id("speaker"))).selectByVisibleText("Vladimir Putin");
            awaitResults();
            List<Map<String, Object>> putin = results();
            assertFalse(putin.isEmpty());
            assertTrue(matches() < everyone, matches() + " of " + everyone);
            assertTrue(putin.stream().allMatch(r -> ((String) r.get("meta")).startsWith("Vladimir Putin · ")), "" + putin);

            // The filters also come from the address.
            browser.open(server.base() + "search.html?q=cooperation&speaker=Vladimir+Putin");
            awaitResults();
            assertEquals(putin, results());

            if (BrowserSites.isCorpus(site)) {
                // A transcript's own page searches that transcript: the search page names it in the filter,
                // which can be cleared to search everything again.
                browser.open(server.base() + K1_SLUG + "/index.html");
                browser.driver().findElement(By.id("search-in-q")).sendKeys("cooperation");
                browser.driver().findElement(By.cssSelector(".search-in button")).click();
                awaitResults();
                assertTrue(browser.driver().getCurrentUrl().contains("interview=" + K1_SLUG),
                        browser.driver().getCurrentUrl());
                List<Map<String, Object>> k1 = results();
                assertFalse(k1.isEmpty());
                assertTrue(matches() < everyone, matches() + " of " + everyone);
                assertTrue(all.stream().anyMatch(r -> ((String) r.get("href")).contains("/" + SEED_SLUG + "/")));
                assertTrue(k1.stream().allMatch(r -> ((String) r.get("href")).startsWith(server.base() + K1_SLUG
                        + "/")), "" + k1);
                Select transcript = new Select(browser.driver().findElement(By.id("interview")));
                browser.waitUntil("document.getElementById('interview').selectedOptions[0].textContent"
                        + ".startsWith('Interview to')", Browser.PATIENCE);
                assertEquals(K1_SLUG, transcript.getFirstSelectedOption().getAttribute("value"));

                browser.script("delete document.documentElement.dataset.searchMs");
                transcript.selectByValue("");
                awaitResults();
                assertEquals(everyone, matches());
            }
        }
    }

    /**
     * The browser's terms (lunr's Porter stemmer, search.js's tokens and stop words) equal the build's (Lucene's
     * Porter stemmer, SearchTerms) for every word of the test transcripts and the Kremlin sample: a word stemmed
     * differently on the two sides could never be found.
     */
    @Test
    void theBrowserStemsEveryWordAsTheBuildDoes() throws Exception {
        Browser.assumeAvailable();
        java.util.TreeSet<String> words = new java.util.TreeSet<>();
        List<Path> files = new java.util.ArrayList<>(List.of(org.verbatim.Fixtures.SEED, org.verbatim.Fixtures.K1,
                org.verbatim.Fixtures.W1));
        Path sample = Path.of("../../shared/corpus/kremlin-sample");
        if (Files.isDirectory(sample)) {
            try (Stream<Path> list = Files.list(sample)) {
                list.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        for (Path f : files) {
            var m = SearchTerms.WORD.matcher(Files.readString(f));
            while (m.find()) {
                words.add(m.group());
                words.add(m.group().toLowerCase(java.util.Locale.ROOT));
            }
        }
        assertTrue(words.size() > 2000, "a real vocabulary (the shipped test transcripts): " + words.size());
        GateSites.Site site = GateSites.seed();
        try (SiteServer server = SiteServer.start(site.root(), GateSites.SUBPATH)) {
            browser.open(server.base() + "search.html?q=cooperation");
            awaitResults();
            @SuppressWarnings("unchecked")
            List<Object> stems = (List<Object>) browser.script(
                    "return arguments[0].map(w => VerbatimSearch.term(w));", new java.util.ArrayList<>(words));
            SearchTerms terms = new SearchTerms();
            List<String> differ = new java.util.ArrayList<>();
            int i = 0;
            for (String w : words) {
                String built = terms.term(w);
                Object js = stems.get(i++);
                if (!java.util.Objects.equals(built, js)) {
                    differ.add(w + ": build " + built + ", browser " + js);
                }
            }
            assertEquals(List.of(), differ, "of " + words.size() + " words");
        }
    }

    @ParameterizedTest(name = "{0} site")
    @MethodSource("sites")
    void yearAndKindFiltersComeFromTheFormAndTheAddress(GateSites.Site site) {
        Assumptions.assumeTrue(BrowserSites.isCorpus(site), "the corpus has transcripts of several years and kinds");
        try (SiteServer server = SiteServer.start(site.root(), GateSites.SUBPATH)) {
            browser.open(server.base() + "search.html?q=president");
            awaitResults();
            int everyone = matches();
            browser.script("delete document.documentElement.dataset.searchMs");
            new Select(browser.driver().findElement(By.id("year"))).selectByValue("2019");
            awaitResults();
            List<Map<String, Object>> in2019 = results();
            assertFalse(in2019.isEmpty());
            assertTrue(matches() < everyone, matches() + " of " + everyone);
            assertTrue(in2019.stream().allMatch(r -> ((String) r.get("href")).startsWith(server.base() + K1_SLUG + "/")),
                    "2019 is k1's year: " + in2019);
            assertTrue(browser.driver().getCurrentUrl().endsWith("?q=president&year=2019"),
                    browser.driver().getCurrentUrl());

            browser.open(server.base() + "search.html?q=president&kind=press-conference");
            awaitResults();
            List<Map<String, Object>> gaggle = results();
            assertFalse(gaggle.isEmpty());
            assertTrue(gaggle.stream().allMatch(r -> ((String) r.get("href")).contains("/2023-01-19-")), "" + gaggle);
            assertEquals("press-conference", browser.script("return document.getElementById('kind').value"));

            browser.open(server.base() + "search.html?q=president&kind=press-conference&year=2019");
            awaitResults();
            assertTrue(browser.driver().findElement(By.id("search-status")).getText().startsWith("No paragraph"),
                    "no press conference in 2019");
        }
    }
}
