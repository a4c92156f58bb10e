package org.verbatim.crossref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Fixtures;
import org.verbatim.model.Interview;

/**
 * The general topic and related-question rules of issue 15's third pass, each on made-up transcripts that appear in
 * no judged list, so that a rule is checked apart from the pages it was measured on.
 */
class TopicRelatedRulesTest {
    @TempDir
    Path dir;

    /** Interviews on unrelated subjects, so that the build has an archive to weigh words against. */
    private static final List<String> BACKGROUND = List.of(
            interview("Fishing", "How are the trawlers doing?", "The trawlers bring cod and herring. Cod prices "
                    + "rose, and the herring quota is smaller this year. The project of a new harbour goes on."),
            interview("Schools", "What about teachers?", "Teachers need better salaries. The schools in the north "
                    + "lack teachers, and the project of new classrooms helps the schools."),
            interview("Roads", "When will the road open?", "The road opens in spring. Asphalt is laid on the road "
                    + "and the bridges are checked. The project is on time."),
            interview("Weather", "Was the winter cold?", "The winter was cold and the snowfall heavy. Snowfall "
                    + "closed the passes. The project of snow fences helped."),
            interview("Music", "Do orchestras tour?", "Orchestras tour the provinces. The orchestras play "
                    + "symphonies, and the conductors choose the symphonies. The project of a concert hall is "
                    + "planned."),
            interview("Farming", "How was the harvest?", "The harvest of wheat was large. Wheat exports grew and "
                    + "the barley harvest too. The project of grain silos is funded."));

    @Test
    void aWordSaidInOneParagraphOfALongPageIsAnAsideNotATopic() {
        List<String> topics = topics(interview("Pipeline talks", "How is the pipeline?",
                "The pipeline carries gas to the coast. The pipeline carries it well.",
                "The coast needs gas, and the pipeline will bring it.",
                "There is optimism about the match tonight: the match, the great match; optimism, optimism!",
                "The pipeline is ready, and gas flows from the first of May."));
        assertTrue(topics.stream().anyMatch(t -> t.contains("pipeline")), topics::toString);
        assertFalse(topics.stream().anyMatch(t -> t.contains("match") || t.contains("optimism")), topics::toString);
    }

    @Test
    void aNameTheQuestionAsksAboutIsATopicAndANameInPassingIsNot() {
        List<String> topics = topics(interview("Neighbours", "What do you think of the events in Freedonia?",
                "Freedonia is our neighbour, and the protests in Freedonia must end peacefully.",
                "I said so in Sylvania last year. The people of Freedonia will decide.",
                "Sylvania agrees with us."));
        assertTrue(topics.contains("Freedonia"), topics::toString);
        assertFalse(topics.contains("Sylvania"), topics::toString);
    }

    @Test
    void aNameInTheHeadingOfAOnePageMeetingIsItsTopic() {
        // A meeting has no question: its title and lead say what it is about.
        CrossRefs refs = build("Meeting on the Zembla Bridge\n\nThe Governor reported on the Zembla Bridge.\n\n"
                + "John Smith: The Zembla Bridge opens in May; the pylons are finished.\n\nJane Doe: Good. Is the "
                + "Zembla Bridge safe in winds?\n\nJohn Smith: It is. The pylons were tested in storms.\n");
        List<String> topics = refs.refs(interviews.get(interviews.size() - 1).slug(), "q0").topics();
        assertTrue(topics.contains("Zembla Bridge"), topics::toString);
    }

    @Test
    void aWordOnManyPagesOfTheBuildIsNoTopicAloneUnlessAsked() {
        // "project" is on every background page: the archive's common stock, said three times here but not asked.
        List<String> topics = topics(interview("Lighthouses", "How are the lighthouses?",
                "The lighthouses are automated now, and the project of new lenses goes on. Lighthouses need "
                        + "keepers less. The project is slow, but the lighthouses shine; the project goes on."));
        assertTrue(topics.stream().anyMatch(t -> t.startsWith("lighthouse")), topics::toString);
        assertFalse(topics.contains("project"), topics::toString);
    }

    @Test
    void aOneWordNameThatIsAlsoACommonWordIsNoTopic() {
        // "the Treasury" is a name to the name finder, but the build also writes "treasury" in lower case: the word is
        // a common noun with a capital.
        List<String> topics = topics(interview("Shipyard", "Will the Treasury pay for frigates?",
                "Yes, the Treasury pays for frigates, and the Treasury sets how frigates are paid for.",
                "Frigates are a treasury duty, and the treasury court said so; a treasury decides."));
        assertFalse(topics.contains("Treasury"), topics::toString);
        assertTrue(topics.stream().anyMatch(t -> t.contains("frigate")), topics::toString);
    }

    @Test
    void aTwoLetterWordAndAPairEndingInAnAdjectiveAreNoTopics() {
        // "al" of "al-Nusra" is a word to the analyzer; "stylish" (-ish) qualifies, it names nothing.
        List<String> topics = topics(interview("Forum", "What about the al-Nusra attack and the clothes?",
                "The al-Nusra attack was an attack on civilians; al-Nusra denies the attack. The attack was real.",
                "Our designer creates stylish clothes, and she creates stylish coats. Clothes sell well."));
        assertFalse(topics.contains("al"), topics::toString);
        assertFalse(topics.stream().anyMatch(t -> t.endsWith("stylish")), topics::toString);
        assertTrue(topics.stream().anyMatch(t -> t.startsWith("attack") || t.startsWith("cloth")), topics::toString);
    }

