package org.verbatim.crossref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Finds, for each question, the few most similar other questions of the build. A "more like this" query (the page's
 * most distinctive terms) is run term at a time over an inverted index of all pages' TF-IDF weights, so each page
 * costs its query terms' postings, not one comparison per page of the corpus; the best candidates are then scored by
 * the full cosine of their TF-IDF vectors, a number comparable across pages, and kept only above a threshold so that
 * unrelated interviews do not link just because something had to come third. They are ranked by that cosine less
 * half the difference of the two pages' hub levels (see {@link #find()}), the score a related link carries.
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

    /** One page's weight for a term. */
    private record Posting(int page, double weight) {
    }

    /** A candidate page and its similarity over the query terms alone. */
    private record Candidate(int page, double partial) {
    }

    private final Corpus corpus;

    RelatedQuestions(Corpus corpus) {
        this.corpus = corpus;
    }

    /** Related questions of every page, indexed like {@link Corpus#pages}. */
    List<List<Related>> find() {
        List<Map<String, Double>> vectors = corpus.pages.stream().map(corpus::vector).toList();
        Map<String, List<Posting>> postings = new HashMap<>();
        for (int page = 0; page < vectors.size(); page++) {
            for (Map.Entry<String, Double> e : vectors.get(page).entrySet()) {
                postings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new Posting(page, e.getValue()));
            }
        }
        double[] partial = new double[vectors.size()];
        // First pass: each page's candidates with their full cosine.
        List<List<Scored>> scored = new ArrayList<>();
        for (Corpus.Page page : corpus.pages) {
            Map<String, Double> vector = vectors.get(page.index());
            if (vector.size() < MIN_TERMS) {
                scored.add(List.of());
                continue;
            }
            List<Integer> touched = new ArrayList<>();
            vector.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(QUERY_TERMS)
                    .forEach(term -> {
                        for (Posting p : postings.get(term.getKey())) {
                            if (partial[p.page()] == 0) {
                                touched.add(p.page());
                            }
                            partial[p.page()] += term.getValue() * p.weight();
                        }
                    });
            touched.removeIf(i -> {
                if (vectors.get(i).size() < MIN_TERMS) {
                    partial[i] = 0;
                    return true;
                }
                return false;
            });
            List<Scored> mine = new ArrayList<>();
            for (Candidate candidate : best(touched, partial, page.index())) {
                mine.add(new Scored(candidate.page(), Corpus.cosine(vector, vectors.get(candidate.page()))));
            }
            touched.forEach(i -> partial[i] = 0);
            scored.add(mine);
        }
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
                if (candidate.cosine() >= THRESHOLD) {
                    double score = candidate.cosine() - (hub[candidate.page()] - hub[page.index()]) / 2;
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

    /** A candidate page with its full cosine similarity. */
    private record Scored(int page, double cosine) {
    }

    /** The {@link #CANDIDATES} pages with the highest partial score, ties to the earlier page; never the page itself. */
    private static List<Candidate> best(List<Integer> touched, double[] partial, int self) {
        Comparator<Candidate> worstFirst = Comparator.comparingDouble(Candidate::partial)
                .thenComparing(Comparator.comparingInt(Candidate::page).reversed());
        PriorityQueue<Candidate> kept = new PriorityQueue<>(worstFirst);
        for (int page : touched) {
            if (page == self) {
                continue;
            }
            kept.add(new Candidate(page, partial[page]));
            if (kept.size() > CANDIDATES) {
                kept.poll();
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
