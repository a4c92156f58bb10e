package org.verbatim.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.verbatim.gates.GateSites;

/**
 * The numbers the README states about search, measured in headless Chromium: the split index's size against the
 * site's gzipped pages, and per query, on a fresh page each time, the time from the query to the first result shown
 * and to the first 20 shown (search.js's {@code data-search-first-ms} and {@code data-search-ms}, loading whatever
 * index files they need), the JS heap in use once they are shown (DevTools' Runtime.getHeapUsage) and the bytes the
 * page and the query fetched (Resource Timing; the site server sends files uncompressed, so the gzipped size of the
 * same files is given too, as GitHub Pages would send them). A measurement, not a gate: it runs only when asked, on the seed and corpus sites or on
 * any built site ({@code bench/search-cost.sh SITE}), and writes {@code target/search-cost.txt}.
 */
class SearchCostMeasurement {
    static final int RUNS = Integer.getInteger("verbatim.measure.runs", 5);
    static final List<String> QUERIES = List.of("sanction", "energy", "cooperation", "Russia", "Power of Siberia");

    @Test
    void measure() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("verbatim.measure"), "a measurement: -Dverbatim.measure=true");
        Browser.assumeAvailable();
        StringBuilder report = new StringBuilder();
        List<GateSites.Site> sites = new ArrayList<>();
        String given = System.getProperty("verbatim.measure.site", "");
        if (given.isEmpty()) {
            sites.add(GateSites.seed());
            sites.add(GateSites.corpus());
        } else {
            sites.add(new GateSites.Site(Path.of(given).getFileName().toString(), Path.of(given).toAbsolutePath(), ""));
        }
        try (Browser browser = Browser.start()) {
            for (GateSites.Site site : sites) {
                sizes(site, report);
                System.out.println(report);
                times(browser, site, report);
            }
        }
        report.append(String.format(Locale.ROOT, "machine: %d cores, load average %s%n",
                Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).strip()));
        System.out.println(report);
        Files.writeString(Path.of("target/search-cost.txt"), report);
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static void sizes(GateSites.Site site, StringBuilder report) throws IOException {
        long html = 0;
        long htmlGz = 0;
        long largest = 0;
        Path largestPage = null;
        List<Path> pages = files(site.root(), ".html");
        for (Path page : pages) {
            byte[] bytes = Files.readAllBytes(page);
            html += bytes.length;
            htmlGz += gzip(bytes);
            if (bytes.length > largest) {
                largest = bytes.length;
                largestPage = page;
            }
        }
        long index = 0;
        long indexGz = 0;
        int indexFiles = 0;
        long largestShard = 0;
        for (Path f : files(site.root().resolve("search"), ".js")) {
            if (f.endsWith("lunr.min.js")) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(f);
            index += bytes.length;
            indexGz += gzip(bytes);
            indexFiles++;
            if (f.getParent().getFileName().toString().equals("t")) {
                largestShard = Math.max(largestShard, bytes.length);
            }
        }
        report.append(String.format(Locale.ROOT, """
                %s site: %,d HTML pages, %,d bytes (each page gzipped: %,d); largest page %s, %,d bytes
                  search index: %,d files, %,d bytes, gzipped file by file %,d = %.3fx the gzipped pages; \
                largest term shard %,d bytes
                """, site.name(), pages.size(), html, htmlGz, site.root().relativize(largestPage), largest,
                indexFiles, index, indexGz, (double) indexGz / htmlGz, largestShard));
    }

    private static void times(Browser browser, GateSites.Site site, StringBuilder report) throws IOException {
        try (SiteServer server = SiteServer.start(site.root(), GateSites.SUBPATH)) {
            for (String query : QUERIES) {
                List<Long> ms = new ArrayList<>();
                List<Long> first = new ArrayList<>();
                List<Long> heap = new ArrayList<>();
                List<Long> raw = new ArrayList<>();
                List<Long> gz = new ArrayList<>();
                String status = "";
                StringBuilder phases = new StringBuilder();
                for (int i = 0; i < RUNS; i++) {
                    // A new page each time: nothing of the index is loaded before the query.
                    browser.open(server.base() + "about.html");
                    browser.open(server.base() + "search.html?q=" + query.replace(' ', '+'));
                    browser.waitUntil("document.documentElement.dataset.searchMs", 120);
                    assertTrue(((Number) browser.script("return document.querySelectorAll('#results li').length"))
                            .intValue() > 0, query);
                    status = (String) browser.script("return document.getElementById('search-status').textContent");
                    ms.add(Long.parseLong((String) browser.script("return document.documentElement.dataset.searchMs")));
                    first.add(Long.parseLong((String) browser.script(
                            "return document.documentElement.dataset.searchFirstMs")));
                    Map<String, Object> usage = browser.driver().executeCdpCommand("Runtime.getHeapUsage", Map.of());
                    heap.add(((Number) usage.get("usedSize")).longValue());
                    @SuppressWarnings("unchecked")
                    List<String> urls = (List<String>) browser.script("return [location.href.split('?')[0]].concat("
                            + "performance.getEntriesByType('resource').map(e => e.name))");
                    long r = 0;
                    long g = 0;
                    for (String url : urls) {
                        String path = URI.create(url).getPath();
                        if (!path.startsWith(server.base().getPath())
                                || !Files.isRegularFile(site.root().resolve(path.substring(server.base().getPath().length())))) {
                            continue; // the browser's own requests (favicon.ico), answered with the 404 page
                        }
                        byte[] bytes = Files.readAllBytes(site.root().resolve(path.substring(server.base().getPath().length())));
                        r += bytes.length;
                        g += gzip(bytes);
                    }
                    raw.add(r);
                    gz.add(g);
                    if (i == RUNS - 1) {
                        phases.append(phases(browser));
                    }
                }
                report.append(String.format(Locale.ROOT,
                        "  '%s' (%s): first result shown ms %s; 20 shown ms %s; JS heap MB %s; fetched KB %s (gzipped %s)%n",
                        query, status.replaceAll(";.*|\\.$", ""), spread(first, 1), spread(ms, 1),
                        spread(heap, 1 << 20), spread(raw, 1024), spread(gz, 1024)));
                report.append("    last run, ms after the query: ").append(phases).append('\n');
                System.out.println(report);
            }
        }
    }

    /**
     * Where the last run's time went: when (after the query started, search.js's data-search-start) the index's
     * table of contents and lunr, the term shards and the paragraph files had arrived, and how many of each.
     */
    private static String phases(Browser browser) {
        @SuppressWarnings("unchecked")
        Map<String, Object> p = (Map<String, Object>) browser.script("""
                const start = Number(document.documentElement.dataset.searchStart);
                const out = {};
                for (const e of performance.getEntriesByType('resource')) {
                  const m = e.name.match(/search\\/(meta|lunr|t|d|s)[.\\/]/);
                  if (!m) continue;
                  const k = m[1] === 'lunr' ? 'meta' : m[1];
                  const o = out[k] || (out[k] = {n: 0, end: 0});
                  o.n++;
                  o.end = Math.max(o.end, e.responseEnd - start);
                }
                return out;""");
        StringBuilder s = new StringBuilder();
        for (String k : List.of("meta", "t", "s", "d")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> o = (Map<String, Object>) p.get(k);
            if (o != null) {
                s.append(String.format(Locale.ROOT, "%s %d file(s) by %.0f; ", Map.of("meta", "contents and lunr",
                        "t", "term shards", "s", "speaker runs", "d", "paragraph files").get(k),
                        ((Number) o.get("n")).intValue(), ((Number) o.get("end")).doubleValue()));
            }
        }
        return s.toString().strip();
    }

    /** min / median / max of several runs, each divided by {@code unit}. */
    private static String spread(List<Long> values, long unit) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, unit == 1 ? "%.0f / %.0f / %.0f" : "%.1f / %.1f / %.1f",
                sorted.get(0) / (double) unit, sorted.get(sorted.size() / 2) / (double) unit,
                sorted.get(sorted.size() - 1) / (double) unit);
    }

    private static long gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }
}
