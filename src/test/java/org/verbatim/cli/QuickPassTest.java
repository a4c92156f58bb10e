package org.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Fixtures;

/**
 * The preview's quick pass on real builds of the seed and k1: an edit of one transcript reaches its pages at once,
 * with the bytes the whole build then writes; any other change is left to the whole build.
 */
class QuickPassTest {

    private static final String SEED_SLUG = "2025-08-30-putin-xinhua";

    /** The seed and k1, as {@link BuildCacheTest} has them. */
    private static Path inputs(Path dir) throws IOException {
        return BuildCacheTest.inputs(dir);
    }

    /** A preview's build of {@code in} into {@code site}, already run once. */
    private static SiteBuild builtInPlace(Path in, Path site, Path anchors) {
        SiteBuild build = new SiteBuild(Project.defaults(), anchors).inPlace(true);
        build.run(List.of(in), site, "");
        return build;
    }

    /** Every file of {@code site} is as {@code before} holds it, and there is no other. */
    private static void assertUnchanged(Map<String, byte[]> before, Path site) throws IOException {
        assertEquals(before.keySet(), BuildCacheTest.bytes(site).keySet());
        before.forEach((f, bytes) -> assertTrue(java.util.Arrays.equals(bytes, bytes(site, f)), f + " changed"));
    }

    @Test
    void anEditOfOneTranscriptReachesItsPagesWithTheWholeBuildsBytes(@TempDir Path dir) throws IOException {
        Path in = inputs(dir);
        Path site = dir.resolve("site");
        Path anchors = dir.resolve("anchors");
        SiteBuild build = builtInPlace(in, site, anchors);
        try (QuickPass quick = new QuickPass(Project.defaults(), site)) {
            quick.after(build.retained());
            Path seed = in.resolve(Fixtures.SEED.getFileName().toString());
            String q3 = site.resolve(SEED_SLUG + "/q3.html").toString();
            assertTrue(Files.readString(Path.of(q3)).contains("Power of Siberia"));
            assertFalse(Files.readString(Path.of(q3)).contains("Power of Siberia pipeline, built"));
            Files.writeString(seed, Files.readString(seed).replace("Power of Siberia", "Power of Siberia pipeline, built"));
            // An editor's temporary file, gone by the time the burst is handled, does not count as a second change.
            QuickPass.Done done = quick.apply(Set.of(seed, in.resolve("4913")), site).orElseThrow();

            assertEquals(SEED_SLUG, done.slug());
            assertTrue(done.rewritten() >= 2, "q3 and the full transcript at least: " + done.rewritten());
            assertTrue(Files.readString(Path.of(q3)).contains("Power of Siberia pipeline, built"));
            Map<String, byte[]> afterQuick = BuildCacheTest.bytes(site);

            // The whole build over the same inputs, into a folder of its own: the pages the quick pass wrote are
            // the ones it writes (this edit moves no cross-reference), and the rest of the site is what it was.
            new SiteBuild(Project.defaults(), anchors).run(List.of(in), dir.resolve("whole"), "");
            Map<String, byte[]> whole = BuildCacheTest.bytes(dir.resolve("whole"));
            List<String> quickOnes = afterQuick.keySet().stream()
                    .filter(f -> f.startsWith(SEED_SLUG + "/")).toList();
            for (String f : quickOnes) {
                assertTrue(java.util.Arrays.equals(whole.get(f), afterQuick.get(f)), f + " differs from the whole build");
            }
            assertTrue(quickOnes.size() > 5, "the seed's pages: " + quickOnes);
        }
    }

