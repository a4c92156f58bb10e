package org.verbatim.crossref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.verbatim.model.Passage;

/**
 * Turns name mentions into entities: spellings that mean one thing are grouped ("SCO" with "Shanghai Cooperation
 * Organisation", "Xi" with "Xi Jinping", "USSR" with "Soviet Union"), each group gets a canonical name and a kind.
 */
final class EntityResolver {
    /** A mention placed in the build. */
    record Occurrence(NameFinder.Found found, Corpus.Page page, Passage passage) {
    }

    /** An entity of the build and its mentions, in reading order. */
    record Resolved(String key, String name, EntityKind kind, List<String> aliases, List<Occurrence> occurrences) {
    }

    private static final Set<String> NAME_CONNECTORS = Set.of("of", "for", "on", "in", "against", "the", "a", "and",
            "de");

    private final Gazetteer gazetteer;
    /** The build's capitalisation statistics, for a name's shape; null when resolving without them. */
    private final NameFinder finder;
    /** normalised form -> its mentions */
    private final Map<String, List<Occurrence>> forms = new TreeMap<>();
    private final Map<String, String> parent = new HashMap<>();
    /** Two-word person-shaped names of the build by given name, and their surnames (made by linkAliases). */
    private final Map<String, List<String>> byGivenName = new HashMap<>();
    private final Set<String> surnames = new HashSet<>();
    /** How many names each list holds; made once, when first needed. */
    private final Map<Integer, Integer> listSizes = new HashMap<>();

    EntityResolver(Gazetteer gazetteer) {
        this(gazetteer, null);
    }

    EntityResolver(Gazetteer gazetteer, NameFinder finder) {
        this.gazetteer = gazetteer;
        this.finder = finder;
    }

    void add(Occurrence occurrence) {
        String form = Names.normalise(occurrence.found().name());
        forms.computeIfAbsent(form, f -> new ArrayList<>()).add(occurrence);
        parent.putIfAbsent(form, form);
    }

    List<Resolved> resolve() {
        linkAliases();
        Map<String, List<String>> groups = new TreeMap<>();
        for (String form : forms.keySet()) {
            groups.computeIfAbsent(find(form), r -> new ArrayList<>()).add(form);
        }
        List<Resolved> resolved = new ArrayList<>();
        Map<Integer, Map<EntityKind, Integer>> listKinds = new HashMap<>();
        Map<List<String>, EntityKind> confident = new HashMap<>();
        // "Thank you, Sergei": a given name left alone, joined to no person, names nobody the index can show.
        groups.values().removeIf(this::loneGivenName);
        // "Paralympic athletes" beside the "Paralympic Games": a word the build uses only as a modifier of a
        // lower-case noun, and which begins one of its longer names, is that name's word, not a name of its own.
        Set<String> leading = new HashSet<>();
        forms.keySet().stream().filter(f -> f.contains(" ")).forEach(f -> leading.add(f.substring(0, f.indexOf(' '))));
        groups.values().removeIf(members -> attributive(members, leading) || possessed(members)
                || members.stream().allMatch(gazetteer.commonPhrases::contains));
        for (List<String> members : groups.values()) {
            EntityKind kind = confidentKind(members);
            if (kind != null) {
                confident.put(members, kind);
                for (String m : members) {
                    for (Occurrence o : forms.get(m)) {
                        listKinds.computeIfAbsent(o.found().list(), l -> new EnumMap<>(EntityKind.class))
                                .merge(kind, 1, Integer::sum);
                    }
                }
            }
        }
        Map<Integer, Integer> weakPlaces = new HashMap<>();
        // One-word names nothing else speaks for are most often places; that weak guess still helps their list
        // neighbours ("Novgorod, Sergiyev Posad, Kazan").
        for (List<String> members : groups.values()) {
            if (!confident.containsKey(members) && weak(members)) {
                for (Occurrence o : forms.get(members.get(0))) {
                    weakPlaces.merge(o.found().list(), 1, Integer::sum);
                }
            }
        }
        for (List<String> members : groups.values()) {
            EntityKind kind = confident.get(members);
            if (kind == null) {
                kind = fallbackKind(members, listKinds, weakPlaces);
            }
            String name = canonicalName(members);
            List<Occurrence> occurrences = new ArrayList<>();
            Set<String> aliases = new TreeSet<>();
            for (String m : members) {
                occurrences.addAll(forms.get(m));
                String display = display(m);
                if (!Names.normalise(display).equals(Names.normalise(name))) {
                    aliases.add(display);
                }
            }
            occurrences.sort(Comparator.comparingInt((Occurrence o) -> o.page().index())
                    .thenComparingInt(o -> o.passage().number()).thenComparingInt(o -> o.found().start()));
            resolved.add(new Resolved(Names.key(name), name, kind, List.copyOf(aliases), occurrences));
        }
        resolved.sort(Comparator.comparing(Resolved::key));
        return resolved;
    }

