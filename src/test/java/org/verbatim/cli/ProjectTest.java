package org.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Fixtures;

/**
 * The build needs no project folder: the defaults come from the class path (the jar), and a project folder, given
 * or found in the working directory, overrides them file by file.
 */
class ProjectTest {

    private static final String SEED = Fixtures.SEED.toAbsolutePath().toString();

    @Test
    void theShippedDefaultsAreTheRepositorysFolders(@TempDir Path dir) throws IOException {
        Path effective = Project.defaults().materialise(dir.resolve("effective"));
        List<Path> shipped = files(effective);
        assertTrue(shipped.contains(Path.of("templates/layout.ftl")), shipped.toString());
        assertTrue(shipped.contains(Path.of("assets/css/site.css")), shipped.toString());
        assertTrue(shipped.contains(Path.of("content/about.md")), shipped.toString());
        assertTrue(shipped.contains(Path.of("jbake.properties")), shipped.toString());
        for (Path file : shipped) {
            assertEquals(-1L, Files.mismatch(effective.resolve(file.toString()), Path.of(file.toString())),
                    file + " differs from the repository's");
        }
        int inRepo = 1;
        for (String folder : List.of("templates", "assets", "content")) {
            inRepo += files(Path.of(folder)).size();
        }
        assertEquals(inRepo, shipped.size(), "every file of the repository's folders ships, and nothing else");
    }

    @Test
    void buildsFromAnEmptyWorkingDirectoryWithTheDefaults(@TempDir Path empty) throws IOException {
        // No --out: the site goes to target/site in the working directory.
        Path site = empty.resolve("target/site");
        MainTest.Run r = MainTest.runIn(empty, "build", "--input", SEED);
        assertEquals(0, r.code(), r.err());
        Document q1 = Jsoup.parse(site.resolve("2025-08-30-putin-xinhua/q1.html").toFile());
        assertEquals("../css/site.css", q1.selectFirst("link[rel=stylesheet]").attr("href"));
        assertTrue(Files.readString(site.resolve("css/site.css")).contains("--"), "the stylesheet is there");
        assertTrue(Files.isRegularFile(site.resolve("about.html")), "content/about.md from the defaults");
        try (Stream<Path> left = Files.list(empty)) {
            assertEquals(List.of(empty.resolve("target")), left.toList(), "nothing else written in the working dir");
        }
    }

    @Test
    void aProjectFolderOverridesFileByFile(@TempDir Path dir) throws IOException {
        Path project = dir.resolve("project");
        Path layout = Files.createDirectories(project.resolve("templates")).resolve("layout.ftl");
        String original = Files.readString(Path.of("templates/layout.ftl"));
        assertTrue(original.contains("</body>"));
        Files.writeString(layout, original.replace("</body>", "<p id=\"overridden\">ours</p></body>"));
        Files.writeString(project.resolve("jbake.properties"), Files.readString(Path.of("jbake.properties"))
                .replace("site.title=Verbatim", "site.title=Our Archive"));
        Path site = dir.resolve("site");

        MainTest.Run r = MainTest.runIn(dir, "build", "--project", project.toString(), "--input", SEED,
                "--out", site.toString());
        assertEquals(0, r.code(), r.err());
        for (String page : List.of("index.html", "2025-08-30-putin-xinhua/q3.html", "about.html")) {
            Document d = Jsoup.parse(site.resolve(page).toFile());
            assertEquals("ours", d.select("#overridden").text(), page);
            assertTrue(d.title().contains("Our Archive"), page + ": " + d.title());
        }
        // Everything the project does not hold comes from the defaults.
        assertEquals(-1L, Files.mismatch(site.resolve("css/site.css"), Path.of("assets/css/site.css")));
        assertFalse(Files.exists(project.resolve("assets")), "the project folder is only read");
    }

    /**
     * A project's own home.ftl copied from an earlier version calls the filters macro with the filter's name
     * ({@code current=content.filter}); it still builds, with the current filter marked.
     */
    @Test
    void aHomeTemplateOfAnEarlierVersionStillBuilds(@TempDir Path dir) throws IOException {
        Path project = dir.resolve("project");
        Path home = Files.createDirectories(project.resolve("templates")).resolve("home.ftl");
        String today = Files.readString(Path.of("templates/home.ftl"));
        String call = "<@listing.filters kinds=content.kinds by_speaker=content.by_speaker root=root/>";
        assertTrue(today.contains(call), "the shipped home.ftl calls the macro so");
        Files.writeString(home, today.replace(call,
                "<@listing.filters kinds=content.kinds current=content.filter root=root/>"));
        Path site = dir.resolve("site");
        MainTest.Run r = MainTest.runIn(dir, "build", "--project", project.toString(), "--input", SEED,
                "--out", site.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("All", Jsoup.parse(site.resolve("index.html").toFile())
                .selectFirst(".filters a[aria-current=page]").text());
        assertEquals("By speaker", Jsoup.parse(site.resolve("speakers/vladimir-putin.html").toFile())
                .selectFirst(".filters a[aria-current]").text());
    }

    @Test
    void theWorkingDirectoryIsTheProjectWhenItHasTemplatesAndItsTranscriptsTheInput(@TempDir Path dir)
            throws IOException {
        Path project = dir.resolve("p");
        // Only the question template differs from the defaults: it marks each question page.
        Path question = Files.createDirectories(project.resolve("templates")).resolve("question.ftl");
        Files.writeString(question, Files.readString(Path.of("templates/question.ftl")) + "<!-- ours -->\n");
        Path transcripts = Files.createDirectories(project.resolve("transcripts"));
        Files.copy(Fixtures.SEED, transcripts.resolve("seed.txt"));
        Files.copy(Fixtures.SEED.resolveSibling("000_a9627bfb15e6d3a6.yml"), transcripts.resolve("seed.yml"));
        MainTest.Run r = MainTest.runIn(project, "build", "-q", "--out", project.resolve("target/site").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(project.resolve("target/site/2025-08-30-putin-xinhua/q6.html"))
                .contains("<!-- ours -->"));
        assertFalse(Files.readString(project.resolve("target/site/2025-08-30-putin-xinhua/index.html"))
                .contains("<!-- ours -->"));
        assertTrue(Files.isRegularFile(transcripts.resolve("seed.anchors.yml")), "registry beside the input");
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
