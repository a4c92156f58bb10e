package org.verbatim.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Builds;
import org.verbatim.Fixtures;

/** After a correction removes a paragraph and a question, their published addresses still lead somewhere. */
class RetiredIdsSiteTest {

    @Test
    void removedParagraphAndQuestionKeepWorkingAddresses(@TempDir Path dir) throws Exception {
        Path seed = Files.copy(Fixtures.SEED, dir.resolve("seed.txt"));
        Files.copy(Fixtures.SEED.resolveSibling("000_a9627bfb15e6d3a6.yml"), dir.resolve("seed.yml"));
        Builds.build(dir.resolve("first"), seed);
        assertTrue(Files.isRegularFile(dir.resolve("seed.anchors.yml")), "the first build records its ids");

        String text = Files.readString(seed);
        // Remove the third answer's paragraph on agricultural trade (q3-p4)...
        int p4 = text.indexOf("We continue our joint efforts to reduce bilateral trade barriers.");
        int p5 = text.indexOf("Bilateral investment volumes are growing.");
        text = text.substring(0, p4) + text.substring(p5);
        // ...and the whole fourth question with its answer.
        int q4 = text.indexOf("Question: This year marks the conclusion");
        int q5 = text.indexOf("Question: The Shanghai Cooperation Organisation");
        text = text.substring(0, q4) + text.substring(q5);
        Files.writeString(seed, text);

        Path site = dir.resolve("second");
        Builds.build(site, seed);
        Document q3 = Jsoup.parse(site.resolve("2025-08-30-putin-xinhua/q3.html").toFile(), "UTF-8");
        assertTrue(q3.getElementById("q3-p4") == null, "the removed paragraph's id is not reused");
        assertEquals("#q3-p3", q3.selectFirst(".aliases a[data-alias=q3-p4]").attr("href"),
                "the retired id leads to the nearest surviving paragraph before it");
        assertTrue(q3.getElementById("q3-p5").text().startsWith("Bilateral investment volumes"),
                "the following paragraph keeps its id");

        Document moved = Jsoup.parse(site.resolve("2025-08-30-putin-xinhua/q4.html").toFile(), "UTF-8");
        String refresh = moved.selectFirst("meta[http-equiv=refresh]").attr("content");
        assertTrue(refresh.startsWith("0; url="), refresh);
        Document fifth = Jsoup.parse(site.resolve("2025-08-30-putin-xinhua/q5.html").toFile(), "UTF-8");
        assertTrue(fifth.selectFirst("h1").text().contains("The SCO and the Tianjin summit"), "q5 keeps its id and title");
    }
}
