package org.verbatim.crossref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.stream.IntStream;

/**
 * Finds, for each question, the few most similar other questions of the build. A "more like this" query (the page's
 * most distinctive terms) is run term at a time over an inverted index of all pages' term weights (BM25: saturating
 * and normalised for the page's length, see {@link Corpus#vector}), so each page costs its query terms' postings,
 * not one comparison per page of the corpus; the best candidates are then scored by the full cosine of their
 * vectors, a number comparable across pages, and kept only above a threshold so that unrelated interviews do not
 * link just because something had to come third. They are ranked by that cosine less half the difference of the two
 * pages' hub levels (see {@link #find()}), the score a related link carries, which must clear the threshold too.
 *
 * <p>The terms are Lucene's (its tokenizer, stop list and Porter stemmer, in {@link Corpus}); the index is the few
 * maps below rather than a Lucene {@code IndexWriter} and {@code IndexSearcher}: those gave the same related pairs
 * but cost about 0.8 s in a fresh JVM (some 900 classes to load and run cold) for a build of a few hundred
 * paragraphs, most of the whole cross-reference stage; see docs/crossref.md.
 */
final class RelatedQuestions {
    static final int LIMIT = 3;
    /** Candidates kept per question before re-scoring. */
    static final int CANDIDATES = 12;
    /** Terms of the query: the page's highest TF-IDF weights, as Lucene's MoreLikeThis would pick them. */
    static final int QUERY_TERMS = 30;
    /** Minimum cosine similarity; measured on the seed + k1 + w1 build, see docs/crossref.md. */
    static final double THRESHOLD = 0.12;
    /**
     * Fewest distinct content terms a page needs to be related to anything: a two-line exchange ("One more question.
     * I'm sorry.") has a tiny vector that a few common words make look similar to any page.
     */
    static final int MIN_TERMS = 5;
    /** Nearest pages whose mean similarity says how much of a hub a page is. */
    static final int HUB_NEIGHBOURS = 3;

    /** The pages that hold a term and the term's weight on each, in page order. */
    private record Postings(int[] pages, double[] weights) {
    }

    /**
     * A page's vector as arrays: term numbers ascending, which is the terms' alphabetical order (that of the map it
     * is made from), so that sums over it are taken in the same order as over the map, giving the same doubles.
     */
    private record Vector(int[] terms, double[] weights) {
        int size() {
            return terms.length;
        }
    }

    private final Corpus corpus;

    RelatedQuestions(Corpus corpus) {
        this.corpus = corpus;
    }

    /** Related questions of every page, indexed like {@link Corpus#pages}. */
    List<List<Related>> find() {
        List<Map<String, Double>> maps = corpus.pages.parallelStream().map(corpus::vector).toList();
        List<Vector> vectors = numbered(maps);
        Postings[] postings = postings(vectors);
        boolean[] eligible = new boolean[vectors.size()];
        for (int i = 0; i < eligible.length; i++) {
            eligible[i] = vectors.get(i).size() >= MIN_TERMS;
        }
        // First pass: each page's candidates with their full cosine. Pages are independent, so they are scored in
        // parallel, each thread with its own accumulator; every page's sums are added in the same order as before.
        ThreadLocal<double[]> partials = ThreadLocal.withInitial(() -> new double[vectors.size()]);
        ThreadLocal<int[]> touchedLists = ThreadLocal.withInitial(() -> new int[vectors.size()]);
        List<List<Scored>> scored = IntStream.range(0, corpus.pages.size()).parallel()
                .mapToObj(index -> candidates(index, vectors, postings, eligible, partials.get(),
                        touchedLists.get()))
                .toList();
        // A hub (a long meeting that touches every subject) is close to everything: its typical similarity to its
        // nearest pages is subtracted, half of it, from every similarity to it (cross-domain similarity local
        // scaling), so a page is related to what is close to it in particular. Linear: each page's few candidates.
        double[] hub = new double[vectors.size()];
        for (int i = 0; i < hub.length; i++) {
            hub[i] = scored.get(i).stream().mapToDouble(Scored::cosine).boxed()
                    .sorted(Comparator.reverseOrder()).limit(HUB_NEIGHBOURS).mapToDouble(Double::doubleValue)
                    .average().orElse(0);
        }
        List<List<Related>> result = new ArrayList<>();
        for (Corpus.Page page : corpus.pages) {
            List<Related> related = new ArrayList<>();
            for (Scored candidate : scored.get(page.index())) {
                double score = candidate.cosine() - (hub[candidate.page()] - hub[page.index()]) / 2;
                // The score a link carries must clear the threshold too: what is left of a hub's similarity once
                // its closeness to everything is taken off is not enough to call two pages related.
                if (candidate.cosine() >= THRESHOLD && score >= THRESHOLD) {
                    Corpus.Page target = corpus.pages.get(candidate.page());
                    related.add(new Related(target.slug(), target.question().id(), target.question().title(),
                            Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000.0));
                }
            }
            related.sort(Comparator.comparingDouble(Related::score).reversed()
                    .thenComparing(Related::interviewSlug)
                    .thenComparing(r -> questionNumber(r.questionId())));
            result.add(List.copyOf(related.subList(0, Math.min(LIMIT, related.size()))));
        }
        return result;
    }