    /** Unites the spellings that name one thing. */
    private void linkAliases() {
        List<String> all = new ArrayList<>(forms.keySet());
        for (String form : all) {
            gazetteer.canonical(form).ifPresent(c -> {
                String target = Names.normalise(c);
                if (forms.containsKey(target)) {
                    union(form, target);
                } else {
                    parent.putIfAbsent(target, target);
                    union(form, target);
                }
            });
            for (Occurrence o : forms.get(form)) {
                if (o.found().expands() != null) {
                    String acronym = Names.normalise(o.found().expands());
                    if (forms.containsKey(acronym)) {
                        union(form, acronym);
                    }
                }
            }
        }
        // "Nord Stream-2" = "Nordstream-2" = "Nord Stream 2": spellings that differ only in spaces, hyphens and dots.
        unionByKey(all, form -> form.replaceAll("[\\s.\\-‐–]", ""));
        // "Defence Ministry" = "Ministry of Defence", "State Department" = "Department of State": one body named in
        // the two English word orders, found by the body's field in one pass.
        unionByKey(all, EntityResolver::bodyField);
        // Computed once: these tests are asked for every pair of forms below.
        List<String> multiWord = new ArrayList<>();
        Map<String, List<String>> byInitials = new HashMap<>();
        List<String> personal = new ArrayList<>();
        Set<String> titledForms = new HashSet<>();
        Set<String> headless = new HashSet<>();
        for (String form : all) {
            if (titled(form)) {
                titledForms.add(form);
            }
            if (!form.contains(" ")) {
                continue;
            }
            multiWord.add(form);
            byInitials.computeIfAbsent(initials(form), i -> new ArrayList<>()).add(form);
            if (!form.contains("-") && looksPersonal(form)) {
                personal.add(form);
                if (headKind(form) == null) {
                    headless.add(form);
                }
            }
        }
        // "Sergey Lavrov" = "Sergei Lavrov", "Yury Ushakov" = "Yuri Ushakov": one person's name in two
        // transliterations (sources differ), grouped by a spelling key once.
        unionByKey(personal, EntityResolver::transliterationKey);
        for (String form : all) {
            if (isAcronym(form)) {
                List<String> matches = byInitials.getOrDefault(form, List.of());
                if (matches.size() == 1) {
                    union(form, matches.get(0));
                }
            }
        }
        // A lone surname, or a lone given name after a title ("President Xi"), is the one person of that name.
        for (String form : all) {
            if (form.contains(" ") || isAcronym(form)) {
                continue;
            }
            boolean titled = titledForms.contains(form);
            String asSurname = " " + form;
            String asGivenName = form + " ";
            List<String> people = new ArrayList<>();
            for (String f : personal) {
                if ((titled || titledForms.contains(f) || headless.contains(f))
                        && (f.endsWith(asSurname) || titled && f.startsWith(asGivenName))) {
                    people.add(f);
                }
            }
            // Across interviews too, when the whole build has one person of that surname ("Medvedev" in one
            // transcript, "Dmitry Medvedev" in another) and the word is nothing else: no place, no given name, never
            // written in lower case.
            if (people.size() == 1 && (sharesInterview(form, people.get(0)) || !titled
                    && gazetteer.canonical(form).isEmpty() && !gazetteer.givenNames.contains(form)
                    && (finder == null || !finder.inLowerCase(form)))) {
                union(form, people.get(0));
            }
        }
        // "Nikita" = "Nikita Voronkov": a lone given name, never a surname in the build and known to no list, is the
        // one person of its interview with that given name. Full names are grouped by given name once.
        byGivenName.clear();
        surnames.clear();
        for (String f : personal) {
            String[] w = f.split(" ");
            if (w.length == 2) {
                add(byGivenName, w[0], f);
                surnames.add(w[1]);
            }
        }
        for (String form : all) {
            if (!byGivenName.containsKey(form) || surnames.contains(form) || isAcronym(form)
                    || gazetteer.canonical(form).isPresent() || gazetteer.head(capitalise(form)) != null) {
                continue;
            }
            if (finder != null && finder.inLowerCase(form)) {
                continue; // "Presidential" is no given name of "Presidential Directorate"
            }
            // Only a name said alone: not in a list ("the temples of Vladimir and Suzdal"), with no cue of another
            // kind, and not someone introducing themselves by given name only ("I am Anton, operator of ...").
            boolean alone = true;
            for (Occurrence o : forms.get(form)) {
                alone &= saidAlone(o) && !selfIntroduced(o);
            }
            if (!alone) {
                continue;
            }
            List<String> people = new ArrayList<>();
            for (String f : byGivenName.get(form)) {
                if (sharesInterview(form, f) && personalShape(display(f)) == EntityKind.PERSON) {
                    people.add(f);
                }
            }
            if (people.size() == 1 && find(form).equals(form)) {
                union(form, people.get(0));
            }
        }
        // "Sergei Yevgenyevich" = "Sergei Yevgenyevich Orlov", and "Sergei Yevgenyevich Orlov" = "Sergei Orlov": a
        // given name with a patronymic is the one full name of its interview that begins with both, and a full name
        // with a patronymic is the same name without it. Looked up by the full names' first two words, once.
        Map<String, List<String>> byFirstTwo = new HashMap<>();
        for (String f : personal) {
            String[] w = f.split(" ");
            if (w.length == 3 && patronymic(w[1])) {
                add(byFirstTwo, w[0] + " " + w[1], f);
                String plain = w[0] + " " + w[2];
                if (forms.containsKey(plain) && sharesInterview(f, plain)) {
                    union(f, plain);
                }
            }
        }
        for (String form : all) {
            if (givenWithPatronymic(form) && byFirstTwo.containsKey(form)) {
                List<String> full = new ArrayList<>();
                for (String f : byFirstTwo.get(form)) {
                    if (sharesInterview(form, f)) {
                        full.add(f);
                    }
                }
                if (full.size() == 1) {
                    union(form, full.get(0));
                }
            }
        }
        // "Nursultan Abishevich" = "Nursultan Nazarbayev", "Dmitry Anatolyevich" = "Dmitry Medvedev": a first name and
        // a patronymic (by its ending; the father's name need not be a known one) is the one full name of its
        // interview with that first name. Full names are grouped by first name once.
        Map<String, List<String>> byFirstName = new HashMap<>();
        for (String f : personal) {
            String[] w = f.split(" ");
            if (!patronymicEnding(w[1])) {
                add(byFirstName, w[0], f);
            }
        }
        for (String form : personal) {
            String[] w = form.split(" ");
            if (w.length != 2 || !patronymicEnding(w[1]) || !find(form).equals(form)
                    || !byFirstName.containsKey(w[0])) {
                continue;
            }
            List<String> full = new ArrayList<>();
            for (String f : byFirstName.get(w[0])) {
                if (sharesInterview(form, f) && !full.contains(find(f))) {
                    full.add(find(f));
                }
            }
            if (full.size() == 1) {
                union(form, full.get(0));
            }
        }
        // "Sveta Kozinova" = "Svetlana Kozinova": two given names of one surname in one interview, one a short form
        // of the other (the short one, less a final vowel, begins the long one). Grouped by surname and the given
        // name's first three letters, so each name is compared only within its small group.
        // "Masha Molchanova" = "Maria Molchanova": a listed short form of a given name and a full name it stands for,
        // with one surname in one interview, when no third given name shares that surname. Grouped by surname.
        Map<String, List<String>> bySurname = new TreeMap<>();
        Map<String, List<String>> bySurnameOnly = new TreeMap<>();
        for (String f : personal) {
            String[] w = f.split(" ");
            if (w.length == 2) {
                add(bySurnameOnly, w[1], f);
                if (w[0].length() >= 4) {
                    add(bySurname, w[1] + "|" + w[0].substring(0, 3), f);
                }
            }
        }
        joinPairs(bySurname, (a, b) -> shortForm(a, b) || shortForm(b, a));
        joinPairs(bySurnameOnly, (a, b) -> org.verbatim.ingest.GivenNames.fullForms(a).contains(b)
                || org.verbatim.ingest.GivenNames.fullForms(b).contains(a));
        for (String form : all) {
            // "Counsel's Office" = "White House Counsel's Office", "Security Council" = "UN Security Council": a
            // headed name that ends exactly one longer name of the same interview is that name, shortened.
            if (form.contains(" ") && headKind(form) != null && !looksPersonal(form)) {
                List<String> longer = multiWord.stream().filter(f -> f.endsWith(" " + form) && sharesInterview(form, f))
                        .filter(f -> !NAME_CONNECTORS.contains(lastWord(f.substring(0, f.length() - form.length() - 1))))
                        .toList();
                if (longer.size() == 1) {
                    union(form, longer.get(0));
                }
            }
        }
        // "Russian Armed Forces" = "Armed Forces of the Russian Federation", "Chinese Government" = "Government of
        // China": a body named after its country's adjective, or with "of" and the country, keyed by body and country.
        if (finder != null) {
            unionByKey(multiWord, this::countryKey);
        }
        // "Armed Forces" = "Armed Forces of the Russian Federation": a headed name that begins exactly one longer
        // name of the same interview, followed there by "of", is that name without its complement; not when a longer
        // name also ends in it ("Security Council" beside "UN Security Council" and "... of the Russian Federation"),
        // nor once it is joined. The longer names are indexed by what precedes each "of", and every tail, once.
        Map<String, List<String>> beforeOf = new HashMap<>();
        Map<String, List<String>> tails = new HashMap<>();
        for (String f : multiWord) {
            for (int of = f.indexOf(" of "); of > 0; of = f.indexOf(" of ", of + 1)) {
                add(beforeOf, f.substring(0, of), f);
            }
            for (int space = f.indexOf(' '); space > 0; space = f.indexOf(' ', space + 1)) {
                add(tails, f.substring(space + 1), f);
            }
        }
        for (String form : all) {
            if (form.contains(" ") && beforeOf.containsKey(form) && find(form).equals(form)
                    && headKind(form) != null && !looksPersonal(form)) {
                List<String> longer = beforeOf.get(form).stream().filter(f -> sharesInterview(form, f)).toList();
                if (longer.size() == 1 && tails.getOrDefault(form, List.of()).stream()
                        .noneMatch(f -> sharesInterview(form, f) && !find(f).equals(find(longer.get(0))))) {
                    union(form, longer.get(0));
                }
            }
        }
        for (String form : all) {
            // "Oversight" = "House Oversight Committee": a lone word used as the short name of the one body whose
            // distinctive word it is, the word right before the head noun.
            if (!form.contains(" ") && !isAcronym(form) && gazetteer.canonical(form).isEmpty()
                    && !titledForms.contains(form) && gazetteer.head(capitalise(form)) == null) {
                List<String> bodies = multiWord.stream()
                        .filter(f -> f.contains(" " + form + " ") || f.startsWith(form + " "))
                        .filter(f -> {
                            String[] w = f.split(" ");
                            return w.length >= 2 && w[w.length - 2].equals(form)
                                    && gazetteer.head(capitalise(w[w.length - 1])) == EntityKind.ORGANISATION;
                        }).filter(f -> sharesInterview(form, f)).map(this::find).distinct().toList();
                if (bodies.size() == 1) {
                    union(form, bodies.get(0));
                }
            }
        }
        // "Moscow University" = "Moscow State University": a body's name with a middle word left out is the one
        // longer name of the same interview with the same first word and head noun. Longer names are grouped by
        // first and last word once, so each form looks only at its own group.
        Map<String, List<String>> byEnds = new HashMap<>();
        for (String f : multiWord) {
            byEnds.computeIfAbsent(f.substring(0, f.indexOf(' ')) + "|" + lastWord(f), k -> new ArrayList<>()).add(f);
        }
        for (String form : multiWord) {
            if (headKind(form) != EntityKind.ORGANISATION || looksPersonal(form)) {
                continue;
            }
            String[] words = form.split(" ");
            List<String> longer = byEnds.getOrDefault(words[0] + "|" + words[words.length - 1], List.of()).stream()
                    .filter(f -> f.length() > form.length() && subsequence(words, f.split(" "))
                            && !f.contains(" of ") && !f.contains(" and ") && sharesInterview(form, f))
                    .toList();
            if (longer.size() == 1) {
                union(form, longer.get(0));
            }
        }
        // "the Infrastructure Act" = "the Bipartisan Infrastructure Law": a law named by some of the words of
        // exactly one other law's name ("Act", "Law" and "Bill" being the same head).
        Map<String, Set<String>> laws = new TreeMap<>();
        for (String form : multiWord) {
            Set<String> core = lawCore(form);
            if (core != null) {
                laws.put(form, core);
            }
        }
        laws.forEach((form, core) -> {
            List<String> fuller = new ArrayList<>();
            laws.forEach((f, other) -> {
                if (other.size() > core.size() && other.containsAll(core) && sharesInterview(form, f)) {
                    fuller.add(f);
                }
            });
            if (fuller.size() == 1) {
                union(form, fuller.get(0));
            }
        });
        for (String form : all) {
            String[] words = form.split(" ");
            if (words.length < 2) {
                continue;
            }
            // "Lake Khasan" = "Khasan", "Xinjiang Province" = "Xinjiang"; but a region named after its chief city is
            // not the city ("Chelyabinsk Region", "Moscow Region").
            String withoutHead = null;
            String head = capitalise(words[words.length - 1]);
            if (gazetteer.head(head) == EntityKind.PLACE && !gazetteer.structureHeads.contains(head)
                    && !(Gazetteer.DIVISION_HEADS.contains(head)
                    && gazetteer.cities.contains(form.substring(0, form.lastIndexOf(' '))))) {
                withoutHead = form.substring(0, form.lastIndexOf(' '));
            } else if (gazetteer.leadingPlaceHeads.contains(capitalise(words[0]))) {
                withoutHead = form.substring(form.indexOf(' ') + 1);
            }
            if (withoutHead != null && forms.containsKey(withoutHead)) {
                union(form, withoutHead);
            }
            // "Belt and Road Forum for International Cooperation" = "Belt and Road Forum".
            for (String connector : List.of(" for ", " in ", " on ")) {
                int at = form.indexOf(connector);
                if (at > 0 && forms.containsKey(form.substring(0, at))
                        && headKind(form.substring(0, at)) != null) {
                    union(form, form.substring(0, at));
                }
            }
        }
    }

