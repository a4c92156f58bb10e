package org.verbatim.crossref;

import java.text.Normalizer;
import java.util.Locale;

/** Spelling helpers for names: a comparison form and a URL-safe key. */
final class Names {
    private Names() {
    }

    /** Lower case, straight apostrophes, hyphens for dashes, no "the", no possessive, no full stop in "St.". */
    static String normalise(String name) {
        String s = name.replace('\u2019', '\'').replace('\u2013', '-').replace('\u2014', '-').trim();
        s = s.replaceAll("[\\s\u00a0]+", " ");
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
        String ascii = Normalizer.normalize(normalise(name), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String key = ascii.replace("'", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return key.isEmpty() ? "x" : key;
    }
}
