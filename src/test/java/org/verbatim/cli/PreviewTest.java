package org.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Fixtures;

/** The preview server over real HTTP on 127.0.0.1: serves, rebuilds on change, keeps the last good site. */
class PreviewTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private String get(int port, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + r.body();
    }

    private String awaitStatus(int port, Predicate<String> until) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String status = get(port, PreviewServer.STATUS_PATH);
        while (!until.test(status) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            status = get(port, PreviewServer.STATUS_PATH);
        }
        return status;
    }

    @Test
    void servesRebuildsOnChangeAndKeepsTheLastGoodSite(@TempDir Path dir) throws Exception {
        Path transcripts = Files.createDirectories(dir.resolve("transcripts"));
        Path seed = Files.copy(Fixtures.SEED, transcripts.resolve("seed.txt"));
        Files.copy(Fixtures.SEED.resolveSibling("000_a9627bfb15e6d3a6.yml"), transcripts.resolve("seed.yml"));
        StringWriter err = new StringWriter();
        try (Preview preview = new Preview(new SiteBuild(Project.defaults(), null), Project.defaults(),
                List.of(transcripts), dir.resolve("site"), "", 0, Progress.silent(), new PrintWriter(err, true))) {
            Thread watching = new Thread(preview::watch);
            watching.start();
            int port = preview.port();

            String page = get(port, "/2025-08-30-putin-xinhua/q3.html");
            assertTrue(page.startsWith("200 "), page);
            assertTrue(page.contains("Power of Siberia") && page.contains("<script src=\"" + PreviewServer.RELOAD_PATH));
            assertTrue(get(port, PreviewServer.RELOAD_PATH).contains(PreviewServer.STATUS_PATH), "the reload script");
            assertTrue(get(port, "/2025-08-30-putin-xinhua/").contains("Contents"));
            assertTrue(get(port, "/no-such-page.html").startsWith("404 "));
            assertTrue(get(port, PreviewServer.STATUS_PATH).contains("\"build\":0"));

            Files.writeString(seed, Files.readString(seed).replace("Power of Siberia", "Power of Siberia 2"));
            // Two reloads: the quick pass over the edited transcript's pages, then the whole build, which rewrites
            // the search index (a new word) and so reloads again.
            String status = awaitStatus(port, s -> s.contains("\"build\":1"));
            assertTrue(status.contains("\"build\":1"), status);
            assertTrue(get(port, "/2025-08-30-putin-xinhua/q3.html").contains("Power of Siberia 2"));
            status = awaitStatus(port, s -> s.contains("\"build\":2"));
            assertTrue(status.contains("\"build\":2"), status);

            Files.writeString(seed, "");
            status = awaitStatus(port, s -> s.contains("empty file"));
            assertTrue(status.contains("seed.txt: empty file (0 bytes)"), status);
            assertTrue(status.contains("\"build\":2"), "no reload after a failed build: " + status);
            assertTrue(get(port, "/2025-08-30-putin-xinhua/q3.html").contains("Power of Siberia 2"),
                    "the last good site is still served");
            assertTrue(err.toString().contains("still serving the last good site"), err.toString());
            preview.close();
            watching.join(5000);
            assertEquals(false, watching.isAlive());
        }
    }

    /** With a project folder, its own files are watched: an edited template shows after the rebuild. */
    @Test
    void rebuildsWhenAProjectTemplateChanges(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("project");
        Path credit = Files.createDirectories(project.resolve("templates/partials")).resolve("credit.ftl");
        Files.copy(Path.of("templates/partials/credit.ftl"), credit);
        Path transcripts = Files.createDirectories(dir.resolve("transcripts"));
        Files.copy(Fixtures.SEED, transcripts.resolve("seed.txt"));
        Files.copy(Fixtures.SEED.resolveSibling("000_a9627bfb15e6d3a6.yml"), transcripts.resolve("seed.yml"));
        Files.createDirectories(project.resolve("notes"));
        StringWriter said = new StringWriter();
        try (Preview preview = new Preview(new SiteBuild(Project.of(project), null), Project.of(project),
                List.of(transcripts), dir.resolve("site"), "", 0,
                new Progress(new PrintWriter(said, true), Progress.Level.NORMAL),
                new PrintWriter(new StringWriter(), true))) {
            Thread watching = new Thread(preview::watch);
            watching.start();
            int port = preview.port();
            assertFalse(get(port, "/2025-08-30-putin-xinhua/q3.html").contains("Edited in the project"));
            // A file of the project folder that is none of its parts (a note, source code) is no change.
            Files.writeString(project.resolve("notes/todo.txt"), "check q3");
            Thread.sleep(1500);

            Files.writeString(credit, Files.readString(credit).replace("Paragraph breaks and speaker labels",
                    "Edited in the project. Paragraph breaks and speaker labels"));
            String status = awaitStatus(port, s -> s.contains("\"build\":1"));
            assertTrue(status.contains("\"build\":1"), status);
            assertTrue(get(port, "/2025-08-30-putin-xinhua/q3.html").contains("Edited in the project"));
            assertFalse(said.toString().contains("todo.txt"), said.toString());
            assertTrue(said.toString().contains("Changed: " + credit.toAbsolutePath()), said.toString());
            preview.close();
            watching.join(30_000);
            assertFalse(watching.isAlive());
        }
    }
}
