package org.verbatim.crossref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.verbatim.Fixtures;
import org.verbatim.model.Interview;
import org.verbatim.model.Passage;
import org.verbatim.model.Question;

/** Properties of the whole crossref result on the real seed + k1 + w1 build. */
class CrossReferencerTest {
    private static final CrossRefs REFS = BuildFixture.REFS;
    private static final String ALL_TEXT = String.join(" ", BuildFixture.ALL.stream()
            .flatMap(i -> i.questions().stream()).flatMap(q -> q.passages().stream()).map(Passage::text).toList())
            .replace('\u00a0', ' ').toLowerCase(Locale.ROOT);

    @Test
    void sameInputSameOutput() {
        CrossRefs again = CrossReferencer.link(List.of(Fixtures.interview(Fixtures.SEED),
                Fixtures.interview(Fixtures.K1), Fixtures.interview(Fixtures.W1)));
        assertEquals(REFS, again);
    }

    @Test
    void everyQuestionHasRefs() {
        for (Interview interview : BuildFixture.ALL) {
            assertEquals(interview.questions().stream().map(Question::id).toList(),
                    List.copyOf(REFS.pages().get(interview.slug()).keySet()));
        }
    }

    @Test
    void substantialPagesGetTwoToFourReadableTopics() {
        for (Interview interview : BuildFixture.ALL) {
            for (Question q : interview.questions()) {
                List<String> topics = REFS.refs(interview.slug(), q.id()).topics();
                String text = String.join(" ", q.passages().stream().map(Passage::text).toList())
                        .replace('\u00a0', ' ').toLowerCase(Locale.ROOT);
                int words = text.split("\\s+").length;
                assertTrue(topics.size() <= 4, q.id() + " " + topics);
                if (words >= 80) {
                    assertTrue(topics.size() >= 2, interview.slug() + " " + q.id() + " " + topics);
                }
                java.util.Set<String> stems = new java.util.HashSet<>();
                Corpus.Page page = new Corpus(List.of(interview)).pages.get(interview.questions().indexOf(q));
                page.tokens().forEach(list -> stems.addAll(Corpus.stems(list)));
                for (String topic : topics) {
                    // A spelling as written in the build, not a stem such as "compani", about this page's words.
                    assertTrue(ALL_TEXT.contains(topic.toLowerCase(Locale.ROOT)), q.id() + " topic " + topic);
                    Text.tokens(Text.analyzer(), topic).forEach(t -> assertTrue(stems.contains(t.stem()),
                            q.id() + " topic " + topic));
                }
            }
        }
    }

