package org.verbatim.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Builds;
import org.verbatim.Fixtures;
import org.verbatim.model.Interview;
import org.verbatim.model.Metadata;
import org.verbatim.model.Passage;
import org.verbatim.model.Question;
import org.verbatim.model.Transcript;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** The citation data a page embeds gives back exactly {@link Citation}'s strings once its placeholders are filled. */
class PageCitationsTest {

    private static final String URL = "http://127.0.0.1:8820/verbatim/2025-08-30-putin-xinhua/q3.html#q3-p2";

    /** Fills both placeholders in one pass, as site.js does. */
    static String fill(JsonObject data, String template, String url, String text) {
        String u = data.get("url").getAsString();
        String t = data.get("text").getAsString();
        Matcher m = Pattern.compile(Pattern.quote(u) + "|" + Pattern.quote(t)).matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group().equals(u) ? url : text));
        }
        return m.appendTail(out).toString();
    }

    static List<String> filled(JsonObject data, String id, String url, String text) {
        JsonArray indices = data.getAsJsonObject("paragraphs").getAsJsonArray(id);
        JsonArray strings = data.getAsJsonArray("strings");
        return indices.asList().stream()
                .map(i -> fill(data, strings.get(i.getAsInt()).getAsString(), url, text)).toList();
    }

    private static Question question(Interview interview, String id) {
        return interview.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    private static void assertRoundTrip(Interview interview, String text) {
        for (Question q : interview.questions()) {
            JsonObject data = new Gson().fromJson(PageCitations.json(interview, q.passages()), JsonObject.class);
            assertEquals(PageCitations.FIELDS, data.getAsJsonArray("fields").asList().stream()
                    .map(f -> f.getAsString()).toList());
            for (Passage p : q.passages()) {
                String url = "https://example.org/x/" + q.id() + ".html#" + p.id();
                assertEquals(PageCitations.values(Citation.of(interview, p, url), text),
                        filled(data, p.id(), url, text), p.id());
            }
        }
    }

    @Test
    void filledInStringsAreCitationsOwnForEveryParagraphOfTheSeed() {
        Interview seed = Fixtures.interview(Fixtures.SEED);
        assertRoundTrip(seed, "Some words, “quoted” & <escaped>.");
        JsonObject q3 = new Gson().fromJson(PageCitations.json(seed, question(seed, "q3").passages()),
                JsonObject.class);
        assertEquals("[url]", q3.get("url").getAsString());
        assertEquals(List.of("Q3 ¶2", "“Economic relations.” — Vladimir Putin, written interview to Xinhua,"
                + " 30 August 2025, Q3 ¶2, " + URL), filled(q3, "q3-p2", URL, "Economic relations.").subList(0, 2));
    }

    @Test
    void storesEachDistinctStringOnce() {
        Interview seed = Fixtures.interview(Fixtures.SEED);
        Question q3 = question(seed, "q3");
        JsonObject data = new Gson().fromJson(PageCitations.json(seed, q3.passages()), JsonObject.class);
        JsonObject paragraphs = data.getAsJsonObject("paragraphs");
        int apa = PageCitations.FIELDS.indexOf("apa");
        // The same speaker's APA reference differs only by the URL, which is the placeholder here.
        assertEquals(paragraphs.getAsJsonArray("q3-p2").get(apa), paragraphs.getAsJsonArray("q3-p7").get(apa));
        assertTrue(data.getAsJsonArray("strings").size() < q3.passages().size() * PageCitations.FIELDS.size());
    }

    @Test
    void placeholdersAvoidWhatTheMetadataSays() {
        Interview seed = Fixtures.interview(Fixtures.SEED);
        Metadata m = seed.metadata();
        Metadata planted = new Metadata("On [url], [text] and [url1]", m.date(), m.lead(), "[text] Press",
                m.sourceUrl(), m.licence(), m.licenceUrl(), m.language(), m.kind(), m.interviewer(), m.slug(),
                m.titles(), m.speakers());
        Transcript t = seed.transcript();
        Interview odd = new Interview(new Transcript(t.source(), planted, t.speakers(), t.turns(), t.body(),
                t.bodyLine()), seed.questions());
        JsonObject data = new Gson().fromJson(PageCitations.json(odd, question(seed, "q1").passages()),
                JsonObject.class);
        assertEquals("[url2]", data.get("url").getAsString());
        assertEquals("[text1]", data.get("text").getAsString());
        assertRoundTrip(odd, "a quote that says [url] and [text1]");
        assertEquals("[url]", PageCitations.placeholder("url", List.of("[ur", "l]")));
    }

    @Test
    void theQuestionPageEmbedsTheDataInertly(@TempDir Path dir) throws Exception {
        Path transcript = Files.writeString(dir.resolve("planted.txt"), String.join("\n",
                "A title </script><script>alert(1)</script> & \"quotes\"",
                "",
                "Question: Why?",
                "Jane Doe: Because </script> is text.",
                ""));
        Files.writeString(dir.resolve("planted.yml"), "slug: planted\ndate: 2020-01-02\n");
        Builds.build(dir.resolve("site"), transcript);
        String html = Files.readString(dir.resolve("site/planted/q1.html"));
        Document page = Jsoup.parse(html);
        assertEquals(1, page.select("script[type=application/json]#citations").size());
        assertFalse(html.contains("<script>alert"), "the title stays data");
        JsonObject data = new Gson().fromJson(page.getElementById("citations").data(), JsonObject.class);
        List<String> p2 = filled(data, "q1-p2", "https://e.org/q1.html#q1-p2", "Because </script> is text.");
        assertEquals("“Because </script> is text.” — Jane Doe, transcript, 2 January 2020, Q1 ¶2,"
                + " https://e.org/q1.html#q1-p2", p2.get(1));
        assertTrue(p2.get(2).contains("A title </script><script>alert(1)</script> & \"quotes\""), p2.get(2));
    }
}
