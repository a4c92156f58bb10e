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

    private static Scores measure(java.nio.file.Path file, String expected, String name) {
        Interview interview = Fixtures.interview(file);
        CrossRefs refs = CrossReferencer.link(List.of(interview));
        Scores s = Scores.entities(refs.entities(), Expected.load(expected), interview.slug());
        System.out.println(s.report(name));
        return s;
    }
}
