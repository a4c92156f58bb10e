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

import org.verbatim.model.Passage;
import org.verbatim.model.Speaker;

/** Picks 3 to 6 key phrases per question by TF-IDF over all questions of the build, shown in a readable form. */
final class Topics {
    static final int MAX = 6;
    static final int MIN = 3;
    /** Candidates scoring under this share of the page's best one are noise rather than what the page is about. */
    static final double RELATIVE_FLOOR = 0.3;

    /** A chosen phrase: its key (stems joined by '-') and the stems it covers. */
    record Phrase(String key, List<String> stems) {
    }

    /** Boost for words of the question itself, which states what the page is about. */
    static final double ASKED_BOOST = 1.5;

    private final Corpus corpus;
    /** Spans of named-entity mentions per passage: names have their own index, topics are the themes around them. */
    private final Map<Passage, List<int[]>> names;
    /** Surface forms seen for each phrase key, counted over the whole build. */
    private final Map<String, Map<String, Integer>> surfaces = new HashMap<>();
    private final Map<String, Integer> bigramPages = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();

    /** Stems of titles and labels ("Minister", "Inaudible"): they say who or how, never what about. */
    private final Set<String> never = new HashSet<>();

    Topics(Corpus corpus, IdentityHashMap<Passage, List<int[]>> names, Gazetteer gazetteer) {
        this.corpus = corpus;
        this.names = names;
        for (String word : gazetteer.roles) {
            Text.tokens(corpus.analyzer, word).forEach(t -> never.add(t.stem()));
        }
        for (String word : gazetteer.notNames) {
            Text.tokens(corpus.analyzer, word).forEach(t -> never.add(t.stem()));
        }
        for (Corpus.Page page : corpus.pages) {
            Set<String> seen = new HashSet<>();
            forEachPhrase(page, (key, surface, asked) -> {
                surfaces.computeIfAbsent(key, k -> new HashMap<>()).merge(surface, 1, Integer::sum);
                if (key.indexOf('-') > 0 && seen.add(key)) {
                    bigramPages.merge(key, 1, Integer::sum);
                }
            });
        }
    }

    /** The phrases chosen for one page, best first. */
    List<Phrase> choose(Corpus.Page page) {
        Set<String> excluded = excludedStems(page);
        Map<String, Integer> counts = new TreeMap<>();
        Set<String> inQuestion = new HashSet<>();
        forEachPhrase(page, (key, surface, asked) -> {
            counts.merge(key, 1, Integer::sum);
            if (asked) {
                inQuestion.add(key);
            }
        });
        Map<String, Double> scores = new TreeMap<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String key = e.getKey();
            List<String> stems = List.of(key.split("-"));
            if (stems.stream().anyMatch(s -> excluded.contains(s) || never.contains(s))) {
                continue;
            }
            String lastWord = label(key).substring(label(key).lastIndexOf(' ') + 1);
            // Adverbs ("highly") are never themes; past forms ("attended") rarely are. A lone capitalised word is a
            // name or a nationality ("Russian"), which the entity index covers.
            if (lastWord.endsWith("ly") || stems.size() == 1 && Character.isUpperCase(lastWord.codePointAt(0))) {
                continue;
            }
            double form = lastWord.endsWith("ed") ? 0.5 : 1.0;
            int tf = e.getValue();
            double score;
            if (stems.size() == 1) {
                score = (1 + Math.log(tf)) * corpus.pageIdf(key);
            } else {
                // A two-word phrase must recur on the page to be a topic rather than a chance neighbourhood.
                if (tf < 2) {
                    continue;
                }
                double idf = Math.log(1.0 + (double) corpus.pages.size() / bigramPages.getOrDefault(key, 1));
                score = (1 + Math.log(tf)) * idf * 1.2;
            }
            scores.put(key, form * (inQuestion.contains(key) ? score * ASKED_BOOST : score));
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        List<Phrase> chosen = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        double best = ranked.isEmpty() ? 0 : ranked.get(0).getValue();
        for (Map.Entry<String, Double> e : ranked) {
            if (chosen.size() >= MAX || (chosen.size() >= MIN && e.getValue() < best * RELATIVE_FLOOR)) {
                break;
            }
            List<String> stems = List.of(e.getKey().split("-"));
            if (stems.stream().anyMatch(covered::contains)) {
                continue;
            }
            covered.addAll(stems);
            chosen.add(new Phrase(e.getKey(), stems));
        }
        return chosen;
    }

    /**
     * The readable form of a phrase: its most frequent spelling in the build; on a tie the lower-case one, since a
     * capital at the start of a sentence says nothing about the word.
     */
    String label(String key) {
        return labels.computeIfAbsent(key, this::mostFrequentForm);
    }

    private String mostFrequentForm(String key) {
        Map<String, Integer> forms = surfaces.getOrDefault(key, Map.of());
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
        Set<String> excluded = new HashSet<>();
        List<Corpus.Page> siblings = corpus.pages.stream().filter(p -> p.interview() == page.interview()).toList();
        if (siblings.size() >= 3) {
            Set<String> everywhere = null;
            for (Corpus.Page sibling : siblings) {
                Set<String> stems = new HashSet<>();
                sibling.tokens().forEach(list -> stems.addAll(Corpus.stems(list)));
                if (everywhere == null) {
                    everywhere = stems;
                } else {
                    everywhere.retainAll(stems);
                }
            }
            excluded.addAll(everywhere);
        }
        for (Speaker speaker : page.interview().transcript().speakers()) {
            Text.tokens(corpus.analyzer, speaker.name()).forEach(t -> excluded.add(t.stem()));
        }
        return excluded;
    }

    private interface PhraseSink {
        void accept(String key, String surface, boolean asked);
    }

    /**
     * Calls back with every unigram and every pair of adjacent content words (no stop word or punctuation between),
     * leaving out the words of names.
     */
    private void forEachPhrase(Corpus.Page page, PhraseSink sink) {
        List<Passage> passages = page.passages();
        int askedCount = page.question().asked().size();
        for (int i = 0; i < passages.size(); i++) {
            String text = passages.get(i).text();
            boolean asked = i < askedCount;
            List<int[]> spans = names.getOrDefault(passages.get(i), List.of());
            List<Text.Token> tokens = page.tokens().get(i).stream()
                    .filter(t -> spans.stream().noneMatch(s -> t.start() < s[1] && t.end() > s[0])).toList();
            for (int j = 0; j < tokens.size(); j++) {
                Text.Token t = tokens.get(j);
                sink.accept(t.stem(), surface(text.substring(t.start(), t.end())), asked);
                if (j + 1 < tokens.size()) {
                    Text.Token next = tokens.get(j + 1);
                    String between = text.substring(t.end(), next.start());
                    if (next.position() == t.position() + 1 && between.isBlank() && !next.stem().equals(t.stem())) {
                        sink.accept(t.stem() + "-" + next.stem(), surface(text.substring(t.start(), next.end())),
                                asked);
                    }
                }
            }
        }
    }

    /** The phrase as written, without a possessive; capitals are kept, the most frequent spelling wins later. */
    private static String surface(String raw) {
        String s = raw.replace('\u2019', '\'');
        return s.endsWith("'s") ? s.substring(0, s.length() - 2) : s;
    }
}
