package org.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Fixtures;

/** {@code --anchors DIR} keeps the registries elsewhere; a read-only input folder builds with one warning. */
class AnchorsOptionTest {

    private static final String REGISTRY = "000_a9627bfb15e6d3a6.anchors.yml";

    /** The seed and its sidecar, without its registry, in {@code folder/sub/}. */
    private static Path seedIn(Path folder) throws IOException {
        Path sub = Files.createDirectories(folder.resolve("sub"));
        Files.copy(Fixtures.SEED, sub.resolve("000_a9627bfb15e6d3a6.txt"));
        Files.copy(Fixtures.SEED.resolveSibling("000_a9627bfb15e6d3a6.yml"), sub.resolve("000_a9627bfb15e6d3a6.yml"));
        return sub;
    }

    @Test
    void registriesGoUnderTheAnchorsFolderAtThePathWithinTheInput(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("archive");
        Path sub = seedIn(input);
        Path anchors = dir.resolve("anchors");
        MainTest.Run r = MainTest.runIn(dir, "build", "-q", "--input", input.toString(), "--anchors",
                anchors.toString(), "--out", dir.resolve("site").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertFalse(Files.exists(sub.resolve(REGISTRY)), "nothing written beside the input");
        Path registry = anchors.resolve("sub").resolve(REGISTRY);
        // Same transcript, never built before: the same ids as the registry committed beside the seed.
        assertEquals(Files.readString(Fixtures.SEED.resolveSibling(REGISTRY)), Files.readString(registry));

        // A later build reads it from there: an id published under another name stays as published.
        Files.writeString(registry, Files.readString(registry).replace("q3-p2:", "q3-p2x:"));
        r = MainTest.runIn(dir, "build", "-q", "--input", input.toString(), "--anchors", anchors.toString(),
                "--out", dir.resolve("site").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(dir.resolve("site/2025-08-30-putin-xinhua/q3.html")).contains("id=\"q3-p2x\""));
        assertFalse(Files.exists(sub.resolve(REGISTRY)));
    }

    @Test
    void aRegistryBesideTheTranscriptIsReadUntilTheAnchorsFolderHasOne(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("archive");
        Path sub = seedIn(input);
        String published = Files.readString(Fixtures.SEED.resolveSibling(REGISTRY))
                .replace("q3-p2:", "q3-p2x:");
        // A registry shipped with the archive whose id for one paragraph differs from what a fresh build gives.
        Files.writeString(sub.resolve(REGISTRY), published);
        Path anchors = dir.resolve("anchors");
        MainTest.Run r = MainTest.runIn(dir, "build", "-q", "--input", input.toString(), "--anchors",
                anchors.toString(), "--out", dir.resolve("site").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(dir.resolve("site/2025-08-30-putin-xinhua/q3.html")).contains("id=\"q3-p2x\""),
                "the published id is kept");
        assertTrue(Files.readString(anchors.resolve("sub").resolve(REGISTRY)).contains("q3-p2x:"));
        assertEquals(published, Files.readString(sub.resolve(REGISTRY)), "the archive's own file is untouched");
    }

    @Test
    void twoTranscriptsThatWouldShareARegistryAreReportedAndTheSecondSkipped(@TempDir Path dir) throws IOException {
        Path a = seedIn(dir.resolve("a")).resolve("000_a9627bfb15e6d3a6.txt");
        Path b = Files.createDirectories(dir.resolve("b")).resolve("000_a9627bfb15e6d3a6.txt");
        Files.writeString(b, Files.readString(Fixtures.K1));
        MainTest.Run r = MainTest.runIn(dir, "build", "--input", a.toString(), "--input", b.toString(),
                "--anchors", dir.resolve("anchors").toString(), "--out", dir.resolve("site").toString());
        // Like every input problem, the file is skipped and listed; the rest is published (--strict would fail).
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().startsWith(b + ":1: its anchor registry "), r.err());
        assertTrue(r.err().contains("would also be that of " + a), r.err());
        assertTrue(r.err().contains("1 problem(s): 1 file(s) skipped"), r.err());
    }

    @Test
    void aReadOnlyInputFolderBuildsWithOneWarning(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("archive");
        Path sub = seedIn(input);
        Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Path site = dir.resolve("site");
            MainTest.Run r = MainTest.runIn(dir, "build", "-q", "--input", input.toString(), "--out",
                    site.toString());
            assertEquals(0, r.code(), r.err());
            List<String> lines = r.err().lines().toList();
            assertEquals(List.of("1 problem(s): 0 file(s) skipped, 1 warning(s)"), lines.subList(1, lines.size()),
                    r.err());
            assertTrue(lines.get(0).startsWith(sub.toAbsolutePath() + ": warning: cannot write here, so the"
                    + " paragraph ids of 1 transcript(s) cannot be pinned"), r.err());
            assertTrue(lines.get(0).contains("--anchors DIR"), r.err());
            assertFalse(Files.exists(sub.resolve(REGISTRY)), "nothing written in a read-only folder, even as root");
            assertTrue(Files.isRegularFile(site.resolve("2025-08-30-putin-xinhua/q6.html")));

            // With --anchors, the same read-only input builds with no warning.
            r = MainTest.runIn(dir, "build", "-q", "--input", input.toString(), "--out", site.toString(),
                    "--anchors", dir.resolve("anchors").toString());
            assertEquals(0, r.code(), r.err());
            assertEquals("", r.err());
        } finally {
            Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
