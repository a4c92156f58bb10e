package org.verbatim.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Builds;
import org.verbatim.Fixtures;
import org.verbatim.cli.SiteBuild;
import org.verbatim.model.Interview;

/** The checks pass on a real bake and catch real damage done to it. */
class ChecksTest {

    @TempDir
    static Path dir;
    static Path site;
    static Interview seed;

    @BeforeAll
    static void bake() {
        site = dir.resolve("site");
        Builds.build(site, Fixtures.SEED);
        seed = Fixtures.interview(Fixtures.SEED);
    }

    private static Path copyOfSite(String name) {
        Path copy = dir.resolve(name);
        SiteBuildAccess.copy(site, copy);
        return copy;
    }

    @Test
    void aRealBakeIsWholeAndItsLinksLand() {
        assertEquals(List.of(), new LosslessCheck().check(seed, site));
        assertEquals(List.of(), new LinkCheck().check(site));
    }

    @Test
    void aDroppedWordIsReportedWithItsTranscriptLine() throws Exception {
        Path damaged = copyOfSite("dropped");
        Path q3 = damaged.resolve("2025-08-30-putin-xinhua/q3.html");
        Files.writeString(q3, Files.readString(q3).replace("Power of Siberia pipeline", "Power of pipeline"));
        List<String> problems = new LosslessCheck().check(seed, damaged);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith(Fixtures.SEED + ":5: the site has 'pipeline' on"
                + " 2025-08-30-putin-xinhua/q3.html where the transcript has 'Siberia'"), problems.get(0));
    }

    @Test
    void aRepeatedParagraphIsReported() throws Exception {
        Path damaged = copyOfSite("repeated");
        Path q6 = damaged.resolve("2025-08-30-putin-xinhua/q6.html");
        String html = Files.readString(q6);
        Files.writeString(q6, html.replace("</article>", "<p class=\"para\">of our great nations.</p></article>"));
        List<String> problems = new LosslessCheck().check(seed, damaged);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("words the transcript does not"), problems.get(0));
    }

    /**
     * The build hands the link check the pages the lossless check parsed: a broken link on such a page is still
     * reported, from that parse (the file on disk here is whole, so only the recorded parse can report it).
     */
    @Test
    void aPageTheLosslessCheckParsedIsCheckedFromThatParse() throws Exception {
        Path q2 = site.resolve("2025-08-30-putin-xinhua/q2.html");
        LinkCheck links = new LinkCheck();
        links.record(q2, org.jsoup.Jsoup.parse(Files.readString(q2).replace("href=\"q3.html\"", "href=\"q33.html\"")));
        assertEquals(List.of("2025-08-30-putin-xinhua/q2.html: link 'q33.html' leads to a missing file"),
                links.check(site).stream().distinct().toList());
        List<Path> parsed = new java.util.ArrayList<>();
        assertEquals(List.of(), new LosslessCheck().check(seed, site, (page, doc) -> parsed.add(page)));
        assertEquals(seed.questions().size(), parsed.size(), parsed.toString());
    }

    @Test
    void brokenLinksAndAnchorsAreReported() throws Exception {
        Path damaged = copyOfSite("links");
        Path q2 = damaged.resolve("2025-08-30-putin-xinhua/q2.html");
        Files.writeString(q2, Files.readString(q2).replace("href=\"q3.html\"", "href=\"q33.html\"")
                .replace("href=\"#q2-p2\"", "href=\"#q2-p99\"").replace("href=\"../index.html\"", "href=\"/index.html\""));
        List<String> problems = new LinkCheck().check(damaged);
        assertTrue(problems.contains("2025-08-30-putin-xinhua/q2.html: link 'q33.html' leads to a missing file"), problems.toString());
        assertTrue(problems.contains("2025-08-30-putin-xinhua/q2.html: link '#q2-p99' names an anchor the page does not have"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("'/index.html' is root-relative")), problems.toString());
    }

    @Test
    void onlyThe404PageMayLinkFromTheBasePath() throws Exception {
        Path site = copyOfSite("base-path");
        Path notFound = site.resolve("404.html");
        Files.writeString(notFound, Files.readString(notFound).replace("href=\"index.html\"", "href=\"/repo/index.html\"")
                .replace("href=\"about.html\"", "href=\"/repo/no-such.html\""));
        Path q2 = site.resolve("2025-08-30-putin-xinhua/q2.html");
        Files.writeString(q2, Files.readString(q2).replace("href=\"q3.html\"", "href=\"/repo/2025-08-30-putin-xinhua/q3.html\""));
        List<String> problems = new LinkCheck("/repo/").check(site);
        assertEquals(Set.of("2025-08-30-putin-xinhua/q2.html: link '/repo/2025-08-30-putin-xinhua/q3.html' is root-relative:"
                + " it breaks under a subpath such as /repo/", "404.html: link '/repo/no-such.html' leads to a missing file"),
                Set.copyOf(problems));
        assertTrue(new LinkCheck().check(site).stream().anyMatch(p -> p.startsWith("404.html: link '/repo/index.html' is root-relative")));
    }

    /** Reaches the build's tree copy without making it public API. */
    static final class SiteBuildAccess {
        static void copy(Path from, Path to) {
            try {
                var m = SiteBuild.class.getDeclaredMethod("copyTree", Path.class, Path.class);
                m.setAccessible(true);
                m.invoke(null, from, to);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
