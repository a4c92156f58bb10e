package org.verbatim.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Fixtures;
import org.verbatim.ingest.TranscriptParser;
import org.verbatim.model.Interview;
import org.verbatim.model.Passage;
import org.verbatim.model.Question;

/** Edits the real seed the ways editors correct transcripts and checks where every published id then leads. */
class StableAnchorsTest {

    @TempDir
    Path dir;
    private Path transcript;
    private String seed;

    // Paragraphs of the seed as the first build numbers them.
    private static final String Q3_P2_HEAD = "Economic relations between Russia and China have reached an unprecedented"
            + " level. Since 2021, bilateral trade has grown by about 100 billion dollars. In terms of trade volume,"
            + " China is by far Russia's leading partner, while last year Russia ranked fifth among China's foreign"
            + " trade partners.";
    private static final String Q3_P2_TAIL = "I would stress that while trade figures are denominated in US dollar"
            + " equivalents, transactions between Russia and China are carried out in rubles and yuan, with the dollar"
            + " or euro share reduced to a statistical discrepancy.";
    private static final String INSERTED = "The figures above were revised by the editors in September 2025.";

    @BeforeEach
    void copySeed() throws IOException {
        seed = Files.readString(Fixtures.SEED, StandardCharsets.UTF_8);
        transcript = dir.resolve(Fixtures.SEED.getFileName());
        Files.copy(TranscriptParser.sidecarOf(Fixtures.SEED), TranscriptParser.sidecarOf(transcript));
    }

    private Interview parse(String text) throws IOException {
        Files.writeString(transcript, text, StandardCharsets.UTF_8);
        return Fixtures.interview(transcript);
    }

    private StableAnchors.Result build(String text) throws IOException {
        return StableAnchors.sync(transcript, parse(text));
    }