    /** The vectors as arrays, every term numbered in alphabetical order. */
    private static List<Vector> numbered(List<Map<String, Double>> maps) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>();
        maps.forEach(m -> all.addAll(m.keySet()));
        Map<String, Integer> number = new HashMap<>();
        for (String term : all) {
            number.put(term, number.size());
        }
        List<Vector> vectors = new ArrayList<>(maps.size());
        for (Map<String, Double> map : maps) {
            int[] terms = new int[map.size()];
            double[] weights = new double[map.size()];
            int k = 0;
            for (Map.Entry<String, Double> e : map.entrySet()) {
                terms[k] = number.get(e.getKey());
                weights[k++] = e.getValue();
            }
            vectors.add(new Vector(terms, weights));
        }
        return vectors;
    }

    /** Every term's postings, by term number, pages in ascending order. */
    private static Postings[] postings(List<Vector> vectors) {
        int terms = 0;
        for (Vector v : vectors) {
            for (int t : v.terms()) {
                terms = Math.max(terms, t + 1);
            }
        }
        int[] counts = new int[terms];
        vectors.forEach(v -> {
            for (int t : v.terms()) {
                counts[t]++;
            }
        });
        Postings[] postings = new Postings[terms];
        for (int t = 0; t < terms; t++) {
            postings[t] = new Postings(new int[counts[t]], new double[counts[t]]);
        }
        int[] filled = new int[terms];
        for (int page = 0; page < vectors.size(); page++) {
            Vector v = vectors.get(page);
            for (int k = 0; k < v.size(); k++) {
                int t = v.terms()[k];
                Postings p = postings[t];
                p.pages()[filled[t]] = page;
                p.weights()[filled[t]++] = v.weights()[k];
            }
        }
        return postings;
    }

    /**
     * One page's best candidates, by its {@link #QUERY_TERMS} heaviest terms over the postings, re-scored by full
     * cosine. {@code partial} is all zeros on entry and left so; {@code touched} is scratch space.
     */
    private static List<Scored> candidates(int index, List<Vector> vectors, Postings[] postings, boolean[] eligible,
                                           double[] partial, int[] touched) {
        Vector vector = vectors.get(index);
        if (vector.size() < MIN_TERMS) {
            return List.of();
        }
        // Heaviest first, ties in alphabetical order, as the map's entries were sorted.
        Integer[] order = new Integer[vector.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        double[] w = vector.weights();
        java.util.Arrays.sort(order, (a, b) -> {
            int byWeight = Double.compare(w[b], w[a]);
            return byWeight != 0 ? byWeight : Integer.compare(a, b);
        });
        int count = 0;
        for (int q = 0; q < Math.min(QUERY_TERMS, order.length); q++) {
            Postings p = postings[vector.terms()[order[q]]];
            double weight = w[order[q]];
            int[] pages = p.pages();
            double[] weights = p.weights();
            for (int k = 0; k < pages.length; k++) {
                int page = pages[k];
                if (partial[page] == 0) {
                    if (count == touched.length) {
                        // a page whose sums are still zero (a term of no weight) can be listed twice
                        touched = java.util.Arrays.copyOf(touched, 2 * count);
                    }
                    touched[count++] = page;
                }
                partial[page] += weight * weights[k];
            }
        }
        List<Candidate> best = best(touched, count, partial, index, eligible);
        for (int k = 0; k < count; k++) {
            partial[touched[k]] = 0;
        }
        List<Scored> mine = new ArrayList<>(best.size());
        for (Candidate candidate : best) {
            mine.add(new Scored(candidate.page(), cosine(vector, vectors.get(candidate.page()))));
        }
        return mine;
    }

    /** {@link Corpus#cosine} over arrays: the shared terms' products added in alphabetical order, as there. */
    private static double cosine(Vector a, Vector b) {
        int[] at = a.terms();
        int[] bt = b.terms();
        double[] aw = a.weights();
        double[] bw = b.weights();
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < at.length && j < bt.length) {
            if (at[i] < bt[j]) {
                i++;
            } else if (at[i] > bt[j]) {
                j++;
            } else {
                dot += aw[i++] * bw[j++];
            }
        }
        return dot;
    }

    /** A candidate page and its similarity over the query terms alone. */
    private record Candidate(int page, double partial) {
    }

    /** A candidate page with its full cosine similarity. */
    private record Scored(int page, double cosine) {
    }

    /**
     * The {@link #CANDIDATES} pages with the highest partial score, ties to the earlier page; never the page itself,
     * nor a page with fewer than {@link #MIN_TERMS} terms.
     */
    private static List<Candidate> best(int[] touched, int count, double[] partial, int self, boolean[] eligible) {
        Comparator<Candidate> worstFirst = Comparator.comparingDouble(Candidate::partial)
                .thenComparing(Comparator.comparingInt(Candidate::page).reversed());
        PriorityQueue<Candidate> kept = new PriorityQueue<>(worstFirst);
        // The worst kept, as plain numbers: nearly every page is rejected against it, which must cost no more
        // than a comparison.
        double worstScore = 0;
        int worstPage = 0;
        for (int k = 0; k < count; k++) {
            int page = touched[k];
            if (page == self || !eligible[page]) {
                continue;
            }
            double score = partial[page];
            if (kept.size() == CANDIDATES && (score < worstScore || score == worstScore && page > worstPage)) {
                // Full: a page no better than the worst kept would be taken out again at once.
                continue;
            }
            kept.add(new Candidate(page, score));
            if (kept.size() > CANDIDATES) {
                kept.poll();
            }
            if (kept.size() == CANDIDATES) {
                worstScore = kept.peek().partial();
                worstPage = kept.peek().page();
            }
        }
        List<Candidate> best = new ArrayList<>(kept);
        best.sort(worstFirst.reversed());
        return best;
    }

    private static int questionNumber(String id) {
        return Integer.parseInt(id.substring(1));
    }
}
