package org.verbatim.crossref;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Finds, for each question, the few most similar other questions of the build. A "more like this" query (the page's
 * most distinctive terms, searched with BM25 over one in-memory Lucene index of all pages) proposes candidates through
 * the inverted index, so the cost grows with the corpus rather than its square; the candidates are then scored by the
 * cosine of their TF-IDF vectors, a number comparable across pages, and kept only above a threshold so that unrelated
 * interviews do not link just because something had to come third.
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
        List<List<Related>> result = new ArrayList<>();
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(corpus.analyzer))) {
                for (Corpus.Page page : corpus.pages) {
                    Document doc = new Document();
                    doc.add(new StoredField("page", page.index()));
                    doc.add(new TextField("body", Corpus.text(page), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (Corpus.Page page : corpus.pages) {
                    BooleanQuery.Builder query = new BooleanQuery.Builder();
                    vectors.get(page.index()).entrySet().stream()
                            .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                                    .thenComparing(Map.Entry.comparingByKey()))
                            .limit(QUERY_TERMS)
                            .forEach(e -> query.add(new TermQuery(new Term("body", e.getKey())),
                                    BooleanClause.Occur.SHOULD));
                    List<Related> related = new ArrayList<>();
                    for (ScoreDoc hit : searcher.search(query.build(), CANDIDATES + 1).scoreDocs) {
                        int other = searcher.storedFields().document(hit.doc).getField("page").numericValue().intValue();
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
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    private static int questionNumber(String id) {
        return Integer.parseInt(id.substring(1));
    }
}
