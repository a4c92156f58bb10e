package org.verbatim.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Fixtures;

import com.google.gson.Gson;

class SearchIndexTest {

    @Test
    void oneEntryPerParagraphWithItsQuestionSpeakerAndText(@TempDir Path site) throws Exception {
        SearchIndex.write(List.of(Fixtures.interview(Fixtures.SEED), Fixtures.interview(Fixtures.K1)), site);
        String js = Files.readString(site.resolve("search/index.js"));
        assertTrue(js.startsWith("window.VERBATIM_SEARCH = {") && js.endsWith("};\n"));
        Map<?, ?> index = new Gson().fromJson(js.substring(js.indexOf('{'), js.length() - 2), Map.class);
        List<?> paragraphs = (List<?>) index.get("paragraphs");
        assertEquals(53 + 34, paragraphs.size(), "every paragraph of the seed (53) and of k1 (34), questions included");
        List<?> questions = (List<?>) index.get("questions");
        List<?> speakers = (List<?>) index.get("speakers");
        // The seed's third answer, second paragraph: Power of Siberia.
        List<?> hit = paragraphs.stream().map(p -> (List<?>) p)
                .filter(p -> ((String) p.get(3)).contains("Power of Siberia")).findFirst().orElseThrow();
        List<?> question = (List<?>) questions.get(((Number) hit.get(0)).intValue());
        assertEquals("q3", question.get(1));
        assertEquals("Q3. Chinese-Russian practical cooperation", question.get(2));
        assertEquals(3, ((Number) hit.get(2)).intValue());
        assertEquals("Vladimir Putin", speakers.get(((Number) hit.get(1)).intValue()));
        assertTrue(Files.size(site.resolve("search/lunr.min.js")) > 20_000, "lunr copied from its WebJar");
    }

    @Test
    void textCannotCloseTheScript(@TempDir Path dir) throws Exception {
        Path transcript = Files.writeString(dir.resolve("t.txt"),
                "T\n\nQuestion: </script><script>alert(1)</script>?\nJane Doe: Fine.\n");
        SearchIndex.write(List.of(Fixtures.interview(transcript)), dir.resolve("site"));
        String js = Files.readString(dir.resolve("site/search/index.js"));
        assertTrue(!js.contains("</script>") && js.contains("\\u003c/script\\u003e"), js);
    }
}
