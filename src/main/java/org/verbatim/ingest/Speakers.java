package org.verbatim.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.verbatim.model.Speaker;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Collapses the labels of a transcript into speakers: a later short form ({@code Vladimir Putin}, {@code Putin})
 * joins the speaker of the first, long form ({@code President of Russia Vladimir Putin}).
 *
 * <p>A label whose last word is one or two letters away from a known speaker's last word, all other words equal,
 * is taken as a typing slip for that speaker ({@code MS. DALOTON} for {@code MS. DALTON}). The label stays as
 * written on the page; only the attribution is shared.
 */
final class Speakers {

    private static final int MIN_TYPO_LENGTH = 5;
    /**
     * Words that name an office, lower case: the last word of each of the gazetteer's roles ("Prime Minister",
     * "Deputy"), shared with the cross-reference stage, and titles of companies' heads.
     */
    private static final Set<String> OFFICES = offices();
    /** Known given names, lower case (verbatim/given-names.txt). */
    private static final Set<String> GIVEN_NAMES = GivenNames.all();

    private final Map<String, String> overrides;
    private final String interviewerName;
    private final Map<String, Speaker> byLabel = new LinkedHashMap<>();
    private final List<Speaker> speakers = new ArrayList<>();
    private final Map<Speaker, List<String[]>> forms = new LinkedHashMap<>();
    private final Map<Speaker, List<String>> labels = new LinkedHashMap<>();

    Speakers(Map<String, String> overrides, String interviewerName) {
        this.overrides = overrides;
        this.interviewerName = interviewerName;
    }

    List<Speaker> all() {
        return List.copyOf(speakers);
    }

    /** True when {@code label} is a known label or the end of one, e.g. {@code Putin}. */
    boolean isKnown(String label) {
        return find(label) != null;
    }

    Speaker resolve(String label) {
        String normal = Labels.normalise(label);
        Speaker speaker = byLabel.get(normal);
        if (speaker == null) {
            speaker = find(normal);
            if (speaker == null) {
                speaker = create(normal);
                speakers.add(speaker);
                forms.put(speaker, new ArrayList<>());
                labels.put(speaker, new ArrayList<>());
            }
            byLabel.put(normal, speaker);
            forms.get(speaker).add(key(normal));
            labels.get(speaker).add(normal);
        }
        return speaker;
    }

    /**
     * Records a longer label that introduces a known speaker ("CEO and Chairman of the Executive Board of Russian
     * Railways Oleg Belozerov" for "Oleg Belozerov"), so that {@link #plainNames()} reads the role from it.
     */
    void introduced(Speaker speaker, String label) {
        String normal = Labels.normalise(label);
        List<String> written = labels.get(speaker);
        if (written != null && !written.contains(normal)) {
            written.add(normal);
        }
    }

    private Speaker find(String label) {
        String[] words = key(Labels.normalise(label));
        if (Labels.isInterviewer(label)) {
            return speakers.stream().filter(Speaker::interviewer).findFirst().orElse(null);
        }
        for (Map.Entry<Speaker, List<String[]>> entry : forms.entrySet()) {
            if (entry.getKey().interviewer()) {
                continue;
            }
            for (String[] form : entry.getValue()) {
                if (endsWith(form, words) || endsWith(words, form) && words.length > form.length
                        || isSlip(form, words)) {
                    return entry.getKey();
                }
            }
            if (endsWith(key(entry.getKey().name()), words)) {
                return entry.getKey();
            }
        }
        return null;
    }

    private Speaker create(String label) {
        if (Labels.isInterviewer(label)) {
            String name = overrides.getOrDefault(label, interviewerName.isEmpty()
                    ? (label.equalsIgnoreCase("Q") ? "Reporter" : titleCase(label)) : interviewerName);
            return new Speaker(uniqueKey(slug(name)), name, "", true);
        }
        String name = overrides.get(label);
        String role = "";
        if (name == null) {
            String display = Labels.isCapitals(label) ? titleCase(label) : label;
            String[] words = display.split(" ");
            int lastConnector = -1;
            for (int i = 0; i < words.length - 1; i++) {
                if (Character.isLowerCase(words[i].charAt(0))) {
                    lastConnector = i;
                }
            }
            int lastOffice = -1;
            for (int i = 0; i < words.length - 2; i++) {
                if (OFFICES.contains(words[i].toLowerCase(Locale.ROOT))) {
                    lastOffice = i;
                }
            }
            int person = personAfterBody(words);
            if (person > 0) {
                // "President of Delovaya Rossiya Alexei Repik", "CEO of Royal Dutch Shell Ben van Beurden": a body
                // of several words, then a person whose given name is known.
                role = String.join(" ", Arrays.copyOfRange(words, 0, person));
                name = String.join(" ", Arrays.copyOfRange(words, person, words.length));
            } else if (lastConnector > 0 && lastConnector + 2 < words.length) {
                // "President of Russia Vladimir Putin": the role ends one word after its last connector.
                role = String.join(" ", Arrays.copyOfRange(words, 0, lastConnector + 2));
                name = String.join(" ", Arrays.copyOfRange(words, lastConnector + 2, words.length));
            } else if (lastOffice >= 0 && Arrays.stream(words, lastOffice + 1, words.length)
                    .allMatch(w -> Character.isUpperCase(w.charAt(0)) || Speaker.SURNAME_PARTICLES.contains(w))) {
                // "Finance Minister Anton Siluanov", "Rosseti CEO Pavel Livinsky": the role ends at its last office
                // word, and at least two words of name follow.
                role = String.join(" ", Arrays.copyOfRange(words, 0, lastOffice + 1));
                name = String.join(" ", Arrays.copyOfRange(words, lastOffice + 1, words.length));
            } else {
                name = display;
            }
        }
        return new Speaker(uniqueKey(slug(name)), name, role, false);
    }

