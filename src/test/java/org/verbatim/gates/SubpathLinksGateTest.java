package org.verbatim.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verbatim.browser.SiteServer;

/**
 * Gate: each site, served under {@code /verbatim/} on 127.0.0.1 as GitHub Pages serves a project site, is crawled
 * over HTTP from its home page. Every {@code href}, {@code src} and form action of every page answers 200, every
 * {@code #anchor} names an element of its page, every page of the site is reached, and the absolute addresses the
 * base URL produces (canonical, og:url, sitemap, feed, the 404 page) resolve once mapped onto the local server.
 */
class SubpathLinksGateTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(60)).build();

    static Stream<GateSites.Site> sites() {
        return GateSites.both();
    }

    /** A fetched address: status, content type, and the ids of the page when it is HTML. */
    private record Fetched(int status, String type, Document page, Set<String> ids) {
    }

    private final Map<URI, Fetched> fetched = new HashMap<>();

    @ParameterizedTest(name = "{0} site")
    @MethodSource("sites")
    void everyLinkResolvesUnderTheSubpath(GateSites.Site site) throws Exception {
        List<String> problems = new ArrayList<>();
        Set<String> reached = new TreeSet<>();
        try (SiteServer server = SiteServer.start(site.root(), GateSites.SUBPATH)) {
            URI base = server.base();
            Deque<URI> queue = new ArrayDeque<>(List.of(base));
            Set<URI> queued = new HashSet<>(queue);
            while (!queue.isEmpty()) {
                URI page = queue.removeFirst();
                Fetched f = fetch(page);
                if (f.status != 200 || f.page == null) {
                    problems.add(page + ": " + f.status + " " + f.type);
                    continue;
                }
                reached.add(pageName(base, page));
                for (URI link : links(site, base, page, f.page, problems)) {
                    URI target = withoutFragment(link);
                    Fetched t = fetch(target);
                    if (t.status != 200) {
                        problems.add(pageName(base, page) + ": " + link + " answers " + t.status);
                    } else if (link.getRawFragment() != null && (t.ids == null || !t.ids.contains(fragment(link)))) {
                        problems.add(pageName(base, page) + ": " + link + " names an anchor its page does not have");
                    } else if (t.page != null && target.getPath().startsWith(base.getPath()) && queued.add(target)) {
                        queue.add(target);
                    }
                }
            }
            problems.addAll(notFoundPage(site, base));
            problems.addAll(feeds(site, base));
        }
        Set<String> unreached = new TreeSet<>(site.pages());
        unreached.remove("404.html");
        unreached.removeAll(reached);
        unreached.forEach(p -> problems.add(p + ": never reached from the home page"));
        assertEquals("", String.join("\n", problems), problems.size() + " broken link(s) in " + reached.size()
                + " pages");
    }

    /** Every address a page points at, resolved against the page, base-URL addresses mapped to the local server. */
    private static Set<URI> links(GateSites.Site site, URI base, URI page, Document doc, List<String> problems) {
        Set<URI> links = new LinkedHashSet<>();
        for (Element e : doc.select("[href], [src], form[action], meta[property=og:url]")) {
            String attr = e.hasAttr("href") ? "href" : e.hasAttr("src") ? "src" : e.hasAttr("action") ? "action"
                    : "content";
            URI link;
            try {
                link = URI.create(e.absUrl(attr));
            } catch (IllegalArgumentException bad) {
                problems.add(pageName(base, page) + ": " + attr + " '" + e.attr(attr) + "' is not a valid URL");
                continue;
            }
            URI local = local(site, base, link);
            if (local != null) {
                links.add(local);
            }
        }
        return links;
    }

    /** The local address of a link into the site, or null for another site (a source, a licence). */
    private static URI local(GateSites.Site site, URI base, URI link) {
        String s = link.toString();
        if (!site.baseUrl().isEmpty() && s.startsWith(site.baseUrl())) {
            return base.resolve(s.substring(site.baseUrl().length()));
        }
        return s.startsWith(base.getScheme() + "://" + base.getRawAuthority() + "/") ? link : null;
    }

    /**
     * GitHub Pages answers any missing address with 404.html: with a base URL, the page must work at any depth;
     * without one, at the site's root (its links are relative to the root).
     */
    private List<String> notFoundPage(GateSites.Site site, URI base) throws Exception {
        List<String> problems = new ArrayList<>();
        URI missing = base.resolve(site.baseUrl().isEmpty() ? "no-such-page.html" : "no/such/page.html");
        Fetched f = fetch(missing);
        if (f.status != 404 || f.page == null || !f.page.title().startsWith("Page not found")) {
            return List.of(missing + ": expected the 404 page, got " + f.status + " " + f.type);
        }
        for (URI link : links(site, base, missing, f.page, problems)) {
            URI target = withoutFragment(link);
            // "#main" on the 404 page points into the 404 answer itself.
            Fetched t = target.equals(missing) ? new Fetched(200, f.type, f.page, f.ids) : fetch(target);
            if (t.status != 200) {
                problems.add("404 page at " + missing + ": " + link + " answers " + t.status);
            } else if (link.getRawFragment() != null && (t.ids == null || !t.ids.contains(fragment(link)))) {
                problems.add("404 page at " + missing + ": " + link + " names an anchor its page does not have");
            }
        }
        return problems;
    }

    /** Sitemap and feed (built only with a base URL) list addresses that must all answer. */
    private List<String> feeds(GateSites.Site site, URI base) throws Exception {
        if (site.baseUrl().isEmpty()) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        Set<String> urls = new LinkedHashSet<>();
        Document sitemap = Jsoup.parse(Files.readString(site.root().resolve("sitemap.xml")), "", Parser.xmlParser());
        sitemap.select("loc").forEach(e -> urls.add(e.text()));
        Document feed = Jsoup.parse(Files.readString(site.root().resolve("feed.xml")), "", Parser.xmlParser());
        feed.select("link[href]").forEach(e -> urls.add(e.attr("href")));
        assertTrue(urls.size() > 5, "sitemap and feed addresses: " + urls);
        for (String url : urls) {
            URI local = local(site, base, URI.create(url));
            if (local == null) {
                problems.add("sitemap/feed: " + url + " is not under the base URL " + site.baseUrl());
            } else if (fetch(local).status != 200) {
                problems.add("sitemap/feed: " + url + " answers " + fetch(local).status);
            }
        }
        return problems;
    }

    private Fetched fetch(URI uri) throws IOException, InterruptedException {
        Fetched known = fetched.get(uri);
        if (known != null) {
            return known;
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        String type = r.headers().firstValue("Content-Type").orElse("");
        Document page = type.startsWith("text/html") ? Jsoup.parse(r.body(), uri.toString()) : null;
        Set<String> ids = null;
        if (page != null) {
            ids = new HashSet<>();
            for (Element e : page.select("[id], a[name]")) {
                ids.add(e.hasAttr("id") ? e.id() : e.attr("name"));
            }
        }
        Fetched f = new Fetched(r.statusCode(), type, page, ids);
        fetched.put(uri, f);
        return f;
    }

    private static URI withoutFragment(URI uri) {
        String s = uri.toString();
        int hash = s.indexOf('#');
        return hash < 0 ? uri : URI.create(s.substring(0, hash));
    }

    private static String fragment(URI uri) {
        String f = uri.getFragment();
        int directive = f.indexOf(":~:");
        return directive >= 0 ? f.substring(0, directive) : f;
    }

    private static String pageName(URI base, URI page) {
        String name = base.relativize(withoutFragment(page)).getPath();
        return name.isEmpty() || name.endsWith("/") ? name + "index.html" : name;
    }

    /** The gate can fail: the crawl reports a missing page, a missing anchor, a link off the subpath, an orphan. */
    @Test
    void theCrawlReportsBrokenLinks(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("index.html"), "<!DOCTYPE html><title>home</title><a href='a.html#there'>a</a>"
                + " <a href='a.html#here'>a</a> <a href='gone.html'>gone</a> <a href='/elsewhere/x.html'>x</a>");
        Files.writeString(dir.resolve("a.html"), "<!DOCTYPE html><title>a</title><p id=here>");
        Files.writeString(dir.resolve("orphan.html"), "<!DOCTYPE html><title>orphan</title>");
        String message = assertThrows(AssertionError.class,
                () -> everyLinkResolvesUnderTheSubpath(new GateSites.Site("tiny", dir, ""))).getMessage();
        for (String expected : List.of("a.html#there names an anchor", "gone.html answers 404",
                "/elsewhere/x.html answers 404", "orphan.html: never reached", "expected the 404 page")) {
            assertTrue(message.contains(expected), expected + " in:\n" + message);
        }
        assertTrue(message.startsWith("5 broken link(s) in 2 pages"), message);
    }
}
