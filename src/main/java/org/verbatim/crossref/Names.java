package org.verbatim.crossref;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Spelling helpers for names: a comparison form and a URL-safe key. */
final class Names {
    private static final Pattern SPACES = Pattern.compile("[\\s\u00a0]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_KEY = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("(^-|-$)");

    private Names() {
    }

    /** No white space but single plain spaces: the common case, where no regular expression is needed. */
    private static boolean plainSpaces(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' ? i + 1 < s.length() && s.charAt(i + 1) == ' ' : Character.isWhitespace(c) || c == '\u00a0') {
                return false;
            }
        }
        return true;
    }

    /** Lower case, straight apostrophes, hyphens for dashes, no "the", no possessive, no full stop in "St.". */
    static String normalise(String name) {
        String s = name.replace('\u2019', '\'').replace('\u2013', '-').replace('\u2014', '-').trim();
        if (!plainSpaces(s)) {
            s = SPACES.matcher(s).replaceAll(" ");
        }
        if (s.endsWith("'s")) {
            s = s.substring(0, s.length() - 2);
        }
        s = s.toLowerCase(Locale.ROOT);
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s.replace("st. ", "st ");
    }

    /** A URL-safe key: ASCII letters and digits joined by single hyphens. */
    static String key(String name) {
        String ascii = MARKS.matcher(Normalizer.normalize(normalise(name), Normalizer.Form.NFD)).replaceAll("");
        String key = EDGE_HYPHENS.matcher(NOT_KEY.matcher(ascii.replace("'", "")).replaceAll("-")).replaceAll("");
        return key.isEmpty() ? "x" : key;
    }
}
