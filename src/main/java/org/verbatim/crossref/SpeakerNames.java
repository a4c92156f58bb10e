package org.verbatim.crossref;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.verbatim.model.Speaker;

/**
 * The person a speaker label names, the strongest evidence of a name there is: "Rosseti CEO Pavel Livinsky" is Pavel
 * Livinsky, "Ms. Dalton" is Dalton; "Question", "Xinhua" and "People's Daily" (the asking side, named by role or
 * publication) are nobody's name.
 */
final class SpeakerNames {
    private static final Set<String> PARTICLES = Speaker.SURNAME_PARTICLES;
    /** Words of a publication's or channel's name, never of a person's. */
    private static final Set<String> MEDIA = Set.of("daily", "news", "agency", "tv", "times", "post", "channel",
            "radio", "press", "television", "journal", "herald", "tribune", "gazette", "newspaper");
    private static final int MOST_WORDS = 3;

    private SpeakerNames() {
    }

    /** The person's name in the label, or null when the label names no person. */
    static String person(Speaker speaker, Gazetteer gazetteer, String title) {
        String name = labelName(speaker, gazetteer);
        if (name == null || name.contains(" ")) {
            return name;
        }
        // A surname alone ("Ms. Dalton"): the page's title may give the full name ("... Secretary Olivia Dalton").
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:^|\\s)(\\p{Lu}[\\p{L}'’-]+) "
                + java.util.regex.Pattern.quote(name) + "(?![\\p{L}])").matcher(title);
        return m.find() && !isRole(m.group(1), gazetteer) ? m.group(1) + " " + name : name;
    }

    /**
     * The person of a label left at the start of a paragraph ("Deputy Chairman of the Economic Council Alexei
     * Kudrin: Mr President, ..."), when the transcript did not take it for a speaker: up to the first colon, no
     * sentence end, at most 20 words, opening with a role word. Null when the paragraph opens with no such label.
     */
    static String labelInText(String text, Gazetteer gazetteer) {
        int colon = text.indexOf(':');
        if (colon < 3 || colon > 200) {
            return null;
        }
        String label = text.substring(0, colon).strip();
        String[] words = label.split("\\s+");
        if (words.length < 3 || words.length > 20 || endsSentence(label)
                || !isRole(words[0], gazetteer)) {
            return null;
        }
        String name = labelName(new Speaker(label, label, null, false), gazetteer);
        return name != null && name.contains(" ") ? name : null;
    }

    private static boolean endsSentence(String label) {
        for (int i = 0; i < label.length(); i++) {
            if (".?!;".indexOf(label.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String labelName(Speaker speaker, Gazetteer gazetteer) {
        if (speaker.unnamed()) {
            return null;
        }
        String[] words = speaker.name().strip().split("\\s+");
        // The name is the run of capitalised words (and surname particles) that ends the label, after the last role
        // word or lower-case word: "CEO of Royal Dutch Shell Ben van Beurden" -> "Royal Dutch Shell Ben van Beurden",
        // cut below to its last two capitalised words.
        List<String> run = new ArrayList<>();
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i];
            boolean particle = PARTICLES.contains(w);
            if (!particle && (!Character.isUpperCase(w.codePointAt(0)) || isRole(w, gazetteer))) {
                break;
            }
            run.add(0, w);
        }
        while (!run.isEmpty() && PARTICLES.contains(run.get(0))) {
            run.remove(0);
        }
        long capitalised = run.stream().filter(w -> !PARTICLES.contains(w)).count();
        if (capitalised == 0) {
            return null;
        }
        boolean cut = run.size() < words.length;
        if (capitalised > MOST_WORDS || cut && capitalised > 2) {
            // A company or body before the name: keep the given name and surname.
            int keep = 0;
            int start = run.size();
            while (start > 0 && keep < 2) {
                start--;
                if (!PARTICLES.contains(run.get(start))) {
                    keep++;
                }
            }
            run = run.subList(start, run.size());
        }
        String name = String.join(" ", run);
        for (String w : run) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (MEDIA.contains(lower) || w.endsWith("'s") || w.endsWith("’s")) {
                return null;
            }
        }
        // The asking side named by one word is a publication or a role ("Xinhua", "Audience"), not a person.
        if (speaker.interviewer() && capitalised < 2) {
            return null;
        }
        if (gazetteer.kindOf(name).filter(k -> k != EntityKind.PERSON).isPresent()) {
            return null;
        }
        return name.equals(name.toUpperCase(Locale.ROOT)) ? titleCase(name) : name;
    }

    static boolean isRole(String word, Gazetteer gazetteer) {
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return gazetteer.roles.contains(word) || gazetteer.roles.contains(bare) || MORE_ROLES.contains(bare);
    }

    /** Titles before a name in labels that the gazetteer's role list, made for running text, does not hold. */
    private static final Set<String> MORE_ROLES = Set.of("CEO", "CFO", "COO", "CTO", "MP", "MEP", "Head", "Aide",
            "Officer", "Executive", "Manager", "Editor", "Correspondent", "Host", "Anchor", "Presenter", "Founder",
            "Member", "Rector", "Commander", "Worker", "Employee");

    private static String titleCase(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : name.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}
