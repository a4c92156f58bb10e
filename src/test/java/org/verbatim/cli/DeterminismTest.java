package org.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Fixtures;

/**
 * The same input gives the same bytes in another JVM, not only in the same one: hash seeds, {@code Map.of} iteration
 * order and thread timing all change between processes. Two more builds run as separate {@code java} processes; a
 * two-entry {@code Map.of} written to a page differs between two JVMs half of the time, so with three builds such a
 * fault is caught three times out of four on any one run.
 */
class DeterminismTest {
    private static final String BASE = "https://example.github.io/verbatim/";

    @Test
    void theCorpusSiteIsByteIdenticalAcrossJvms(@TempDir Path dir) throws Exception {
        Path here = dir.resolve("here");
        MainTest.Run run = MainTest.run(args(here));
        assertEquals(0, run.code(), run.err());
        List<Path> expected = files(here);
        assertTrue(expected.size() > 150, "the corpus site has its pages (53 question pages and their indexes): " + expected.size());
        for (int i = 1; i <= 2; i++) {
            Path other = dir.resolve("jvm" + i);
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
            command.addAll(List.of(args(other)));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("jvm" + i + ".log").toFile()).start();
            assertTrue(process.waitFor(5, TimeUnit.MINUTES), "build " + i + " finished");
            assertEquals(0, process.exitValue(), Files.readString(dir.resolve("jvm" + i + ".log")));
            List<Path> files = files(other);
            assertEquals(expected, files, "same files");
            for (Path file : expected) {
                assertEquals(-1L, Files.mismatch(here.resolve(file.toString()), other.resolve(file.toString())),
                        file + " differs between two JVMs");
            }
        }
    }

    private static String[] args(Path out) {
        // With a base URL, so that the sitemap, the feed and the absolute addresses in the JSON-LD are written too.
        return new String[] {"build", "--input", Fixtures.SEED.toString(), "--input", Fixtures.K1.toString(),
                "--input", Fixtures.W1.toString(), "--base-url", BASE, "--out", out.toString(), "--quiet"};
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
