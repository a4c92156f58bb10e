package org.verbatim.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Builds;

/** A long transcript's full-text page is cut into numbered parts of at most 300 KB, ids kept, linked in order. */
class LongTranscriptTest {

    @Test
    void aLongTranscriptIsReadInPartsWithEveryParagraphOnce(@TempDir Path dir) throws Exception {
        StringBuilder text = new StringBuilder("A very long press conference\n\n");
        String sentence = "The delegation discussed energy, trade and the new bank in detail for the %d time & <more>. ";
        for (int q = 1; q <= 150; q++) {
            text.append("Question: What was agreed on point ").append(q).append("?\n");
            for (int p = 0; p < 3; p++) {
                text.append(p == 0 ? "Jane Doe: " : "").append(String.format(sentence, q).repeat(14)).append('\n');
            }
        }
        Path t = Files.writeString(dir.resolve("long.txt"), text);
        Files.writeString(dir.resolve("long.yml"), "slug: long\ndate: 2020-01-02\n");
        Path site = dir.resolve("site");
        Builds.build(site, t);

        List<String> parts = new ArrayList<>();
        for (int n = 1; Files.exists(site.resolve("long/" + (n == 1 ? "transcript.html" : "transcript-" + n + ".html"))); n++) {
            parts.add(n == 1 ? "transcript.html" : "transcript-" + n + ".html");
        }
        assertTrue(parts.size() >= 3, "parts: " + parts);
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            Path file = site.resolve("long/" + parts.get(k));
            assertTrue(Files.size(file) < 300 * 1024, parts.get(k) + " is " + Files.size(file) + " bytes");
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            doc.select(".para").forEach(p -> ids.add(p.id()));
            Element next = doc.selectFirst("a[rel=next][href^=transcript]");
            Element prev = doc.selectFirst("a[rel=prev][href^=transcript]");
            assertEquals(k + 1 < parts.size() ? parts.get(k + 1) : null, next == null ? null : next.attr("href"));
            assertEquals(k > 0 ? parts.get(k - 1) : null, prev == null ? null : prev.attr("href"));
            assertEquals(parts.size(), doc.select("nav.parts li").size());
            for (Element toc : doc.select("nav.toc:not(.parts) a")) {
                assertTrue(doc.getElementById(toc.attr("href").substring(1)) != null, "toc entry on its own part");
            }
        }
        List<String> questionPageIds = new ArrayList<>();
        for (int q = 1; q <= 150; q++) {
            Jsoup.parse(site.resolve("long/q" + q + ".html").toFile(), "UTF-8").select(".para")
                    .forEach(p -> questionPageIds.add(p.id()));
        }
        assertEquals(questionPageIds, ids, "every paragraph once, in order, with the id of its question page");
        Document contents = Jsoup.parse(site.resolve("long/index.html").toFile(), "UTF-8");
        assertEquals("Read the full transcript, in " + parts.size() + " parts", contents.selectFirst(".full a").text());
    }
}