    /**
     * Joins each group of exactly two full names whose given names {@code sameGivenName} accepts and that share an
     * interview.
     */
    private void joinPairs(Map<String, List<String>> groups,
                           java.util.function.BiPredicate<String, String> sameGivenName) {
        for (List<String> group : groups.values()) {
            if (group.size() == 2 && sameGivenName.test(group.get(0).split(" ")[0], group.get(1).split(" ")[0])
                    && sharesInterview(group.get(0), group.get(1))) {
                union(group.get(0), group.get(1));
            }
        }
    }

    private static final List<String> BODY_HEADS = List.of("ministry", "department");

    /**
     * The head and field of a ministry or department in either word order ("defence ministry", "ministry of
     * defence", "ministry for defence", "ministry of the defence" give "ministry|defence"), or null for another form.
     */
    static String bodyField(String form) {
        for (String head : BODY_HEADS) {
            if (form.endsWith(" " + head) && form.indexOf(' ') > 0) {
                String field = form.substring(0, form.length() - head.length() - 1);
                return field.contains(" of ") || field.contains(" for ") ? null : head + "|" + field;
            }
            for (String connector : List.of(" of the ", " of ", " for ")) {
                if (form.startsWith(head + connector) && form.length() > head.length() + connector.length()) {
                    return head + "|" + form.substring(head.length() + connector.length());
                }
            }
        }
        return null;
    }

