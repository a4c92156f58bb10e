package org.verbatim.crossref;

import java.io.IOException;
import java.io.StringReader;
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
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Finds, for each question, the few most similar other questions of the build. Lucene's MoreLikeThis over one
 * in-memory index proposes candidates through the inverted index (so the cost grows with the corpus, not its square);
 * the candidates are then scored by the cosine of their TF-IDF vectors, a number comparable across pages, and kept
 * only above a threshold so that unrelated interviews do not link just because something had to come third.
 */
final class RelatedQuestions {
    static final int LIMIT = 3;
    /** Candidates fetched per question before re-scoring. */
    static final int CANDIDATES = 12;
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
                MoreLikeThis mlt = new MoreLikeThis(reader);
                mlt.setAnalyzer(corpus.analyzer);
                mlt.setFieldNames(new String[] {"body"});
                mlt.setMinTermFreq(1);
                mlt.setMinDocFreq(1);
                mlt.setMinWordLen(2);
                mlt.setMaxQueryTerms(30);
                for (Corpus.Page page : corpus.pages) {
                    Query query = mlt.like("body", new StringReader(Corpus.text(page)));
                    List<Related> related = new ArrayList<>();
                    for (ScoreDoc hit : searcher.search(query, CANDIDATES + 1).scoreDocs) {
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
