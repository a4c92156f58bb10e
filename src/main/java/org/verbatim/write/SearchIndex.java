package org.verbatim.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.verbatim.model.Interview;
import org.verbatim.model.Passage;
import org.verbatim.model.Question;

import com.google.gson.Gson;

/**
 * The site's search index, built here and split so that a query loads only what it needs. Each paragraph is a
 * document, numbered newest transcript first. Under {@code search/}:
 * <ul>
 * <li>{@code meta.js}: the stop words, the first term of each term shard, the transcripts (slug, title, year, kind,
 * first document) and the speakers;</li>
 * <li>{@code t/N.js}: term shards, terms in sorted order cut at about {@link #SHARD_BYTES}, each term with its
 * documents (delta-coded, with the term's count in the paragraph);</li>
 * <li>{@code d/N.js}: {@link #CHUNK} documents each: question id, heading and page, paragraph number, speaker,
 * text;</li>
 * <li>{@code s/N.js}: the runs of documents spoken by speaker N, for the speaker filter.</li>
 * </ul>
 * Every file is a script that hands its data to {@code VerbatimSearch.add}, not JSON: browsers refuse
 * {@code fetch} from {@code file://}, and a script tag works there as on a server. Gson escapes {@code <}, {@code >}
 * and {@code &}, so no text can close the script.
 */
public final class SearchIndex {

    static final String LUNR = "META-INF/resources/webjars/lunr/2.3.9/lunr.min.js";
    /** Documents per text chunk: a page of results loads at most 20 of them. */
    static final int CHUNK = 32;
    /** Term shards are cut once they pass this size (a single frequent term may make one larger). */
    static final int SHARD_BYTES = 48 * 1024;
    /** A term's count in one paragraph is stored up to this value. */
    private static final int MAX_TF = 4;

    private SearchIndex() {
    }