    private static String edit(String text, String from, String to) {
        int at = text.indexOf(from);
        assertTrue(at >= 0 && text.indexOf(from, at + 1) < 0, "exactly one '" + from + "' in the seed");
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    /** Text of every live paragraph id, and for each question id the text of its question. */
    private static Map<String, String> texts(Interview interview) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Question q : interview.questions()) {
            texts.put(q.id(), q.passages().get(0).text());
            q.passages().forEach(p -> texts.put(p.id(), p.text()));
        }
        return texts;
    }

    /** What a link to {@code id} shows now: the passage it names, or the one its alias leads to. */
    private static String pointsAt(StableAnchors.Result result, String id) {
        Map<String, String> live = texts(result.interview());
        String target = live.containsKey(id) ? id : result.aliases().get(id);
        assertTrue(target != null && live.containsKey(target), id + " leads to a live id, not " + target);
        return live.get(target);
    }

    private static String idOf(StableAnchors.Result result, String textStart) {
        return result.interview().questions().stream().flatMap(q -> q.passages().stream())
                .filter(p -> p.text().startsWith(textStart)).map(Passage::id).findFirst().orElseThrow();
    }

    /** Asserts that every id of {@code before} leads to the same text, except those listed in {@code changed}. */
    private static void assertEveryOldId(Map<String, String> before, StableAnchors.Result after,
                                         Map<String, String> changed) {
        for (Map.Entry<String, String> e : before.entrySet()) {
            String expected = changed.getOrDefault(e.getKey(), e.getValue());
            assertEquals(expected, pointsAt(after, e.getKey()), "where " + e.getKey() + " leads");
        }
    }

    @Test
    void firstBuildKeepsPositionalIdsAndWritesARegistryThatARebuildLeavesAlone() throws IOException {
        Interview positional = parse(seed);
        StableAnchors.Result first = StableAnchors.sync(transcript, positional);
        assertEquals(texts(positional), texts(first.interview()), "first build: ids are the positional ones");
        assertEquals(List.of(), List.copyOf(first.aliases().keySet()));
        Path file = AnchorRegistry.fileOf(transcript);
        assertEquals("000_a9627bfb15e6d3a6.anchors.yml", file.getFileName().toString());
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(6 + 53, first.registry().ids().size());
        assertTrue(written.contains("\nq3-p4: [live, \"21ffff2389e42142\", \"46ec61 cc479a 05b98a\","
                + " \"We continue our joint efforts to reduce bilateral trade…\"]\n"), written);

        StableAnchors.Result again = build(seed);
        assertEquals(texts(first.interview()), texts(again.interview()));
        assertEquals(written, Files.readString(file, StandardCharsets.UTF_8));
        assertFalse(again.registry().writeIfChanged(file, transcript.getFileName().toString()), "nothing changed");
        assertEquals(first.registry(), AnchorRegistry.read(file));
    }

    @Test
    void typoFixesKeepTheirIdsInLongShortAndOneSentenceParagraphs() throws IOException {
        // Build once with three typos, then publish the real seed: the fixed paragraphs keep their ids.
        String typos = edit(edit(edit(seed, "Power of Siberia pipeline", "Power of Siberia pipline"),
                "founding philosophy", "founding philosphy"), "another priority area.", "another priorty area.");
        Map<String, String> before = texts(build(typos).interview());
        StableAnchors.Result fixed = build(seed);
        assertEveryOldId(before, fixed, Map.of(
                "q3-p3", before.get("q3-p3").replace("pipline", "pipeline"),
                "q5-p4", before.get("q5-p4").replace("philosphy", "philosophy"),
                "q4-p11", "Youth policy is another priority area."));
        assertEquals(texts(Fixtures.interview(Fixtures.SEED)), texts(fixed.interview()));
        assertTrue(fixed.aliases().isEmpty());
    }

    @Test
    void insertedParagraphsGetNewIdsThatNeverShiftTheOthers() throws IOException {
        Map<String, String> before = texts(build(seed).interview());
        String text = edit(seed, "Russia's Arctic region.", "Russia's Arctic region." + INSERTED);
        text = edit(text, "peoples of Russia and China.Question", "peoples of Russia and China.Thank you.Question");
        StableAnchors.Result after = build(text);
        assertEveryOldId(before, after, Map.of());
        assertEquals("q3-p3a", idOf(after, INSERTED), "between p3 and p4: p3 plus a letter");
        assertEquals("q3-p8", idOf(after, "Thank you."), "after the last: the next number");
        assertEquals(List.of("q3-p1", "q3-p2", "q3-p3", "q3-p3a", "q3-p4", "q3-p5", "q3-p6", "q3-p7", "q3-p8"),
                after.interview().questions().get(2).passages().stream().map(Passage::id).toList());
    }

    @Test
    void aSplitParagraphKeepsItsIdOnTheFirstPart() throws IOException {
        Map<String, String> before = texts(build(seed).interview());
        StableAnchors.Result after = build(edit(seed, "partners. I would stress", "partners.I would stress"));
        assertEveryOldId(before, after, Map.of("q3-p2", Q3_P2_HEAD));
        assertEquals("q3-p2a", idOf(after, "I would stress"));
        assertEquals(Q3_P2_TAIL, pointsAt(after, "q3-p2a"));
    }

    @Test
    void aSplitWhoseSecondPartIsLongerStillLeavesTheIdOnTheFirst() throws IOException {
        Map<String, String> before = texts(build(seed).interview());
        StableAnchors.Result after = build(edit(seed, "unprecedented level. Since 2021", "unprecedented level.Since 2021"));
        assertEveryOldId(before, after, Map.of("q3-p2",
                "Economic relations between Russia and China have reached an unprecedented level."));
        assertEquals("q3-p2a", idOf(after, "Since 2021"));
    }

    @Test
    void aRemovedParagraphLeadsToTheOneBeforeIt() throws IOException {
        Map<String, String> before = texts(build(seed).interview());
        String removed = "We continue our joint efforts to reduce bilateral trade barriers. In recent years, the export"
                + " of pork and beef to China has been launched. Overall, agricultural and food products occupy a"
                + " prominent place in Russia's exports to China.";
        StableAnchors.Result after = build(edit(seed, removed, ""));
        assertEquals(Map.of("q3-p4", "q3-p3"), after.aliases());
        assertEveryOldId(before, after, Map.of("q3-p4", before.get("q3-p3")));
        assertTrue(Files.readString(AnchorRegistry.fileOf(transcript))
                .contains("\nq3-p4: [\"-> q3-p3\", \"21ffff2389e42142\""), "the registry keeps the retired id");

        // Removing the alias target as well moves the alias on; restoring the text revives the old id.
        String bothGone = edit(edit(seed, removed, ""), before.get("q3-p3"), "");
        StableAnchors.Result later = build(bothGone);
        assertEquals(Map.of("q3-p3", "q3-p2", "q3-p4", "q3-p2"), later.aliases());
        StableAnchors.Result restored = build(seed);
        assertEquals(texts(Fixtures.interview(Fixtures.SEED)), texts(restored.interview()));
        assertTrue(restored.aliases().isEmpty());
    }

    @Test
    void mergedParagraphsKeepTheFirstIdAndTheSecondLeadsThere() throws IOException {
        Map<String, String> before = texts(build(seed).interview());
        StableAnchors.Result after = build(edit(seed, "historical truth.It is encouraging",
                "historical truth. It is encouraging"));
        String merged = before.get("q4-p12") + " " + before.get("q4-p13");
        assertEveryOldId(before, after, Map.of("q4-p12", merged, "q4-p13", merged));
        assertEquals(Map.of("q4-p13", "q4-p12"), after.aliases());
    }

    @Test
    void insertedQuestionsTakeFreshIdsAndTheOthersKeepTheirs() throws IOException {
        Map<String, String> before = texts(build(seed).interview());
        String text = edit(seed, "“rules-based order.”Question:", "“rules-based order.”"
                + "Question: What would you say to young people in both countries?Putin: Study history."
                + "Learn each other's languages.Question:");
        text = edit(text, "of our great nations.", "of our great nations."
                + "Question: One last question?Putin: Thank you.");
        StableAnchors.Result after = build(text);
        assertEveryOldId(before, after, Map.of());
        assertEquals(List.of("q1", "q2", "q2a", "q3", "q4", "q5", "q6", "q7"),
                after.interview().questions().stream().map(Question::id).toList());
        assertEquals(List.of("q2a-p1", "q2a-p2", "q2a-p3"),
                after.interview().questions().get(2).passages().stream().map(Passage::id).toList());
        assertEquals("q7-p2", idOf(after, "Thank you."));
        Question inserted = after.interview().questions().get(2);
        assertEquals(3, inserted.number(), "numbers stay positional, for display");
        assertEquals("What would you say to young people in both countries?", inserted.title());
        assertEquals("Chinese-Russian practical cooperation", after.interview().questions().get(3).title(),
                "sidecar titles follow the stable id, not the position");
    }

    @Test
    void aRemovedQuestionLeadsToTheQuestionBeforeIt() throws IOException {
        Map<String, String> before = texts(build(seed).interview());
        int start = seed.indexOf("Question: The Shanghai Cooperation");
        int end = seed.indexOf("Question: As President Xi Jinping");
        StableAnchors.Result after = build(seed.substring(0, start) + seed.substring(end));
        Map<String, String> expected = new LinkedHashMap<>();
        for (String id : before.keySet()) {
            if (id.equals("q5") || id.startsWith("q5-")) {
                expected.put(id, before.get("q4"));
                assertEquals("q4", after.aliases().get(id));
            }
        }
        assertEveryOldId(before, after, expected);
        assertEquals(List.of("q1", "q2", "q3", "q4", "q6"),
                after.interview().questions().stream().map(Question::id).toList());
    }

    @Test
    void aParagraphMovedToAnotherQuestionGetsAnIdThereAndItsOldIdFollowsIt() throws IOException {
        Map<String, String> before = texts(build(seed).interview());
        String youth = "Youth policy is another priority area.";
        String text = edit(seed, youth, "");
        text = edit(text, "demands of the time.Question", "demands of the time." + youth + "Question");
        StableAnchors.Result after = build(text);
        assertEquals("q5-p7", idOf(after, youth));
        assertEquals("q5-p7", after.aliases().get("q4-p11"));
        assertEveryOldId(before, after, Map.of());

        String registry = Files.readString(AnchorRegistry.fileOf(transcript));
        StableAnchors.Result again = build(text);
        assertEquals("q5-p7", again.aliases().get("q4-p11"), "an alias keeps its target while that is live");
        assertEquals(registry, Files.readString(AnchorRegistry.fileOf(transcript)));
    }

    @Test
    void everyEditAtOnce() throws IOException {
        Map<String, String> before = texts(build(seed).interview());
        String removed = "Youth policy is another priority area.";
        String text = edit(seed, "Power of Siberia pipeline", "Power of Siberia gas pipeline");      // a fix
        text = edit(text, "Russia's Arctic region.", "Russia's Arctic region." + INSERTED);         // an insertion
        text = edit(text, "partners. I would stress", "partners.I would stress");                  // a split
        text = edit(text, removed, "");                                                            // a removal
        text = edit(text, "“rules-based order.”Question:", "“rules-based order.”"                   // a question
                + "Question: What would you say to young people?Putin: Study history.Question:");
        StableAnchors.Result after = build(text);
        assertEveryOldId(before, after, Map.of(
                "q3-p2", Q3_P2_HEAD,
                "q3-p3", before.get("q3-p3").replace("Siberia pipeline", "Siberia gas pipeline"),
                "q4-p11", before.get("q4-p10")));
        assertEquals(Map.of("q4-p11", "q4-p10"), after.aliases());
        assertEquals("q3-p2a", idOf(after, "I would stress"));
        assertEquals("q3-p3a", idOf(after, INSERTED));
        assertEquals("q2a-p2", idOf(after, "Study history."));

        // The next build reads what this one wrote and changes nothing.
        String registry = Files.readString(AnchorRegistry.fileOf(transcript));
        StableAnchors.Result again = build(text);
        assertEquals(texts(after.interview()), texts(again.interview()));
        assertEquals(after.aliases(), again.aliases());
        assertEquals(registry, Files.readString(AnchorRegistry.fileOf(transcript)));
    }

    @Test
    void aReplacedParagraphIsNotTakenForTheOldOne() throws IOException {
        Map<String, String> before = texts(build(seed).interview());
        String replacement = "An entirely different statement about shipbuilding replaced this passage.";
        StableAnchors.Result after = build(edit(seed, "Youth policy is another priority area.", replacement));
        assertEquals("q4-p10a", idOf(after, replacement), "p11 was published for other words");
        assertEquals(Map.of("q4-p11", "q4-p10"), after.aliases());
        assertEveryOldId(before, after, Map.of("q4-p11", before.get("q4-p10")));
    }

    @Test
    void retiredIdsAreNeverIssuedAgain() throws IOException {
        build(seed);
        String last = "To sum up, economic cooperation";
        int at = seed.indexOf(last);
        String withoutLast = seed.substring(0, at) + seed.substring(seed.indexOf("Question:", at));
        build(withoutLast);
        String other = "Something new was said here at the end.";
        StableAnchors.Result after = build(edit(withoutLast, "Question: This year marks",
                other + "Question: This year marks"));
        assertEquals("q3-p6a", idOf(after, other), "q3-p7 was published for other words");
        assertEquals("q3-p6", after.aliases().get("q3-p7"));
    }
}