    @Test
    void noSeedTopicIsWhatEveryPageShares() {
        String seed = BuildFixture.SEED.slug();
        REFS.pages().get(seed).forEach((id, refs) -> {
            assertFalse(refs.topics().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains("russia")),
                    id + " " + refs.topics());
            assertFalse(refs.topics().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains("china")),
                    id + " " + refs.topics());
        });
        assertTrue(REFS.refs(seed, "q3").topics().stream().anyMatch(t -> t.contains("trade")),
                REFS.refs(seed, "q3").topics()::toString);
    }

    @Test
    void topicIndexListsEveryPageThatChoseTheTopic() {
        Map<String, List<String>> fromPages = new HashMap<>();
        REFS.pages().forEach((slug, pages) -> pages.forEach((id, refs) -> refs.topics()
                .forEach(t -> fromPages.computeIfAbsent(t, k -> new ArrayList<>()).add(slug + "/" + id))));
        int listed = 0;
        for (Topic topic : REFS.topics()) {
            assertTrue(topic.key().matches("[a-z0-9-]+"), topic.key());
            for (QuestionRef q : topic.questions()) {
                assertTrue(REFS.refs(q.interviewSlug(), q.questionId()).topics().contains(topic.label()),
                        topic + " on " + q);
                assertEquals(Names.key(topic.label()), topic.key());
                listed++;
            }
        }
        assertEquals(fromPages.values().stream().mapToInt(List::size).sum(), listed);
    }

    @Test
    void everythingQuotedIsAnExactSpanOfTheUntouchedText() {
        Map<String, String> text = new HashMap<>();
        for (Interview interview : BuildFixture.ALL) {
            interview.questions().forEach(q -> q.passages()
                    .forEach(p -> text.put(interview.slug() + "#" + p.id(), p.text())));
        }
        for (FigureEntry f : REFS.figures()) {
            String paragraph = text.get(f.interviewSlug() + "#" + f.figure().paragraphId());
            assertTrue(paragraph.contains(f.figure().text()), f.toString());
            assertTrue(f.figure().paragraphId().startsWith(f.questionId() + "-"), f.toString());
        }
        int cut = 0;
        for (IndexedEntity e : REFS.entities()) {
            assertFalse(e.mentions().isEmpty(), e.key());
            for (Mention m : e.mentions()) {
                String paragraph = text.get(m.interviewSlug() + "#" + m.paragraphId());
                assertTrue(paragraph.contains(m.snippet()), m.toString());
                assertTrue(m.snippet().length() <= 2 * Snippets.CONTEXT + 60 || m.snippet().equals(paragraph),
                        m.toString());
                // An ellipsis is shown exactly where the snippet stops inside a sentence of the paragraph.
                String before = paragraph.substring(0, paragraph.indexOf(m.snippet())).strip();
                String after = paragraph.substring(paragraph.indexOf(m.snippet()) + m.snippet().length()).strip();
                assertEquals(!before.isEmpty() && !before.matches("(?s).*[.?!]$"), m.cutBefore(), m.toString());
                assertEquals(!after.isEmpty() && !m.snippet().matches("(?s).*[.?!]$"), m.cutAfter(), m.toString());
                cut += m.cutAfter() ? 1 : 0;
            }
        }
        assertTrue(cut > 10, "long sentences are cut in places: " + cut);
        REFS.pages().forEach((slug, pages) -> pages.forEach((id, refs) -> {
            for (BackReference r : refs.refersTo()) {
                assertTrue(text.get(slug + "#" + r.fromParagraphId()).contains(r.phrase()), r.toString());
                assertTrue(text.containsKey(slug + "#" + r.toParagraphId()), r.toString());
                assertTrue(r.fromParagraphId().startsWith(id + "-"), r.toString());
            }
        }));
    }

    @Test
    void pageEntitiesAgreeWithTheIndexAndCollapseAliases() {
        String seed = BuildFixture.SEED.slug();
        List<Entity> q5 = REFS.refs(seed, "q5").entities();
        Entity sco = q5.stream().filter(e -> e.aliases().contains("SCO")).findFirst().orElseThrow();
        assertEquals("Shanghai Cooperation Organisation", sco.name());
        assertEquals("organisation", sco.kind());
        assertEquals(List.of("q5-p1", "q5-p2", "q5-p3", "q5-p4", "q5-p5", "q5-p6"), sco.paragraphIds());
        Entity xi = REFS.refs(seed, "q1").entities().stream().filter(e -> e.name().equals("Xi Jinping"))
                .findFirst().orElseThrow();
        assertEquals("person", xi.kind());
        assertTrue(xi.aliases().contains("Xi"), xi.toString());
        // One entity across interviews: the k1 Xi Jinping is the seed's.
        IndexedEntity indexed = REFS.entities().stream().filter(e -> e.key().equals(xi.key())).findFirst()
                .orElseThrow();
        assertTrue(indexed.mentions().stream().anyMatch(m -> m.interviewSlug().equals(BuildFixture.K1.slug())));
        Map<String, List<IndexedEntity>> byKind = REFS.entitiesByKind();
        assertEquals(List.of("person", "organisation", "place", "event", "work", "name"), List.copyOf(byKind.keySet()));
        assertEquals(REFS.entities().size(), byKind.values().stream().mapToInt(List::size).sum());
    }

    @Test
    void roleWordsAndSentenceInitialCapitalsAreNotEntities() {
        for (IndexedEntity e : REFS.entities()) {
            assertFalse(List.of("President", "Question", "Administrator", "Indeed", "Overall", "Education")
                    .contains(e.name()), e.toString());
        }
    }
}
