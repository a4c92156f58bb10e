package org.verbatim.crossref;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The editable word lists and alias table of {@code /verbatim/gazetteer.yml}, read once. */
final class Gazetteer {
    private static final Gazetteer DEFAULT = load("/verbatim/gazetteer.yml");

    /** normalised spelling -> canonical name */
    private final Map<String, String> canonical = new HashMap<>();
    private final Map<String, EntityKind> kinds = new HashMap<>();
    final Set<String> roles = new HashSet<>();
    final Map<String, EntityKind> cuesBefore = new HashMap<>();
    final Map<String, EntityKind> cuesAfter = new HashMap<>();
    final Map<String, EntityKind> heads = new HashMap<>();
    final Set<String> leadingPlaceHeads = new HashSet<>();
    final Set<String> demonyms = new HashSet<>();
    final Set<String> notNames = new HashSet<>();
    /** Phrases of capitalised words that name a kind of thing, never one thing ("Executive Order"), normalised. */
    final Set<String> commonPhrases = new HashSet<>();
    final Set<String> productNouns = new HashSet<>();
    final Set<String> transferVerbs = new HashSet<>();
    final Set<String> personalNouns = new HashSet<>();
    final Set<String> roleModifiers = new HashSet<>();
    /** Known given names, lower case ({@code verbatim/given-names.txt}, shared with ingest's speaker labels). */
    final Set<String> givenNames = new HashSet<>();
    /** Offices that are titles as roles are ("Envoy", "Aide"); also in {@link #roles}, listed apart for the topics. */
    final Set<String> offices = new HashSet<>();
    /** Cities (capitals and the other cities listed), normalised: "Chelyabinsk Region" is not Chelyabinsk. */
    final Set<String> cities = new HashSet<>();
    /** Heads of an administrative division, which is often named after its chief city and is not that city. */
    static final Set<String> DIVISION_HEADS = Set.of("Region", "Territory", "Oblast", "Krai", "District", "County",
            "Province", "Governorate");
    /** Place heads of a building or structure: "Lenin Mausoleum" is not Lenin, as "Xinjiang Province" is Xinjiang. */
    final Set<String> structureHeads = new HashSet<>();

    /**
     * Known names of three words or more with a small word inside, by first word: their lengths in words, longest
     * first (see {@link #joinedNameLengths}).
     */
    private final Map<String, List<Integer>> joined = new HashMap<>();

    /** The lengths in words of the known names with small words inside that begin with {@code firstWord}. */
    List<Integer> joinedNameLengths(String firstWord) {
        return joined.getOrDefault(firstWord, List.of());
    }

    private void indexJoined(String name) {
        String[] words = Names.normalise(name).split(" ");
        if (words.length >= 3 && java.util.Arrays.stream(words).anyMatch(w -> w.equals("and") || w.equals("of")
                || w.equals("for"))) {
            List<Integer> lengths = joined.computeIfAbsent(words[0], w -> new ArrayList<>());
            if (!lengths.contains(words.length)) {
                lengths.add(words.length);
                lengths.sort(java.util.Comparator.reverseOrder());
            }
        }
    }

    static Gazetteer standard() {
        return DEFAULT;
    }

