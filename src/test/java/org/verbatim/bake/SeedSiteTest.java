package org.verbatim.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Builds;
import org.verbatim.Fixtures;
import org.verbatim.cli.SiteBuild;

/** A real JBake bake of the seed, read back with jsoup. */
class SeedSiteTest {

    @TempDir
    static Path dir;
    static Path site;
    static SiteBuild.Summary summary;

    @BeforeAll
    static void bake() {
        site = dir.resolve("site");
        summary = Builds.build(site, Fixtures.SEED);
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void everyPageIsThere() {
        assertEquals(6, summary.questions());
        assertEquals(53, summary.paragraphs());
        for (String p : List.of("index.html", "404.html", "about.html", "css/site.css",
                "2025-08-30-putin-xinhua/index.html", "2025-08-30-putin-xinhua/transcript.html",
                "2025-08-30-putin-xinhua/q1.html", "2025-08-30-putin-xinhua/q6.html")) {
            assertTrue(Files.isRegularFile(site.resolve(p)), p);
        }
        assertFalse(Files.exists(site.resolve("2025-08-30-putin-xinhua/q7.html")));
    }

    @Test
    void homeListsTheInterview() throws IOException {
        Document home = page("index.html");
        Element link = home.selectFirst(".interview-list a.title");
        assertEquals("2025-08-30-putin-xinhua/index.html", link.attr("href"));
        assertEquals("President Putin Gives Written Interview to Chinese Xinhua News Agency", link.text());
    }

    @Test
    void interviewPageHasMetadataCreditAndNumberedContents() throws IOException {
        Document doc = page("2025-08-30-putin-xinhua/index.html");
        assertTrue(doc.selectFirst(".meta").text().contains("30 August 2025"));
        assertTrue(doc.selectFirst(".lead").text().startsWith("Ahead of his official visit"));
        Element credit = doc.selectFirst(".credit");
        assertTrue(credit.text().contains("President of Russia (kremlin.ru)"), credit.text());
        assertEquals("https://creativecommons.org/licenses/by/4.0/", credit.selectFirst("a[rel=license]").attr("href"));
        List<String> contents = doc.select("ol.contents a").eachAttr("href");
        assertEquals(List.of("q1.html", "q2.html", "q3.html", "q4.html", "q5.html", "q6.html"), contents);
        assertEquals("transcript.html", doc.selectFirst(".full a").attr("href"));
    }

    @Test
    void questionPageSetsTheQuestionApartAndLinksEveryParagraph() throws IOException {
        Document doc = page("2025-08-30-putin-xinhua/q3.html");
        assertEquals(List.of("../index.html", "index.html"), doc.select(".breadcrumb a").eachAttr("href"));
        assertEquals("q3-p1", doc.selectFirst(".asked .para").id());
        List<Element> answer = doc.select(".answer .para");
        assertEquals(6, answer.size());
        for (int i = 0; i < answer.size(); i++) {
            Element p = answer.get(i);
            assertEquals("q3-p" + (i + 2), p.id());
            assertEquals("#" + p.id(), p.selectFirst("a.pilcrow").attr("href"));
        }
        assertEquals("Vladimir Putin", doc.selectFirst(".answer .speaker .name").text());
        assertEquals("Putin", doc.selectFirst(".answer .speaker").attr("data-label"));
        assertEquals("q2.html", doc.selectFirst(".prev-next a[rel=prev]").attr("href"));
        assertEquals("q4.html", doc.selectFirst(".prev-next a[rel=next]").attr("href"));
        assertTrue(doc.selectFirst("#q3-p3").text().contains("Power of Siberia"));
    }

    @Test
    void firstAndLastQuestionsHaveOneNeighbour() throws IOException {
        assertTrue(page("2025-08-30-putin-xinhua/q1.html").select("a[rel=prev]").isEmpty());
        assertTrue(page("2025-08-30-putin-xinhua/q6.html").select("a[rel=next]").isEmpty());
    }

    @Test
    void fullTranscriptHasEveryQuestionAndParagraph() throws IOException {
        Document doc = page("2025-08-30-putin-xinhua/transcript.html");
        assertEquals(6, doc.select("section.exchange > h2[id]").size());
        assertEquals(53, doc.select(".para[id]").size());
        assertEquals("q6.html", doc.selectFirst("#q6").parent().selectFirst(".page-link a").attr("href"));
    }

    @Test
    void allLinksAreRelative() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path html : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(html.toFile(), "UTF-8");
                for (Element e : doc.select("a[href], link[href], script[src]")) {
                    String link = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                    assertFalse(link.startsWith("/"), html + ": " + link);
                    if (link.matches("^[a-z]+:.*")) {
                        assertFalse(link.contains("localhost"), html + ": " + link);
                    }
                }
            }
        }
    }

    @Test
    void twoBuildsAreByteIdentical() throws IOException {
        Path again = dir.resolve("again");
        Builds.build(again, Fixtures.SEED);
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path twin = again.resolve(site.relativize(file).toString());
                assertTrue(Files.exists(twin), twin.toString());
                assertEquals(-1L, Files.mismatch(file, twin), file.toString());
            }
        }
    }
}
