package org.verbatim.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.verbatim.gates.GateSites;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The numbers the README states about search and citations, measured on the seed and corpus sites: the search
 * index's size against the site's text, the weight the citation data adds to question pages, and the time to first
 * results in headless Chromium (search.js's {@code data-search-ms}: loading lunr and the index, building the lunr
 * index, querying, showing). A measurement, not a gate: it runs only when asked,
 * {@code mvn -q test -Dtest=SearchCostMeasurement -Dverbatim.measure=true}, and prints a report.
 */
class SearchCostMeasurement {
    static final int RUNS = 7;
    static final List<String> QUERIES = List.of("Power of Siberia", "sanction", "cooperation");

    @Test
    void measure() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("verbatim.measure"), "a measurement: -Dverbatim.measure=true");
        Browser.assumeAvailable();
        StringBuilder report = new StringBuilder();
        try (Browser browser = Browser.start()) {
            List<GateSites.Site> sites = new ArrayList<>(List.of(GateSites.seed(), GateSites.corpus()));
            // -Dverbatim.measure.reverse=true measures the corpus first, to see whether order matters.
            if (Boolean.getBoolean("verbatim.measure.reverse")) {
                Collections.reverse(sites);
            }
            for (GateSites.Site site : sites) {
                sizes(site, report);
                times(browser, site, report);
            }
        }
        System.out.println(report);
        Files.writeString(Path.of("target/search-cost.txt"), report);
    }

    private static void sizes(GateSites.Site site, StringBuilder report) throws IOException {
        byte[] index = Files.readAllBytes(site.root().resolve("search/index.js"));
        byte[] lunr = Files.readAllBytes(site.root().resolve("search/lunr.min.js"));
        String json = new String(index, StandardCharsets.UTF_8);
        JsonObject data = new Gson().fromJson(json.substring(json.indexOf('{'), json.lastIndexOf('}') + 1),
                JsonObject.class);
        StringBuilder text = new StringBuilder();
        for (var p : data.getAsJsonArray("paragraphs")) {
            text.append(((JsonArray) p).get(3).getAsString()).append('\n');
        }
        byte[] raw = text.toString().getBytes(StandardCharsets.UTF_8);
        long html = 0;
        long htmlGz = 0;
        long interviewGz = 0;
        long questionGz = 0;
        long questionGzWithout = 0;
        for (String page : site.pages()) {
            byte[] bytes = Files.readAllBytes(site.root().resolve(page));
            html += bytes.length;
            htmlGz += gzip(bytes);
            // The pages that carry the transcripts' words: each interview's folder (contents, questions, transcript).
            if (page.contains("/") && data.getAsJsonArray("interviews").asList().stream()
                    .anyMatch(i -> page.startsWith(i.getAsJsonObject().get("slug").getAsString() + "/"))) {
                interviewGz += gzip(bytes);
            }
            var doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
            if (doc.getElementById("citations") != null) {
                questionGz += gzip(bytes);
                String without = new String(bytes, StandardCharsets.UTF_8)
                        .replace(doc.getElementById("citations").outerHtml(), "");
                assertTrue(without.length() < bytes.length, page);
                questionGzWithout += gzip(without.getBytes(StandardCharsets.UTF_8));
            }
        }
        report.append(String.format(Locale.ROOT, """
                %s site: %d paragraphs, paragraph text %,d bytes (gzip %,d); %d HTML pages %,d bytes (gzip %,d)
                  search/index.js %,d bytes, gzip %,d = %.2fx the raw paragraph text, %.2fx its gzip; %.2fx the \
                gzipped interview pages (%,d), %.2fx all gzipped HTML
                  search/lunr.min.js %,d bytes, gzip %,d (also loaded on the first search)
                  citation data: question pages gzip %,d with it, %,d without (+%.0f%%)
                """, site.name(), data.getAsJsonArray("paragraphs").size(), raw.length, gzip(raw),
                site.pages().size(), html, htmlGz, index.length, gzip(index), (double) gzip(index) / raw.length,
                (double) gzip(index) / gzip(raw), (double) gzip(index) / interviewGz, interviewGz,
                (double) gzip(index) / htmlGz, lunr.length, gzip(lunr), questionGz, questionGzWithout,
                100.0 * (questionGz - questionGzWithout) / questionGzWithout));
    }

    private static void times(Browser browser, GateSites.Site site, StringBuilder report) {
        try (SiteServer server = SiteServer.start(site.root(), GateSites.SUBPATH)) {
            for (String query : QUERIES) {
                List<Long> ms = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    // A new page each time: lunr, the index and the lunr index are loaded and built again.
                    browser.open(server.base() + "index.html");
                    browser.open(server.base() + "search.html?q=" + query.replace(' ', '+'));
                    browser.waitUntil("document.documentElement.dataset.searchMs", 60);
                    assertTrue(((Number) browser.script("return document.querySelectorAll('#results li').length"))
                            .intValue() > 0, query);
                    ms.add(Long.parseLong((String) browser.script("return document.documentElement.dataset.searchMs")));
                }
                List<Long> sorted = new ArrayList<>(ms);
                Collections.sort(sorted);
                report.append(String.format(Locale.ROOT, "  time to first results for '%s': median %d ms (runs %s)%n",
                        query, sorted.get(sorted.size() / 2), ms));
            }
        }
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
