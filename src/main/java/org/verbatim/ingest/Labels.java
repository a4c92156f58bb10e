package org.verbatim.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.verbatim.model.Speaker;

/**
 * Finds speaker labels: {@code Name:} at the start of a line, a bare {@code Q } reporter label, and labels glued to
 * the end of the previous sentence ({@code leader?President of Russia Vladimir Putin: Indeed}).
 */
final class Labels {

    static final Set<String> INTERVIEWER = Speaker.ASKING_ROLES;

    /** Lower-case words that may sit inside a name or title ("President of Russia", "Ursula von der Leyen"). */
    private static final Set<String> CONNECTORS = Set.of(
            "of", "the", "for", "and", "de", "da", "del", "der", "den", "la", "le", "von", "van", "al", "bin", "ibn", "y");

    private static final Pattern NAME_COLON = Pattern.compile("([^:\\n]{1,80}?):(?:[\\s\\u00A0]+|$)");
    private static final Pattern BARE_Q = Pattern.compile("Q[ \\u00A0]+(?=\\S)");

    /** A label found in text: where it starts, where the spoken text after it starts, and the label as written. */
    record Found(int start, int textStart, String label) {
    }

    private Labels() {
    }

    /** A label at the very start of {@code text} (a line or a paragraph). */
    static Optional<Found> atStart(String text) {
        Matcher q = BARE_Q.matcher(text);
        if (q.lookingAt()) {
            return Optional.of(new Found(0, q.end(), "Q"));
        }
        Matcher m = NAME_COLON.matcher(text);
        if (m.lookingAt() && isNameLike(m.group(1))) {
            return Optional.of(new Found(0, m.end(), m.group(1).strip()));
        }
        return Optional.empty();
    }

    private static final Pattern INTRO = Pattern.compile("([^:\\n.?!;\"“”]{3,140}?):[\\s\\u00A0]");

    /**
     * A label at the start of {@code text} that introduces a speaker known by a plainer label elsewhere in the
     * transcript: with a role after a comma ({@code Alisa Shmelyova, metrology engineer:}) or a description before
     * the name ({@code Austrian Broadcasting Corporation (ORF) news presenter Armin Wolf:}). Returns the known label.
     */
    static Optional<String> introducing(String text, java.util.List<String> known) {
        Matcher m = INTRO.matcher(text);
        if (!m.lookingAt() || words(m.group(1)).length > 16) {
            return Optional.empty();
        }
        return known.stream().filter(k -> introduces(m.group(1), k)).findFirst();
    }

    static boolean introduces(String label, String known) {
        String n = SPACES.matcher(label.replace('\u00A0', ' ')).replaceAll(" ").strip();
        return n.startsWith(known + ",") || n.endsWith(" " + known) && Character.isUpperCase(n.codePointAt(0));
    }

    /**
     * The first label glued to the end of a sentence in {@code text} at or after {@code from}. A glued label must
     * look like a name and, unless it is an interviewer word or written in capitals, have two or more words or
     * repeat the end of a known label ({@code Putin} after {@code President of Russia Vladimir Putin}).
     */
    static Optional<Found> nextGlued(String text, int from, Predicate<String> known) {
        for (int i = Math.max(1, from); i < text.length(); i++) {
            if (!Character.isUpperCase(text.charAt(i)) || !endsSentence(text, i)) {
                continue;
            }
            Matcher m = NAME_COLON.matcher(text).region(i, text.length());
            if (!m.lookingAt()) {
                continue;
            }
            String label = m.group(1).strip();
            if (isNameLike(label) && (isInterviewer(label) || isCapitals(label) || words(label).length >= 2
                    || known.test(label))) {
                return Optional.of(new Found(i, m.end(), label));
            }
        }
        return Optional.empty();
    }

    /** True when the character before {@code i} closes a sentence, skipping closing quotes and brackets. */
    static boolean endsSentence(String text, int i) {
        int j = i - 1;
        while (j > 0 && "”\"’)]»".indexOf(text.charAt(j)) >= 0) {
            j--;
        }
        return j >= 0 && ".?!…".indexOf(text.charAt(j)) >= 0 && !(j > 0 && Character.isWhitespace(text.charAt(j - 1)));
    }

    static boolean isInterviewer(String label) {
        return INTERVIEWER.contains(normalise(label).toLowerCase(Locale.ROOT));
    }

    static boolean isCapitals(String label) {
        String letters = NOT_LETTER.matcher(label).replaceAll("");
        return letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT));
    }

    /** A phrase that can be a speaker: capitalised words and connectors, no digits or sentence punctuation. */
    static boolean isNameLike(String candidate) {
        String label = normalise(candidate);
        if (label.isEmpty()) {
            return false;
        }
        if (isInterviewer(label)) {
            return true;
        }
        String[] words = words(label);
        if (words.length > 8 || NOT_IN_NAME.matcher(label).find()) {
            return false;
        }
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            boolean connector = CONNECTORS.contains(word);
            boolean capital = Character.isUpperCase(word.codePointAt(0));
            if (!capital && !(connector && w > 0 && w < words.length - 1)) {
                return false;
            }
            if (!NAME_WORD.matcher(word).matches()) {
                return false;
            }
        }
        return true;
    }

    /** A note after the name, as in {@code Recep Tayyip Erdogan (retranslated)}: not part of who speaks. */
    private static final Pattern NOTE = Pattern.compile("\\s*\\([^()]{1,40}\\)$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");
    private static final Pattern NOT_IN_NAME = Pattern.compile("[\\d,;?!()\"“”«»/]");
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}.’'\\-]+");

    static String normalise(String label) {
        String n = SPACES.matcher(label.replace('\u00A0', ' ')).replaceAll(" ").strip();
        return NOTE.matcher(n).replaceFirst("").strip();
    }

    static String[] words(String label) {
        String n = normalise(label);
        return n.isEmpty() ? new String[0] : n.split(" ");
    }
}
