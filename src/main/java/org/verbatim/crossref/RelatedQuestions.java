package org.verbatim.crossref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.util.SmallFloat;

/**
 * Finds, for each question, the few most similar other questions of the build. A "more like this" query (the page's
 * most distinctive terms, scored with BM25 over an inverted index of all pages) proposes candidates, so the cost grows
 * with the corpus rather than its square; the candidates are then scored by the cosine of their TF-IDF vectors, a
 * number comparable across pages, and kept only above a threshold so that unrelated interviews do not link just
 * because something had to come third.
 *
 * <p>The inverted index is built here from the tokens {@link Corpus} already has, with Lucene's analyzer, and scored
 * with Lucene's BM25 exactly as its {@code BM25Similarity} does (k1 1.2, b 0.75, lengths rounded as Lucene stores
 * them, float arithmetic). Building a Lucene {@code IndexWriter} for a hundred pages gave the same candidates but
 * loaded some 800 classes, most of the first call's cost in a fresh JVM; see docs/crossref.md.
 */
final class RelatedQuestions {
    static final int LIMIT = 3;
    /** Candidates fetched per question before re-scoring. */
    static final int CANDIDATES = 12;
    /** Terms of the query: the page's highest TF-IDF weights, as Lucene's MoreLikeThis would pick them. */
    static final int QUERY_TERMS = 30;
    /** Minimum cosine similarity; measured on the seed + k1 + w1 build, see docs/crossref.md. */
    static final double THRESHOLD = 0.12;

    private final Corpus corpus;

    RelatedQuestions(Corpus corpus) {
        this.corpus = corpus;
    }

    /** Related questions of every page, indexed like {@link Corpus#pages}. */
    List<List<Related>> find() {
        List<Map<String, Double>> vectors = corpus.pages.stream().map(corpus::vector).toList();
        Bm25 index = new Bm25(corpus);
        List<List<Related>> result = new ArrayList<>();
        for (Corpus.Page page : corpus.pages) {
            List<String> query = vectors.get(page.index()).entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(QUERY_TERMS).map(Map.Entry::getKey).toList();
            List<Related> related = new ArrayList<>();
            for (int other : index.search(query, CANDIDATES + 1)) {
                if (other == page.index()) {
                    continue;
                }
                double score = Corpus.cosine(vectors.get(page.index()), vectors.get(other));
                if (score >= THRESHOLD) {
                    Corpus.Page target = corpus.pages.get(other);
                    related.add(new Related(target.slug(), target.question().id(), target.question().title(),
                            Math.round(score * 1000) / 1000.0));
                }
            }
            related.sort(Comparator.comparingDouble(Related::score).reversed()
                    .thenComparing(Related::interviewSlug)
                    .thenComparing(r -> questionNumber(r.questionId())));
            result.add(List.copyOf(related.subList(0, Math.min(LIMIT, related.size()))));
        }
        return result;
    }

    /** An inverted index of the pages' stems with Lucene's BM25 scoring of a disjunction of terms. */
    static final class Bm25 {
        private static final float K1 = 1.2f;
        private static final float B = 0.75f;

        /** stem -> {page, frequency} pairs, pages in increasing order */
        private final Map<String, List<int[]>> postings = new HashMap<>();
        private final int pageCount;
        /** Pages with at least one token: BM25's document count. */
        private final int docCount;
        private final float[] normInverse;
        private final byte[] norms;

        Bm25(Corpus corpus) {
            pageCount = corpus.pages.size();
            norms = new byte[pageCount];
            long totalLength = 0;
            int indexed = 0;
            for (Corpus.Page page : corpus.pages) {
                Corpus.counts(page).forEach((stem, n) -> postings.computeIfAbsent(stem, k -> new ArrayList<>())
                        .add(new int[] {page.index(), n}));
                norms[page.index()] = SmallFloat.intToByte4(page.length());
                totalLength += page.length();
                indexed += page.length() > 0 ? 1 : 0;
            }
            // As BM25Similarity: documents without the field do not count, lengths are decoded from one byte.
            float average = indexed == 0 ? 1f : (float) (totalLength / (double) indexed);
            normInverse = new float[256];
            for (int i = 0; i < 256; i++) {
                float length = SmallFloat.byte4ToInt((byte) i);
                normInverse[i] = 1f / (K1 * ((1 - B) + B * length / average));
            }
            docCount = indexed;
        }

        /** The best {@code limit} pages for the terms, by score then page order, as Lucene's top-docs collector. */
        List<Integer> search(List<String> terms, int limit) {
            double[] scores = new double[pageCount];
            boolean[] matched = new boolean[pageCount];
            for (String term : terms) {
                List<int[]> list = postings.get(term);
                if (list == null) {
                    continue;
                }
                float idf = (float) Math.log(1 + (docCount - list.size() + 0.5D) / (list.size() + 0.5D));
                for (int[] posting : list) {
                    float inverse = normInverse[norms[posting[0]] & 0xFF];
                    scores[posting[0]] += idf - idf / (1f + posting[1] * inverse);
                    matched[posting[0]] = true;
                }
            }
            List<Integer> hits = new ArrayList<>();
            for (int i = 0; i < pageCount; i++) {
                if (matched[i]) {
                    hits.add(i);
                }
            }
            hits.sort(Comparator.comparingDouble((Integer i) -> -(float) scores[i]).thenComparingInt(i -> i));
            return hits.subList(0, Math.min(limit, hits.size()));
        }
    }

    private static int questionNumber(String id) {
        return Integer.parseInt(id.substring(1));
    }
}
