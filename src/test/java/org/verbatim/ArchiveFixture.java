package org.verbatim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An archive of many transcripts for tests of paging and page sizes: the seed, k1 and (every fifteenth) w1 repeated
 * under distinct titles, dates (one every 40 days back from 2025) and slugs; the same idea as bench/RepeatArchive.java.
 */
public final class ArchiveFixture {

    private ArchiveFixture() {
    }

    /**
     * Writes {@code n} transcripts with sidecars into {@code dir} (emptied first); copy i is dated 40·i days before
     * 2025-06-01.
     */
    public static Path write(int n, Path dir) {
        try {
            // Emptied first: a folder left by an earlier run holds its files and the anchor registries its build
            // wrote.
            if (Files.exists(dir)) {
                try (Stream<Path> old = Files.walk(dir)) {
                    for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                        if (!p.equals(dir)) {
                            Files.delete(p);
                        }
                    }
                }
            }
            Files.createDirectories(dir);
            String seedSidecar = Files.readString(Path.of("transcripts/000_a9627bfb15e6d3a6.yml"));
            String k1Sidecar = Files.readString(Fixtures.K1.resolveSibling(
                    "k1_kremlin_2019-04-25_peoples-daily_written.yml"));
            String w1Sidecar = Files.readString(Fixtures.W1.resolveSibling(
                    "w1_whitehouse_2023-01-19_gaggle-dalton-criswell.yml"));
            for (int i = 0; i < n; i++) {
                Path source;
                String sidecar;
                if (i % 15 == 3) {
                    source = Fixtures.W1;
                    sidecar = w1Sidecar;
                } else if (i % 2 == 0) {
                    source = Fixtures.SEED;
                    sidecar = seedSidecar;
                } else {
                    source = Fixtures.K1;
                    sidecar = k1Sidecar;
                }
                LocalDate date = LocalDate.of(2025, 6, 1).minusDays(40L * i);
                StringBuilder yml = new StringBuilder();
                sidecar.lines().filter(l -> !l.matches("^(title|date|slug):.*")).forEach(l -> yml.append(l).append('\n'));
                yml.append("title: \"Archive transcript ").append(i + 1).append("\"\n")
                        .append("date: ").append(date).append('\n')
                        .append("slug: ").append(date).append("-t").append(i + 1).append('\n');
                String name = String.format("%04d", i + 1);
                Files.copy(source, dir.resolve(name + ".txt"));
                Files.writeString(dir.resolve(name + ".yml"), yml, StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
