package org.verbatim.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbatim.browser.Browser;
import org.verbatim.browser.SiteServer;

/**
 * Gate: how the corpus site looks. Screenshots of the home, interview, question, full transcript, search, entity,
 * topics and figures pages, a meeting, a statement, a named interviewer's question and the kinds, speakers and
 * archive lists at 1280 and 390 px wide, light and dark, and of a question page printed, go to {@code target/screenshots/} for a
 * person to look at; what can be measured is asserted: nothing wider than a phone's screen, the dark scheme really
 * dark, and on paper the controls gone, paragraph numbers and link addresses printed.
 */
class LooksGateTest {
    static final Path SHOTS = Path.of("target/screenshots");
    static final int[][] SIZES = {{1280, 800}, {390, 844}};

    /** The pages a reader sees most, with the longest titles the corpus has (the gaggle's). */
    static final Map<String, String> PAGES = Map.ofEntries(
            Map.entry("home", "index.html"),
            Map.entry("interview", "2023-01-19-gaggle-dalton-criswell/index.html"),
            Map.entry("question", "2023-01-19-gaggle-dalton-criswell/q13.html"),
            Map.entry("transcript", "2025-08-30-putin-xinhua/transcript.html"),
            Map.entry("search", "search.html?q=energy"),
            Map.entry("entity", "entities/china.html"),
            Map.entry("topics", "topics/index.html"),
            Map.entry("figures", "figures.html"),
            // One real page of each other kind from the Kremlin sample, and the archive's lists.
            Map.entry("named-interviewer-question", "2020-03-04-on-stability-and-stagnation-in-economy/q2.html"),
            Map.entry("meeting", "2018-09-24-working-meeting-with-head-of-roskomnadzor/index.html"),
            Map.entry("statement", "2020-04-06-telephone-conversation-with-prime-minister-of/index.html"),
            Map.entry("kinds", "kinds/meeting.html"),
            Map.entry("speakers", "speakers/index.html"),
            Map.entry("archive", "archive/2020.html"));

