package org.verbatim.crossref;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.analysis.Analyzer;
import org.verbatim.model.Interview;
import org.verbatim.model.Passage;
import org.verbatim.model.Question;

/** Every question page of a build, analysed once, with the document frequencies all other steps weigh terms by. */
final class Corpus {
    /** One question page: its passages, each passage's content tokens and the set of their stems. */
    record Page(int index, Interview interview, Question question, List<List<Text.Token>> tokens,
                List<Set<String>> stems) {
        String slug() {
            return interview.slug();
        }

        List<Passage> passages() {
            return question.passages();
        }

        QuestionRef ref() {
            return new QuestionRef(slug(), question.id(), question.title());
        }
    }

    final Analyzer analyzer = Text.analyzer();
    final List<Interview> interviews;
    final List<Page> pages = new ArrayList<>();
    private final Map<String, Integer> pageFrequency = new HashMap<>();
    private final Map<String, Integer> paragraphFrequency = new HashMap<>();
    private int paragraphCount;
    /** Content tokens of the average page, for length normalisation; at least 1. */
    private final double averagePageLength;

    Corpus(List<Interview> interviews) {
        this.interviews = List.copyOf(interviews);
        // Each paragraph is analysed on its own, in parallel (the analyzer keeps one token stream per thread); the
        // counts are then taken in build order, as before.
        List<Question> questions = new ArrayList<>();
        interviews.forEach(i -> questions.addAll(i.questions()));
        List<List<List<Text.Token>>> analysed = questions.parallelStream()
                .map(q -> q.passages().stream().map(p -> Text.tokens(analyzer, p.text())).toList())
                .toList();
        int at = 0;
        for (Interview interview : interviews) {
            for (Question question : interview.questions()) {
                List<List<Text.Token>> tokens = new ArrayList<>();
                List<Set<String>> paragraphStems = new ArrayList<>();
                Set<String> onPage = new HashSet<>();
                for (List<Text.Token> inParagraph : analysed.get(at++)) {
                    tokens.add(inParagraph);
                    Set<String> stems = stems(inParagraph);
                    paragraphStems.add(stems);
                    stems.forEach(s -> paragraphFrequency.merge(s, 1, Integer::sum));
                    onPage.addAll(stems);
                    paragraphCount++;
                }
                onPage.forEach(s -> pageFrequency.merge(s, 1, Integer::sum));
                pages.add(new Page(pages.size(), interview, question, tokens, paragraphStems));
            }
        }
        averagePageLength = Math.max(1, pages.stream().mapToInt(Corpus::pageLength).average().orElse(1));
    }

    private static int pageLength(Page page) {
        return page.tokens().stream().mapToInt(List::size).sum();
    }

    static Set<String> stems(List<Text.Token> tokens) {
        Set<String> stems = new HashSet<>();
        tokens.forEach(t -> stems.add(t.stem()));
        return stems;
    }

    /** Smoothed inverse page frequency: a term on every page weighs next to nothing, never below zero. */
    double pageIdf(String term) {
        return Math.log(1.0 + (double) pages.size() / pageFrequency.getOrDefault(term, 1));
    }

    double paragraphIdf(String term) {
        return Math.log(1.0 + (double) paragraphCount / paragraphFrequency.getOrDefault(term, 1));
    }

    int pageFrequency(String term) {
        return pageFrequency.getOrDefault(term, 0);
    }

    /** Term counts of one page; a TreeMap so that everything computed from it iterates in a stable order. */
    static Map<String, Integer> counts(Page page) {
        Map<String, Integer> counts = new TreeMap<>();
        page.tokens().forEach(list -> list.forEach(t -> counts.merge(t.stem(), 1, Integer::sum)));
        return counts;
    }

    /** BM25's term-frequency saturation and length normalisation, at their usual values. */
    static final double BM25_K1 = 1.2;
    static final double BM25_B = 0.75;

    /**
     * Unit-length vector of a page for cosine similarity: each term weighs its inverse page frequency times BM25's
     * saturating term frequency, normalised for the page's length against the build's average. A long meeting's
     * words then weigh as a short question's would where they are as dense, not more for being said more often
     * (with 1 + log tf, a 10,000-word meeting shared a heavy term with nearly every page of the build).
     */
    Map<String, Double> vector(Page page) {
        Map<String, Double> vector = new TreeMap<>();
        double norm = 0;
        double length = pageLength(page) / averagePageLength;
        for (Map.Entry<String, Integer> e : counts(page).entrySet()) {
            double w = bm25(e.getValue(), length) * pageIdf(e.getKey());
            vector.put(e.getKey(), w);
            norm += w * w;
        }
        if (norm == 0) {
            return Collections.emptyMap();
        }
        double euclidean = Math.sqrt(norm);
        vector.replaceAll((k, v) -> v / euclidean);
        return vector;
    }

    /**
     * BM25's weight of a term said {@code tf} times on a page {@code length} times as long as the average: it grows
     * with tf but never reaches k1 + 1, and the same tf weighs less on a longer page.
     */
    static double bm25(int tf, double length) {
        return tf * (BM25_K1 + 1) / (tf + BM25_K1 * (1 - BM25_B + BM25_B * length));
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double other = large.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        return dot;
    }

    /** The whole text of a page, as one string for the Lucene index. */
    static String text(Page page) {
        StringBuilder text = new StringBuilder();
        page.passages().forEach(p -> text.append(p.text()).append('\n'));
        return text.toString();
    }
}
