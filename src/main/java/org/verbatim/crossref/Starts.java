package org.verbatim.crossref;

import java.util.regex.Matcher;

/**
 * The characters a pattern's match can begin with, so that the pattern is tried only there: a pattern opening with
 * look-behinds and alternatives is otherwise tried at every character of a paragraph. Matches are the ones
 * {@link Matcher#find()} gives, in the same order.
 */
final class Starts {
    private final boolean[] ascii = new boolean[128];

    /**
     * @param first every ASCII character a match may begin with (any other character is always tried, since
     *              case-insensitive Unicode matching lets some non-ASCII letters match ASCII ones)
     */
    Starts(String first) {
        first.chars().forEach(c -> ascii[c] = true);
    }

    /** A matcher for this scan: look-arounds and word boundaries see past the region it is tried on. */
    static Matcher prepare(Matcher m) {
        return m.useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * The first match of {@code m} (made by {@link #prepare}) starting at or after {@code from}; the same as
     * {@code find} from there, for a pattern whose matches are never empty.
     */
    boolean next(Matcher m, CharSequence text, int from) {
        int length = text.length();
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 128 || ascii[c]) {
                m.region(i, length);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }
}
