package org.verbatim.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Builds;
import org.verbatim.Fixtures;

/** Cross-references as a reader meets them in a real bake of seed, k1 and w1 together. */
class CrossRefPagesTest {

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void bake() {
        site = dir.resolve("site");
        Builds.build(site, Fixtures.SEED, Fixtures.K1, Fixtures.W1);
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void backReferenceIsALinkOverTheExactWordsToTheEarlierParagraph() throws IOException {
        Document q2 = page("2025-08-30-putin-xinhua/q2.html");
        Element link = q2.selectFirst("#q2-p2 a.backref");
        assertEquals("As I have already noted", link.text());
        assertEquals("q1.html#q1-p2", link.attr("href"));
        assertTrue(q2.selectFirst("#q2-p2").text().startsWith("As I have already noted, this year"));
        Document full = page("2025-08-30-putin-xinhua/transcript.html");
        assertEquals("#q1-p2", full.selectFirst("#q2-p2 a.backref").attr("href"), "same page on the full transcript");
    }

    @Test
    void questionPageShowsTopicsNamesAndRelatedQuestions() throws IOException {
        Document q5 = page("2025-08-30-putin-xinhua/q5.html");
        List<String> names = q5.select(".xrefs a[href^=../entities/]").eachText();
        assertTrue(names.contains("Shanghai Cooperation Organisation"), names.toString());
        assertFalse(names.contains("SCO"), "the acronym is an alias, not a second entity: " + names);
        assertTrue(q5.select(".xrefs a[href^=../topics/]").size() >= 3);
        List<Element> related = q5.select(".xrefs .related a");
        assertTrue(!related.isEmpty() && related.size() <= 3);
    }

    @Test
    void entityPageListsEveryMentionAsAQuoteLinkingToItsParagraph() throws IOException {
        Document sco = page("entities/shanghai-cooperation-organisation.html");
        assertEquals("Shanghai Cooperation Organisation", sco.selectFirst("h1").text());
        List<Element> mentions = sco.select(".mentions li");
        assertTrue(mentions.size() >= 5, "SCO is named across the fifth answer");
        for (Element m : mentions) {
            String href = m.selectFirst("a").attr("href");
            assertTrue(href.matches("\\.\\./[a-z0-9-]+/q\\d+\\.html#q\\d+-p\\d+"), href);
            String id = href.substring(href.indexOf('#') + 1);
            Document target = page(href.substring(3, href.indexOf('#')));
            // The ellipsis marking a cut sentence is ours, not the speaker's; everything else is theirs, verbatim.
            Element quote = m.selectFirst("blockquote").clone();
            quote.select(".elided").remove();
            assertTrue(target.getElementById(id).text().contains(quote.text()),
                    "the snippet is the paragraph's own words: " + href);
        }
    }

    @Test
    void indexesListTopicsNamesByKindAndFigures() throws IOException {
        Document names = page("entities/index.html");
        List<String> kinds = names.select(".entity-group h2").eachText();
        assertTrue(kinds.containsAll(List.of("Person", "Organisation", "Place")), kinds.toString());
        assertTrue(Files.isRegularFile(site.resolve("topics/index.html")));
        Document topics = page("topics/index.html");
        assertTrue(topics.select(".chips a").size() > 10);
        // Topics shared by several questions come first, each topic of a single question after them.
        List<Element> shared = topics.select("section:has(#shared) .chips a");
        List<Element> single = topics.select("section:has(#single) .chips a");
        assertFalse(shared.isEmpty());
        assertFalse(single.isEmpty());
        assertEquals(topics.select(".chips a").size(), shared.size() + single.size());
        for (Element a : shared) {
            assertTrue(page("topics/" + a.attr("href")).select(".question-list li").size() >= 2, a.text());
        }
        for (Element a : single) {
            assertEquals(1, page("topics/" + a.attr("href")).select(".question-list li").size(), a.text());
        }
        Document figures = page("figures.html");
        List<String> rows = figures.select(".figures-table tbody td:first-child a").eachText();
        assertTrue(rows.stream().anyMatch(r -> r.contains("100 billion")), rows.toString());
        String href = figures.selectFirst(".figures-table tbody a").attr("href");
        assertTrue(href.matches("[a-z0-9-]+/q\\d+\\.html#q\\d+-p\\d+"), href);
    }

    @Test
    void noRelatedLinksBetweenTheWhiteHouseGaggleAndTheKremlinInterviews() throws IOException {
        try (var files = Files.list(site.resolve("2023-01-19-gaggle-dalton-criswell"))) {
            for (Path p : files.filter(f -> f.getFileName().toString().matches("q\\d+\\.html")).toList()) {
                for (Element a : Jsoup.parse(p.toFile(), "UTF-8").select(".xrefs .related a")) {
                    assertFalse(a.attr("href").startsWith("../20"), p + " relates to " + a.attr("href"));
                }
            }
        }
    }
}