    @Test
    void leavesEverythingButAnEditOfOneKnownTranscriptToTheWholeBuild(@TempDir Path dir) throws IOException {
        Path in = inputs(dir);
        Path site = dir.resolve("site");
        SiteBuild build = builtInPlace(in, site, dir.resolve("anchors"));
        Map<String, byte[]> before = BuildCacheTest.bytes(site);
        try (QuickPass quick = new QuickPass(Project.defaults(), site)) {
            assertTrue(quick.apply(Set.of(in.resolve(Fixtures.SEED.getFileName().toString())), site).isEmpty(),
                    "no whole build to start from yet");
            quick.after(build.retained());
            Path seed = in.resolve(Fixtures.SEED.getFileName().toString());
            Path k1 = in.resolve(Fixtures.K1.getFileName().toString());
            String text = Files.readString(seed);

            Files.writeString(seed, text.replace("Power of Siberia", "Power of Siberia 2"));
            Files.writeString(k1, Files.readString(k1) + " ");
            assertTrue(quick.apply(Set.of(seed, k1), site).isEmpty(), "two transcripts");

            Path newcomer = Files.writeString(in.resolve("new.txt"), "Question: Why?\n\nAnswer: Because.\n");
            assertTrue(quick.apply(Set.of(newcomer), site).isEmpty(), "a transcript the last build did not have");

            Path sidecar = in.resolve(Fixtures.SEED.getFileName().toString().replace(".txt", ".yml"));
            assertTrue(quick.apply(Set.of(sidecar), site).isEmpty(), "a sidecar: metadata reach other pages");

            Files.writeString(seed, "");
            assertTrue(quick.apply(Set.of(seed), site).isEmpty(), "a file the build would skip");

        }
        assertUnchanged(before, site);
    }

    private static byte[] bytes(Path site, String f) {
        try {
            return Files.readAllBytes(site.resolve(f));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A question added is shown at once: its own page, and the contents page listing it. */
    @Test
    void aQuestionAddedIsShownOnTheTranscriptsOwnPages(@TempDir Path dir) throws IOException {
        Path in = inputs(dir);
        Path site = dir.resolve("site");
        SiteBuild build = builtInPlace(in, site, dir.resolve("anchors"));
        Path seed = in.resolve(Fixtures.SEED.getFileName().toString());
        String contents = Files.readString(site.resolve(SEED_SLUG + "/index.html"));
        assertFalse(contents.contains("Is there one more thing"), "not asked yet");
        try (QuickPass quick = new QuickPass(Project.defaults(), site)) {
            quick.after(build.retained());
            Files.writeString(seed, Files.readString(seed) + "\n\nQuestion: Is there one more thing?\n\n"
                    + "Putin: There is always one more thing.\n");
            QuickPass.Done done = quick.apply(Set.of(seed), site).orElseThrow();
            assertEquals(SEED_SLUG, done.slug());
        }
        Map<String, byte[]> after = BuildCacheTest.bytes(site);
        String page = after.keySet().stream().filter(f -> f.startsWith(SEED_SLUG + "/q"))
                .filter(f -> new String(after.get(f), java.nio.charset.StandardCharsets.UTF_8)
                        .contains("There is always one more thing."))
                .findFirst().orElseThrow(() -> new AssertionError("no question page shows the new answer"));
        assertTrue(Files.readString(site.resolve(SEED_SLUG + "/index.html")).contains("Is there one more thing"),
                "the contents list it");
        assertTrue(Files.readString(site.resolve(SEED_SLUG + "/index.html"))
                .contains("href=\"" + page.substring(SEED_SLUG.length() + 1) + "\""), page);
    }

    /** A build told it is superseded stops before publishing: the previous site is left exactly as it was. */
    @Test
    void aSupersededBuildPublishesNothing(@TempDir Path dir) throws IOException {
        Path in = inputs(dir);
        Path site = dir.resolve("site");
        SiteBuild build = builtInPlace(in, site, dir.resolve("anchors"));
        Map<String, byte[]> before = BuildCacheTest.bytes(site);
        Path seed = in.resolve(Fixtures.SEED.getFileName().toString());
        Files.writeString(seed, Files.readString(seed).replace("Power of Siberia", "Power of Siberia 2"));
        // Superseded at the fourth question asked: somewhere in the middle of the build.
        int[] asked = {0};
        build.supersededWhen(() -> ++asked[0] >= 4);
        assertThrows(SiteBuild.Superseded.class, () -> build.run(List.of(in), site, ""));
        assertUnchanged(before, site);
        assertFalse(Files.exists(SiteBuild.workFolder(site)), "the work folder is removed");
        build.supersededWhen(() -> false);
        build.run(List.of(in), site, "");
        assertTrue(Files.readString(site.resolve(SEED_SLUG + "/q3.html")).contains("Power of Siberia 2"));
    }
}
