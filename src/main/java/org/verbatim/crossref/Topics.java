package org.verbatim.crossref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.analysis.Analyzer;
import org.verbatim.model.Interview;
import org.verbatim.model.Passage;
import org.verbatim.model.Speaker;

/**
 * Picks a question's best 2 to 4 topics: its noun phrases by TF-IDF over all questions of the build, weighted towards
 * nouns and towards what belongs to this page rather than to its whole interview, merged with the names the page is
 * about (at most two), shown in a readable form. A single word is a topic only where it is a subject: not said once
 * or in one paragraph of a long page, not the build's common stock unless asked about.
 *
 * <p>No part-of-speech tagger is used. How much a word behaves like a noun is read from the build itself: each
 * occurrence of a content word is classed by its raw neighbours (stop words included), and the classes are summed
 * per stem over the whole build (see {@link Usage}). A small editable list of words that fit any subject
 * ({@code verbatim/topic-generic.txt}) is never a topic on its own.
 */
final class Topics {
    static final int MAX = 4;
    /** Pages with at least this many paragraphs of text are long: a word of one paragraph there is an aside. */
    static final int LONG_PAGE = 4;
    /** Words from which a page is substantial: it always gets {@link #MIN} topics, if need be words said once. */
    static final int SUBSTANTIAL = 80;
    /** Weight of a single word said once and not asked about: below any other candidate, kept only for want of one. */
    static final double ONCE_SAID = 1e-3;
    static final int MIN = 2;
    /**
     * A third or fourth candidate scoring under this share of the page's best one is noise rather than what the page
     * is about (0.4 gave more topics, fewer of them fitting: docs/crossref.md, "topic floor").
     */
    static final double RELATIVE_FLOOR = 0.6;
    /** Boost for words of the question itself, which states what the page is about. */
    static final double ASKED_BOOST = 1.5;
    /** Most names among a page's topics. */
    static final int MAX_NAMES = 2;
    /** Paragraphs of a page that must name an entity the question does not name, for it to be a topic. */
    static final int NAME_PARAGRAPHS = 3;
    /** Share of the build's pages above which a name is common currency, a topic only where the question names it. */
    static final double MAX_NAME_SHARE = 0.05;
    /** Share of the build's pages above which a single word is common stock, a topic only where it is asked about. */
    static final double COMMON_SHARE = 0.15;

    /**
     * A chosen phrase: its key (stems joined by '-', or '=' and an entity key), the stems it covers and its label, the
     * readable form shown (see {@link #label(String, Map)}).
     */
    record Phrase(String key, List<String> stems, String label) {
    }

    /** Determiners and possessives: the word after them starts a noun phrase. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "those", "our", "their",
            "its", "his", "her", "my", "your", "every", "each", "any", "some", "no", "such", "both", "another");
    /** Object pronouns: a word right before one is a verb taking it ("read it", "recommend them"). */
    private static final Set<String> OBJECTS = Set.of("it", "them", "him", "us", "me", "himself", "herself",
            "itself", "themselves", "ourselves", "myself", "yourself");
    /** Words after which a content word is (nearly always) a verb. */
    private static final Set<String> BEFORE_VERB = Set.of("to", "will", "would", "can", "could", "should", "must",
            "may", "might", "shall", "cannot", "can't", "won't", "wouldn't", "don't", "doesn't", "didn't", "not",
            "we", "they", "i", "you", "he", "she", "let", "also", "we'll", "we're", "they're", "i'm", "i'll", "we've",
            "i've", "they've");
    /** Words after which a content word is an adjective or a participle. */
    private static final Set<String> BEFORE_ADJECTIVE = Set.of("very", "more", "most", "so", "too", "less",
            "least", "highly", "quite", "really", "extremely", "is", "are", "was", "were", "be", "been", "being",
            "become", "becomes", "remain", "remains", "particularly", "especially", "fully", "increasingly",
            // A contracted "is" or "are" after a pronoun: "if you're willing", "it's accurate".
            "you're", "it's", "that's", "he's", "she's", "isn't", "aren't", "wasn't", "weren't");

    /**
     * How one stem is used across the build. Each occurrence counts once: as a verb when a modal, a subject pronoun,
     * "to" or "not" comes before it, or a determiner or object pronoun right after it (a verb taking its object); as
     * an adjective after a degree word or a copula; as a modifier when another content word follows it in the same
     * phrase ("trade" in "trade volume"); otherwise, ending its phrase, as a noun.
     */
    static final class Usage {
        double noun;
        double verb;
        double adjective;
        double modifier;

        /** The likelihood that the stem names a thing, between 0 and 1. */
        double nounness() {
            return (noun + 0.5) / (noun + verb + adjective + 0.5 * modifier + 1);
        }

        /** The likelihood that the stem may start a noun phrase (a noun or an adjective, not a verb). */
        double modifierness() {
            return (noun + modifier + adjective + 0.5) / (noun + modifier + adjective + verb + 1);
        }
    }

