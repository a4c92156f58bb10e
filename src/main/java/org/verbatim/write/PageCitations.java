package org.verbatim.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.verbatim.model.Interview;
import org.verbatim.model.Passage;

import com.google.gson.Gson;

/**
 * The citation strings of one page's paragraphs as JSON, for the page script's "Copy quote" and "Cite" controls.
 * Every string is made by {@link Citation}; the script only fills in two placeholders: the paragraph's absolute
 * URL (which, without a base URL, is known only where the page is opened) and, in the quote, the quoted words.
 *
 * <p>Shape: {@code {"url": "[url]", "text": "[text]", "fields": [...], "strings": [...], "paragraphs":
 * {"q3-p2": [i, ...]}}}: per paragraph, one index into {@code strings} per field. With the URL a placeholder, the
 * APA reference and the Chicago bibliography entry are the same for every paragraph of a speaker, so each distinct
 * string is stored once. A placeholder is chosen so that it occurs in no string other than where the URL (or the
 * text) goes, whatever the metadata says; the script replaces both in one pass, so filled-in text is never read
 * again as a placeholder. Gson's default HTML-safe escaping keeps the JSON inert inside a {@code <script>} element.
 */
final class PageCitations {

    /** The fields, in the order of each paragraph's indices. */
    static final List<String> FIELDS = List.of("locator", "quote", "apa", "apaInText", "chicagoNote",
            "chicagoBibliography", "bibtex");

    private static final Gson GSON = new Gson();

    private PageCitations() {
    }

    /** The JSON for {@code passages} of {@code interview}. */
    static String json(Interview interview, List<Passage> passages) {
        List<String> bare = new ArrayList<>();
        for (Passage p : passages) {
            bare.addAll(values(Citation.of(interview, p, ""), ""));
        }
        String url = placeholder("url", bare);
        String text = placeholder("text", bare);
        Map<String, Integer> strings = new LinkedHashMap<>();
        Map<String, List<Integer>> paragraphs = new LinkedHashMap<>();
        for (Passage p : passages) {
            List<Integer> indices = new ArrayList<>();
            for (String value : values(Citation.of(interview, p, url), text)) {
                indices.add(strings.computeIfAbsent(value, v -> strings.size()));
            }
            paragraphs.put(p.id(), indices);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("url", url);
        data.put("text", text);
        data.put("fields", FIELDS);
        data.put("strings", List.copyOf(strings.keySet()));
        data.put("paragraphs", paragraphs);
        return GSON.toJson(data);
    }

    /** The strings of {@link #FIELDS} for one citation, the quote of {@code text}. */
    static List<String> values(Citation c, String text) {
        List<Function<Citation, String>> getters = List.of(Citation::locator, x -> x.quote(text), Citation::apa,
                Citation::apaInText, Citation::chicagoNote, Citation::chicagoBibliography, Citation::bibtex);
        return getters.stream().map(g -> g.apply(c)).toList();
    }

    /**
     * {@code [name]}, or {@code [name1]}, {@code [name2]}... when the strings made without URL and text already
     * contain it (a title could). A placeholder opens with its only "[", so it cannot overlap another occurrence.
     */
    static String placeholder(String name, List<String> bare) {
        for (int n = 0; ; n++) {
            String candidate = "[" + name + (n == 0 ? "" : String.valueOf(n)) + "]";
            if (bare.stream().noneMatch(s -> s.contains(candidate))) {
                return candidate;
            }
        }
    }
}