    /** Writes the index and lunr (whose Porter stemmer the browser uses) into {@code site}/search. */
    public static void write(List<Interview> interviews, Path site) {
        List<Interview> ordered = interviews.stream()
                .sorted(Comparator.comparing((Interview i) -> i.metadata().date(),
                                Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Interview::slug))
                .toList();
        Path dir = site.resolve("search");
        Gson gson = new Gson();
        SearchTerms terms = new SearchTerms();
        Map<String, List<int[]>> postings = new TreeMap<>();
        List<List<Object>> interviewTable = new ArrayList<>();
        List<String> speakerTable = new ArrayList<>();
        Map<String, Integer> speakerIndex = new HashMap<>();
        Map<Integer, List<Integer>> speakerRuns = new TreeMap<>();
        List<Object> chunkQuestions = new ArrayList<>();
        List<Object> chunkDocs = new ArrayList<>();
        Map<String, Integer> chunkQuestionIndex = new HashMap<>();
        int doc = 0;
        int lastSpeaker = -1;
        try {
            for (Interview interview : ordered) {
                var date = interview.metadata().date();
                interviewTable.add(List.of(interview.slug(), interview.metadata().title(),
                        date == null ? 0 : date.getYear(), interview.kind().key(), doc));
                for (Question q : interview.questions()) {
                    String heading = q.isOpening() ? q.title() : "Q" + q.number() + ". " + q.title();
                    for (Passage p : q.passages()) {
                        String name = p.speaker() == null ? "" : p.speaker().name();
                        int si = speakerIndex.computeIfAbsent(name, n -> {
                            speakerTable.add(n);
                            return speakerTable.size() - 1;
                        });
                        List<Integer> runs = speakerRuns.computeIfAbsent(si, s -> new ArrayList<>());
                        if (si == lastSpeaker && !runs.isEmpty()) {
                            runs.set(runs.size() - 1, runs.get(runs.size() - 1) + 1);
                        } else {
                            runs.add(doc);
                            runs.add(1);
                        }
                        lastSpeaker = si;
                        Map<String, Integer> tf = new LinkedHashMap<>();
                        for (String term : terms.terms(p.text())) {
                            tf.merge(term, 1, Integer::sum);
                        }
                        for (Map.Entry<String, Integer> e : tf.entrySet()) {
                            postings.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                                    .add(new int[] {doc, Math.min(MAX_TF, e.getValue())});
                        }
                        String questionKey = interview.slug() + "/" + q.id();
                        int qi = chunkQuestionIndex.computeIfAbsent(questionKey, k -> {
                            chunkQuestions.add(List.of(q.id(), heading, interview.page(q.id())));
                            return chunkQuestions.size() - 1;
                        });
                        chunkDocs.add(List.of(qi, p.number(), si, p.text()));
                        doc++;
                        if (doc % CHUNK == 0) {
                            writeChunk(dir, gson, doc / CHUNK - 1, chunkQuestions, chunkDocs);
                            chunkQuestions.clear();
                            chunkDocs.clear();
                            chunkQuestionIndex.clear();
                        }
                    }
                }
            }
            if (!chunkDocs.isEmpty()) {
                writeChunk(dir, gson, doc / CHUNK, chunkQuestions, chunkDocs);
            }
            List<String> shardStarts = writeTermShards(dir, gson, postings);
            for (Map.Entry<Integer, List<Integer>> runs : speakerRuns.entrySet()) {
                List<Integer> coded = new ArrayList<>();
                int end = 0;
                // Each run as (gap since the previous run's end, length): small numbers, a small file.
                for (int i = 0; i < runs.getValue().size(); i += 2) {
                    coded.add(runs.getValue().get(i) - end);
                    coded.add(runs.getValue().get(i + 1));
                    end = runs.getValue().get(i) + runs.getValue().get(i + 1);
                }
                script(dir.resolve("s/" + runs.getKey() + ".js"), gson, "s", runs.getKey(), coded);
            }
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("docs", doc);
            meta.put("chunk", CHUNK);
            meta.put("maxTf", MAX_TF);
            meta.put("stop", SearchTerms.stopWords());
            meta.put("shards", shardStarts);
            meta.put("interviews", interviewTable);
            meta.put("speakers", speakerTable);
            script(dir.resolve("meta.js"), gson, "meta", 0, meta);
            try (InputStream lunr = SearchIndex.class.getClassLoader().getResourceAsStream(LUNR)) {
                if (lunr == null) {
                    throw new IllegalStateException("lunr is missing from the class path (" + LUNR + ")");
                }
                Files.write(dir.resolve("lunr.min.js"), lunr.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeChunk(Path dir, Gson gson, int n, List<Object> questions, List<Object> docs)
            throws IOException {
        Map<String, Object> chunk = new LinkedHashMap<>();
        chunk.put("q", questions);
        chunk.put("p", docs);
        script(dir.resolve("d/" + n + ".js"), gson, "d", n, chunk);
    }

    /**
     * Cuts the sorted terms into shards of about {@link #SHARD_BYTES}; returns each shard's first term. A term's
     * documents are written as one number each: the gap from the previous document times {@link #MAX_TF}, plus
     * its count in the paragraph less one.
     */
    private static List<String> writeTermShards(Path dir, Gson gson, Map<String, List<int[]>> postings)
            throws IOException {
        List<String> starts = new ArrayList<>();
        Map<String, List<Integer>> shard = new LinkedHashMap<>();
        int size = 0;
        for (Map.Entry<String, List<int[]>> term : postings.entrySet()) {
            List<Integer> coded = new ArrayList<>(term.getValue().size());
            int previous = 0;
            int bytes = term.getKey().length() + 6;
            for (int[] posting : term.getValue()) {
                int value = (posting[0] - previous) * MAX_TF + posting[1] - 1;
                coded.add(value);
                previous = posting[0];
                bytes += Integer.toString(value).length() + 1;
            }
            if (!shard.isEmpty() && size + bytes > SHARD_BYTES) {
                script(dir.resolve("t/" + (starts.size() - 1) + ".js"), gson, "t", starts.size() - 1, shard);
                shard = new LinkedHashMap<>();
                size = 0;
            }
            if (shard.isEmpty()) {
                starts.add(term.getKey());
            }
            shard.put(term.getKey(), coded);
            size += bytes;
        }
        if (!shard.isEmpty()) {
            script(dir.resolve("t/" + (starts.size() - 1) + ".js"), gson, "t", starts.size() - 1, shard);
        }
        return starts;
    }

    private static void script(Path file, Gson gson, String kind, int n, Object data) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "VerbatimSearch.add(\"" + kind + "\"," + n + "," + gson.toJson(data) + ");\n",
                StandardCharsets.UTF_8);
    }
}