    /**
     * A person's name with the usual differences of transliteration from Russian and Ukrainian ironed out: "ks" as
     * "x", an initial "ye" as "e", and a word's final run of "i" and "y" as one "i" (Sergey, Sergei; Yury, Yuri;
     * Zelensky, Zelenskyy; Aleksei, Alexei).
     */
    static String transliterationKey(String form) {
        StringBuilder key = new StringBuilder();
        for (String word : form.split(" ")) {
            String w = word.replace("ks", "x");
            if (w.startsWith("ye") && w.length() > 3) {
                w = "e" + w.substring(2);
            }
            int end = w.length();
            while (end > 1 && (w.charAt(end - 1) == 'y' || w.charAt(end - 1) == 'i')) {
                end--;
            }
            if (end < w.length()) {
                w = w.substring(0, end) + "i";
            }
            key.append(key.length() == 0 ? "" : " ").append(w);
        }
        return key.toString();
    }

    /** Whether {@code shorter}'s words appear in {@code longer} in the same order. */
    private static boolean subsequence(String[] shorter, String[] longer) {
        int i = 0;
        for (String w : longer) {
            if (i < shorter.length && shorter[i].equals(w)) {
                i++;
            }
        }
        return i == shorter.length;
    }

    private static String lastWord(String form) {
        return form.substring(form.lastIndexOf(' ') + 1);
    }

