package org.verbatim.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verbatim.browser.Browser;
import org.verbatim.browser.SiteServer;

/**
 * Gate: every page sends a strict Content-Security-Policy (as a meta tag, before anything it governs) and has
 * nothing the policy would have to allow: no inline script, no event-handler attribute, no style attribute or
 * element, no {@code javascript:} URL. In Chromium, no page of the seed site reports a policy violation.
 */
public class ContentSecurityPolicyGateTest {

    /** The directives every page must carry, with exactly these sources. */
    static final Map<String, String> REQUIRED = Map.of(
            "default-src", "'self'", "script-src", "'self'", "style-src", "'self'", "img-src", "'self' data:",
            "object-src", "'none'", "base-uri", "'none'", "form-action", "'self'");

    static Browser browser;

    @BeforeAll
    static void start() {
        if (Browser.available()) {
            browser = Browser.start();
        }
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
    void everyPageHasAStrictPolicyAndNothingInline(GateSites.Site site) {
        List<String> problems = new ArrayList<>();
        for (String page : site.pages()) {
            try {
                problems.addAll(problems(page, Jsoup.parse(Files.readString(site.root().resolve(page)))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertEquals(List.of(), problems.subList(0, Math.min(problems.size(), 30)), problems.size() + " problems");
    }

    /** The gate sees what it is meant to: a page made wrong on purpose in each way is caught. */
    @Test
    void gateCatchesEachKindOfProblem() {
        String policy = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self';"
                + " style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'\">";
        assertEquals(List.of(), problems("good", Jsoup.parse("<head>" + policy + "<script src=a.js></script>"
                + "<script type=application/ld+json>{}</script></head><body><a href=x.html>x</a></body>")));
        assertFalse(problems("none", Jsoup.parse("<p>x</p>")).isEmpty());
        assertFalse(problems("weak", Jsoup.parse(policy.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")))
                .isEmpty());
        assertFalse(problems("late", Jsoup.parse("<head><script src=a.js></script>" + policy + "</head>")).isEmpty());
        for (String body : List.of("<script>x()</script>", "<img src=x onerror=x()>", "<p style=color:red>",
                "<style>p{}</style>", "<a href=\" JavaScript:x()\">", "<iframe src=javascript:x()>",
                "<form action=javascript:x()>")) {
            assertFalse(problems(body, Jsoup.parse("<head>" + policy + "</head><body>" + body)).isEmpty(), body);
        }
    }

    public static List<String> problems(String page, Document doc) {
        List<String> problems = new ArrayList<>();
        List<Element> metas = doc.select("meta[http-equiv~=(?i)content-security-policy]");
        if (metas.size() != 1) {
            problems.add(page + ": " + metas.size() + " Content-Security-Policy meta tags, expected 1");
        } else {
            Element meta = metas.get(0);
            if (meta.parent() != doc.head()) {
                problems.add(page + ": the policy is not in the head");
            }
            for (Element before = meta.previousElementSibling(); before != null; before = before.previousElementSibling()) {
                if (!before.tagName().equals("meta") || !before.hasAttr("charset")) {
                    problems.add(page + ": <" + before.tagName() + "> comes before the policy, which does not govern it");
                }
            }
            Map<String, String> directives = new LinkedHashMap<>();
            for (String directive : meta.attr("content").split(";")) {
                String[] parts = directive.strip().split("\\s+", 2);
                directives.put(parts[0].toLowerCase(Locale.ROOT), parts.length > 1 ? parts[1] : "");
            }
            REQUIRED.forEach((name, sources) -> {
                if (!sources.equals(directives.get(name))) {
                    problems.add(page + ": " + name + " is '" + directives.get(name) + "', expected '" + sources + "'");
                }
            });
        }
        for (Element script : doc.select("script")) {
            String type = script.attr("type").toLowerCase(Locale.ROOT);
            boolean data = type.equals("application/ld+json") || type.equals("application/json");
            if (!data && (!script.hasAttr("src") || !script.data().isBlank())) {
                problems.add(page + ": inline script: " + abbreviate(script.outerHtml()));
            }
        }
        if (!doc.select("style").isEmpty()) {
            problems.add(page + ": a <style> element");
        }
        for (Element element : doc.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("style")) {
                    problems.add(page + ": " + name + " attribute on <" + element.tagName() + ">");
                }
                if (List.of("href", "src", "action", "formaction", "data", "xlink:href").contains(name)
                        && (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:text"))) {
                    problems.add(page + ": script URL in " + name + " of <" + element.tagName() + ">");
                }
            }
        }
        return problems;
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }

    /** Chromium enforces the policy: loading every page of the seed site over HTTP reports no violation. */
    @Test
    void noPageOfTheSiteViolatesItsPolicyInTheBrowser() {
        Browser.assumeAvailable();
        GateSites.Site site = GateSites.seed();
        browser.addScriptToEveryPage("window.__csp = []; document.addEventListener('securitypolicyviolation',"
                + " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));");
        List<String> problems = new ArrayList<>();
        try (SiteServer server = SiteServer.start(site.root(), GateSites.SUBPATH)) {
            for (String page : site.pages()) {
                String query = page.equals("search.html") ? "?q=cooperation" : "";
                browser.open(server.base().resolve(page + query).toString());
                browser.waitUntil("document.readyState === 'complete'", 60);
                if (!query.isEmpty()) {
                    browser.waitUntil("document.querySelector('#results li')", 60);
                }
                Object found = browser.script("return window.__csp.join(', ')");
                if (!String.valueOf(found).isEmpty()) {
                    problems.add(page + ": " + found);
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(site.pages().size() > 30, "the seed site has its pages (6 questions, contents, transcript, indexes): " + site.pages().size());
    }
}
