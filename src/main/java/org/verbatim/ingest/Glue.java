package org.verbatim.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Restores paragraphs that were glued together without a break ({@code relations.The Chinese}), without splitting
 * abbreviations, initials or decimals ({@code U.S.}, {@code Mr.}, {@code J. Smith}, {@code 2.5 times}).
 */
final class Glue {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "gov", "sen", "rep", "col", "lt", "sgt", "capt",
            "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "est", "approx", "fig", "vol", "art",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private Glue() {
    }

    /**
     * Splits {@code text} at every glue point except inside one of {@code keep} (spans an editor marked as one
     * paragraph, e.g. a missing space after a full stop in the source); returns the pieces, stripped, none empty.
     */
    static List<String> split(String text, List<String> keep) {
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int i = 1; i < text.length(); i++) {
            if (isGluePoint(text, i) && !insideKept(text, i, keep)) {
                add(pieces, text.substring(from, i));
                from = i;
            }
        }
        add(pieces, text.substring(from));
        return pieces;
    }

    private static boolean insideKept(String text, int i, List<String> keep) {
        for (String span : keep) {
            for (int at = text.indexOf(span); at >= 0; at = text.indexOf(span, at + 1)) {
                if (at < i && i < at + span.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void add(List<String> pieces, String piece) {
        String p = piece.strip();
        if (!p.isEmpty()) {
            pieces.add(p);
        }
    }

    static boolean isGluePoint(String text, int i) {
        char c = text.charAt(i);
        boolean opens = Character.isUpperCase(c)
                || "“\"‘(«".indexOf(c) >= 0 && i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1));
        if (!opens || !Labels.endsSentence(text, i)) {
            return false;
        }
        int j = i - 1;
        while ("”\"’)]»".indexOf(text.charAt(j)) >= 0) {
            j--;
        }
        return text.charAt(j) != '.' || !isAbbreviation(text, j);
    }

    /** True when the full stop at {@code dot} ends an abbreviation or an initial rather than a sentence. */
    private static boolean isAbbreviation(String text, int dot) {
        int start = dot;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        String word = text.substring(start, dot);
        if (word.contains(".")) {
            return true; // "U.S", "e.g": letters separated by full stops
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "J.Smith"
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT)) && Character.isUpperCase(word.charAt(0));
    }
}
