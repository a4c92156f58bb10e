package org.verbatim.crossref;

import java.util.List;
import java.util.Map;

import org.verbatim.Fixtures;
import org.verbatim.model.Interview;

/** The seed + k1 + w1 build, cross-referenced once for all tests that need it. */
final class BuildFixture {
    static final Interview SEED = Fixtures.interview(Fixtures.SEED);
    static final Interview K1 = Fixtures.interview(Fixtures.K1);
    static final Interview W1 = Fixtures.interview(Fixtures.W1);
    static final List<Interview> ALL = List.of(SEED, K1, W1);
    static final CrossRefs REFS = CrossReferencer.link(ALL);
    /** The short names the expectation files use. */
    static final Map<String, String> SLUGS = Map.of("seed", SEED.slug(), "k1", K1.slug(), "w1", W1.slug());

    private BuildFixture() {
    }
}