    /**
     * Where a person's name begins in a label whose role ends in a body's name of more than one word, or -1: the
     * first known given name after the role's last connector (surname particles such as "van" are no connector),
     * with a capitalised word after it, when at least two words of the body come before it. One-word bodies ("of
     * Russia") and labels with no known given name keep the rule of one word after the connector.
     */
    static int personAfterBody(String[] words) {
        int connector = -1;
        for (int i = 0; i < words.length - 1; i++) {
            if (Character.isLowerCase(words[i].charAt(0)) && !Speaker.SURNAME_PARTICLES.contains(words[i])) {
                connector = i;
            }
        }
        if (connector <= 0) {
            return -1;
        }
        for (int i = connector + 1; i < words.length - 1; i++) {
            if (GIVEN_NAMES.contains(words[i].toLowerCase(Locale.ROOT))) {
                boolean surnameFollows = Character.isUpperCase(words[i + 1].charAt(0))
                        || Speaker.SURNAME_PARTICLES.contains(words[i + 1]);
                return i >= connector + 3 && surnameFollows ? i : -1;
            }
        }
        return -1;
    }

    /**
     * Each speaker under the plainest of their labels: when one label ends another ("Maxim Oreshkin" and "Minister
     * of Economic Development Maxim Oreshkin"), the shorter of two words or more is the name and the rest of the
     * longer the role, whichever came first. The first label alone cannot tell where a role such as "Minister of
     * Economic Development" stops. Keys stay as they were; speakers named by the sidecar are left alone.
     */
    Map<Speaker, Speaker> plainNames() {
        Map<Speaker, Speaker> renamed = new LinkedHashMap<>();
        for (Speaker speaker : speakers) {
            List<String> written = labels.get(speaker);
            if (speaker.interviewer() || written.size() < 2 || written.stream().anyMatch(overrides::containsKey)) {
                continue;
            }
            String longest = written.stream().max(Comparator.comparingInt(l -> key(l).length)).orElseThrow();
            String[] whole = key(longest);
            String plainest = null;
            for (String label : written) {
                String[] words = key(label);
                if (words.length >= 2 && words.length < whole.length && endsWith(whole, words)
                        && (plainest == null || words.length < key(plainest).length)) {
                    plainest = label;
                }
            }
            if (plainest == null) {
                continue;
            }
            String name = Labels.isCapitals(plainest) ? titleCase(plainest) : plainest;
            String[] longWords = (Labels.isCapitals(longest) ? titleCase(longest) : longest).split(" ");
            String role = String.join(" ", Arrays.copyOfRange(longWords, 0, longWords.length - key(plainest).length));
            if (!name.equals(speaker.name()) || !role.equals(speaker.role())) {
                renamed.put(speaker, new Speaker(speaker.key(), name, role, speaker.interviewer()));
            }
        }
        return renamed;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> offices() {
        try (InputStream in = Speakers.class.getResourceAsStream("/verbatim/gazetteer.yml")) {
            Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Set<String> words = new HashSet<>(List.of("ceo", "head", "founder", "chairperson", "rector", "dean"));
            for (Object role : (List<Object>) yaml.get("roles")) {
                String[] parts = String.valueOf(role).split("[ -]");
                String last = parts[parts.length - 1].toLowerCase(Locale.ROOT).replace(".", "");
                if (last.length() > 3) {
                    words.add(last); // not "Mr", "Ms", "Dr": a courtesy title is part of how a person is named
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer's roles", e);
        }
    }

    private String uniqueKey(String base) {
        String key = base.isEmpty() ? "speaker" : base;
        int n = 2;
        while (true) {
            String candidate = key;
            if (speakers.stream().noneMatch(s -> s.key().equals(candidate))) {
                return candidate;
            }
            key = base + "-" + n++;
        }
    }

    private static boolean endsWith(String[] whole, String[] tail) {
        if (tail.length == 0 || tail.length > whole.length) {
            return false;
        }
        for (int i = 0; i < tail.length; i++) {
            if (!whole[whole.length - tail.length + i].equals(tail[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSlip(String[] form, String[] words) {
        if (form.length != words.length || form.length == 0) {
            return false;
        }
        for (int i = 0; i < form.length - 1; i++) {
            if (!form[i].equals(words[i])) {
                return false;
            }
        }
        String a = form[form.length - 1];
        String b = words[words.length - 1];
        return Math.min(a.length(), b.length()) >= MIN_TYPO_LENGTH && distance(a, b) <= 2;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String[] key(String label) {
        return Labels.words(label.toLowerCase(Locale.ROOT));
    }

    static String titleCase(String label) {
        StringBuilder out = new StringBuilder();
        for (String word : Labels.words(label)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            String lower = word.toLowerCase(Locale.ROOT);
            out.append(Character.toUpperCase(lower.charAt(0))).append(lower.substring(1));
        }
        return out.toString();
    }

    /** A lower-case, hyphenated, ASCII form of {@code text} for ids and file names. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
