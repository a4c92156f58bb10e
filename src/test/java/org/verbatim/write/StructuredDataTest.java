package org.verbatim.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Builds;
import org.verbatim.Fixtures;

import com.google.gson.Gson;

/** The JSON-LD of a real bake parses, and says truthfully who asked, who answered, where and under what licence. */
class StructuredDataTest {
    private static final String BASE = "https://example.github.io/verbatim/";

    @Test
    void questionPageDescribesTheQuestionTheAnswerAndTheInterview(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        Builds.build(site, BASE, Fixtures.SEED);
        Document q3 = Jsoup.parse(site.resolve("2025-08-30-putin-xinhua/q3.html").toFile(), "UTF-8");
        Map<?, ?> page = new Gson().fromJson(q3.selectFirst("script[type=application/ld+json]").data(), Map.class);
        assertEquals("https://schema.org", page.get("@context"));
        assertEquals("WebPage", page.get("@type"));
        assertEquals("https://example.github.io/verbatim/2025-08-30-putin-xinhua/q3.html", page.get("url"));
        Map<?, ?> question = (Map<?, ?>) page.get("mainEntity");
        assertEquals("Question", question.get("@type"));
        assertTrue(((String) question.get("text")).startsWith("In recent years, practical cooperation"));
        assertEquals("Xinhua", ((Map<?, ?>) question.get("author")).get("name"));
        Map<?, ?> answer = (Map<?, ?>) question.get("suggestedAnswer");
        assertEquals("Answer", answer.get("@type"));
        Map<?, ?> author = (Map<?, ?>) answer.get("author");
        assertEquals(List.of("Person", "Vladimir Putin", "President of Russia"),
                List.of(author.get("@type"), author.get("name"), author.get("jobTitle")));
        assertTrue(((String) answer.get("text")).contains("Power of Siberia"));
        Map<?, ?> work = (Map<?, ?>) page.get("isPartOf");
        assertEquals(List.of("CreativeWork", "2025-08-30", "https://creativecommons.org/licenses/by/4.0/"),
                List.of(work.get("@type"), work.get("datePublished"), work.get("license")));
        assertEquals("Written interview", work.get("genre"));
    }

    @Test
    void aQuestionerKnownOnlyAsQHasNoMadeUpAuthor(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        Builds.build(site, BASE, Fixtures.W1);
        Document q2 = Jsoup.parse(site.resolve("2023-01-19-gaggle-dalton-criswell/q2.html").toFile(), "UTF-8");
        Map<?, ?> page = new Gson().fromJson(q2.selectFirst("script[type=application/ld+json]").data(), Map.class);
        Map<?, ?> question = (Map<?, ?>) page.get("mainEntity");
        assertTrue(((String) question.get("text")).startsWith("When you made your initial visit"));
        // The transcript labels the reporter only "Q": no author is better than a "Reporter" organisation.
        assertFalse(question.containsKey("author"), question.toString());
        Map<?, ?> answer = (Map<?, ?>) ((Map<?, ?>) question.get("suggestedAnswer")).get("author");
        assertEquals(List.of("Person", "Administrator Criswell"), List.of(answer.get("@type"), answer.get("name")));
    }

    @Test
    void anAnswerGivenByTwoPeopleNamesBoth(@TempDir Path dir) throws Exception {
        Path transcript = Files.writeString(dir.resolve("two.txt"), String.join("\n",
                "Two people answer",
                "",
                "Question: Who is responsible for the clean-up?",
                "Jane Doe: The county is.",
                "John Roe: And the state helps with funding.",
                ""));
        Files.writeString(dir.resolve("two.yml"), "slug: two\ndate: 2020-01-02\n");
        Path site = dir.resolve("site");
        Builds.build(site, BASE, transcript);
        Document q1 = Jsoup.parse(site.resolve("two/q1.html").toFile(), "UTF-8");
        Map<?, ?> page = new Gson().fromJson(q1.selectFirst("script[type=application/ld+json]").data(), Map.class);
        Map<?, ?> answer = (Map<?, ?>) ((Map<?, ?>) page.get("mainEntity")).get("suggestedAnswer");
        List<?> authors = (List<?>) answer.get("author");
        assertEquals(List.of("Jane Doe", "John Roe"), authors.stream().map(a -> ((Map<?, ?>) a).get("name")).toList());
    }
}
