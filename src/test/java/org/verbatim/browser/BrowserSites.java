package org.verbatim.browser;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.verbatim.Builds;
import org.verbatim.Fixtures;
import org.verbatim.gates.GateSites;

/**
 * The sites the search and citation browser tests run on: the seed alone and the whole corpus (seed, k1, w1), each
 * built without a base URL (as {@code verbatim build} does by default) and with one (as for GitHub Pages). Two of
 * the four are the gates' own sites; each is built once per test JVM.
 */
public final class BrowserSites {
    private static final Path DIR = Path.of("target/browser-sites");
    private static GateSites.Site seedPublished;
    private static GateSites.Site corpusLocal;

    private BrowserSites() {
    }

    /** True for the sites built from the whole corpus. */
    public static boolean isCorpus(GateSites.Site site) {
        return site.name().startsWith("corpus");
    }

    /** The four sites: seed and corpus, with and without a base URL. */
    public static Stream<GateSites.Site> all() {
        return Stream.of(GateSites.seed(), seedPublished(), corpusLocal(), GateSites.corpus());
    }

    static synchronized GateSites.Site seedPublished() {
        if (seedPublished == null) {
            seedPublished = build("seed-published", GateSites.BASE_URL, Fixtures.SEED);
        }
        return seedPublished;
    }

    static synchronized GateSites.Site corpusLocal() {
        if (corpusLocal == null) {
            corpusLocal = build("corpus-local", "", Fixtures.SEED, Fixtures.K1, Fixtures.W1);
        }
        return corpusLocal;
    }

    private static GateSites.Site build(String name, String baseUrl, Path... inputs) {
        Path out = DIR.resolve(name);
        Builds.build(out, baseUrl, inputs);
        return new GateSites.Site(name, out.toAbsolutePath(), baseUrl);
    }
}
