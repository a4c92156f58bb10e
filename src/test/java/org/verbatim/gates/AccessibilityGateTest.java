package org.verbatim.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verbatim.browser.Browser;
import org.verbatim.browser.SiteServer;

/**
 * Gate: axe-core finds no violation (its default rules: WCAG 2 A and AA, and best practices) on any page of the seed
 * and corpus sites, with the system in light and in dark colour scheme, in headless Chromium.
 */
class AccessibilityGateTest {
    /** axe-core's WebJar, pinned in the pom; read from the test classpath, never fetched. */
    static final String AXE = "/META-INF/resources/webjars/axe-core/" + System.getProperty("verbatim.axe.version",
            "4.6.3") + "/axe.min.js";

    static Browser browser;
    static String axe;

    @BeforeAll
    static void start() throws IOException {
        try (InputStream in = AccessibilityGateTest.class.getResourceAsStream(AXE)) {
            assertTrue(in != null, "axe-core not on the test classpath at " + AXE);
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        browser = Browser.start();
        if (browser != null) {
            // Sent once; Chromium evaluates it in each page before the page's own scripts (nothing is fetched).
            browser.addScriptToEveryPage(axe);
        }
    }

    @BeforeEach
    void needsTheBrowser() {
        Browser.assumeAvailable();
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

    /**
     * Each page is loaded once and checked in both schemes: the emulated scheme switches the page's media queries in
     * place. Besides the built pages, two states that scripts make: search results, and the paragraph a result
     * leads to with the words found highlighted.
     */
    @ParameterizedTest(name = "{0} site")
    @MethodSource("sites")
    void noAxeViolationOnAnyPageLightOrDark(GateSites.Site site) {
        List<String> violations = new ArrayList<>();
        List<String> pages = new ArrayList<>(site.pages());
        pages.add("search.html?q=energy");
        try (SiteServer server = SiteServer.start(site.root(), GateSites.SUBPATH)) {
            for (String page : pages) {
                browser.colorScheme("light");
                browser.open(server.base().resolve(page).toString());
                if (page.startsWith("search.html?")) {
                    browser.waitUntil("document.documentElement.dataset.searchMs", Browser.PATIENCE);
                    String result = (String) browser.script("return document.querySelector('#results a').href");
                    check(site + "/" + page, violations);
                    browser.colorScheme("light");
                    browser.open(result);
                    page = result.substring(server.base().toString().length());
                }
                check(site + "/" + page, violations);
            }
        }
        assertEquals("", String.join("\n", violations), violations.size() + " axe violation(s) in " + pages.size()
                + " pages");
    }

    /** Runs axe on the open page in light then dark, having checked that each scheme really applies. */
    private static void check(String page, List<String> violations) {
        for (String scheme : List.of("light", "dark")) {
            browser.colorScheme(scheme);
            assertSchemeApplied(scheme);
            for (String v : axe()) {
                violations.add(page + " [" + scheme + "]: " + v);
            }
        }
    }

    /** The emulated scheme really reaches the page: the media query matches and the stylesheet's colours follow. */
    private static void assertSchemeApplied(String scheme) {
        assertEquals(scheme.equals("dark"), browser.script(
                "return matchMedia('(prefers-color-scheme: dark)').matches"), "prefers-color-scheme: " + scheme);
        double bg = Colors.luminance((String) browser.script(
                "return getComputedStyle(document.body).backgroundColor"));
        assertTrue(scheme.equals("dark") ? bg < 0.05 : bg > 0.9, scheme + " page background luminance " + bg);
    }

    /** Runs axe (in every page, see start()) on the open page: one line per violated rule, with the elements at fault. */
    @SuppressWarnings("unchecked")
    private static List<String> axe() {
        return (List<String>) browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v =>
                    v.id + ' (' + v.impact + '): ' + v.help + v.nodes.map(n => '\\n    ' + n.target.join(' ')
                        + ' ' + n.html.slice(0, 200) + ' -- ' + (n.failureSummary || '').replace(/\\s+/g, ' ')
                    ).join(''))), e => done(['axe failed: ' + e]));
                """);
    }

    /** The gate can fail: axe, run this way, reports a low-contrast text and an image without alternative text. */
    @Test
    void axeReportsRealViolations() {
        browser.colorScheme("light");
        browser.open("data:text/html;charset=utf-8,<!DOCTYPE html><html lang=en><title>t</title><main>"
                + "<p style='color:%23bbb;background:%23fff'>faint</p><img src='data:image/gif;base64,"
                + "R0lGODlhAQABAAAAACw='></main>");
        String found = String.join("\n", axe());
        assertTrue(found.contains("color-contrast"), found);
        assertTrue(found.contains("image-alt"), found);
    }
}
