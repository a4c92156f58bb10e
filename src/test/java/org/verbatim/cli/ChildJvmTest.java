package org.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The child JVM of a large build starts with a heap near what the build will use, within fixed bounds; the class
 * archives of plain-jar builds do not pile up in the cache folder.
 */
class ChildJvmTest {

    @Test
    void theStartingHeapIs34TimesTheInputsBetween256MbAnd1Gb() {
        assertEquals(256, ChildJvm.initialHeapMb(4096), "4 MB of inputs, the threshold");
        assertEquals(1003, ChildJvm.initialHeapMb(30208), "the 1,000-transcript bench archive, 29.5 MB");
        assertEquals(1024, ChildJvm.initialHeapMb(300 * 1024), "a ten-times larger archive");
    }

    @Test
    void onlyTheNewestClassArchivesOfOlderJarsAreKept(@TempDir Path cache) throws IOException {
        for (int i = 1; i <= 5; i++) {
            Path a = Files.writeString(cache.resolve("jar-classes-100-" + i + ".jsa"), "x");
            Files.setLastModifiedTime(a, FileTime.fromMillis(1_000_000L * i));
        }
        Files.writeString(cache.resolve("classes-100-1.jsa"), "the launcher's own");
        Files.writeString(cache.resolve("build-cache.json"), "{}");
        ChildJvm.pruneArchives(cache, 3);
        try (Stream<Path> files = Files.list(cache)) {
            assertEquals(List.of("build-cache.json", "classes-100-1.jsa", "jar-classes-100-3.jsa",
                    "jar-classes-100-4.jsa", "jar-classes-100-5.jsa"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }
}
