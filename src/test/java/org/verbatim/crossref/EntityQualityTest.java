package org.verbatim.crossref;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.verbatim.Fixtures;
import org.verbatim.model.Interview;

/** Entity recall and precision against the hand-made lists, each transcript on its own (as a one-file build). */
class EntityQualityTest {
    @Test
    void seedEntitiesMatchTheHandMadeList() {
        Scores s = measure(Fixtures.SEED, "seed-expected.yml", "seed");
        assertTrue(s.recall() >= 0.9, "seed entity recall " + s.recall());
        assertTrue(s.precision() >= 0.9, "seed entity precision " + s.precision());
        assertTrue(s.kindAccuracy() >= 0.85, "seed kind accuracy " + s.kindAccuracy());
        assertTrue(s.paragraphRecall() >= 0.9, "seed mention recall " + s.paragraphRecall());
    }

    @Test
    void k1EntitiesMatchTheHandMadeList() {
        Scores s = measure(Fixtures.K1, "k1-expected.yml", "k1");
        assertTrue(s.recall() >= 0.9, "k1 entity recall " + s.recall());
        assertTrue(s.precision() >= 0.9, "k1 entity precision " + s.precision());
        assertTrue(s.kindAccuracy() >= 0.85, "k1 kind accuracy " + s.kindAccuracy());
        assertTrue(s.paragraphRecall() >= 0.9, "k1 mention recall " + s.paragraphRecall());
    }

    /**
     * Out of sample: w1 (a White House gaggle) was never used to tune the rules, and its list was written by reading
     * before the extractor was run on it. First measured: recall 0.955, precision 0.853, kinds 0.922, mentions
     * 0.873. The general rules added after that were checked on w1 too, so the thresholds (what was then reached,
     * less a margin) are no longer out of sample; see docs/crossref.md.
     */
    @Test
    void w1EntitiesMatchTheHandMadeList() {
        Scores s = measure(Fixtures.W1, "w1-expected.yml", "w1");
        assertTrue(s.recall() >= W1_RECALL, "w1 entity recall " + s.recall());
        assertTrue(s.precision() >= W1_PRECISION, "w1 entity precision " + s.precision());
        assertTrue(s.kindAccuracy() >= W1_KINDS, "w1 kind accuracy " + s.kindAccuracy());
        assertTrue(s.paragraphRecall() >= W1_MENTIONS, "w1 mention recall " + s.paragraphRecall());
    }

    private static final double W1_RECALL = 0.95;
    private static final double W1_PRECISION = 0.95;
    private static final double W1_KINDS = 0.95;
    private static final double W1_MENTIONS = 0.93;

    private static Scores measure(java.nio.file.Path file, String expected, String name) {
        Interview interview = Fixtures.interview(file);
        CrossRefs refs = CrossReferencer.link(List.of(interview));
        Scores s = Scores.entities(refs.entities(), Expected.load(expected), interview.slug());
        System.out.println(s.report(name));
        return s;
    }
}
