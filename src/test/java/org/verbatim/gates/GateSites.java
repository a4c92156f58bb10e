package org.verbatim.gates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.verbatim.ArchiveFixture;
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

    /**
     * A built site: its name in reports, where it is, the base URL it was built with ("" for none), and the pages the
     * gates check (empty: every page).
     */
    public record Site(String name, Path root, String baseUrl, List<String> selection) {
        public Site(String name, Path root, String baseUrl) {
            this(name, root, baseUrl, List.of());
        }

        @Override
        public String toString() {
            return name;
        }

        /** The pages the gates check (every HTML page unless a selection was given), relative to the root, sorted. */
        public List<String> pages() {
            if (!selection.isEmpty()) {
                return selection;
            }
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
    private static Site archive;

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

    /** The seed and corpus sites and the archive's paged pages, for the gates that check pages one by one. */
    public static Stream<Site> withArchive() {
        return Stream.of(seed(), corpus(), archive());
    }

    /**
     * An archive of 105 transcripts (ArchiveFixture), built without a base URL, whose gated pages are those only an
     * archive has, one of each: the second page of the home list, the archive by year and a year, the kind and
     * speaker lists, a name's paged page and its second page, the figures' second page, with the index pages, the
     * search page and a transcript page with its search form beside them. Every page would be 2,000.
     */
    public static synchronized Site archive() {
        if (archive == null) {
            Path out = DIR.resolve("archive");
            Builds.build(out, "", ArchiveFixture.write(105, DIR.resolve("archive-input")));
            Site all = new Site("archive", out.toAbsolutePath(), "");
            List<String> pages = all.pages();
            TreeSet<String> chosen = new TreeSet<>(List.of("index.html", "page/2.html",
                    "archive/index.html", "kinds/interview.html", "kinds/press-conference.html",
                    "speakers/index.html", "speakers/vladimir-putin.html", "entities/index.html", "topics/index.html",
                    "figures.html", "figures/2.html", "search.html"));
            pages.stream().filter(p -> p.matches("archive/\\d{4}\\.html")).findFirst().ifPresent(chosen::add);
            pages.stream().filter(p -> p.matches("entities/[^/]+/2\\.html")).findFirst().ifPresent(p -> {
                chosen.add(p);
                chosen.add(p.substring(0, p.length() - "/2.html".length()) + ".html");
            });
            pages.stream().filter(p -> p.matches("topics/[^/]+\\.html") && !p.equals("topics/index.html"))
                    .findFirst().ifPresent(chosen::add);
            pages.stream().filter(p -> p.matches("\\d{4}-[^/]+/index\\.html")).findFirst().ifPresent(chosen::add);
            for (String page : chosen) {
                if (!pages.contains(page)) {
                    throw new IllegalStateException("the archive gate site has no " + page);
                }
            }
            archive = new Site("archive", all.root(), "", List.copyOf(chosen));
        }
        return archive;
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
