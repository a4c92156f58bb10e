package org.verbatim.crossref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Related questions on the seed + k1 + w1 build against the hand-made pairs of build-expected.yml. */
class RelatedQualityTest {
    private static final Map<String, Object> EXPECTED = Expected.load("build-expected.yml").yaml;

    @Test
    void expectedPairsAreLinkedAndUnrelatedInterviewsAreNot() {
        printAll();
        List<String> found = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (Object pair : (List<?>) EXPECTED.get("should_link")) {
            List<String> p = Expected.strings(pair);
            (linked(p.get(0), p.get(1)) || linked(p.get(1), p.get(0)) ? found : missed).add(p.toString());
        }
        double recall = (double) found.size() / (found.size() + missed.size());
        System.out.printf("related: %d/%d expected pairs linked (%.3f); missed %s%n", found.size(),
                found.size() + missed.size(), recall, missed);
        List<String> forbidden = forbiddenLinks();
        System.out.println("related: forbidden links " + forbidden);
        assertTrue(recall >= 0.7, "related recall " + recall + ", missed " + missed);
        assertEquals(List.of(), forbidden);
    }

    @Test
    void seedScoQuestionRelatesToK1() {
        List<Related> related = BuildFixture.REFS.refs(BuildFixture.SEED.slug(), "q5").related();
        assertTrue(related.stream().anyMatch(r -> r.interviewSlug().equals(BuildFixture.K1.slug())), related::toString);
    }

    @Test
    void atMostThreeSortedWithScores() {
        BuildFixture.REFS.pages().forEach((slug, pages) -> pages.forEach((id, refs) -> {
            List<Related> related = refs.related();
            assertTrue(related.size() <= 3);
            for (int i = 0; i < related.size(); i++) {
                Related r = related.get(i);
                assertTrue(r.score() > 0 && r.score() <= 1.0, r::toString);
                // The score a link carries (after the hub adjustment) clears the threshold, not only the raw cosine.
                assertTrue(r.score() >= RelatedQuestions.THRESHOLD, r::toString);
                assertTrue(!(r.interviewSlug().equals(slug) && r.questionId().equals(id)), "not itself");
                assertTrue(i == 0 || related.get(i - 1).score() >= r.score());
            }
        }));
    }

    @SuppressWarnings("unchecked")
    private static List<String> forbiddenLinks() {
        List<String> bad = new ArrayList<>();
        for (Map<String, Object> rule : (List<Map<String, Object>>) EXPECTED.get("must_not_link")) {
            for (String from : Expected.strings(rule.get("from"))) {
                for (String toPattern : Expected.strings(rule.get("to"))) {
                    String toSlug = BuildFixture.SLUGS.get(toPattern.split(":")[0]);
                    String[] f = from.split(":");
                    String fromSlug = BuildFixture.SLUGS.get(f[0]);
                    for (Related r : BuildFixture.REFS.refs(fromSlug, f[1]).related()) {
                        if (r.interviewSlug().equals(toSlug)) {
                            bad.add(from + " -> " + toPattern.split(":")[0] + ":" + r.questionId());
                        }
                    }
                    // and the other direction
                    BuildFixture.REFS.pages().get(toSlug).forEach((id, refs) -> refs.related().stream()
                            .filter(r -> r.interviewSlug().equals(fromSlug) && r.questionId().equals(f[1]))
                            .forEach(r -> bad.add(toPattern.split(":")[0] + ":" + id + " -> " + from)));
                }
            }
        }
        return bad;
    }

    private static boolean linked(String a, String b) {
        String[] from = a.split(":");
        String[] to = b.split(":");
        return BuildFixture.REFS.refs(BuildFixture.SLUGS.get(from[0]), from[1]).related().stream()
                .anyMatch(r -> r.interviewSlug().equals(BuildFixture.SLUGS.get(to[0])) && r.questionId().equals(to[1]));
    }

    private static void printAll() {
        Map<String, String> names = Map.of(BuildFixture.SEED.slug(), "seed", BuildFixture.K1.slug(), "k1",
                BuildFixture.W1.slug(), "w1");
        BuildFixture.REFS.pages().forEach((slug, pages) -> pages.forEach((id, refs) -> {
            StringBuilder line = new StringBuilder(names.get(slug) + ":" + id + " " + refs.topics() + " ->");
            refs.related().forEach(r -> line.append(' ').append(names.get(r.interviewSlug())).append(':')
                    .append(r.questionId()).append('(').append(r.score()).append(')'));
            System.out.println(line);
        }));
    }
}