    private final Corpus corpus;
    /** Spans of named-entity mentions per passage: names have their own index, topics are the themes around them. */
    private final Map<Passage, List<int[]>> names;
    private final List<EntityResolver.Resolved> entities;
    private Map<Corpus.Page, Map<EntityResolver.Resolved, List<EntityResolver.Occurrence>>> occurrencesByPage;
    private Map<Corpus.Page, List<EntityResolver.Resolved>> entitiesByPage;
    /** Per entity, the pages of the build whose text names it (speaker labels aside), and how many per interview. */
    private Map<EntityResolver.Resolved, Set<Integer>> namePages;
    private Map<EntityResolver.Resolved, Map<Interview, Integer>> nameInterviewPages;
    /** Surface forms seen for each phrase key, counted over the whole build. */
    private final Map<String, Map<String, Integer>> surfaces = new HashMap<>();
    private final Map<String, Integer> bigramPages = new HashMap<>();
    /** Occurrences of each two-word phrase in the build. */
    private final Map<String, Integer> bigramCount = new HashMap<>();
    /** Concurrent: pages are ranked on several threads (see {@link #chooseAll()}), each label computed alike. */
    private final Map<String, String> labels = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Usage> usage = new HashMap<>();
    /** Per interview, on how many of its pages each stem occurs. */
    private final Map<Interview, Map<String, Integer>> interviewFrequency = new IdentityHashMap<>();
    private final Map<Interview, Integer> interviewPages = new IdentityHashMap<>();

    /** Stems of titles and labels ("Minister", "Inaudible"): they say who or how, never what about. */
    private final Set<String> never = new HashSet<>();
    /** Stems of words that fit any subject (topic-generic.txt): never a topic alone. */
    private final Set<String> generic = new HashSet<>();
    /** Candidate phrases of each page, found on first use; identity, because records hash their whole content. */
    private final Map<Corpus.Page, List<Phrasing>> phrasings = new IdentityHashMap<>();
    /** Stems too common in an interview, or its speakers' names, to be its pages' topics; one set per interview. */
    private final Map<Interview, Set<String>> excluded = new IdentityHashMap<>();
    private final Map<Interview, List<String>> headings = new IdentityHashMap<>();
    private final Map<EntityResolver.Resolved, Map<String, List<String>>> nameStems = new IdentityHashMap<>();
    private Set<String> lowerWords;

    Topics(Corpus corpus, IdentityHashMap<Passage, List<int[]>> names, Gazetteer gazetteer) {
        this(corpus, names, gazetteer, List.of());
    }

    Topics(Corpus corpus, IdentityHashMap<Passage, List<int[]>> names, Gazetteer gazetteer,
           List<EntityResolver.Resolved> entities) {
        this.corpus = corpus;
        this.names = names;
        this.entities = entities;
        for (String word : gazetteer.roles) {
            if (!gazetteer.offices.contains(word)) {
                Text.tokens(corpus.analyzer, word).forEach(t -> never.add(t.stem()));
            }
        }
        for (String word : gazetteer.notNames) {
            Text.tokens(corpus.analyzer, word).forEach(t -> never.add(t.stem()));
        }
        // Stemmed without the stop list: "take" is a stop word, yet "taking" reaches the topics as the stem "take".
        try (Analyzer stemmer = Text.stemmer()) {
            for (String word : GENERIC_WORDS) {
                Text.tokens(stemmer, word).forEach(t -> generic.add(t.stem()));
            }
        }
        // Each page's phrases are found in parallel; everything counted from them is counted in build order below.
        List<List<Phrasing>> found = corpus.pages.parallelStream().map(this::phrasings).toList();
        for (Corpus.Page page : corpus.pages) {
            phrasings.put(page, found.get(page.index()));
        }
        for (Corpus.Page page : corpus.pages) {
            Set<String> seen = new HashSet<>();
            forEachPhrase(page, (key, surface, asked, paragraph) -> {
                surfaces.computeIfAbsent(key, k -> new HashMap<>()).merge(surface, 1, Integer::sum);
                if (key.indexOf('-') > 0) {
                    bigramCount.merge(key, 1, Integer::sum);
                    if (seen.add(key)) {
                        bigramPages.merge(key, 1, Integer::sum);
                    }
                }
            });
            Set<String> onPage = new HashSet<>(seen);
            for (int i = 0; i < page.passages().size(); i++) {
                String text = page.passages().get(i).text();
                for (Text.Token t : page.tokens().get(i)) {
                    onPage.add(t.stem());
                    count(usage.computeIfAbsent(t.stem(), s -> new Usage()), text, t);
                }
            }
            Map<String, Integer> frequency = interviewFrequency.computeIfAbsent(page.interview(),
                    k -> new HashMap<>());
            onPage.forEach(s -> frequency.merge(s, 1, Integer::sum));
            interviewPages.merge(page.interview(), 1, Integer::sum);
        }
    }

