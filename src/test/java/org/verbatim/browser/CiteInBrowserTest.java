package org.verbatim.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.verbatim.Builds;
import org.verbatim.Fixtures;
import org.verbatim.gates.GateSites;
import org.verbatim.model.Interview;
import org.verbatim.model.Passage;
import org.verbatim.write.Citation;

/**
 * Quote, cite and link in headless Chromium, on the seed and corpus sites served under {@code /verbatim/}, built
 * with and without a base URL: what "Copy link", "Copy quote", the cite dialog and "Link to selection" put on the
 * real clipboard (see {@link Clipboard}), where a text-fragment link lands, the highlighted target clear of the
 * sticky header, retired ids forwarded, and the ¶ links without JavaScript.
 */
class CiteInBrowserTest {
    static final String SEED_PAGE = "2025-08-30-putin-xinhua/q3.html";
    static final String W1_PAGE = "2023-01-19-gaggle-dalton-criswell/q2.html";
    static final Interview SEED = Fixtures.interview(Fixtures.SEED);
    static final Interview W1 = Fixtures.interview(Fixtures.W1);

    static Browser browser;
    static Clipboard clipboard;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        if (browser != null) {
            browser.colorScheme("light");
            clipboard = Clipboard.of(browser);
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

    /** A paragraph to exercise: the page it is on, its interview and id. */
    record Case(String page, Interview interview, String id) {
        Passage passage() {
            return interview.questions().stream().flatMap(q -> q.passages().stream())
                    .filter(p -> p.id().equals(id)).findFirst().orElseThrow();
        }
    }

    static List<Case> cases(GateSites.Site site) {
        Case seed = new Case(SEED_PAGE, SEED, "q3-p2");
        return BrowserSites.isCorpus(site) ? List.of(seed, new Case(W1_PAGE, W1, "q2-p3")) : List.of(seed);
    }

    /** Where a page of {@code site} says it lives: its base URL when built with one, else where it is served. */
    static String published(GateSites.Site site, SiteServer server, String page) {
        return (site.baseUrl().isEmpty() ? server.base().toString() : site.baseUrl()) + page;
    }

    WebElement paragraph(String id) {
        WebElement p = browser.driver().findElement(By.id(id));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", p);
        new Actions(browser.driver()).moveToElement(p).perform();
        return p;
    }

    void click(String id, String action) {
        WebElement b = paragraph(id).findElement(By.cssSelector(".controls button[data-action=" + action + "]"));
        assertEquals("1", b.getCssValue("opacity"), "the control is visible when its paragraph is pointed at");
        b.click();
    }

    String toast() {
        browser.waitUntil("document.querySelector('.copy-toast').textContent", Browser.PATIENCE);
        return (String) browser.script("return document.querySelector('.copy-toast[role=status]').textContent");
    }

    @ParameterizedTest(name = "{0} site")
    @MethodSource("sites")
    void copyLinkGivesTheParagraphsAbsoluteUrl(GateSites.Site site) {
        try (SiteServer server = SiteServer.start(site.root(), GateSites.SUBPATH)) {
            for (Case c : cases(site)) {
                // Opened from a search result: the query and fragment it was opened with are not part of the link.
                browser.open(server.base() + c.page() + "?hl=trade#" + c.id().replaceFirst("-p\\d+$", "-p1"));
                clipboard.clear();
                click(c.id(), "link");
                assertEquals(published(site, server, c.page()) + "#" + c.id(), clipboard.awaitCopy());
                assertEquals("Copied the link.", toast());
            }
        }
    }

    @ParameterizedTest(name = "{0} site")
    @MethodSource("sites")
    void copyQuoteGivesTheWordsWithTheirAttribution(GateSites.Site site) {
        try (SiteServer server = SiteServer.start(site.root(), GateSites.SUBPATH)) {
            for (Case c : cases(site)) {
                browser.open(server.base() + c.page());
                String url = published(site, server, c.page()) + "#" + c.id();
                clipboard.clear();
                click(c.id(), "quote");
                String quote = clipboard.awaitCopy();
                assertEquals(Citation.of(c.interview(), c.passage(), url).quote(c.passage().text()), quote);
                assertEquals("Copied the quote.", toast());
                if (c.interview() == SEED) {
                    // Written out by hand from the issue's example, not from the code.
                    assertTrue(quote.startsWith("“Economic relations between Russia and China have reached an"
                            + " unprecedented level. Since 2021,"), quote);
                    assertTrue(quote.endsWith("reduced to a statistical discrepancy.” — Vladimir Putin, written"
                            + " interview to Xinhua, 30 August 2025, Q3 ¶2, " + url), quote);
                } else {
                    assertTrue(quote.startsWith("“In the Santa Cruz area, again, we’ve seen"), quote);
                    assertTrue(quote.endsWith("” — Administrator Criswell, press gaggle, 19 January 2023, Q2 ¶3, "
                            + url), quote);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} site")
    @MethodSource("sites")
    void citeDialogGivesApaChicagoAndBibtexWithTheParagraphUrl(GateSites.Site site) {
        try (SiteServer server = SiteServer.start(site.root(), GateSites.SUBPATH)) {
            for (Case c : cases(site)) {
                browser.open(server.base() + c.page());
                String url = published(site, server, c.page()) + "#" + c.id();
                Citation expected = Citation.of(c.interview(), c.passage(), url);
                click(c.id(), "cite");
                browser.waitUntil("document.querySelector('dialog.cite-dialog[open]')", Browser.PATIENCE);
                WebElement dialog = browser.driver().findElement(By.cssSelector("dialog.cite-dialog"));
                assertTrue(dialog.isDisplayed());
                assertTrue((Boolean) browser.script("return document.querySelector('dialog.cite-dialog')"
                        + ".matches(':modal')"), "the dialog is modal: the page behind it is inert");
                assertEquals("Cite " + expected.locator(), dialog.findElement(By.id("cite-title")).getText());
                @SuppressWarnings("unchecked")
                Map<String, String> shown = (Map<String, String>) browser.script("return Object.fromEntries("
                        + "[...document.querySelectorAll('.cite-text')].map(e => [e.dataset.field, e.textContent]))");
                assertEquals(Map.of("apa", expected.apa(), "apaInText", expected.apaInText(), "chicagoNote",
                        expected.chicagoNote(), "chicagoBibliography", expected.chicagoBibliography(), "bibtex",
                        expected.bibtex()), shown);
                for (String field : List.of("apa", "chicagoNote", "bibtex")) {
                    assertTrue(shown.get(field).contains(url), field + " names the paragraph's URL: " + shown.get(field));
                }
                assertTrue(shown.get("chicagoBibliography").contains(c.interview().metadata().sourceUrl()));

                assertEquals("", axeViolations(), "axe on the page with the dialog open");

                clipboard.clear();
                dialog.findElement(By.cssSelector("button[aria-label='Copy BibTeX']")).click();
                assertEquals(expected.bibtex(), clipboard.awaitCopy());
                browser.waitUntil("document.querySelector('.cite-status').textContent", Browser.PATIENCE);
                assertEquals("Copied the BibTeX.", dialog.findElement(By.cssSelector(".cite-status")).getText());
                clipboard.clear();
                dialog.findElement(By.cssSelector("button[aria-label='Copy Chicago note']")).click();
                assertEquals(expected.chicagoNote(), clipboard.awaitCopy());

                new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
                browser.waitUntil("!document.querySelector('dialog.cite-dialog[open]')", Browser.PATIENCE);
                assertEquals("Cite " + expected.locator(), browser.script(
                        "return document.activeElement.getAttribute('aria-label')"), "focus returns to the Cite button");
            }
        }
    }

    /** axe-core's violations on the page as it is now (its WebJar, pinned in the pom, from the test class path). */
    static String axeViolations() {
        String path = "/META-INF/resources/webjars/axe-core/" + System.getProperty("verbatim.axe.version", "4.6.3")
                + "/axe.min.js";
        try (InputStream in = CiteInBrowserTest.class.getResourceAsStream(path)) {
            assertTrue(in != null, "axe-core not on the test class path at " + path);
            browser.script(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (String) browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => v.id + ': '
                    + v.nodes.map(n => n.target.join(' ')).join(', ')).join('\\n')), e => done('axe failed: ' + e));""");
    }

    /** Where the Clipboard API is refused, the selection and execCommand("copy") route still copies. */
    @Test
    void copyingFallsBackWhenTheClipboardApiIsRefused() {
        GateSites.Site site = GateSites.seed();
        try (SiteServer server = SiteServer.start(site.root(), GateSites.SUBPATH)) {
            browser.open(server.base() + SEED_PAGE);
            clipboard.clear();
            browser.script("window.refused = 0; navigator.clipboard.writeText = () => { window.refused++;"
                    + " return Promise.reject(new DOMException('refused', 'NotAllowedError')); };");
            click("q3-p4", "link");
            assertEquals(server.base() + SEED_PAGE + "#q3-p4", clipboard.awaitCopy());
            assertEquals(1L, browser.script("return window.refused"), "the Clipboard API was tried first");
            assertEquals("Copied the link.", toast());
        }
        // From file:// (no server, no base URL) the link is the file's own address.
        browser.open(site.root().resolve(SEED_PAGE).toUri() + "#q3-p1");
        clipboard.clear();
        click("q3-p5", "link");
        assertEquals(site.root().resolve(SEED_PAGE).toUri() + "#q3-p5", clipboard.awaitCopy());
    }

    /** Selects {@code words} in paragraph {@code id} (the first time they occur in it), as a reader would. */
    void select(String id, String words) {
        lastSelection = new String[] {id, words};
        Object found = browser.script("""
                const p = document.getElementById(arguments[0]);
                const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
                while (walker.nextNode()) {
                  const n = walker.currentNode, i = n.nodeValue.indexOf(arguments[1]);
                  if (i >= 0) {
                    n.parentElement.scrollIntoView({block: 'center'});
                    getSelection().setBaseAndExtent(n, i, n, i + arguments[1].length);
                    return true;
                  }
                }
                return false;""", id, words);
        assertEquals(true, found, "'" + words + "' in " + id);
    }

    /** The paragraph and words of the last {@link #select}, to select them again if the page missed the change. */
    private String[] lastSelection;

    String linkToSelection(String id) {
        // Once in a while on a loaded machine Chromium drops the selectionchange event of a selection made by script
        // (the link never shows, however long the wait); a reader would select again, and so does the test.
        String shown = "!document.querySelector('#" + id + " .selection-link').hidden";
        for (int attempt = 1; ; attempt++) {
            try {
                browser.waitUntil(shown, attempt < 4 ? 15 : Browser.PATIENCE);
                break;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt >= 4 || lastSelection == null || !lastSelection[0].equals(id)) {
                    throw e;
                }
                browser.script("getSelection().removeAllRanges()");
                select(lastSelection[0], lastSelection[1]);
            }
        }
        clipboard.clear();
        browser.driver().findElement(By.cssSelector("#" + id + " .selection-link")).click();
        return clipboard.awaitCopy();
    }

    /**
     * Opens {@code url} as a new navigation (as from another page or app) and says which element is targeted once
     * the target satisfies {@code settled} and has stayed the same for a second (the browser looks for a text
     * directive's words after the page has loaded, and only then settles on the target: the words' paragraph,
     * else the fragment's id). Gives up after {@link Browser#PATIENCE} seconds and returns the target as it is.
     */
    String landOn(GateSites.Site site, SiteServer server, String url, Predicate<String> settled) {
        browser.open(server.base() + "index.html");
        String local = site.baseUrl().isEmpty() ? url : url.replace(site.baseUrl(), server.base().toString());
        browser.open(local);
        browser.waitUntil("document.readyState === 'complete' && document.querySelector(':target')",
                Browser.PATIENCE);
        long deadline = System.nanoTime() + Duration.ofSeconds(Browser.PATIENCE).toNanos();
        String target = targetId();
        long since = System.nanoTime();
        while (System.nanoTime() < deadline) {
            String now = targetId();
            if (!Objects.equals(now, target)) {
                target = now;
                since = System.nanoTime();
            } else if (settled.test(now) && System.nanoTime() - since >= Duration.ofSeconds(1).toNanos()) {
                return now;
            }
            pause(100);
        }
        return target;
    }

    /** As {@link #landOn(GateSites.Site, SiteServer, String, Predicate)}, waiting for {@code expected}. */
    String landOn(GateSites.Site site, SiteServer server, String url, String expected) {
        return landOn(site, server, url, expected::equals);
    }

    String targetId() {
        return (String) browser.script("const t = document.querySelector(':target'); return t && t.id");
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean inView(String id) {
        return (Boolean) browser.script("""
                const r = document.getElementById(arguments[0]).getBoundingClientRect();
                const header = document.querySelector('.site-header').getBoundingClientRect();
                return r.bottom > header.bottom && r.top < innerHeight;""", id);
    }

    @ParameterizedTest(name = "{0} site")
    @MethodSource("sites")
    void linkToSelectionLandsOnTheSelectedWords(GateSites.Site site) {
        try (SiteServer server = SiteServer.start(site.root(), GateSites.SUBPATH)) {
            String page = published(site, server, SEED_PAGE);
            // "Russia and China" is said earlier on this page (Q3 ¶1, ¶2): the link must still find ¶7's.
            browser.open(server.base() + SEED_PAGE);
            select("q3-p7", "Russia and China");
            String link = linkToSelection("q3-p7");
            assertTrue(link.startsWith(page + "#q3-p7:~:text="), link);
            assertTrue(URLDecoder.decode(link.substring(link.indexOf(":~:text=")), StandardCharsets.UTF_8)
                    .contains("Russia and China"), link);
            assertEquals("q3-p7", landOn(site, server, link, "q3-p7"), link);
            assertTrue(inView("q3-p7"), link);
            // The plain words alone would land on the first place they occur: the test can tell the difference.
            assertNotEquals("q3-p7", landOn(site, server, page + "#q3-p7:~:text=Russia%20and%20China",
                    t -> t != null && !t.equals("q3-p7")));

            // Words with a comma and a hyphen, which the directive's syntax uses, are percent-encoded.
            browser.open(server.base() + SEED_PAGE);
            select("q3-p6", "Together, we are building high-tech");
            link = linkToSelection("q3-p6");
            String directive = link.substring(link.indexOf(":~:text=") + 8);
            assertTrue(directive.contains("%2C") && directive.contains("%2D"), directive);
            assertFalse(directive.replace("-,", "").contains("-"), "a bare hyphen only ends a prefix: " + directive);
            assertEquals("q3-p6", landOn(site, server, link, "q3-p6"), link);

            // A long selection becomes a start and an end.
            browser.open(server.base() + SEED_PAGE);
            String words = "Bilateral investment volumes are growing. Last year, Russia and China agreed to an updated"
                    + " Plan for Bilateral Investment Cooperation.";
            select("q3-p5", words);
            link = linkToSelection("q3-p5");
            assertEquals("Copied the link to the selected words.", toast());
            assertTrue(link.contains(":~:text=Bilateral%20investment") && link.substring(link.indexOf(":~:")).contains(","),
                    link);
            assertEquals("q3-p5", landOn(site, server, link, "q3-p5"), link);

            // On the full transcript the words are looked for, and found, on the transcript page itself.
            String transcript = SEED_PAGE.replace("q3.html", "transcript.html");
            browser.open(server.base() + transcript);
            select("q3-p7", "Russia and China");
            link = linkToSelection("q3-p7");
            assertTrue(link.startsWith(published(site, server, transcript) + "#q3-p7:~:text="), link);
            assertEquals("q3-p7", landOn(site, server, link, "q3-p7"), link);
        }
    }

    @ParameterizedTest(name = "{0} site")
    @MethodSource("sites")
    void aTextFragmentTheBrowserCannotFindStillLandsOnTheParagraph(GateSites.Site site) {
        try (SiteServer server = SiteServer.start(site.root(), GateSites.SUBPATH)) {
            String page = server.base() + SEED_PAGE;
            assertEquals("q3-p5", landOn(site, server, page + "#q3-p5:~:text=words%20said%20nowhere", "q3-p5"));
            assertTrue(inView("q3-p5"));
        }
    }

    @ParameterizedTest(name = "{0} site")
    @MethodSource("sites")
    void theTargetIsHighlightedAndClearOfTheStickyHeader(GateSites.Site site) {
        try (SiteServer server = SiteServer.start(site.root(), GateSites.SUBPATH)) {
            // On a desktop, and on a phone, where the header takes three rows and is not sticky.
            for (int width : List.of(1280, 390)) {
                browser.viewport(width, 800);
                try {
                    for (String id : List.of("q3-p3", "q3-p6")) {
                        assertTargetIsHighlightedBelowTheHeader(site, server, id, width);
                    }
                } finally {
                    browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
                }
            }
        }
    }

    void assertTargetIsHighlightedBelowTheHeader(GateSites.Site site, SiteServer server, String id, int width) {
        assertEquals(id, landOn(site, server, server.base() + SEED_PAGE + "#" + id, id));
        @SuppressWarnings("unchecked")
        Map<String, Object> look = (Map<String, Object>) browser.script("""
                const p = document.getElementById(arguments[0]);
                const probe = document.createElement('span');
                probe.style.background = 'var(--target-bg)';
                document.body.append(probe);
                const wanted = getComputedStyle(probe).backgroundColor;
                probe.remove();
                const header = document.querySelector('.site-header');
                return {bg: getComputedStyle(p).backgroundColor, wanted,
                  top: p.getBoundingClientRect().top,
                  header: header.getBoundingClientRect().bottom,
                  position: getComputedStyle(header).position};""", id);
        assertEquals(look.get("wanted"), look.get("bg"), id + " is highlighted");
        double top = ((Number) look.get("top")).doubleValue();
        double header = ((Number) look.get("header")).doubleValue();
        if (width < 768) {
            // On a phone the header (three rows) scrolls away with the page: the paragraph gets the whole screen.
            assertEquals("static", look.get("position"), "the header is not sticky at " + width + " px");
            assertTrue(top >= Math.max(0, header) && top < Math.max(0, header) + 40,
                    id + " starts at the top of the screen at " + width + " px: " + look);
            return;
        }
        assertTrue(top >= header && top < header + 40, id + " starts just below the sticky header at "
                + width + " px: " + look);
        // The text scrolled under the header must not show through it: the header looks the same, pixel for
        // pixel, as at the top of the page (a 96 % opaque background let the lines beneath read through).
        int[] landed = headerPixels((int) header - 2);
        browser.script("window.scrollTo(0, 0)");
        browser.waitUntil("scrollY === 0", Browser.PATIENCE);
        assertTrue(java.util.Arrays.equals(headerPixels((int) header - 2), landed),
                "the text under the sticky header shows through it at " + width + " px (" + id + ")");
    }

    /** The viewport's top {@code rows} rows of pixels, as the screen shows them. */
    int[] headerPixels(int rows) {
        try {
            java.awt.image.BufferedImage shot = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                    browser.driver().getScreenshotAs(org.openqa.selenium.OutputType.BYTES)));
            return shot.getRGB(0, 0, shot.getWidth(), rows, null, 0, shot.getWidth());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aRetiredIdIsForwardedToThePassageThatTookItsPlace(@TempDir Path dir) throws Exception {
        Path seed = Files.copy(Fixtures.SEED, dir.resolve("seed.txt"));
        Files.copy(Fixtures.SEED.resolveSibling("000_a9627bfb15e6d3a6.yml"), dir.resolve("seed.yml"));
        Builds.build(dir.resolve("first"), seed);
        String text = Files.readString(seed);
        int p4 = text.indexOf("We continue our joint efforts to reduce bilateral trade barriers.");
        int p5 = text.indexOf("Bilateral investment volumes are growing.");
        Files.writeString(seed, text.substring(0, p4) + text.substring(p5));
        Path site = dir.resolve("second");
        Builds.build(site, seed);
        try (SiteServer server = SiteServer.start(site, GateSites.SUBPATH)) {
            browser.open(server.base() + "index.html");
            browser.open(server.base() + SEED_PAGE + "#q3-p4");
            browser.waitUntil("location.hash === '#q3-p3'", Browser.PATIENCE);
            assertEquals("q3-p3", browser.script("return document.querySelector(':target').id"));
            assertTrue(inView("q3-p3"));
        }
    }

    @Test
    void withoutJavaScriptTheParagraphLinksStillWork() {
        GateSites.Site site = GateSites.seed();
        try (SiteServer server = SiteServer.start(site.root(), GateSites.SUBPATH)) {
            browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
            try {
                browser.open(server.base() + SEED_PAGE);
                assertTrue(browser.driver().findElements(By.cssSelector(".controls")).isEmpty(),
                        "no controls without the script");
                WebElement pilcrow = browser.driver().findElement(By.cssSelector("#q3-p4 .pilcrow"));
                new Actions(browser.driver()).scrollToElement(pilcrow).perform();
                pilcrow.click();
                assertTrue(browser.driver().getCurrentUrl().endsWith(SEED_PAGE + "#q3-p4"));
                assertEquals("q3-p4", browser.driver().findElement(By.cssSelector(":target")).getAttribute("id"));
            } finally {
                browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
            }
        }
    }
}
