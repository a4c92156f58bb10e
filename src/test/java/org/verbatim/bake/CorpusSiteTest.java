package org.verbatim.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Builds;
import org.verbatim.Fixtures;
import org.verbatim.cli.SiteBuild;

/** Seed, k1 and w1 baked together: every convention, one site, the build's own checks passing. */
class CorpusSiteTest {

    @Test
    void allThreeTranscriptsBakeIntoOneSite(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        SiteBuild.Summary s = Builds.build(site, Fixtures.SEED, Fixtures.K1, Fixtures.W1);
        assertEquals(3, s.transcripts());
        Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertEquals(List.of("2025-08-30-putin-xinhua/index.html", "2023-01-19-gaggle-dalton-criswell/index.html",
                "2019-04-25-putin-peoples-daily/index.html"), home.select(".interview-list a.title").eachAttr("href"));

        Document w1 = Jsoup.parse(site.resolve("2023-01-19-gaggle-dalton-criswell/index.html").toFile(), "UTF-8");
        assertEquals("q0.html", w1.selectFirst("ol.contents a").attr("href"));
        assertEquals("Opening remarks", w1.selectFirst("ol.contents a").text());
        Document opening = Jsoup.parse(site.resolve("2023-01-19-gaggle-dalton-criswell/q0.html").toFile(), "UTF-8");
        assertTrue(opening.selectFirst("#q0-p1").text().startsWith("Aboard Air Force One"));
        assertEquals("Ms. Dalton", opening.selectFirst(".speaker .name").text());

        Document typo = Jsoup.parse(site.resolve("2023-01-19-gaggle-dalton-criswell/q25.html").toFile(), "UTF-8");
        assertEquals("MS. DALOTON", typo.selectFirst(".answer .speaker").attr("data-label"));
        assertEquals("Ms. Dalton", typo.selectFirst(".answer .speaker .name").text());
    }
}
