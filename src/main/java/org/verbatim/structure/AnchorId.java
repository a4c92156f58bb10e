package org.verbatim.structure;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of an anchor id: {@code q3-p2a} is question {@code q3}, paragraph number 2, suffix {@code a}.
 *
 * <p>Ids are issued so that they stay readable and, as far as possible, in reading order: the first build numbers
 * positionally ({@code q3-p1}, {@code q3-p2}, …); later, a passage appended after the highest number takes the
 * next number, and one inserted between two numbered passages takes the preceding number plus the first unused
 * letter suffix ({@code q3-p2a}, then {@code q3-p2b}; after {@code z} come {@code aa}, {@code ab}, …). Questions
 * follow the same rule ({@code q2a} between {@code q2} and {@code q3}). An id once issued is never issued again.
 *
 * @param paragraph -1 for a question id
 */
record AnchorId(int question, String questionSuffix, int paragraph, String paragraphSuffix) {

    private static final Pattern ID = Pattern.compile("q(\\d{1,6})([a-z]*)(?:-p(\\d{1,6})([a-z]*))?");

    static Optional<AnchorId> parse(String id) {
        Matcher m = ID.matcher(id);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new AnchorId(Integer.parseInt(m.group(1)), m.group(2),
                m.group(3) == null ? -1 : Integer.parseInt(m.group(3)), m.group(4) == null ? "" : m.group(4)));
    }

    static AnchorId of(String id) {
        return parse(id).orElseThrow(() -> new IllegalArgumentException("not an anchor id: " + id));
    }

    boolean isQuestion() {
        return paragraph < 0;
    }

    /** The question part: {@code q3} for {@code q3-p2a}. */
    String questionId() {
        return "q" + question + questionSuffix;
    }

    /** The question id a paragraph or question id belongs to. */
    static String questionOf(String id) {
        return of(id).questionId();
    }

    /**
     * A fresh id after the passage numbered {@code previous} (0 or -1 when there is none) and before the next
     * passage that keeps its id ({@code next}, or {@link Integer#MAX_VALUE} when none follows): the plain number
     * {@code previous + 1} when it is unused and still sorts before {@code next}, else {@code previous} plus the
     * first unused letter suffix.
     */
    static String fresh(String prefix, int previous, int next, Set<String> used) {
        int plain = previous + 1;
        if (plain < next && !used.contains(prefix + plain)) {
            return prefix + plain;
        }
        int base = Math.max(previous, 0);
        for (int n = 1; ; n++) {
            String candidate = prefix + base + letters(n);
            if (!used.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** Bijective base 26: 1 is a, 26 is z, 27 is aa. */
    static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int k = n; k > 0; k = (k - 1) / 26) {
            s.append((char) ('a' + (k - 1) % 26));
        }
        return s.reverse().toString();
    }
}