    @Test
    void aPairOpeningWithAnAdverbIsNoNounPhrase() {
        // The build says "industrial", so "industrially" is an adverb: "industrially developed" is no topic, though
        // said twice; "supply chains" is one (no word "supp").
        List<String> topics = topics(interview("Region", "Is the region industrially developed?",
                "The region is industrially developed, and its industrial plants need supply chains.",
                "An industrially developed region keeps its supply chains; industrial output and supply chains grow."));
        assertFalse(topics.contains("industrially developed"), topics::toString);
        assertTrue(topics.contains("supply chains"), topics::toString);
    }

    @Test
    void courtesiesAndPastFormsAreNoTopicsAlone() {
        assertTrue(Topics.participle("increased"));
        assertTrue(Topics.participle("Scheduled"));
        assertFalse(Topics.participle("need"));
        assertFalse(Topics.participle("speed"));
        assertFalse(Topics.participle("bed"));
        List<String> topics = topics(interview("Visit", "Welcome, how was the flight?",
                "Welcome, welcome to our city. The flight was long, and the airport was crowded with flights.",
                "It is a pleasure and an honour; welcome again. The airport will get a new terminal for flights."));
        assertFalse(topics.contains("welcome"), topics::toString);
        assertTrue(topics.stream().anyMatch(t -> t.startsWith("flight") || t.startsWith("airport")),
                topics::toString);
    }

    @Test
    void aLongMeetingOnEverySubjectIsNotTheFirstRelatedLinkOfAShortPage() {
        String keepers = interview("Keepers", "What about the fog signals at the lighthouses?",
                "The fog signals of the lighthouses are old; the keepers repair the fog signals.");
        String lenses = interview("Lenses", "Are the lighthouse fog signals modern?",
                "Each lighthouse got new fog signals last year.");
        // One long meeting that says "lighthouse" over and over among forty other subjects said once each: it shares
        // the heaviest word of both short pages, yet it is not their first related link, and whatever link it gets
        // carries a score above the threshold.
        StringBuilder meeting = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            meeting.append("The lighthouse needs money. ");
        }
        meeting.append("We also discussed trawlers, teachers, asphalt, snowfall, orchestras, wheat, barley, silos, "
                + "harbours, classrooms, bridges, symphonies, conductors, herring, quotas, passes, fences, salaries, "
                + "tunnels, ferries, hospitals, clinics, nurses, libraries, museums, parks, stadiums, pensions, taxes, "
                + "tariffs, railways, airports, pipelines, refineries, forests, rivers, lakes, dams, canals, mines.");
        String council = interview("Council", "What does the regional budget cover?", meeting.toString());
        CrossRefs refs = build(keepers, lenses, council);
        Interview first = interviews.get(BACKGROUND.size());
        List<Related> related = refs.refs(first.slug(), "q1").related();
        assertFalse(related.isEmpty(), "no related question");
        assertEquals(interviews.get(BACKGROUND.size() + 1).slug(), related.get(0).interviewSlug(), related::toString);
        for (Related r : related) {
            assertTrue(r.score() >= RelatedQuestions.THRESHOLD, r::toString);
        }
    }

    @Test
    void aTermSaidOverAndOverSaturatesAndALongPageWeighsEachTermLess() {
        // With 1 + log tf, a word said 30 times weighed 4.4 times one said once, and a page's length did not count.
        assertTrue(Corpus.bm25(30, 1) < Corpus.BM25_K1 + 1);
        assertTrue(Corpus.bm25(30, 1) / Corpus.bm25(1, 1) < 2.2);
        assertTrue(Corpus.bm25(2, 1) > Corpus.bm25(1, 1));
        assertTrue(Corpus.bm25(3, 10) < Corpus.bm25(3, 1));
        assertEquals(1.0, Corpus.bm25(1, 1), 1e-9);
    }

    private final List<Interview> interviews = new ArrayList<>();

    /** The topics of the only question of the given interview, in a build with the background interviews. */
    private List<String> topics(String text) {
        CrossRefs refs = build(text);
        return refs.refs(interviews.get(interviews.size() - 1).slug(), "q1").topics().stream()
                .map(t -> t.equals("Freedonia") || t.equals("Sylvania") || t.equals("Treasury") ? t
                        : t.toLowerCase(Locale.ROOT))
                .toList();
    }

    private CrossRefs build(String... texts) {
        List<String> all = new ArrayList<>(BACKGROUND);
        all.addAll(List.of(texts));
        interviews.clear();
        for (int i = 0; i < all.size(); i++) {
            Path file = dir.resolve(String.format(Locale.ROOT, "t%02d.txt", i));
            try {
                Files.writeString(file, all.get(i), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            interviews.add(Fixtures.interview(file));
        }
        return CrossReferencer.link(interviews);
    }

    /** A made-up transcript: one question and an answer of one or more paragraphs. */
    private static String interview(String title, String question, String... answer) {
        return title + "\n\nA made-up interview about " + title.toLowerCase(Locale.ROOT) + ".\n\nQuestion: " + question
                + "\n\nJane Doe: " + String.join("\n\n", answer) + "\n";
    }
}
