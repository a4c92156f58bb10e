package org.verbatim.crossref;

import java.util.List;

import org.verbatim.Fixtures;
import org.verbatim.model.Interview;

/**
 * Not a test: times the first and later calls of {@link CrossReferencer#link} on seed + k1 + w1 in this JVM.
 * Run in a fresh JVM for the cold-start cost (see docs/crossref.md):
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.verbatim.crossref.ColdStart}
 */
public final class ColdStart {
    private ColdStart() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        List<Interview> all = List.of(Fixtures.interview(Fixtures.SEED), Fixtures.interview(Fixtures.K1),
                Fixtures.interview(Fixtures.W1));
        long t1 = System.nanoTime();
        CrossRefs refs = CrossReferencer.link(all);
        long t2 = System.nanoTime();
        System.out.printf("parse %.0f ms; first link %.0f ms (%d entities)%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6,
                refs.entities().size());
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        for (int i = 0; i < runs; i++) {
            long a = System.nanoTime();
            CrossReferencer.link(all);
            System.out.printf("link %d: %.0f ms%n", i + 2, (System.nanoTime() - a) / 1e6);
        }
    }
}