    /**
     * The phrases chosen for every page, indexed like {@link Corpus#pages}, each as {@link #choose} gives them. Pages
     * are ranked in parallel: what {@code choose} would build on first use is built here first, in build order.
     */
    List<List<Phrase>> chooseAll() {
        occurrencesOn(null);
        lowerWords();
        for (Corpus.Page page : corpus.pages) {
            excludedStems(page);
            heading(page);
        }
        return corpus.pages.parallelStream().map(this::choose).toList();
    }

    /** The phrases chosen for one page, best first. */
    List<Phrase> choose(Corpus.Page page) {
        Map<String, Map<String, Integer>> pageForms = new HashMap<>();
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(ranked(page, pageForms));
        Map<String, EntityResolver.Resolved> names = new HashMap<>();
        ranked.addAll(nameCandidates(page, names));
        ranked.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        List<Phrase> chosen = new ArrayList<>();
        int namesChosen = 0;
        Set<String> covered = new HashSet<>();
        double best = ranked.isEmpty() ? 0 : ranked.get(0).getValue();
        for (Map.Entry<String, Double> e : ranked) {
            if (chosen.size() >= MAX || (chosen.size() >= MIN && e.getValue() < best * RELATIVE_FLOOR)) {
                break;
            }
            EntityResolver.Resolved name = names.get(e.getKey());
            if (name != null) {
                // Names have their own index: at most MAX_NAMES of a page's topics are names, the rest its themes.
                if (namesChosen < MAX_NAMES) {
                    namesChosen++;
                    // Its name as the name index shows it, spaces plain ("Belt and Road" is written with a no-break
                    // space in k1), so that the topic and its index entry read the same.
                    chosen.add(new Phrase(e.getKey(), List.of(), name.name().replace('\u00a0', ' ')));
                }
                continue;
            }
            String key = phraseOf(e.getKey(), pageForms);
            List<String> stems = List.of(key.split("-"));
            if (stems.stream().anyMatch(covered::contains)) {
                continue;
            }
            covered.addAll(stems);
            chosen.add(new Phrase(key, stems, label(key, pageForms.getOrDefault(key, Map.of()))));
        }
        return chosen;
    }

    /**
     * A single word said mostly inside one phrase of the page is shown as that phrase: "property" on a page about
     * "intellectual property", "affairs" on one about "foreign affairs committees".
     */
    private static String phraseOf(String key, Map<String, Map<String, Integer>> pageForms) {
        if (key.contains("-")) {
            return key;
        }
        int alone = count(pageForms.get(key));
        String best = key;
        int bestCount = 0;
        for (Map.Entry<String, Map<String, Integer>> e : pageForms.entrySet()) {
            String other = e.getKey();
            if (other.endsWith("-" + key) && other.indexOf('-') == other.lastIndexOf('-')) {
                int n = count(e.getValue());
                if (n >= 2 && 2 * n >= alone && (n > bestCount || n == bestCount && other.compareTo(best) < 0)) {
                    best = other;
                    bestCount = n;
                }
            }
        }
        return best;
    }

