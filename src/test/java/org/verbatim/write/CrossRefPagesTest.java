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
        // Three or more topics; those shared with other questions link to their page, the others are plain text.
        List<Element> topics = q5.select(".xrefs section:has(h2:containsOwn(Topics)) li");
        assertTrue(topics.size() >= 3, topics.toString());
        for (Element t : topics) {
            Element a = t.selectFirst("a");
            if (a != null) {
                assertTrue(page("topics/" + a.attr("href").substring("../topics/".length()))
                        .select(".question-list li").size() >= 2, a.text());
            } else {
                assertFalse(Files.exists(site.resolve("topics/" + t.text().toLowerCase().replace(' ', '-') + ".html")),
                        t.text() + ": a topic of one question has no page");
            }
        }
        List<Element> related = q5.select(".xrefs .related a");
        assertTrue(!related.isEmpty() && related.size() <= 3);
    }

    @Test
    void entityPageListsEveryMentionAsAQuoteLinkingToItsParagraph() throws IOException {
        Document sco = page("entities/shanghai-cooperation-organisation.html");
        assertEquals("Shanghai Cooperation Organisation", sco.selectFirst("h1").text());
        // One group per transcript that names it, each with its count, the best quote and the other places.
        List<Element> groups = sco.select(".mention-group");
        assertTrue(!groups.isEmpty(), sco.text());
        Element group = groups.get(0);
        assertTrue(group.selectFirst("h2 a").attr("href").contains("putin-xinhua"), "the seed is the newest");
        for (Element g : groups) {
            java.util.regex.Matcher count = java.util.regex.Pattern.compile("(\\d+) mentions?").matcher(g.text());
            assertTrue(count.find(), g.text());
            List<Element> links = new java.util.ArrayList<>(g.select(".source a"));
            links.addAll(g.select(".also a"));
            assertEquals(Integer.parseInt(count.group(1)), links.size(), "every mention is linked");
            for (Element a : links) {
                String href = a.attr("href");
                assertTrue(href.matches("\\.\\./[a-z0-9-]+/q\\d+\\.html#q\\d+-p\\d+"), href);
                String id = href.substring(href.indexOf('#') + 1);
                String text = page(href.substring(3, href.indexOf('#'))).getElementById(id).text();
                assertTrue(text.contains("SCO") || text.contains("Shanghai Cooperation Organisation"), href);
            }
        }
        assertTrue(group.select(".source a, .also a").size() >= 5, "SCO is named across the fifth answer");
        String best = group.selectFirst(".source a").attr("href");
        Document target = page(best.substring(3, best.indexOf('#')));
        // The ellipsis marking a cut sentence is ours, not the speaker's; everything else is theirs, verbatim.
        Element quote = group.selectFirst("blockquote").clone();
        quote.select(".elided").remove();
        assertTrue(target.getElementById(best.substring(best.indexOf('#') + 1)).text().contains(quote.text()),
                "the quote is the paragraph's own words: " + best);
    }

    @Test
    void indexesListTopicsNamesByKindAndFigures() throws IOException {
        Document names = page("entities/index.html");
        List<String> kinds = names.select(".entity-group h2").eachText();
        assertTrue(kinds.containsAll(List.of("Person", "Organisation", "Place")), kinds.toString());
        assertTrue(Files.isRegularFile(site.resolve("topics/index.html")));
        Document topics = page("topics/index.html");
        assertTrue(topics.select(".chips a").size() > 5, topics.select(".chips a").eachText().toString());
        // Only topics shared by several questions have pages; the index lists exactly those.
        List<Element> listed = topics.select(".chips a");
        for (Element a : listed) {
            assertTrue(page("topics/" + a.attr("href").substring("../topics/".length()))
                    .select(".question-list li").size() >= 2, a.text());
        }
        try (var files = Files.list(site.resolve("topics"))) {
            assertEquals(listed.size() + 1, files.count(), "a page per listed topic, and the index");
        }
        // Names said once have no page; the index lists every name with a page, with its count.
        for (Element a : names.select(".chips a")) {
            assertTrue(Integer.parseInt(a.parent().selectFirst(".count").text()) >= 2, a.text());
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
