package org.verbatim.crossref;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Topic precision and recall on the seed + k1 + w1 build against {@code topics-expected.yml}, which was written by
 * reading the pages before Topics was changed. A produced topic names a theme when its stems include all stems of
 * one of the theme's alternatives ("bilateral trade" names [trade, ...]); so matching ignores inflection
 * ("investments" = "investment") and accepts a more specific phrase, but not a more general one ("security" does not
 * name "regional security" unless "security" is listed as an alternative).
 *
 * <ul>
 * <li>precision: the share of produced topics, on the listed pages, that name one of the page's themes;</li>
 * <li>recall: the share of listed themes named by at least one produced topic of the page.</li>
 * </ul>
 */
class TopicQualityTest {
    record Result(int produced, int matching, int themes, int covered) {
        double precision() {
            return produced == 0 ? 0 : (double) matching / produced;
        }

        double recall() {
            return themes == 0 ? 0 : (double) covered / themes;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "precision %.3f (%d/%d), recall %.3f (%d/%d)", precision(), matching,
                    produced, recall(), covered, themes);
        }
    }

    private static final Expected EXPECTED = Expected.load("topics-expected.yml");

    /*
     * First measured (Topics as it was at commit ac884c4, before any change for this list):
     *   seed precision 0.472 (17/36), recall 0.389 (14/36)
     *   k1   precision 0.371 (13/35), recall 0.294 (10/34)
     *   w1   precision 0.367 (33/90), recall 0.382 (29/76)
     * After the noun/phrase/generic-list/entity-theme changes (in sample: tuned looking at these same pages):
     *   seed precision 0.694 (25/36), recall 0.639 (23/36)
     *   k1   precision 0.548 (17/31), recall 0.441 (15/34)
     *   w1   precision 0.598 (49/82), recall 0.579 (44/76)
     * Issue 15 (a page's best 2-4 topics instead of 3-6; a single word said once and not asked about is no topic; a
     * word said mostly inside one phrase is shown as the phrase): fewer topics, more of them fit, and recall falls
     * by design, since the lists give 3-6 themes per page and a page now names at most 4:
     *   seed precision 0.750 (18/24), recall 0.444 (16/36)
     *   k1   precision 0.636 (14/22), recall 0.382 (13/34)
     *   w1   precision 0.603 (35/58), recall 0.434 (33/76)
     * Issue 15, third pass (names merged into the ranking, asides and the build's common words alone left out, "-ed"
     * forms and courtesies never alone, a stricter floor); in sample here too, these lists were read while working:
     *   seed precision 0.833 (20/24), recall 0.500 (18/36)
     *   k1   precision 0.762 (16/21), recall 0.412 (14/34)
     *   w1   precision 0.679 (36/53), recall 0.447 (34/76)
     * A page's third and fourth topics only when they score at least 0.6 of its best (0.4 before), chosen on these
     * lists and the kremlin tuning pages (pooled precision 0.738 -> 0.780, recall 0.452 -> 0.397), then measured
     * once on the held-out sets (topics fit 0.650 -> 0.714, 0.655 -> 0.703, 0.462 -> 0.545): fewer topics, more
     * of them fitting; recall falls by design:
     *   seed precision 0.864 (19/22), recall 0.472 (17/36)
     *   k1   precision 0.875 (14/16), recall 0.353 (12/34)
     *   w1   precision 0.721 (31/43), recall 0.382 (29/76)
     * The thresholds below are what is reached now, less a margin, so that a regression fails.
     */
    static final double SEED_PRECISION = 0.82;
    static final double SEED_RECALL = 0.45;
    static final double K1_PRECISION = 0.82;
    static final double K1_RECALL = 0.33;
    static final double W1_PRECISION = 0.69;
    static final double W1_RECALL = 0.36;

    @Test
    void seedTopicsNameTheThemesAReaderWouldTag() {
        Result r = measure("seed");
        assertTrue(r.precision() >= SEED_PRECISION, "seed topic " + r);
        assertTrue(r.recall() >= SEED_RECALL, "seed topic " + r);
    }

    @Test
    void k1TopicsNameTheThemesAReaderWouldTag() {
        Result r = measure("k1");
        assertTrue(r.precision() >= K1_PRECISION, "k1 topic " + r);
        assertTrue(r.recall() >= K1_RECALL, "k1 topic " + r);
    }

    @Test
    void w1TopicsNameTheThemesAReaderWouldTag() {
        Result r = measure("w1");
        assertTrue(r.precision() >= W1_PRECISION, "w1 topic " + r);
        assertTrue(r.recall() >= W1_RECALL, "w1 topic " + r);
    }

    /** The matching rule itself, on made-up topics, so that a lenient matcher cannot inflate the numbers. */
    @Test
    void matchingIsStemInsensitiveAndOnlyAcceptsMoreSpecificPhrases() {
        List<List<String>> themes = List.of(List.of("trade", "exports"), List.of("regional security"),
                List.of("energy", "oil and gas"));
        assertTrue(names("bilateral trade", themes.get(0)));
        assertTrue(names("Investments", List.of("investment")));
        assertTrue(names("export", themes.get(0)));
        assertTrue(names("oil and gas", themes.get(2)));
        assertFalse(names("security", themes.get(1)));
        assertFalse(names("oil", themes.get(2)));
        assertFalse(names("cooperation", themes.get(0)));
    }

    @SuppressWarnings("unchecked")
    static Result measure(String name) {
        Map<String, List<List<Object>>> pages = (Map<String, List<List<Object>>>) EXPECTED.yaml.get(name);
        String slug = BuildFixture.SLUGS.get(name);
        int produced = 0;
        int matching = 0;
        int themeCount = 0;
        int covered = 0;
        StringBuilder report = new StringBuilder();
        for (Map.Entry<String, List<List<Object>>> e : pages.entrySet()) {
            List<String> topics = BuildFixture.REFS.refs(slug, e.getKey()).topics();
            List<List<String>> themes = new ArrayList<>();
            e.getValue().forEach(t -> themes.add(t.stream().map(String::valueOf).toList()));
            List<String> wrong = new ArrayList<>();
            for (String topic : topics) {
                if (themes.stream().anyMatch(t -> names(topic, t))) {
                    matching++;
                } else {
                    wrong.add(topic);
                }
            }
            List<String> missed = new ArrayList<>();
            for (List<String> theme : themes) {
                if (topics.stream().anyMatch(topic -> names(topic, theme))) {
                    covered++;
                } else {
                    missed.add(theme.get(0));
                }
            }
            produced += topics.size();
            themeCount += themes.size();
            report.append(String.format(Locale.ROOT, "  %s:%s %s  off-theme %s  missed %s%n", name, e.getKey(), topics,
                    wrong, missed));
        }
        Result r = new Result(produced, matching, themeCount, covered);
        System.out.print(report);
        System.out.println("topics " + name + ": " + r);
        return r;
    }

    /** Whether a produced topic names a theme: its stems include all stems of one of the alternatives. */
    static boolean names(String topic, List<String> alternatives) {
        Set<String> produced = stems(topic);
        for (String alternative : alternatives) {
            Set<String> wanted = stems(alternative);
            if (!wanted.isEmpty() && produced.containsAll(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> stems(String phrase) {
        Set<String> stems = new HashSet<>();
        Text.tokens(Text.analyzer(), phrase.replace('-', ' ')).forEach(t -> stems.add(t.stem()));
        return stems;
    }
}
