package org.verbatim.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.verbatim.model.Interview;
import org.verbatim.model.Passage;
import org.verbatim.model.Question;

import com.google.gson.Gson;

/**
 * The site's search data: one entry per paragraph (interview, question, speaker, paragraph id, text), with
 * interviews, questions and speakers stored once in lookup tables to keep the file small. It is written as a
 * script ({@code search/index.js}) rather than JSON so that search also works from {@code file://}, where
 * browsers refuse {@code fetch}; the search page loads it, and lunr, only when someone searches.
 */
public final class SearchIndex {

    static final String LUNR = "META-INF/resources/webjars/lunr/2.3.9/lunr.min.js";

    private SearchIndex() {
    }

    /** Writes {@code search/index.js} and {@code search/lunr.min.js} into {@code site}. */
    public static void write(List<Interview> interviews, Path site) {
        List<Map<String, Object>> interviewTable = new ArrayList<>();
        List<List<Object>> questionTable = new ArrayList<>();
        List<String> speakerTable = new ArrayList<>();
        Map<String, Integer> speakerIndex = new LinkedHashMap<>();
        List<List<Object>> paragraphs = new ArrayList<>();
        for (Interview interview : interviews) {
            int i = interviewTable.size();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", interview.metadata().title());
            entry.put("slug", interview.slug());
            interviewTable.add(entry);
            for (Question q : interview.questions()) {
                int qi = questionTable.size();
                questionTable.add(List.of(i, q.id(), q.isOpening() ? q.title() : "Q" + q.number() + ". " + q.title(),
                        interview.page(q.id())));
                for (Passage p : q.passages()) {
                    String name = p.speaker() == null ? "" : p.speaker().name();
                    Integer si = speakerIndex.computeIfAbsent(name, n -> {
                        speakerTable.add(n);
                        return speakerTable.size() - 1;
                    });
                    paragraphs.add(List.of(qi, si, p.number(), p.text()));
                }
            }
        }
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("interviews", interviewTable);
        index.put("questions", questionTable);
        index.put("speakers", speakerTable);
        index.put("paragraphs", paragraphs);
        Path dir = site.resolve("search");
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("index.js"), "window.VERBATIM_SEARCH = " + new Gson().toJson(index) + ";\n",
                    StandardCharsets.UTF_8);
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
}
