package org.verbatim.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Fixtures;

import com.google.gson.Gson;

/** The split search index read back as the browser reads it: meta, term shards, paragraph chunks, speaker runs. */
class SearchIndexTest {

    /** The data a search file hands to VerbatimSearch.add. */
    static Object data(Path file) throws Exception {
        String js = Files.readString(file);
        assertTrue(js.startsWith("VerbatimSearch.add(\"") && js.endsWith(");\n"), file.toString());
        String args = js.substring("VerbatimSearch.add(".length(), js.length() - 3);
        int second = args.indexOf(',', args.indexOf(',') + 1);
        return new Gson().fromJson(args.substring(second + 1), Object.class);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> meta(Path site) throws Exception {
        return (Map<String, Object>) data(site.resolve("search/meta.js"));
    }

    /** The documents a term's postings name, decoded as search.js decodes them. */
    @SuppressWarnings("unchecked")
    static List<Integer> docs(Path site, String term) throws Exception {
        Map<String, Object> meta = meta(site);
        List<String> starts = (List<String>) meta.get("shards");
        int shard = 0;
        for (int i = 0; i < starts.size(); i++) {
            if (starts.get(i).compareTo(term) <= 0) {
                shard = i;
            }
        }
        Map<String, List<Number>> terms = (Map<String, List<Number>>) data(site.resolve("search/t/" + shard + ".js"));
        int maxTf = ((Number) meta.get("maxTf")).intValue();
        List<Integer> docs = new ArrayList<>();
        int d = 0;
        for (Number v : terms.getOrDefault(term, List.of())) {
            d += v.intValue() / maxTf;
            docs.add(d);
        }
        return docs;
    }

    @SuppressWarnings("unchecked")
    static List<Object> paragraph(Path site, int doc) throws Exception {
        int chunk = ((Number) meta(site).get("chunk")).intValue();
        Map<String, Object> data = (Map<String, Object>) data(site.resolve("search/d/" + doc / chunk + ".js"));
        List<Object> p = (List<Object>) ((List<Object>) data.get("p")).get(doc % chunk);
        List<Object> q = (List<Object>) ((List<Object>) data.get("q")).get(((Number) p.get(0)).intValue());
        return List.of(q.get(0), q.get(1), ((Number) p.get(1)).intValue(), ((Number) p.get(2)).intValue(), p.get(3));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyParagraphIsADocumentFoundByItsStemmedWords(@TempDir Path site) throws Exception {
        SearchIndex.write(List.of(Fixtures.interview(Fixtures.SEED), Fixtures.interview(Fixtures.K1)), site);
        Map<String, Object> meta = meta(site);
        assertEquals(53 + 34, ((Number) meta.get("docs")).intValue(), "every paragraph of the seed (53) and k1 (34)");
        List<List<Object>> interviews = (List<List<Object>>) meta.get("interviews");
        assertEquals("2025-08-30-putin-xinhua", interviews.get(0).get(0), "newest first");
        assertEquals(0, ((Number) interviews.get(0).get(4)).intValue());
        assertEquals(53, ((Number) interviews.get(1).get(4)).intValue(), "k1's paragraphs follow the seed's");
        assertEquals(2019, ((Number) interviews.get(1).get(2)).intValue());
        assertEquals("interview", interviews.get(1).get(3));

        // "Power of Siberia": the seed's third answer, third paragraph, holds both words ("of" is a stop word).
        List<Integer> power = docs(site, "power");
        List<Integer> siberia = docs(site, "siberia");
        List<Integer> both = power.stream().filter(siberia::contains).toList();
        assertEquals(1, both.size(), "one paragraph names Power of Siberia: " + both);
        List<Object> hit = paragraph(site, both.get(0));
        assertEquals("q3", hit.get(0));
        assertEquals("Q3. Chinese-Russian practical cooperation", hit.get(1));
        assertEquals(3, hit.get(2));
        assertEquals("Vladimir Putin", ((List<String>) meta.get("speakers")).get((Integer) hit.get(3)));
        assertTrue(((String) hit.get(4)).contains("Power of Siberia"));

        // Stemming at build time: "sanctions" is filed under "sanction", so the singular finds the plural.
        List<Integer> sanction = docs(site, "sanction");
        assertTrue(!sanction.isEmpty() && sanction.stream().allMatch(d -> {
            try {
                return ((String) paragraph(site, d).get(4)).toLowerCase().contains("sanction");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }), "" + sanction);
        assertTrue(docs(site, "of").isEmpty() && ((List<String>) meta.get("stop")).contains("of"),
                "stop words are not indexed, and the browser is told which they are");
        assertTrue(Files.size(site.resolve("search/lunr.min.js")) > 20_000, "lunr copied from its WebJar");
    }

    @Test
    @SuppressWarnings("unchecked")
    void speakerRunsCoverExactlyTheirParagraphs(@TempDir Path site) throws Exception {
        SearchIndex.write(List.of(Fixtures.interview(Fixtures.SEED), Fixtures.interview(Fixtures.K1)), site);
        Map<String, Object> meta = meta(site);
        List<String> speakers = (List<String>) meta.get("speakers");
        int total = ((Number) meta.get("docs")).intValue();
        int covered = 0;
        for (int s = 0; s < speakers.size(); s++) {
            List<Number> coded = (List<Number>) data(site.resolve("search/s/" + s + ".js"));
            int end = 0;
            for (int i = 0; i < coded.size(); i += 2) {
                int from = end + coded.get(i).intValue();
                end = from + coded.get(i + 1).intValue();
                for (int d = from; d < end; d++) {
                    assertEquals(s, paragraph(site, d).get(3), "doc " + d);
                    covered++;
                }
            }
        }
        assertEquals(total, covered, "every paragraph is in exactly one speaker's runs");
    }

    @Test
    void shardsStaySmallAndTextCannotCloseTheScript(@TempDir Path dir) throws Exception {
        Path transcript = Files.writeString(dir.resolve("t.txt"),
                "T\n\nQuestion: </script><script>alert(1)</script>?\nJane Doe: Fine.\n");
        SearchIndex.write(List.of(Fixtures.interview(transcript), Fixtures.interview(Fixtures.W1)),
                dir.resolve("site"));
        boolean escaped = false;
        try (Stream<Path> files = Files.walk(dir.resolve("site/search"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".js") && !f.endsWith("lunr.min.js")).toList()) {
                String js = Files.readString(f);
                assertTrue(!js.contains("<"), f + " has a raw '<'");
                escaped |= js.contains("\\u003c/script\\u003e");
                if (f.getParent().getFileName().toString().equals("t")) {
                    assertTrue(js.length() < 2 * SearchIndex.SHARD_BYTES, f + ": " + js.length());
                }
            }
        }
        assertTrue(escaped, "the paragraph's text is there, escaped");
    }
}