    static Browser browser;
    static SiteServer server;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        if (browser != null) {
            server = SiteServer.start(GateSites.corpus().root(), GateSites.SUBPATH);
        }
    }

    @BeforeEach
    void needsTheBrowser() {
        Browser.assumeAvailable();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    private static void open(String page) {
        browser.open(server.base().resolve(page).toString());
        if (page.startsWith("search.html")) {
            browser.waitUntil("document.documentElement.dataset.searchMs", Browser.PATIENCE);
        }
    }

    @Test
    void screenshotsAtBothWidthsInBothSchemesAndNothingOverflows() {
        List<String> problems = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            browser.colorScheme(scheme);
            for (int[] size : SIZES) {
                browser.viewport(size[0], size[1]);
                for (var page : PAGES.entrySet()) {
                    open(page.getValue());
                    String where = page.getKey() + " at " + size[0] + " px, " + scheme;
                    problems.addAll(overflow(where, size[0]));
                    double bg = Colors.luminance((String) browser.script(
                            "return getComputedStyle(document.body).backgroundColor"));
                    if (scheme.equals("dark") ? bg > 0.05 : bg < 0.9) {
                        problems.add(where + ": background luminance " + bg);
                    }
                    browser.screenshot(SHOTS.resolve(page.getKey() + "-" + size[0] + "-" + scheme + ".png"), 2400);
                }
            }
        }
        assertEquals("", String.join("\n", problems), problems.size() + " layout problem(s)");
    }

    /** Between the two screenshot widths too: no page makes a small tablet or a narrow window scroll sideways. */
    @Test
    void nothingOverflowsAtInBetweenWidths() {
        browser.colorScheme("light");
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {320, 600, 680, 720, 768, 1024}) {
            browser.viewport(width, 800);
            for (var page : PAGES.entrySet()) {
                open(page.getValue());
                problems.addAll(overflow(page.getKey() + " at " + width + " px", width));
            }
        }
        assertEquals("", String.join("\n", problems), problems.size() + " layout problem(s)");
    }

    /** Anything whose box reaches past the right edge makes the page scroll sideways, or gets cut off. */
    private static List<String> overflow(String where, int width) {
        List<String> problems = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<String> wide = (List<String>) browser.script("""
                const w = document.documentElement.clientWidth;
                return [...document.querySelectorAll('body *')]
                  .filter(e => e.getBoundingClientRect().right > w + 1 && e.getClientRects().length)
                  .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
                    + ' right edge at ' + Math.round(e.getBoundingClientRect().right) + ' px');""");
        wide.forEach(w -> problems.add(where + ": " + w));
        Number scroll = (Number) browser.script("return document.documentElement.scrollWidth");
        if (scroll.intValue() > width) {
            problems.add(where + ": the page is " + scroll + " px wide");
        }
        return problems;
    }

    @Test
    void printedPagesKeepParagraphNumbersAndLinkAddressesAndDropControls() throws IOException {
        browser.viewport(794, 1123); // A4 at 96 dpi
        try {
            // Paper is white whatever the reader's screen: printed from a dark-scheme system, the text stays dark.
            browser.emulate("print", "dark");
            open(PAGES.get("question"));
            browser.screenshot(SHOTS.resolve("question-print-from-dark.png"), 2400);
            @SuppressWarnings("unchecked")
            List<String> pale = (List<String>) browser.script("""
                    return [...document.querySelectorAll('main *, .site-footer *')]
                      .filter(e => e.getClientRects().length && /\\S/.test(e.textContent))
                      .map(e => [e, getComputedStyle(e).color])
                      .filter(([e, c]) => c !== 'rgb(0, 0, 0)' && !c.startsWith('rgb(68, 68, 68)'))
                      .map(([e, c]) => e.tagName.toLowerCase() + '.' + e.className + ' ' + c);""");
            assertEquals(List.of(), pale, "text printed in other than black or dark grey");
            browser.emulate("print", "light");
            open(PAGES.get("question"));
            Path shot = browser.screenshot(SHOTS.resolve("question-print.png"), 2400);
            @SuppressWarnings("unchecked")
            List<String> shown = (List<String>) browser.script("""
                    return ['.site-header', '.site-search', '.prev-next', '.skip-link', '.pilcrow']
                      .flatMap(s => [...document.querySelectorAll(s)])
                      .filter(e => getComputedStyle(e).display !== 'none')
                      .map(e => e.className);""");
            assertEquals(List.of(), shown, "controls still shown in print");
            @SuppressWarnings("unchecked")
            List<String> numbers = (List<String>) browser.script("""
                    return [...document.querySelectorAll('.para[id]')]
                      .filter(p => getComputedStyle(p, '::before').content !== '"' + p.id + '"')
                      .map(p => p.id + ' prints ' + getComputedStyle(p, '::before').content);""");
            assertEquals(List.of(), numbers, "paragraph numbers missing in print");
            assertNumbersInTheMargin(shot);
            @SuppressWarnings("unchecked")
            List<String> addresses = (List<String>) browser.script("""
                    return [...document.querySelectorAll('main a[href^="http"]')]
                      .filter(a => !getComputedStyle(a, '::after').content.includes(a.getAttribute('href')))
                      .map(a => a.getAttribute('href'));""");
            assertEquals(List.of(), addresses, "links printed without their address");
            Number links = (Number) browser.script("return document.querySelectorAll('main a[href^=\"http\"]').length");
            assertTrue(links.intValue() >= 1, "the credit's source link: " + links);
            byte[] pdf = browser.printToPdf();
            assertTrue(pdf.length > 1000 && new String(pdf, 0, 5).equals("%PDF-"), "Chromium prints a PDF");
        } finally {
            browser.emulate("screen", "light");
        }
    }

    /**
     * Paragraph numbers are pseudo-elements, which scripts cannot measure: so the printed screenshot is read. Left of
     * main's text, level with each paragraph's first line, there must be ink (the number), and the page must not be
     * wider than the paper.
     */
    private static void assertNumbersInTheMargin(Path shot) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> layout = (Map<String, Object>) browser.script("""
                const main = document.querySelector('main');
                const left = main.getBoundingClientRect().left + parseFloat(getComputedStyle(main).paddingLeft);
                return {left: left, width: document.documentElement.scrollWidth,
                  paras: [...document.querySelectorAll('.para[id]')].map(p => {
                    const r = p.getBoundingClientRect();
                    return [p.id, r.top + scrollY, Math.min(r.height, 24)];
                  })};""");
        BufferedImage image = ImageIO.read(shot.toFile());
        int textLeft = ((Number) layout.get("left")).intValue();
        assertTrue(textLeft >= 40, "no left margin for paragraph numbers: text starts at x=" + textLeft);
        assertTrue(((Number) layout.get("width")).intValue() <= image.getWidth(), "wider than the paper");
        @SuppressWarnings("unchecked")
        List<List<Object>> paras = (List<List<Object>>) layout.get("paras");
        assertTrue(paras.size() >= 2, "paragraphs: " + paras);
        List<String> blank = new ArrayList<>();
        for (List<Object> para : paras) {
            int top = ((Number) para.get(1)).intValue();
            int height = ((Number) para.get(2)).intValue();
            int ink = 0;
            for (int y = top; y < Math.min(top + height, image.getHeight()); y++) {
                for (int x = 0; x < textLeft - 6; x++) {
                    int rgb = image.getRGB(x, y);
                    if (((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3 < 160) {
                        ink++;
                    }
                }
            }
            if (ink < 10) {
                blank.add(para.get(0) + " (" + ink + " dark pixels left of x=" + textLeft + " at y=" + top + ")");
            }
        }
        assertEquals(List.of(), blank, "paragraph numbers not printed in the margin; see " + shot);
    }
}