    private static int count(Map<String, Integer> surfaces) {
        return surfaces == null ? 0 : surfaces.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Every candidate phrase of a page with its score, best first (ties by key). */
    List<Map.Entry<String, Double>> ranked(Corpus.Page page) {
        return ranked(page, new HashMap<>());
    }

    /** As {@link #ranked(Corpus.Page)}, filling {@code pageForms} with each phrase's spellings on the page. */
    private List<Map.Entry<String, Double>> ranked(Corpus.Page page, Map<String, Map<String, Integer>> pageForms) {
        Set<String> excluded = excludedStems(page);
        Map<String, Integer> counts = new TreeMap<>();
        Set<String> inQuestion = new HashSet<>();
        // Per phrase: paragraphs it is said in, and the last one seen (phrases come in paragraph order).
        Map<String, int[]> paragraphs = new HashMap<>();
        forEachPhrase(page, (key, surface, asked, paragraph) -> {
            counts.merge(key, 1, Integer::sum);
            pageForms.computeIfAbsent(key, k -> new HashMap<>()).merge(surface, 1, Integer::sum);
            int[] seen = paragraphs.computeIfAbsent(key, k -> new int[] {0, -1});
            if (seen[1] != paragraph) {
                seen[0]++;
                seen[1] = paragraph;
            }
            if (asked) {
                inQuestion.add(key);
            }
        });
        boolean longPage = contentParagraphs(page) >= LONG_PAGE;
        boolean substantial = words(page) >= SUBSTANTIAL;
        Set<String> onceSaid = new HashSet<>();
        Map<String, Double> scores = new TreeMap<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String key = e.getKey();
            List<String> stems = List.of(key.split("-"));
            String head = stems.get(stems.size() - 1);
            // A word on every page of the interview may still qualify a phrase's head ("international law").
            if (excluded.contains(head) || stems.stream().allMatch(excluded::contains)
                    || stems.stream().anyMatch(never::contains)) {
                continue;
            }
            String label = label(key);
            String lastWord = label.substring(label.lastIndexOf(' ') + 1);
            // Adverbs ("highly") are never themes. A lone capitalised word is a name or a nationality ("Russian"),
            // which the entity index covers.
            if (lastWord.endsWith("ly") || stems.size() == 1 && Character.isUpperCase(lastWord.codePointAt(0))) {
                continue;
            }
            // Nor is a pair that opens, as this page writes it, with an adverb made from a word of the build
            // ("industrially developed": the build says "industrial"; Porter gives it the stems of "industrial
            // development"), which qualifies a verb or an adjective, not a noun; "supply chains" and "family ties"
            // stay, no word "supp" or "fami" being said.
            if (stems.size() > 1 && opensWithAdverb(pageForms.get(key), key)) {
                continue;
            }
            int tf = e.getValue();
            double score;
            if (stems.size() == 1) {
                // "al" of "al-Nusra", "UN" in lower case: a word of two letters is no subject.
                if (lastWord.length() < 3 || generic.contains(head) || pastForm(pageForms.get(key), key)) {
                    continue;
                }
                double noun = nounWeight(head, lastWord);
                // A word that mostly reads as a verb or an adjective ("willing", "accurate") is not a theme, even on
                // a short page with nothing better to offer.
                if (noun < MIN_NOUN_WEIGHT) {
                    continue;
                }
                // A single word said once, and not asked about, is colour, not the subject ("helm", "couple"); so is
                // one said only within one paragraph of a long page ("optimism about the match ... a very important
                // match", an aside). It comes after every other candidate: a substantial page with nothing better
                // still gets its two topics, a short exchange gets fewer rather than such a word.
                if (!inQuestion.contains(key) && (tf < 2 || longPage && paragraphs.get(key)[0] < 2)) {
                    if (!substantial) {
                        continue;
                    }
                    onceSaid.add(key);
                }
                // A word on many pages of the build is the archive's common stock ("project", "meeting"): alone it
                // is a topic only where the question (or a one-page transcript's heading) asks about it.
                if (corpus.pageFrequency(key) > COMMON_SHARE * corpus.pages.size() && !inQuestion.contains(key)
                        && !inHeading(page, key)) {
                    continue;
                }
                score = tfWeight(tf, inQuestion.contains(key)) * corpus.pageIdf(key) * noun;
            } else {
                // A two-word phrase must recur, on the page or in the build, to be a topic rather than a chance
                // neighbourhood; it must end in a noun, and not be made of words that fit any subject ("similar
                // views").
                if (tf < 2 && bigramCount.getOrDefault(key, 0) < 2 || stems.stream().allMatch(generic::contains)) {
                    continue;
                }
                // A nationality or name before the head ("Chinese people", "American people", "Chinese car") is
                // what the interview shares, or a name with its own index, unless the head is a theme by itself and
                // the name is not on every page ("Chinese tourists" in an interview about Russia).
                boolean capitalised = Character.isUpperCase(label.codePointAt(0));
                if (capitalised && (generic.contains(head) || excluded.contains(stems.get(0)))) {
                    continue;
                }
                double idf = Math.log(1.0 + (double) corpus.pages.size() / bigramPages.getOrDefault(key, 1));
                score = tfWeight(tf, inQuestion.contains(key)) * idf * 1.2 * nounWeight(head, lastWord)
                        * usage(stems.get(0)).modifierness();
            }
            score *= spread(page.interview(), key);
            if (onceSaid.contains(key)) {
                score *= ONCE_SAID;
            }
            scores.put(key, inQuestion.contains(key) ? score * ASKED_BOOST : score);
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        return ranked;
    }

    /**
     * Sublinear term frequency; a word used once, and not in the question, weighs less: a theme is talked about,
     * a rare word said once ("helm", "grandfathers") is colour.
     */
    private static double tfWeight(int tf, boolean asked) {
        return tf == 1 && !asked ? 0.6 : 1 + Math.log(tf);
    }

    /**
     * A word in "-ed" (not "-eed": "need", "speed") is a past form or an adjective made from one ("increased",
     * "mapped", "scheduled", "minded"), never a subject by itself, however the build happens to place it.
     */
    static boolean participle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() > 4 && w.endsWith("ed") && !w.endsWith("eed");
    }

    /** Words of a page's text, counted as runs of non-space characters. */
    private static int words(Corpus.Page page) {
        int words = 0;
        for (Passage p : page.passages()) {
            String text = p.text();
            boolean inWord = false;
            for (int i = 0; i < text.length(); i++) {
                boolean space = Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00a0';
                if (!space && !inWord) {
                    words++;
                }
                inWord = !space;
            }
        }
        return words;
    }

    private static int contentParagraphs(Corpus.Page page) {
        return (int) page.tokens().stream().filter(t -> !t.isEmpty()).count();
    }

    /** Full weight for a word that reads as a noun at least {@link #NOUN_ENOUGH} of the time, falling fast below. */
    private double nounWeight(String stem, String word) {
        double p = Math.min(1, nounness(stem, word) / NOUN_ENOUGH);
        return p * p;
    }

