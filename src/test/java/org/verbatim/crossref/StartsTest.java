package org.verbatim.crossref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.verbatim.Fixtures;
import org.verbatim.model.Interview;
import org.verbatim.model.Question;

/** {@link Starts} gives exactly the matches {@link Matcher#find()} gives, for the two patterns it serves. */
class StartsTest {
    /** Edge cases: case, Unicode letters that fold to ASCII ones, non-ASCII digits, matches at either end. */
    private static final List<String> EDGES = List.of("", "5", "$5", "$ 5 million", "5,000.5 percent", "x5 5x 5-6",
            "Twenty-five TWENTY five", "A FEW MILLION people, hundreds of thousands", "\u0130 remind you",
            "as \u0131 said", "AS I SAID BEFORE", "let me remind you, as was mentioned above",
            "\u0661\u0662\u0663 and \uD835\uDFD3 and \u017Fix and \u017Feven", "1990s, 2020, March 5, Article 5",
            "nine, ten, eleven.", "as I said", "which I have already mentioned", "I will say it again");

    @Test
    void sameMatchesAsFindOnTheCorpusAndEdgeCases() throws IOException {
        List<String> texts = new ArrayList<>(EDGES);
        for (Interview interview : interviews()) {
            for (Question q : interview.questions()) {
                q.passages().forEach(p -> texts.add(p.text()));
            }
        }
        int numbers = 0;
        int triggers = 0;
        for (String text : texts) {
            numbers += assertSame(FigureFinder.NUMBER, FigureFinder.NUMBER_STARTS, text);
            triggers += assertSame(BackReferenceFinder.TRIGGER, BackReferenceFinder.TRIGGER_STARTS, text);
        }
        // The corpus has both kinds, so the comparison is not of empty lists.
        assertTrue(numbers > 100, "numbers: " + numbers);
        assertTrue(triggers > 10, "triggers: " + triggers);
    }

    /** Asserts that both ways find the same matches with the same groups; returns how many. */
    private static int assertSame(Pattern pattern, Starts starts, String text) {
        List<String> expected = new ArrayList<>();
        Matcher find = pattern.matcher(text);
        while (find.find()) {
            expected.add(describe(find));
        }
        List<String> actual = new ArrayList<>();
        Matcher m = Starts.prepare(pattern.matcher(text));
        for (int from = 0; starts.next(m, text, from); from = m.end()) {
            actual.add(describe(m));
        }
        assertEquals(expected, actual, text);
        return expected.size();
    }

    private static String describe(Matcher m) {
        StringBuilder s = new StringBuilder(m.start() + "-" + m.end() + ":" + m.group());
        for (int g = 1; g <= m.groupCount(); g++) {
            s.append('|').append(m.group(g));
        }
        return s.toString();
    }

    private static List<Interview> interviews() throws IOException {
        List<Interview> all = new ArrayList<>(List.of(Fixtures.interview(Fixtures.SEED),
                Fixtures.interview(Fixtures.K1), Fixtures.interview(Fixtures.W1)));
        try (Stream<Path> files = Files.list(Fixtures.KREMLIN_SAMPLE)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                try {
                    all.add(Fixtures.interview(f));
                } catch (RuntimeException e) {
                    // the sample holds pages that are no transcript at all; they have no paragraphs to compare
                }
            }
        }
        return all;
    }
}
