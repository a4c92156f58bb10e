package org.verbatim.crossref;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
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
import org.junit.jupiter.api.Test;

/**
 * The related-question candidates come from our own inverted index so that a fresh JVM need not load Lucene's
 * index writer; this checks that they are exactly what a real Lucene index and BM25 search would return.
 */
class Bm25Test {
    @Test
    void sameCandidatesAsALuceneIndex() throws IOException {
        Corpus corpus = new Corpus(BuildFixture.ALL);
        RelatedQuestions.Bm25 ours = new RelatedQuestions.Bm25(corpus);
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
                    List<String> terms = corpus.vector(page).entrySet().stream()
                            .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                                    .thenComparing(Map.Entry.comparingByKey()))
                            .limit(RelatedQuestions.QUERY_TERMS).map(Map.Entry::getKey).toList();
                    BooleanQuery.Builder query = new BooleanQuery.Builder();
                    terms.forEach(t -> query.add(new TermQuery(new Term("body", t)), BooleanClause.Occur.SHOULD));
                    List<Integer> lucene = new ArrayList<>();
                    for (ScoreDoc hit : searcher.search(query.build(), RelatedQuestions.CANDIDATES + 1).scoreDocs) {
                        lucene.add(searcher.storedFields().document(hit.doc).getField("page").numericValue()
                                .intValue());
                    }
                    assertEquals(lucene, ours.search(terms, RelatedQuestions.CANDIDATES + 1),
                            page.slug() + " " + page.question().id());
                }
            }
        }
    }
}
