package org.verbatim.crossref;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Figures found against the hand-made lists: recall, and precision with vague amounts neither hit nor error. */
class FigureQualityTest {
    @Test
    void seedFigures() {
        double[] rp = measure("seed", "seed-expected.yml");
        assertTrue(rp[0] >= 0.9, "seed figure recall " + rp[0]);
        assertTrue(rp[1] >= 0.8, "seed figure precision " + rp[1]);
    }

    @Test
    void k1Figures() {
        double[] rp = measure("k1", "k1-expected.yml");
        assertTrue(rp[0] >= 0.9, "k1 figure recall " + rp[0]);
        assertTrue(rp[1] >= 0.8, "k1 figure precision " + rp[1]);
    }

    @Test
    void yearsDatesAndOrdinalsAreNotFigures() {
        FigureFinder finder = new FigureFinder();
        assertTrue(finder.find("In 2027, on December 4, 2024, the 80th anniversary of the 1930s (2006–2007).", "q1-p1")
                .isEmpty());
        List<Figure> found = finder.find("Trade exceeded a record $100 billion and grew by 93 percent.", "q1-p2");
        assertTrue(found.contains(new Figure("$100 billion", "dollars", "q1-p2")), found.toString());
        assertTrue(found.contains(new Figure("93 percent", "percent", "q1-p2")), found.toString());
    }

    private static double[] measure(String name, String file) {
        Expected expected = Expected.load(file);
        String slug = BuildFixture.SLUGS.get(name);
        List<Figure> found = BuildFixture.REFS.figures().stream().filter(f -> f.interviewSlug().equals(slug))
                .map(FigureEntry::figure).toList();
        List<String> misses = new ArrayList<>();
        int hits = 0;
        for (Expected.ExpectedFigure want : expected.figures("figures")) {
            if (found.stream().anyMatch(f -> matches(f, want))) {
                hits++;
            } else {
                misses.add(want.text() + "@" + want.paragraph());
            }
        }
        List<String> errors = new ArrayList<>();
        int judged = 0;
        for (Figure f : found) {
            boolean wanted = expected.figures("figures").stream().anyMatch(w -> matches(f, w));
            boolean optional = expected.figures("optional_figures").stream().anyMatch(w -> matches(f, w));
            if (wanted) {
                judged++;
            } else if (!optional) {
                judged++;
                errors.add(f.text() + " (" + f.counts() + ")@" + f.paragraphId());
            }
        }
        int wantedCount = expected.figures("figures").size();
        double recall = (double) hits / wantedCount;
        double precision = judged == 0 ? 1 : (double) (judged - errors.size()) / judged;
        System.out.printf("%s figures: recall %.3f (%d/%d), precision %.3f; misses %s; errors %s%n", name, recall,
                hits, wantedCount, precision, misses, errors);
        return new double[] {recall, precision};
    }

    /** Same paragraph, the expected number inside the found span, and (when given) the same counted noun. */
    private static boolean matches(Figure f, Expected.ExpectedFigure want) {
        return f.paragraphId().equals(want.paragraph())
                && f.text().toLowerCase(Locale.ROOT).contains(want.text().toLowerCase(Locale.ROOT).split(" ")[0])
                && (want.counts() == null || f.counts().equals(want.counts()));
    }
}
