package org.verbatim.write;

import java.util.Locale;

/** A number with its noun in the right grammatical number: "1 question", "2 questions", "1,394 transcripts". */
final class Counted {

    private Counted() {
    }

    static String of(long n, String singular) {
        return of(n, singular, singular + "s");
    }

    static String of(long n, String singular, String plural) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? singular : plural);
    }
}
