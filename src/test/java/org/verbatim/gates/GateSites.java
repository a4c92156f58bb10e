package org.verbatim.gates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.verbatim.Builds;
import org.verbatim.Fixtures;

/**
 * The two sites every gate runs on, each built once per test JVM: the seed site as {@code verbatim build} makes it
 * by default (no base URL), and the corpus site built for publishing under a subpath: seed + k1 + w1 and one real
 * page of each other kind from the Kremlin sample (an interview whose interviewer is labelled by name, a meeting and
 * a statement with no labels), so that every page template and the kinds/speakers/archive pages are checked.
 */
public final class GateSites {
    /** The published address the corpus site is built for; the subpath crawl serves it at the same path. */
    public static final String BASE_URL = "https://example.github.io/verbatim/";
    public static final String SUBPATH = "/verbatim/";

    /** A built site: its name in reports, where it is, and the base URL it was built with ("" for none). */
    public record Site(String name, Path root, String baseUrl) {
        @Override
        public String toString() {
            return name;
        }

        /** Every HTML page of the site, as paths relative to its root, in a stable order. */
        public List<String> pages() {
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(p -> p.toString().endsWith(".html"))
                        .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final Path DIR = Path.of("target/gate-sites");
    private static Site seed;
    private static Site corpus;

    private GateSites() {
    }

    public static synchronized Site seed() {
        if (seed == null) {
            seed = build("seed", "", Fixtures.SEED);
        }
        return seed;
    }

    public static synchronized Site corpus() {
        if (corpus == null) {
            corpus = build("corpus", BASE_URL, Fixtures.SEED, Fixtures.K1, Fixtures.W1, sampleCopy());
        }
        return corpus;
    }

    /** Both sites, for parameterised gates. */
    public static Stream<Site> both() {
        return Stream.of(seed(), corpus());
    }

    /** Sample pages of the other kinds, copied so that their anchor registries are written under target/. */
    static final List<String> SAMPLE_PAGES = List.of("2020-03-04_62931", "2018-09-24_58613", "2020-04-06_63154");

    private static Path sampleCopy() {
        Path dir = DIR.resolve("sample-input");
        try {
            Files.createDirectories(dir);
            for (String page : SAMPLE_PAGES) {
                for (String ext : List.of(".txt", ".yml")) {
                    Files.copy(Fixtures.KREMLIN_SAMPLE.resolve(page + ext), dir.resolve(page + ext),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    private static Site build(String name, String baseUrl, Path... inputs) {
        Path out = DIR.resolve(name);
        Builds.build(out, baseUrl, inputs);
        return new Site(name, out.toAbsolutePath(), baseUrl);
    }
}