    static final double NOUN_ENOUGH = 0.6;
    /** Below this noun weight a single word is never a topic. */
    static final double MIN_NOUN_WEIGHT = 0.5;

    private Usage usage(String stem) {
        return usage.getOrDefault(stem, new Usage());
    }

    /**
     * How much a word reads as a noun: its use in the build, with English derivational suffixes as a prior
     * ("-tion", "-ment", "-ity" make nouns; "-ive", "-ous", "-ful", "-able", "-ic" adjectives; "-ize" verbs).
     */
    private double nounness(String stem, String word) {
        double p = usage(stem).nounness();
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("ous") && !w.endsWith("ics")) {
            w = w.substring(0, w.length() - 1);
        }
        for (String suffix : NOUN_SUFFIXES) {
            if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
                return Math.max(p, 0.6);
            }
        }
        for (String suffix : NON_NOUN_SUFFIXES) {
            if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
                return p * 0.5;
            }
        }
        return p;
    }

    private static final List<String> NOUN_SUFFIXES = List.of("tion", "sion", "ment", "ness", "ity", "ism", "ance",
            "ence", "ship", "hood", "ure", "ogy", "ery", "dom");
    private static final List<String> NON_NOUN_SUFFIXES = List.of("ive", "ous", "ful", "less", "able", "ible", "ic",
            "ical", "ize", "ise", "ify", "ed", "est", "ish");

    /**
     * Down-weights what is spread over the page's interview: a phrase on up to a third of the interview's pages keeps
     * its weight, one on five pages of six keeps about half. (A word on every page is excluded outright.)
     */
    private double spread(Interview interview, String key) {
        int n = interviewPages.getOrDefault(interview, 1);
        if (n < 3) {
            return 1;
        }
        int df = Math.max(1, interviewFrequency.get(interview).getOrDefault(key, 1));
        return Math.min(1, Math.log(1.0 + (double) n / df) / Math.log(4));
    }

    /**
     * The names of a page that may be its topics, keyed "=" + entity key, each scored as a phrase would be: how often the
     * page says it (a speaker label is who talks, not a mention), against how many pages of the build name it, spread
     * over its interview, more when the question names it ("Belarus" on the Belarus question, "Nord Stream 2" on a
     * meeting about the pipeline). Left out: a speaker's own name or one on every page of the interview, a name said
     * once (or in one paragraph of a long page) and not asked about, and a one-word name that is also a common word
     * of the build ("Federal" beside "federal", "Constitution" beside "constitutional").
     */
    private List<Map.Entry<String, Double>> nameCandidates(Corpus.Page page,
                                                           Map<String, EntityResolver.Resolved> byKey) {
        List<Map.Entry<String, Double>> found = new ArrayList<>();
        Set<String> excluded = excludedStems(page);
        Set<Passage> asked = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        asked.addAll(page.question().asked());
        // A transcript of one page (a meeting, a statement) has no question: its title and lead say what it is about.
        List<String> heading = heading(page);
        String pageText = null;
        Map<EntityResolver.Resolved, List<EntityResolver.Occurrence>> occurrences = occurrencesOn(page);
        for (EntityResolver.Resolved e : entitiesByPage.getOrDefault(page, List.of())) {
            int mentions = 0;
            Set<String> paragraphs = new HashSet<>();
            boolean named = false;
            for (EntityResolver.Occurrence o : occurrences.get(e)) {
                if (o.found().end() <= o.found().start()) {
                    continue;
                }
                mentions++;
                paragraphs.add(o.passage().id());
                named |= asked.contains(o.passage());
            }
            if (mentions < 2) {
                continue;
            }
            named |= heading != null && (contains(heading, nameStems(e, e.name())) || e.aliases().stream()
                    .anyMatch(a -> contains(heading, nameStems(e, a))));
            // Named in the question (or the heading) and said again, or recurring through the page and rare in the
            // build: a subject, not a name in passing ("Beijing" where the question was asked, "Baku" in an
            // anecdote) nor the archive's common currency ("Moscow" in a Kremlin archive).
            if (!named && (paragraphs.size() < NAME_PARAGRAPHS
                    || namePages.get(e).size() > MAX_NAME_SHARE * corpus.pages.size())) {
                continue;
            }
            List<String> stems = nameStems(e, e.name());
            if (stems.isEmpty() || excluded.containsAll(stems) || stems.size() == 1 && commonWord(stems.get(0), e)) {
                continue;
            }
            double spread = nameSpread(e, page.interview());
            // Shown by its name, so only where the page spells it so (not "the Justice Department" on a page that
            // says "DOJ"): a topic reads as the page does.
            if (spread == 0) {
                continue;
            }
            if (pageText == null) {
                pageText = Corpus.text(page).replace('\u00a0', ' ').toLowerCase(Locale.ROOT);
            }
            if (!pageText.contains(e.name().replace('\u00a0', ' ').toLowerCase(Locale.ROOT))) {
                continue;
            }
            double idf = Math.log(1.0 + (double) corpus.pages.size() / namePages.get(e).size());
            double score = tfWeight(mentions, named) * idf * spread * (named ? ASKED_BOOST : 1);
            String key = "=" + e.key();
            byKey.put(key, e);
            found.add(Map.entry(key, score));
        }
        return found;
    }

    /** Whether a one-page transcript's title or lead holds the stem. */
    private boolean inHeading(Corpus.Page page, String stem) {
        List<String> heading = heading(page);
        return heading != null && heading.contains(stem);
    }

    /** The stems of the title and lead of a transcript of one page, which say what it is about; else null. */
    private List<String> heading(Corpus.Page page) {
        if (interviewPages.getOrDefault(page.interview(), 0) != 1) {
            return null;
        }
        org.verbatim.model.Metadata meta = page.interview().transcript().metadata();
        return headings.computeIfAbsent(page.interview(),
                k -> stems(meta.title() + "\n" + (meta.lead() == null ? "" : meta.lead())));
    }

    /** Whether the page's own spelling of a pair opens with an adverb; the spellings are only ranked when one might. */
    private boolean opensWithAdverb(Map<String, Integer> forms, String key) {
        boolean maybe = false;
        for (String f : forms.keySet()) {
            int space = f.indexOf(' ');
            maybe |= space > 2 && f.charAt(space - 1) == 'y' && f.charAt(space - 2) == 'l';
        }
        if (!maybe) {
            return false;
        }
        String onPage = mostFrequentForm(forms, key);
        int space = onPage.indexOf(' ');
        return space > 0 && adverb(onPage.substring(0, space));
    }

    /** Whether the page's own spelling of a word is a past form; the spellings are only ranked when one might be. */
    private static boolean pastForm(Map<String, Integer> forms, String key) {
        for (String f : forms.keySet()) {
            if (participle(f)) {
                return participle(mostFrequentForm(forms, key));
            }
        }
        return false;
    }

    /** Whether a word is an adverb in "-ly" made from a word the build says ("industrially", "really"). */
    private boolean adverb(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() > 4 && w.endsWith("ly") && lowerWords().contains(w.substring(0, w.length() - 2));
    }

    /** Every single word the build says outside names, in lower case; gathered on first use. */
    private Set<String> lowerWords() {
        if (lowerWords == null) {
            lowerWords = new HashSet<>();
            surfaces.forEach((key, forms) -> {
                if (key.indexOf('-') < 0) {
                    forms.keySet().forEach(f -> lowerWords.add(f.toLowerCase(Locale.ROOT)));
                }
            });
        }
        return lowerWords;
    }

    /** The stems of one spelling of an entity, analysed once per build. */
    private synchronized List<String> nameStems(EntityResolver.Resolved e, String spelling) {
        return nameStems.computeIfAbsent(e, k -> new HashMap<>()).computeIfAbsent(spelling, this::stems);
    }

    private List<String> stems(String text) {
        return Text.tokens(corpus.analyzer, text).stream().map(Text.Token::stem).toList();
    }

    /** Whether the stems of a text hold those of a name, in a row ("Nord Stream 2 project" holds "Nord Stream-2"). */
    static boolean contains(List<String> text, List<String> name) {
        return !name.isEmpty() && java.util.Collections.indexOfSubList(text, name) >= 0;
    }

    /**
     * A one-word name whose word the build also writes in lower case, outside names, at least a quarter as often as
     * it names the entity: a common noun with a capital ("the Government", "the Constitution"), not a subject's name.
     */
    private boolean commonWord(String stem, EntityResolver.Resolved e) {
        if (generic.contains(stem) || never.contains(stem)) {
            return true;
        }
        int lower = 0;
        for (Map.Entry<String, Integer> form : surfaces.getOrDefault(stem, Map.of()).entrySet()) {
            if (form.getKey().equals(form.getKey().toLowerCase(Locale.ROOT))) {
                lower += form.getValue();
            }
        }
        return 4 * lower >= e.occurrences().size();
    }

    /** As {@link #spread} for a name: 0 when it is on every page of an interview of three pages or more. */
    private double nameSpread(EntityResolver.Resolved e, Interview interview) {
        int n = interviewPages.getOrDefault(interview, 1);
        if (n < 3) {
            return 1;
        }
        int df = Math.max(1, nameInterviewPages.get(e).getOrDefault(interview, 1));
        return df >= n ? 0 : Math.min(1, Math.log(1.0 + (double) n / df) / Math.log(4));
    }

    /** Mentions grouped by page, then entity (in build order): built once, so each page looks only at its own. */
    private Map<EntityResolver.Resolved, List<EntityResolver.Occurrence>> occurrencesOn(Corpus.Page page) {
        if (occurrencesByPage == null) {
            occurrencesByPage = new IdentityHashMap<>();
            entitiesByPage = new IdentityHashMap<>();
            namePages = new IdentityHashMap<>();
            nameInterviewPages = new IdentityHashMap<>();
            for (EntityResolver.Resolved e : entities) {
                Set<Integer> pagesNamed = new HashSet<>();
                Map<Interview, Set<Integer>> pagesNamedIn = new IdentityHashMap<>();
                for (EntityResolver.Occurrence o : e.occurrences()) {
                    if (o.found().end() > o.found().start()) {
                        pagesNamed.add(o.page().index());
                        pagesNamedIn.computeIfAbsent(o.page().interview(), k -> new HashSet<>()).add(o.page().index());
                    }
                    // Identity maps: records hash their whole content, and these keys hold whole transcripts.
                    Map<EntityResolver.Resolved, List<EntityResolver.Occurrence>> onPage =
                            occurrencesByPage.computeIfAbsent(o.page(), k -> new IdentityHashMap<>());
                    if (!onPage.containsKey(e)) {
                        entitiesByPage.computeIfAbsent(o.page(), k -> new ArrayList<>()).add(e);
                    }
                    onPage.computeIfAbsent(e, k -> new ArrayList<>()).add(o);
                }
                namePages.put(e, pagesNamed);
                Map<Interview, Integer> pageCounts = new IdentityHashMap<>();
                pagesNamedIn.forEach((interview, pages) -> pageCounts.put(interview, pages.size()));
                nameInterviewPages.put(e, pageCounts);
            }
        }
        return occurrencesByPage.getOrDefault(page, Map.of());
    }

    /**
     * The readable form of a phrase: its most frequent spelling in the build; on a tie the lower-case one, since a
     * capital at the start of a sentence says nothing about the word.
     */
    String label(String key) {
        return labels.computeIfAbsent(key, k -> mostFrequentForm(surfaces.getOrDefault(k, Map.of()), k));
    }

    /**
     * The readable form of a phrase on one page: the word the page uses most ("government", not the "governance" of
     * another page, though the stemmer joins them), spelled as the build spells that word most often, singular and
     * plural being one word ("investment" and "investments" give one label across the build).
     */
    String label(String key, Map<String, Integer> onPage) {
        if (onPage.isEmpty()) {
            return label(key);
        }
        String word = singular(mostFrequentForm(onPage, key));
        Map<String, Integer> family = new HashMap<>();
        surfaces.getOrDefault(key, Map.of()).forEach((form, n) -> {
            if (singular(form).equals(word)) {
                family.put(form, n);
            }
        });
        return family.isEmpty() ? label(key) : mostFrequentForm(family, key);
    }

    /** A lower-case phrase with its last word made singular by the regular English endings. */
    static String singular(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        if (p.endsWith("ies") && p.length() > 4) {
            return p.substring(0, p.length() - 3) + "y";
        }
        if (p.endsWith("sses") || p.endsWith("xes") || p.endsWith("ches") || p.endsWith("shes")) {
            return p.substring(0, p.length() - 2);
        }
        if (p.endsWith("s") && !p.endsWith("ss") && !p.endsWith("us") && !p.endsWith("is") && p.length() > 3) {
            return p.substring(0, p.length() - 1);
        }
        return p;
    }

    private static String mostFrequentForm(Map<String, Integer> forms, String key) {
        String best = key;
        int bestCount = -1;
        Map<String, Integer> ordered = new TreeMap<>(Comparator.comparing((String f) -> !f.equals(f.toLowerCase(Locale.ROOT)))
                .thenComparing(Comparator.naturalOrder()));
        ordered.putAll(forms);
        for (Map.Entry<String, Integer> e : ordered.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /**
     * Stems no topic may use: those on every page of the interview (what the whole interview is about, "Russia" in
     * the seed) and the speakers' own names, which say who talks rather than what about.
     */
    private Set<String> excludedStems(Corpus.Page page) {
        // Once per interview, not per page: the scan covers the interview's whole vocabulary.
        return excluded.computeIfAbsent(page.interview(), this::excludedStems);
    }

    private Set<String> excludedStems(Interview interview) {
        Set<String> excluded = new HashSet<>();
        int n = interviewPages.getOrDefault(interview, 0);
        if (n >= 3) {
            interviewFrequency.get(interview).forEach((stem, df) -> {
                if (df == n && stem.indexOf('-') < 0) {
                    excluded.add(stem);
                }
            });
        }
        for (Speaker speaker : interview.transcript().speakers()) {
            Text.tokens(corpus.analyzer, speaker.name()).forEach(t -> excluded.add(t.stem()));
        }
        return excluded;
    }

    /** Classes one occurrence of a content word by the raw words around it (see {@link Usage}). */
    private static void count(Usage u, String text, Text.Token t) {
        String before = wordBefore(text, t.start());
        String after = wordAfter(text, t.end());
        if (before != null && BEFORE_VERB.contains(before)
                || after != null && (DETERMINERS.contains(after) || OBJECTS.contains(after))) {
            u.verb++;
        } else if (before != null && BEFORE_ADJECTIVE.contains(before)) {
            u.adjective++;
        } else if (after != null && !Text.STOP_WORDS.contains(after)) {
            u.modifier++;
        } else {
            u.noun++;
        }
    }

    /** The word right before {@code start} in the same phrase (only spaces between), lower case; else null. */
    private static String wordBefore(String text, int start) {
        int i = start;
        while (i > 0 && isSpace(text.charAt(i - 1))) {
            i--;
        }
        int end = i;
        while (i > 0 && isWordChar(text.charAt(i - 1))) {
            i--;
        }
        return i == end ? null : word(text.substring(i, end));
    }

    /** The word right after {@code end} in the same phrase (only spaces between), lower case; else null. */
    private static String wordAfter(String text, int end) {
        int i = end;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < text.length() && isWordChar(text.charAt(i))) {
            i++;
        }
        return i == start ? null : word(text.substring(start, i));
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00a0' || c == '\n';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019';
    }

    private static String word(String raw) {
        return raw.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }

    private interface PhraseSink {
        void accept(String key, String surface, boolean asked, int paragraph);
    }

    /**
     * Calls back with every unigram and every pair of adjacent content words (no stop word or punctuation between),
     * leaving out the words of names.
     */
    private void forEachPhrase(Corpus.Page page, PhraseSink sink) {
        // Each page is read three times (corpus statistics, ranking, labels); its phrases are found once.
        for (Phrasing p : phrasings.computeIfAbsent(page, this::phrasings)) {
            sink.accept(p.key(), p.surface(), p.asked(), p.paragraph());
        }
    }

    /**
     * One occurrence of a candidate phrase: its stem key, its spelling, whether the question asked it, and the index of
     * its paragraph on the page.
     */
    private record Phrasing(String key, String surface, boolean asked, int paragraph) {
    }

    private List<Phrasing> phrasings(Corpus.Page page) {
        List<Phrasing> found = new ArrayList<>();
        List<Passage> passages = page.passages();
        int askedCount = page.question().asked().size();
        for (int i = 0; i < passages.size(); i++) {
            String text = passages.get(i).text();
            boolean asked = i < askedCount;
            List<int[]> spans = new ArrayList<>(names.getOrDefault(passages.get(i), List.of()));
            spans.addAll(expressionSpans(text));
            List<Text.Token> tokens = page.tokens().get(i).stream()
                    .filter(t -> spans.stream().noneMatch(s -> t.start() < s[1] && t.end() > s[0])).toList();
            for (int j = 0; j < tokens.size(); j++) {
                Text.Token t = tokens.get(j);
                found.add(new Phrasing(t.stem(), surface(text.substring(t.start(), t.end())), asked, i));
                if (j + 1 < tokens.size()) {
                    Text.Token next = tokens.get(j + 1);
                    String between = text.substring(t.end(), next.start());
                    if (next.position() == t.position() + 1 && between.isBlank() && !next.stem().equals(t.stem())) {
                        found.add(new Phrasing(t.stem() + "-" + next.stem(),
                                surface(text.substring(t.start(), next.end())), asked, i));
                    }
                }
            }
        }
        return found;
    }

    /** The phrase as written, without a possessive; capitals are kept, the most frequent spelling wins later. */
    private static String surface(String raw) {
        String s = raw.replace('\u2019', '\'');
        return s.endsWith("'s") ? s.substring(0, s.length() - 2) : s;
    }

    /** The words of topic-generic.txt, loaded once. */
    static final List<String> GENERIC_WORDS = new ArrayList<>();
    /** The fixed expressions of topic-generic.txt, lower case, words separated by one space. */
    static final List<String> EXPRESSIONS = new ArrayList<>();

    private static final List<String[]> EXPRESSION_WORDS = new ArrayList<>();

    static {
        loadGeneric(GENERIC_WORDS, EXPRESSIONS);
        EXPRESSIONS.forEach(e -> EXPRESSION_WORDS.add(e.split(" ")));
    }

    private static void loadGeneric(List<String> words, List<String> expressions) {
        for (String line : Text.resourceLines("/verbatim/topic-generic.txt")) {
            if (line.startsWith("=")) {
                expressions.add(String.join(" ", line.substring(1).trim().split("\\s+")));
                continue;
            }
            for (String word : line.trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
    }

    /**
     * Where the fixed expressions stand in a paragraph, as [start, end) spans. Matched on whole words, ignoring case;
     * any run of spaces (or a no-break space) between the words.
     */
    static List<int[]> expressionSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (String[] words : EXPRESSION_WORDS) {
            for (int from = lower.indexOf(words[0]); from >= 0; from = lower.indexOf(words[0], from + 1)) {
                if (from > 0 && Character.isLetterOrDigit(lower.charAt(from - 1))) {
                    continue;
                }
                int i = from + words[0].length();
                boolean match = true;
                for (int w = 1; w < words.length && match; w++) {
                    int spaces = i;
                    while (i < lower.length() && isSpace(lower.charAt(i))) {
                        i++;
                    }
                    match = i > spaces && lower.startsWith(words[w], i);
                    i += words[w].length();
                }
                if (match && (i >= lower.length() || !Character.isLetterOrDigit(lower.charAt(i)))) {
                    spans.add(new int[] {from, i});
                }
            }
        }
        return spans;
    }
}
