package org.verbatim.crossref;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.verbatim.Fixtures;
import org.verbatim.model.Interview;

/**
 * Names, topics and first related links on 20 real archive pages (kremlin-sample), against lists written by reading
 * each page before the extractor was run on it ({@code src/test/resources/crossref/kremlin/}, method in
 * docs/crossref.md). The pages are cross-referenced as one build, as an archive would be. Twelve files are held out
 * (four added for names, {@code held_out_batch: names2}, four for topics and related, {@code topics3}): never looked at while tuning, so their figures are the
 * honest out-of-sample ones; the thresholds are what was measured, less a small margin, and fall short of issue
 * 15's targets where docs/crossref.md says so.
 */
class KremlinJudgedSetTest {
    static final Path DIR = Fixtures.CORPUS.resolve("kremlin-sample");
    static final Map<String, Interview> INTERVIEWS = new LinkedHashMap<>();

    static {
        try (Stream<Path> files = Files.list(DIR)) {
            // The folder holds the whole sample (for cli/ArchiveSampleTest); the judged pages are those with a list.
            files.filter(p -> p.toString().endsWith(".txt")).filter(p -> Files.isRegularFile(Fixtures.CORPUS
                            .resolve("../crossref/kremlin").resolve(p.getFileName().toString().replace(".txt", ".yml"))))
                    .sorted()
                    .forEach(p -> INTERVIEWS.put(p.getFileName().toString().replace(".txt", ""), asJudged(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page as it was cut when it was judged. The TASS interview (2020-03-04_62931) was judged as one page, q0,
     * before named interviewers were recognised; it is now four question pages. Its judgement is kept by cutting it
     * as one page here, so that these figures keep measuring cross-references on the pages that were judged.
     */
    static Interview asJudged(Path file) {
        org.verbatim.model.Transcript t = Fixtures.transcript(file);
        if (!file.getFileName().toString().equals("2020-03-04_62931.txt")) {
            return new org.verbatim.structure.Structurer().structure(t);
        }
        org.verbatim.model.Metadata m = t.metadata();
        org.verbatim.model.Metadata one = new org.verbatim.model.Metadata(m.title(), m.date(), m.lead(), m.publisher(),
                m.sourceUrl(), m.licence(), m.licenceUrl(), m.language(), "meeting", m.interviewer(), m.slug(),
                m.titles(), m.speakers());
        return new org.verbatim.structure.Structurer().structure(new org.verbatim.model.Transcript(t.source(), one,
                t.speakers(), t.turns(), t.body(), t.bodyLine()));
    }

    static final CrossRefs REFS = CrossReferencer.link(List.copyOf(INTERVIEWS.values()));

    /** Pooled counts over a set of files. */
    record Tally(int hits, int errors, int expected, int mustNotSeen, int splitPersons, int topics, int topicsFit,
                 int firstLinks, int firstLinksRight) {
        Tally plus(Tally o) {
            return new Tally(hits + o.hits, errors + o.errors, expected + o.expected, mustNotSeen + o.mustNotSeen,
                    splitPersons + o.splitPersons, topics + o.topics, topicsFit + o.topicsFit,
                    firstLinks + o.firstLinks, firstLinksRight + o.firstLinksRight);
        }

        double precision() {
            return hits + errors == 0 ? 1 : (double) hits / (hits + errors);
        }

        double recall() {
            return expected == 0 ? 1 : (double) hits / expected;
        }

        double topicFit() {
            return topics == 0 ? 0 : (double) topicsFit / topics;
        }

        double relatedRight() {
            return firstLinks == 0 ? 0 : (double) firstLinksRight / firstLinks;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "names P %.3f R %.3f (%d hits, %d errors, %d expected), must-not seen %d,"
                            + " persons split %d; topics fit %.3f (%d/%d); first related right %.3f (%d/%d)",
                    precision(), recall(), hits, errors, expected, mustNotSeen, splitPersons, topicFit(), topicsFit,
                    topics, relatedRight(), firstLinksRight, firstLinks);
        }
    }

    static final Expected RELATED = Expected.load("kremlin/related.yml");

    @SuppressWarnings("unchecked")
    static Tally measure(String id, boolean quiet) {
        Interview interview = INTERVIEWS.get(id);
        Expected expected = Expected.load("kremlin/" + id + ".yml");
        Scores s = Scores.entities(REFS.entities(), expected, interview.slug());
        if (!quiet) {
            System.out.println(s.report(id));
        }
        Set<String> mustNot = new TreeSet<>();
        Expected.strings(expected.yaml.get("must_not")).forEach(m -> mustNot.add(Names.normalise(m)));
        List<String> seen = new ArrayList<>();
        int split = 0;
        for (IndexedEntity e : REFS.entities()) {
            if (e.mentions().stream().noneMatch(m -> m.interviewSlug().equals(interview.slug()))) {
                continue;
            }
            List<String> spellings = new ArrayList<>(e.aliases());
            spellings.add(e.name());
            if (spellings.stream().anyMatch(x -> mustNot.contains(Names.normalise(x)))) {
                seen.add(e.name());
            }
        }
        for (String fp : s.falsePositives) {
            if (fp.contains("[person]") && fp.contains("split from")) {
                split++;
            }
        }
        int topics = 0;
        int fit = 0;
        List<String> topicReport = new ArrayList<>();
        Map<String, List<List<Object>>> pages = (Map<String, List<List<Object>>>) expected.yaml.get("topics");
        for (Map.Entry<String, List<List<Object>>> page : pages.entrySet()) {
            List<String> produced = REFS.refs(interview.slug(), page.getKey()).topics();
            for (String topic : produced) {
                topics++;
                if (page.getValue().stream().anyMatch(t -> TopicQualityTest.names(topic,
                        t.stream().map(String::valueOf).toList()))) {
                    fit++;
                } else {
                    topicReport.add(page.getKey() + ":" + topic);
                }
            }
            topicReport.add(page.getKey() + " " + produced);
        }
        Map<String, Object> accept = (Map<String, Object>) RELATED.yaml.get("accept");
        int links = 0;
        int right = 0;
        List<String> relatedReport = new ArrayList<>();
        for (String questionId : interview.questions().stream().map(q -> q.id()).toList()) {
            String key = id + "/" + questionId;
            List<Related> related = REFS.refs(interview.slug(), questionId).related();
            if (related.isEmpty() || !accept.containsKey(key)) {
                continue;
            }
            Related first = related.get(0);
            String target = idOf(first.interviewSlug()) + "/" + first.questionId();
            links++;
            boolean ok = Expected.strings(accept.get(key)).contains(target);
            right += ok ? 1 : 0;
            relatedReport.add(key + " -> " + target + (ok ? " ok" : " WRONG") + String.format(Locale.ROOT, " %.3f",
                    first.score()));
        }
        if (!quiet) {
            System.out.println("  must-not seen: " + seen + "\n  topics: " + topicReport + "\n  related: "
                    + relatedReport);
        }
        return new Tally(s.hits.size(), s.falsePositives.size(), s.expected, seen.size(), split, topics, fit, links,
                right);
    }

    static String idOf(String slug) {
        return INTERVIEWS.entrySet().stream().filter(e -> e.getValue().slug().equals(slug)).map(Map.Entry::getKey)
                .findFirst().orElse(slug);
    }

    /**
     * Which pool a page belongs to: tuning, the first held-out batch, the batch added for names (names2), or the batch
     * added for topics and related (topics3).
     */
    static String pool(String id) {
        Map<String, Object> yaml = Expected.load("kremlin/" + id + ".yml").yaml;
        if (!Boolean.TRUE.equals(yaml.get("held_out"))) {
            return "TUNING SET";
        }
        Object batch = yaml.get("held_out_batch");
        if (batch == null) {
            return "HELD OUT";
        }
        return batch.equals("topics3") ? "TOPICS3 HELD OUT" : "NEW HELD OUT";
    }

    static Tally pooled(String which) {
        Tally t = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (String id : INTERVIEWS.keySet()) {
            if (pool(id).equals(which)) {
                // Per-file errors of held-out pages are not printed: only their pooled figures are read,
                // so that nobody tunes on it by accident.
                t = t.plus(measure(id, !which.equals("TUNING SET")));
            }
        }
        System.out.println(which + " " + t);
        return t;
    }

    /** A pool's figures against its thresholds; no person is ever on two pages. */
    private static void atLeast(Tally t, double precision, double recall, double topics, double related) {
        atLeast(t, precision, recall, topics, related, 0);
    }

    private static void atLeast(Tally t, double precision, double recall, double topics, double related,
                                int splitPersons) {
        assertTrue(t.precision() >= precision, t::toString);
        assertTrue(t.recall() >= recall, t::toString);
        assertTrue(t.splitPersons() <= splitPersons, t::toString);
        assertTrue(t.topicFit() >= topics, t::toString);
        assertTrue(t.relatedRight() >= related, t::toString);
    }

    @Test
    void tuningSet() {
        atLeast(pooled("TUNING SET"), TUNING_PRECISION, TUNING_RECALL, TUNING_TOPICS, TUNING_RELATED);
    }

    @Test
    void heldOutSet() {
        atLeast(pooled("HELD OUT"), HELD_OUT_PRECISION, HELD_OUT_RECALL, HELD_OUT_TOPICS, HELD_OUT_RELATED);
    }

    @Test
    void newHeldOutSet() {
        atLeast(pooled("NEW HELD OUT"), NEW_HELD_OUT_PRECISION, NEW_HELD_OUT_RECALL, NEW_HELD_OUT_TOPICS, NEW_HELD_OUT_RELATED);
    }

    @Test
    void topics3HeldOutSet() {
        // Two persons are on two pages each in this batch, as first measured: names were not worked on in this pass.
        atLeast(pooled("TOPICS3 HELD OUT"), TOPICS3_PRECISION, TOPICS3_RECALL, TOPICS3_TOPICS, TOPICS3_RELATED, 2);
    }

    /**
     * The twelve held-out pages pooled: the figures issue 15's targets are read against. Measured after the sixth
     * names pass: names P 0.930 R 0.916 (186 hits, 14 errors, 203 expected), 2 persons split, topics 0.690 (80/116),
     * first related links 0.821 (23/28). Recall and related meet the targets (0.90, 0.80), which are the thresholds
     * here; precision and topics do not, and their thresholds are the measure less a small margin.
     */
    @Test
    void allHeldOutPagesPooled() {
        Tally t = pooled("HELD OUT").plus(pooled("NEW HELD OUT")).plus(pooled("TOPICS3 HELD OUT"));
        System.out.println("ALL HELD OUT " + t);
        atLeast(t, 0.91, 0.90, 0.66, 0.80, 2);
    }

    /*
     * Measured (one build of the 12 pages), before issue 15's changes -> after the first pass:
     *   tuning set: names P 0.750 -> 0.839, R 0.700 -> 0.867, persons split 1 -> 0; topics fit 0.491 -> 0.649
     *   held out:   names P 0.818 -> 0.838, R 0.750 -> 0.861; topics fit 0.633 -> 0.800 (16/20)
     * Second pass (names2; one build of the 16 pages; "before" is the first pass's code on 16 pages):
     *   tuning set:   names P 0.867 -> 0.946, R 0.867 -> 0.883; topics 0.622 (23/37); related 4/7
     *   held out:     names P 0.838 -> 0.939, R 0.861; topics 0.850 (17/20); related 3/5
     *   new held out: names P 0.833, R 0.833 (unchanged); topics 0.500 (7/14); related 0/3
     * Third pass (topics3; one build of the 20 pages; "before" is the code at the start of the pass on 20 pages --
     * adding the four pages alone moved the held-out topic figure from 0.850 to 0.650 and the new held-out one from
     * 0.500 to 0.400, through the archive-wide weights, so their thresholds were lowered to the new build's figures):
     *   tuning set:     topics 0.600 (24/40) -> 0.750 (24/32); related 4/7 -> 7/8
     *   held out:       topics 0.650 (13/20) -> 0.650 (13/20); related 4/5 -> 4/5
     *   new held out:   topics 0.400 (6/15) -> 0.429 (6/14); related 2/4 -> 2/3
     *   topics3:        names P 0.891 R 0.958, 2 persons split (first measured, unchanged); topics 0.608 (73/120)
     *                   -> 0.655 (72/110); related 19/22 -> 17/20
     * Fourth pass (names4; same 20-page build; names only, topics and related unchanged):
     *   tuning set:     names P 0.946 -> 1.000, R 0.883 -> 0.900
     *   held out:       names P 0.969, R 0.861 (unchanged)
     *   new held out:   names P 0.851, R 0.833 (unchanged)
     *   topics3:        names P 0.891 -> 0.905, R 0.958 (unchanged), 2 persons split (unchanged)
     * Fifth pass (names5; same build; names and kinds only):
     *   tuning set, held out, new held out: unchanged (1.000 / 0.900, 0.969 / 0.861, 0.851 / 0.833)
     *   topics3:        names P 0.905 -> 0.912 (one error fewer), R 0.958, 2 persons split (unchanged)
     * Issue 15's targets (P 0.95, R 0.90, topics and related 0.80) are not reached on unseen pages except related
     * on two of the three held-out sets. The thresholds are what was measured, less a small margin, so that a
     * regression fails.
     */
    static final double TUNING_PRECISION = 0.98;
    static final double TUNING_RECALL = 0.89;
    static final double TUNING_TOPICS = 0.72;
    static final double TUNING_RELATED = 0.85;
    static final double HELD_OUT_PRECISION = 0.92;
    static final double HELD_OUT_RECALL = 0.84;
    static final double HELD_OUT_TOPICS = 0.63;
    static final double HELD_OUT_RELATED = 0.78;
    static final double NEW_HELD_OUT_PRECISION = 0.81;
    static final double NEW_HELD_OUT_RECALL = 0.81;
    static final double NEW_HELD_OUT_TOPICS = 0.41;
    static final double NEW_HELD_OUT_RELATED = 0.65;
    static final double TOPICS3_PRECISION = 0.90;
    static final double TOPICS3_RECALL = 0.94;
    static final double TOPICS3_TOPICS = 0.63;
    static final double TOPICS3_RELATED = 0.83;
}