    private static final Set<String> LAW_HEADS = Set.of("act", "law", "bill");

    /** The words of a law's name without its head ("bipartisan infrastructure"); null when it is no law's name. */
    private static Set<String> lawCore(String form) {
        String[] words = form.split(" ");
        if (words.length < 2 || !LAW_HEADS.contains(words[words.length - 1])) {
            return null;
        }
        Set<String> core = new TreeSet<>(List.of(words).subList(0, words.length - 1));
        core.removeAll(NAME_CONNECTORS);
        return core.isEmpty() ? null : core;
    }

    /**
     * A headed body's name with its country: "armed forces|Russia" for "russian armed forces" and for "armed forces
     * of the russian federation"; null for a name that is not a body of a country the gazetteer knows.
     */
    private String countryKey(String form) {
        if (headKind(form) == null || looksPersonal(form)) {
            return null;
        }
        int space = form.indexOf(' ');
        String country = finder.countryOf(capitalise(form.substring(0, space)));
        if (country != null) {
            return form.substring(space + 1) + "|" + country;
        }
        java.util.regex.Matcher of = COUNTRY_COMPLEMENT.matcher(form);
        if (of.matches()) {
            String named = gazetteer.canonical(of.group(2)).orElse(null);
            if (named != null && gazetteer.kindOf(named).orElse(null) == EntityKind.PLACE
                    && !gazetteer.cities.contains(Names.normalise(named))) {
                return of.group(1) + "|" + named;
            }
        }
        return null;
    }

    /** A body "of" a place: "armed forces of the russian federation". */
    private static final java.util.regex.Pattern COUNTRY_COMPLEMENT = java.util.regex.Pattern.compile(
            "(.+?) of (?:the )?(.+)");

    /** Unites the forms that share a key, in one pass; a null key joins nothing. */
    private void unionByKey(List<String> forms, java.util.function.Function<String, String> key) {
        Map<String, String> first = new HashMap<>();
        for (String form : forms) {
            String k = key.apply(form);
            if (k != null) {
                String other = first.putIfAbsent(k, form);
                if (other != null) {
                    union(form, other);
                }
            }
        }
    }

    private static void add(Map<String, List<String>> groups, String key, String form) {
        List<String> group = groups.get(key);
        if (group == null) {
            group = new ArrayList<>();
            groups.put(key, group);
        }
        group.add(form);
    }

    /** Whether a mention stands alone: in no list of names, and with no cue of a kind other than person. */
    private boolean saidAlone(Occurrence o) {
        if (listSizes.isEmpty()) {
            for (List<Occurrence> occurrences : forms.values()) {
                for (Occurrence x : occurrences) {
                    listSizes.merge(x.found().list(), 1, Integer::sum);
                }
            }
        }
        return listSizes.getOrDefault(o.found().list(), 0) == 1
                && (o.found().cue() == null || o.found().cue() == EntityKind.PERSON);
    }

