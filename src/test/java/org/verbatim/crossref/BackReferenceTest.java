package org.verbatim.crossref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Back-references against the hand-made lists. */
class BackReferenceTest {
    @Test
    void seedAlreadyNotedPointsIntoTheFirstAnswer() {
        List<BackReference> refs = BuildFixture.REFS.refs(BuildFixture.SEED.slug(), "q2").refersTo();
        System.out.println("seed q2 refers_to: " + refs);
        BackReference noted = refs.stream().filter(r -> r.fromParagraphId().equals("q2-p2")).findFirst().orElseThrow();
        assertEquals("As I have already noted", noted.phrase());
        assertEquals("q1-p2", noted.toParagraphId());
    }

    @Test
    void seedAndK1MatchTheHandMadeLists() {
        int[] seed = measure("seed", "seed-expected.yml", "refers_to");
        int[] k1 = measure("k1", "k1-expected.yml", "refers_to");
        int[] w1 = measure("w1", "build-expected.yml", "w1_refers_to");
        assertEquals(seed[1], seed[0], "every seed back-reference found and pointing to an accepted paragraph");
        assertEquals(k1[1], k1[0], "every k1 back-reference found and pointing to an accepted paragraph");
        assertTrue(w1[0] >= w1[1] / 2, "at least half of the w1 back-references right");
    }

    @Test
    void rememberingHistoryIsNotABackReference() {
        List<BackReference> refs = BuildFixture.REFS.refs(BuildFixture.SEED.slug(), "q2").refersTo();
        assertTrue(refs.stream().noneMatch(r -> r.fromParagraphId().equals("q2-p4")),
                "q2-p4 'I would remind you' recalls history, not an earlier paragraph: " + refs);
    }

    /** Returns {right, expected}; prints every link found, with the unexpected ones marked. */
    private static int[] measure(String name, String file, String key) {
        String slug = BuildFixture.SLUGS.get(name);
        List<BackReference> found = new ArrayList<>();
        BuildFixture.REFS.pages().get(slug).values().forEach(q -> found.addAll(q.refersTo()));
        List<Expected.ExpectedLink> wanted = Expected.load(file).links(key);
        int right = 0;
        for (Expected.ExpectedLink want : wanted) {
            List<BackReference> from = found.stream().filter(r -> r.fromParagraphId().equals(want.from())).toList();
            if (from.stream().anyMatch(r -> want.to().contains(r.toParagraphId()))) {
                right++;
            }
        }
        List<BackReference> unexpected = found.stream()
                .filter(r -> wanted.stream().noneMatch(w -> w.from().equals(r.fromParagraphId()))).toList();
        System.out.printf("%s back-references: %d/%d right; found %s; not in the list: %s%n", name, right,
                wanted.size(), found, unexpected);
        return new int[] {right, wanted.size()};
    }
}