    @SuppressWarnings("unchecked")
    static Gazetteer load(String resource) {
        try {
            Map<String, Object> yaml = readYaml(resource);
            Gazetteer g = new Gazetteer();
            Map<String, Map<String, Object>> entities = new java.util.LinkedHashMap<>(
                    (Map<String, Map<String, Object>>) yaml.get("entities"));
            if (resource.equals("/verbatim/gazetteer.yml")) {
                // International organisations and companies are kept apart, in files of their own with where their
                // names come from.
                entities.putAll((Map<String, Map<String, Object>>) readYaml("/verbatim/organisations.yml").get("entities"));
                entities.putAll((Map<String, Map<String, Object>>) readYaml("/verbatim/companies.yml").get("entities"));
            }
            entities.forEach((name, spec) -> {
                g.indexJoined(name);
                g.canonical.put(Names.normalise(name), name);
                g.kinds.put(name, kind((String) spec.get("kind")));
                for (Object alias : (List<Object>) spec.getOrDefault("aliases", List.of())) {
                    g.indexJoined(String.valueOf(alias));
                    g.canonical.put(Names.normalise(String.valueOf(alias)), name);
                }
            });
            List<String> places = new java.util.ArrayList<>((List<String>) yaml.getOrDefault("places", List.of()));
            for (String key : List.of("capitals", "cities")) {
                List<String> cities = (List<String>) yaml.getOrDefault(key, List.of());
                places.addAll(cities);
                cities.forEach(c -> g.cities.add(Names.normalise(c)));
            }
            places.addAll((List<String>) yaml.getOrDefault("regions", List.of()));
            places.forEach(g::addPlace);
            localeCountries((List<String>) yaml.getOrDefault("not_places_from_locale", List.of()), g);
            g.roles.addAll((List<String>) yaml.get("roles"));
            g.roleModifiers.addAll((List<String>) yaml.getOrDefault("role_modifiers", List.of()));
            g.offices.addAll((List<String>) yaml.getOrDefault("offices", List.of()));
            g.roles.addAll(g.offices);
            g.structureHeads.addAll((List<String>) yaml.getOrDefault("structure_heads", List.of()));
            g.notNames.addAll(words(yaml, "common_abbreviations"));
            kindLists(yaml.get("cues_before"), g.cuesBefore);
            kindLists(yaml.get("cues_after"), g.cuesAfter);
            kindLists(yaml.get("heads"), g.heads);
            g.leadingPlaceHeads.addAll((List<String>) yaml.get("leading_place_heads"));
            g.demonyms.addAll((List<String>) yaml.get("demonyms"));
            g.notNames.addAll(words(yaml, "not_names"));
            words(yaml, "common_phrases").forEach(w -> g.commonPhrases.add(Names.normalise(w)));
            g.productNouns.addAll((List<String>) yaml.get("product_nouns"));
            g.transferVerbs.addAll((List<String>) yaml.get("transfer_verbs"));
            g.personalNouns.addAll((List<String>) yaml.get("personal_nouns"));
            g.givenNames.addAll(org.verbatim.ingest.GivenNames.all());
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A list of words, each written as a string: YAML reads a bare Yes, No, On or Off as a boolean, and such a word
     * silently became "true" or "false" instead ("Yes" and "No" were missing from not_names so).
     */
    private static List<String> words(Map<String, Object> yaml, String key) {
        List<String> words = new ArrayList<>();
        for (Object word : (List<?>) yaml.getOrDefault(key, List.of())) {
            if (!(word instanceof String s)) {
                throw new IllegalStateException("gazetteer.yml: " + key + " has " + word + ", not a word: quote it");
            }
            words.add(s);
        }
        return words;
    }

    private static Map<String, Object> readYaml(String resource) throws IOException {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
    }

    /**
     * Every country and territory the JDK's locale data knows, by its English name, as a place: the hand list above
     * cannot stay complete. Names with a qualifier ("Congo - Kinshasa", "Myanmar (Burma)", "Hong Kong SAR China") are
     * left out, since no text writes them so, and so are the spellings the gazetteer says are often a person's.
     */
    private static void localeCountries(List<String> excluded, Gazetteer g) {
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH).replace(" & ", " and ");
            if (name.isBlank() || name.equals(code) || name.contains(" - ") || name.contains("(")
                    || name.contains(" SAR ") || excluded.contains(name)) {
                continue;
            }
            g.addPlace(name);
        }
    }

    /** A place, unless the name is already known (as a place or as anything else). */
    private void addPlace(String name) {
        if (canonical.putIfAbsent(Names.normalise(name), name) == null) {
            kinds.put(name, EntityKind.PLACE);
        }
    }

    @SuppressWarnings("unchecked")
    private static void kindLists(Object section, Map<String, EntityKind> into) {
        ((Map<String, List<String>>) section).forEach((kind, words) -> words.forEach(w -> into.put(w, kind(kind))));
    }

    private static EntityKind kind(String label) {
        return EntityKind.valueOf(label.toUpperCase(Locale.ROOT));
    }

    /**
     * The kind a head noun gives a name ("University", "River"), also for its plural ("Teams", "Agencies");
     * null when the word is no head noun.
     */
    EntityKind head(String word) {
        EntityKind kind = heads.get(word);
        if (kind == null && word.length() > 4 && word.endsWith("ies")) {
            kind = heads.get(word.substring(0, word.length() - 3) + "y");
        }
        if (kind == null && word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            kind = heads.get(word.substring(0, word.length() - 1));
        }
        return kind;
    }

    /** The canonical name the gazetteer gives this spelling, if it knows it. */
    Optional<String> canonical(String name) {
        return Optional.ofNullable(canonical.get(Names.normalise(name)));
    }

    Optional<EntityKind> kindOf(String canonicalName) {
        return Optional.ofNullable(kinds.get(canonicalName));
    }

    Collection<String> knownSpellings() {
        return canonical.keySet();
    }
}