    /**
     * A group that is only a given name ("Sergei", "Alexei": known as one, or the given name of a person of the
     * build, and never a surname there), said alone in the text each time, never as a speaker's label nor after a
     * title ("Patriarch Kirill", "President Xi" stay): it could not be joined to a person, so it names no one a
     * reader could look up. Not when the build writes the word in lower case, or a list or head noun says what it is.
     */
    private boolean loneGivenName(List<String> members) {
        for (String form : members) {
            if (!givenWithPatronymic(form) && (form.contains(" ") || isAcronym(form) || surnames.contains(form)
                    || !gazetteer.givenNames.contains(form) && !byGivenName.containsKey(form)
                    || gazetteer.canonical(form).isPresent() || gazetteer.head(capitalise(form)) != null
                    || finder != null && finder.inLowerCase(form))) {
                return false;
            }
            for (Occurrence o : forms.get(form)) {
                if (o.found().list() < 0 || !saidAlone(o) || afterTitle(o)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** One word, no known name, never with a cue, each time right before a lower-case word, and a longer name's first. */
    private boolean attributive(List<String> members, Set<String> leading) {
        String form = members.get(0);
        if (!loneUnknownWord(members) || !leading.contains(form)) {
            return false;
        }
        for (Occurrence o : forms.get(form)) {
            NameFinder.Found f = o.found();
            String text = o.passage().text();
            if (f.personCue() || f.cue() != null || f.end() + 1 >= text.length()
                    || !Character.isSpaceChar(text.charAt(f.end())) || !Character.isLowerCase(text.charAt(f.end() + 1))) {
                return false;
            }
            // A noun after it, not a function word or a past tense: "Vladimir and Suzdal", "Novatek reported".
            int next = f.end() + 1;
            int stop = next;
            while (stop < text.length() && Character.isLetter(text.charAt(stop))) {
                stop++;
            }
            String word = text.substring(next, stop);
            if (Text.STOP_WORDS.contains(word) || word.endsWith("ed")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "our Fatherland", "my Motherland": a word known to no list, said only after a possessive, is a common noun
     * written with a capital out of respect, not a name ("our Russia" is kept: the gazetteer knows it).
     */
    private boolean possessed(List<String> members) {
        String form = members.get(0);
        if (!loneUnknownWord(members)) {
            return false;
        }
        for (Occurrence o : forms.get(form)) {
            NameFinder.Found f = o.found();
            String before = o.passage().text().substring(0, f.start());
            int end = before.length();
            while (end > 0 && Character.isSpaceChar(before.charAt(end - 1))) {
                end--;
            }
            int start = end;
            while (start > 0 && Character.isLetter(before.charAt(start - 1))) {
                start--;
            }
            String word = before.substring(start, end).toLowerCase(Locale.ROOT);
            if (f.personCue() || f.cue() != null || !POSSESSIVES.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> POSSESSIVES = Set.of("our", "my", "your", "their");

    /** A name of one spelling, one word, that no list knows: what the two rules above may take as no name. */
    private boolean loneUnknownWord(List<String> members) {
        String form = members.get(0);
        return members.size() == 1 && !form.contains(" ") && gazetteer.canonical(capitalise(form)).isEmpty();
    }

    private static final List<String> PATRONYMIC_ENDINGS = List.of("yevich", "evich", "ovich", "yevna", "evna", "ovna");

    /** A word ending as Russian patronymics do ("Abishevich", "Anatolyevna"), whatever the father's name. */
    private static boolean patronymicEnding(String word) {
        for (String ending : PATRONYMIC_ENDINGS) {
            if (word.length() > ending.length() + 2 && word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A Russian patronymic: a known given name and -ovich, -evich, -ovna, -evna ("Yevgenyevich" of Yevgeny,
     * "Ivanovna" of Ivan). A surname of that shape is made from no given name of the list ("Shostakovich").
     */
    private boolean patronymic(String word) {
        for (String ending : PATRONYMIC_ENDINGS) {
            if (word.length() > ending.length() + 2 && word.endsWith(ending)) {
                String stem = word.substring(0, word.length() - ending.length());
                for (String given : List.of(stem, stem + "y", stem + "i", stem + "a")) {
                    if (gazetteer.givenNames.contains(given)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** "sergei yevgenyevich": a given name and a patronymic, no surname. */
    private boolean givenWithPatronymic(String form) {
        int space = form.indexOf(' ');
        return space > 0 && form.indexOf(' ', space + 1) < 0
                && gazetteer.givenNames.contains(form.substring(0, space)) && patronymic(form.substring(space + 1));
    }

    /** Whether the word right before a mention is a title ("President Xi", "Mr Anton"). */
    private boolean afterTitle(Occurrence o) {
        String text = o.passage().text();
        int i = Math.min(o.found().start(), text.length()) - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '.')) {
            i--;
        }
        return end > i + 1 && gazetteer.roles.contains(text.substring(i + 1, end));
    }

    /** "I am Anton", "I'm Anton", "My name is Anton". */
    private static boolean selfIntroduced(Occurrence o) {
        String text = o.passage().text();
        int start = o.found().start();
        if (start <= 0 || start > text.length()) {
            return false;
        }
        String before = text.substring(Math.max(0, start - 16), start).replace('\u00a0', ' ').replace('\u2019', '\'')
                .stripTrailing().toLowerCase(Locale.ROOT);
        return before.endsWith(" i am") || before.equals("i am") || before.endsWith("i'm")
                || before.endsWith("my name is");
    }

    /** "sveta" of "svetlana": shorter, and without a final vowel at least four letters that begin the longer. */
    static boolean shortForm(String shorter, String longer) {
        if (shorter.length() >= longer.length()) {
            return false;
        }
        String stem = "aeiouy".indexOf(shorter.charAt(shorter.length() - 1)) >= 0
                ? shorter.substring(0, shorter.length() - 1) : shorter;
        return stem.length() >= 4 && longer.startsWith(stem);
    }

    private boolean titled(String form) {
        return forms.get(form).stream().anyMatch(o -> o.found().personCue());
    }

    private boolean sharesInterview(String a, String b) {
        Set<String> slugs = new TreeSet<>();
        forms.get(a).forEach(o -> slugs.add(o.page().slug()));
        return forms.get(b).stream().anyMatch(o -> slugs.contains(o.page().slug()));
    }

    /** A multi-word name without head noun, connector, acronym or place-like start: how people's names look. */
    private boolean looksPersonal(String form) {
        String[] words = form.split(" ");
        if (gazetteer.head(capitalise(words[words.length - 1])) != null
                || gazetteer.leadingPlaceHeads.contains(capitalise(words[0]))
                || gazetteer.canonical(capitalise(words[words.length - 1])).isPresent()) {
            return false;
        }
        boolean ruler = words.length == 2 && gazetteer.givenNames.contains(words[0])
                && ORDINAL.matcher(words[1].toUpperCase(Locale.ROOT)).matches();
        for (String w : words) {
            // "Nicholas II": a ruler's numeral is written in capitals, like an acronym, but names a person.
            if (NAME_CONNECTORS.contains(w) || isAcronymWord(w, form) && !ruler) {
                return false;
            }
        }
        return true;
    }

    private boolean isAcronymWord(String lowerWord, String form) {
        return forms.get(form).stream().anyMatch(o -> {
            for (String w : o.found().name().split(" ")) {
                if (w.toLowerCase(Locale.ROOT).equals(lowerWord) && w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        });
    }

    private EntityKind confidentKind(List<String> members) {
        String name = canonicalName(members);
        var fromGazetteer = gazetteer.kindOf(name);
        if (fromGazetteer.isPresent()) {
            return fromGazetteer.get();
        }
        for (String m : members) {
            // "GOP" and "Republicans" without "Republican Party" in the text: still the gazetteer's party.
            var known = gazetteer.canonical(m).flatMap(gazetteer::kindOf);
            if (known.isPresent()) {
                return known.get();
            }
        }
        Map<EntityKind, Integer> votes = new EnumMap<>(EntityKind.class);
        for (String m : members) {
            EntityKind head = headKind(m);
            if (head != null) {
                votes.merge(head, 4, Integer::sum);
            }
            for (Occurrence o : forms.get(m)) {
                if (o.found().personCue()) {
                    votes.merge(EntityKind.PERSON, 3, Integer::sum);
                } else if (o.found().cue() != null) {
                    votes.merge(o.found().cue(), 2, Integer::sum);
                }
            }
        }
        return votes.entrySet().stream()
                .max(Map.Entry.<EntityKind, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** A one-word name, not an acronym: the shape whose weak guess is "place" for its list neighbours. */
    private boolean weak(List<String> members) {
        return members.size() == 1 && !members.get(0).contains(" ") && !isAcronym(members.get(0));
    }

    /** When nothing in the text says what a name is: its list neighbours, then its shape. */
    private EntityKind fallbackKind(List<String> members, Map<Integer, Map<EntityKind, Integer>> listKinds,
                                    Map<Integer, Integer> weakPlaces) {
        if (members.stream().anyMatch(m -> MODEL.matcher(display(m)).matches())) {
            // "MiG-29", "S-400", "Su-57": a make and model number is a product, of none of the index's kinds.
            return EntityKind.NAME;
        }
        if (members.stream().allMatch(this::isAcronym)) {
            return EntityKind.ORGANISATION;
        }
        if (members.stream().anyMatch(this::brand)) {
            return EntityKind.ORGANISATION;
        }
        for (String m : members) {
            // "Alexei Navalny" in a list of places is still a person: a person-shaped name that opens with a known
            // given name says what it is more surely than its neighbours do.
            int space = m.indexOf(' ');
            if (space > 0 && gazetteer.givenNames.contains(m.substring(0, space)) && !m.contains("-")
                    && looksPersonal(m) && personalShape(display(m)) == EntityKind.PERSON) {
                return EntityKind.PERSON;
            }
        }
        Map<EntityKind, Integer> votes = new EnumMap<>(EntityKind.class);
        for (String m : members) {
            // Counted once per name, so that a name seen thousands of times costs linear time.
            Map<Integer, Integer> own = new HashMap<>();
            forms.get(m).forEach(o -> own.merge(o.found().list(), 1, Integer::sum));
            for (Occurrence o : forms.get(m)) {
                listKinds.getOrDefault(o.found().list(), Map.of()).forEach((k, n) -> votes.merge(k, n, Integer::sum));
                // The weak place guess of the other one-word names of the list, never the name's own guess: alone,
                // a name nothing speaks for stays a name of unknown kind.
                int others = weakPlaces.getOrDefault(o.found().list(), 0) - (weak(members) ? own.get(o.found().list()) : 0);
                if (others > 0) {
                    votes.merge(EntityKind.PLACE, others, Integer::sum);
                }
            }
        }
        if (!votes.isEmpty()) {
            return votes.entrySet().stream().max(Map.Entry.<EntityKind, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).get().getKey();
        }
        String name = canonicalName(members);
        if (members.stream().allMatch(this::isAcronym)) {
            return EntityKind.ORGANISATION;
        }
        String form = Names.normalise(name);
        if (!form.contains(" ")) {
            // One word with no cue, no head noun, no gazetteer entry and no list neighbours: the text does not say
            // what it is ("Roskomnadzor", "Honorary" before issue 15), so it is a name of unknown kind.
            return EntityKind.NAME;
        }
        if (!looksPersonal(form)) {
            return EntityKind.ORGANISATION;
        }
        return personalShape(display(form));
    }

    /**
     * What a name shaped like a person's ("Ben van Beurden") is when nothing in the text says: a person's, unless
     * one of its words is an adjective of nationality (people's names hold none: "Royal Dutch Shell", "Russian
     * Railways" are firms) or a common word the build writes in lower case at least as often as capitalised
     * mid-sentence ("Golden Age", "Executive Order"), which leaves its kind unknown.
     */
    private EntityKind personalShape(String written) {
        if (finder == null) {
            return EntityKind.PERSON;
        }
        String[] words = written.split(" ");
        if (words.length == 2 && ORDINAL.matcher(words[1]).matches()
                && !gazetteer.givenNames.contains(words[0].toLowerCase(Locale.ROOT))) {
            // "Sputnik V", "Soyuz II": a numeral after a word that is no given name numbers a thing ("Peter I" and
            // "Catherine II" are people).
            return EntityKind.NAME;
        }
        boolean common = false;
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
                continue; // a surname particle ("van", "de") is written in lower case inside the name itself
            }
            if (finder.demonym(w) || brandShaped(w)) {
                // "Sukhoi SuperJet": a word written as brands are is no part of a person's name either.
                return EntityKind.ORGANISATION;
            }
            common |= finder.commonWord(w);
        }
        return common ? EntityKind.NAME : EntityKind.PERSON;
    }

    /** A Roman numeral of a ruler or of a series ("II", "V", "XIV"). */
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("[IVX]{1,5}");

    /** A make and a model number: letters, a hyphen, digits and perhaps a letter or two ("MiG-29K", "Tu-160M"). */
    private static final java.util.regex.Pattern MODEL = java.util.regex.Pattern.compile("\\p{L}{1,4}-\\d+\\p{L}{0,2}");

    private static final java.util.regex.Pattern PEOPLE_PLURAL = java.util.regex.Pattern.compile(
            "\\p{L}+(?:ers|ors|ists|ians|ants|ents|ops|ives|men|women)");

    private static final Set<String> NAME_PREFIXES = Set.of("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van",
            "Von", "O");

    /**
     * One word with a capital inside ("FiveThirtyEight", "PayPal"), other than a surname prefix ("McCarthy",
     * "DeSantis"): how firms and brands are written, never places.
     */
    private boolean brand(String form) {
        String written = display(form);
        if (written.contains(" ") || isAcronym(form)) {
            return false;
        }
        return brandShaped(written);
    }

    /** A word with a capital after a small letter inside, other than a surname prefix: "SuperJet", "PayPal". */
    private static boolean brandShaped(String written) {
        if (written.length() < 4) {
            return false;
        }
        for (int i = 1; i < written.length(); i++) {
            if (Character.isUpperCase(written.charAt(i)) && Character.isLowerCase(written.charAt(i - 1))) {
                return !NAME_PREFIXES.contains(written.substring(0, i));
            }
        }
        return false;
    }

    /** The kind a name's head noun gives: "Games of the Future" -> event, "Golden Mountains of Altai" -> place. */
    EntityKind headKind(String form) {
        String[] words = form.split(" ");
        int end = words.length;
        for (int i = 1; i < words.length; i++) {
            if (Set.of("of", "for", "on", "in", "against", "to").contains(words[i])) {
                end = i;
                break;
            }
        }
        // "School No. 281", "Hospital Number 5": the number after the head noun is not the head.
        while (end > 1 && numberPart(words[end - 1])) {
            end--;
        }
        EntityKind head = gazetteer.head(capitalise(words[end - 1]));
        if (head == EntityKind.EVENT && end + 1 < words.length && words[end].equals("of")
                && PEOPLE_PLURAL.matcher(words[words.length - 1]).matches()) {
            // "Conference of Mayors", "Assembly of Experts": a gathering of a kind of people is a standing body.
            return EntityKind.ORGANISATION;
        }
        if (head == null && end < words.length) {
            head = gazetteer.head(capitalise(words[words.length - 1]));
        }
        if (head == null && words.length > 1 && gazetteer.leadingPlaceHeads.contains(capitalise(words[0]))) {
            head = EntityKind.PLACE;
        }
        if (head == null && words.length > 1) {
            // "Central Asia", "Latin America": a name ending in a known place is a place.
            String last = capitalise(words[words.length - 1]);
            if (gazetteer.canonical(last).flatMap(gazetteer::kindOf).orElse(null) == EntityKind.PLACE) {
                return EntityKind.PLACE;
            }
        }
        if (head == null) {
            for (String w : words) {
                if (gazetteer.head(capitalise(w)) == EntityKind.PLACE) {
                    return EntityKind.PLACE;
                }
            }
        }
        return head;
    }

    /**
     * The gazetteer's name if it has one, else the most used full spelling: not an acronym, not a lone surname,
     * the shorter on a tie.
     */
    private String canonicalName(List<String> members) {
        for (String m : members) {
            var c = gazetteer.canonical(m);
            if (c.isPresent() && members.contains(Names.normalise(c.get()))) {
                return display(Names.normalise(c.get()));
            }
        }
        String best = members.stream().min(Comparator.comparing((String m) -> isAcronym(m))
                .thenComparing(m -> !m.contains(" "))
                // "Nursultan Nazarbayev", not the "Nursultan Abishevich" a speaker addresses him by.
                .thenComparing(m -> patronymicEnding(lastWord(m)))
                .thenComparing(m -> -forms.get(m).size())
                .thenComparingInt(String::length)
                .thenComparing(Comparator.naturalOrder())).orElseThrow();
        return display(best);
    }

    /** "281", "no", "no.", "no.281", "number": a number or its sign at the end of a name. */
    private static boolean numberPart(String word) {
        String w = word.startsWith("no.") ? word.substring(3) : word;
        if (w.equals("no") || w.equals("number") || w.isEmpty()) {
            return true;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The most frequent spelling of a form as written in the text. */
    private String display(String form) {
        List<Occurrence> occurrences = forms.get(form);
        if (occurrences == null || occurrences.isEmpty()) {
            return gazetteer.canonical(form).orElse(form);
        }
        Map<String, Integer> spellings = new TreeMap<>();
        for (Occurrence o : occurrences) {
            spellings.merge(o.found().name().replace('\u2019', '\''), 1, Integer::sum);
        }
        return spellings.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).get().getKey();
    }

    private boolean isAcronym(String form) {
        List<Occurrence> occurrences = forms.get(form);
        if (occurrences == null) {
            return false;
        }
        String written = occurrences.get(0).found().name();
        return !written.contains(" ") && written.length() >= 2 && written.equals(written.toUpperCase(Locale.ROOT))
                && Character.isLetter(written.charAt(0));
    }

    /** Initials of the capitalised words of a name: "shanghai cooperation organisation" -> "sco". */
    private String initials(String form) {
        StringBuilder initials = new StringBuilder();
        for (String w : form.replace('-', ' ').split(" ")) {
            if (!w.isEmpty() && !NAME_CONNECTORS.contains(w)) {
                initials.append(w.charAt(0));
            }
        }
        return initials.toString();
    }

    private static String capitalise(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private String find(String form) {
        String p = parent.get(form);
        if (p == null || p.equals(form)) {
            return form;
        }
        String root = find(p);
        parent.put(form, root);
        return root;
    }

    private void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (!ra.equals(rb)) {
            // Smaller root wins so that the grouping does not depend on the order links are made in.
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }

}
