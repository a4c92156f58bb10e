package org.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Fixtures;

/** The build cache and the preview's file-by-file update, on real builds of the seed and k1. */
class BuildCacheTest {

    /** Long before any build: a file a build rewrites gets a later time whatever the file system's resolution. */
    private static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);

    /** The seed and k1, each with its sidecar and anchor registry, in a folder the test may change. */
    static Path inputs(Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (Path transcript : List.of(Fixtures.SEED, Fixtures.K1)) {
            String name = transcript.getFileName().toString();
            String stem = name.substring(0, name.lastIndexOf('.'));
            for (String ext : List.of(".txt", ".yml", ".anchors.yml")) {
                Path f = transcript.resolveSibling(stem + ext);
                if (Files.exists(f)) {
                    Files.copy(f, in.resolve(stem + ext));
                }
            }
        }
        return in;
    }

    /** Changes one word of the seed's text in {@code in}. */
    private static void changeOneWord(Path in) throws IOException {
        Path seed = in.resolve(Fixtures.SEED.getFileName().toString());
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        assertTrue(text.contains(" important "));
        Files.writeString(seed, text.replace(" important ", " essential "), StandardCharsets.UTF_8);
    }

    /** Every file of {@code site} by its path within it, with its bytes. */
    static Map<String, byte[]> bytes(Path site) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(site)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }

    private static void assertSameBytes(Path expected, Path actual) throws IOException {
        Map<String, byte[]> a = bytes(expected);
        Map<String, byte[]> b = bytes(actual);
        assertEquals(a.keySet(), b.keySet());
        for (String file : a.keySet()) {
            assertTrue(java.util.Arrays.equals(a.get(file), b.get(file)), file + " differs");
        }
    }

    private static void ageEveryFile(Path site) throws IOException {
        try (Stream<Path> all = Files.walk(site)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, OLD);
            }
        }
    }

    private static Set<String> filesNewerThanOld(Path site) throws IOException {
        Set<String> newer = new TreeSet<>();
        try (Stream<Path> all = Files.walk(site)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                if (!Files.getLastModifiedTime(f).equals(OLD)) {
                    newer.add(site.relativize(f).toString());
                }
            }
        }
        return newer;
    }

    private static MainTest.Run build(Path in, Path site, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--input", in.toString(), "--out",
                site.toString()));
        args.addAll(List.of(more));
        MainTest.Run r = MainTest.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return r;
    }

    @Test
    void aSecondBuildWithNoChangeWritesNothingAndSaysSo(@TempDir Path dir) throws Exception {
        Path in = inputs(dir);
        Path site = dir.resolve("site");
        Path cache = dir.resolve("cache");
        assertFalse(build(in, site, "--cache", cache.toString()).out().contains("Unchanged"), "a first build runs");
        Map<String, byte[]> before = bytes(site);
        ageEveryFile(site);
        MainTest.Run again = build(in, site, "--cache", cache.toString());
        assertTrue(again.out().contains("Unchanged: no input, option or file of the site changed"), again.out());
        assertFalse(again.out().contains("baked"), "no stage ran: " + again.out());
        assertEquals(Set.of(), filesNewerThanOld(site), "no file rewritten");
        Map<String, byte[]> after = bytes(site);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((f, b) -> assertTrue(java.util.Arrays.equals(b, after.get(f)), f));

        // Another option, or --no-cache, is a whole build.
        assertFalse(build(in, site, "--cache", cache.toString(), "--base-url", "https://example.org/v/").out()
                .contains("Unchanged"));
        assertFalse(build(in, site, "--cache", cache.toString(), "--base-url", "https://example.org/v/",
                "--no-cache").out().contains("Unchanged"));
        assertTrue(build(in, site, "--cache", cache.toString(), "--base-url", "https://example.org/v/").out()
                .contains("Unchanged"));
    }

    @Test
    void aBuildWithTheCacheAfterAOneWordChangeIsByteForByteAColdBuild(@TempDir Path dir) throws Exception {
        Path in = inputs(dir);
        Path cache = dir.resolve("cache");
        Path warm = dir.resolve("warm");
        build(in, warm, "--cache", cache.toString());
        byte[] q1Before = Files.readAllBytes(warm.resolve("index.html"));
        changeOneWord(in);
        MainTest.Run changed = build(in, warm, "--cache", cache.toString());
        assertFalse(changed.out().contains("Unchanged"), "the changed word is seen: " + changed.out());
        assertTrue(build(in, warm, "--cache", cache.toString()).out().contains("Unchanged"));
        Path cold = dir.resolve("cold");
        build(in, cold, "--no-cache");
        assertSameBytes(cold, warm);
        assertTrue(bytes(warm).values().stream().anyMatch(b -> new String(b, StandardCharsets.UTF_8)
                .contains("essential")), "the edit is published");
        assertTrue(q1Before.length > 0);
    }

    @Test
    void theCacheFolderFollowsXdgOrHomeOrCacheOptionAndIsNeverInsideTheSite(@TempDir Path dir) throws Exception {
        assertEquals(Path.of("/x/cache/verbatim"), BuildCache.defaultFolder(Map.of("XDG_CACHE_HOME", "/x/cache"),
                "/home/u"));
        assertEquals(Path.of("/home/u/.cache/verbatim"), BuildCache.defaultFolder(Map.of(), "/home/u"));
        // The XDG rules say a relative value is to be ignored.
        assertEquals(Path.of("/home/u/.cache/verbatim"), BuildCache.defaultFolder(Map.of("XDG_CACHE_HOME",
                "rel/cache"), "/home/u"));

        Path in = inputs(dir);
        Path site = dir.resolve("site");

        // With no --cache, the record goes to $XDG_CACHE_HOME/verbatim (the pom points it under target/).
        String xdg = System.getenv("XDG_CACHE_HOME");
        org.junit.jupiter.api.Assumptions.assumeTrue(xdg != null && Path.of(xdg).isAbsolute(),
                "run by Maven, which sets XDG_CACHE_HOME");
        Path xdgRecords = Path.of(xdg, "verbatim", "builds");
        long started = System.currentTimeMillis() - 2_000;
        Path defaultSite = dir.resolve("default-site");
        build(in, defaultSite);
        try (Stream<Path> all = Files.list(xdgRecords)) {
            assertTrue(all.anyMatch(r -> {
                try {
                    return Files.getLastModifiedTime(r).toMillis() >= started;
                } catch (IOException e) {
                    return false;
                }
            }), "a record written under " + xdgRecords);
        }
        assertTrue(build(in, defaultSite).out().contains("Unchanged"));
        Path cache = dir.resolve("elsewhere/c");
        build(in, site, "--cache", cache.toString());
        try (Stream<Path> records = Files.list(cache.resolve("builds"))) {
            assertEquals(1, records.count(), "one record for this project and site");
        }
        build(in, dir.resolve("site2"), "--cache", cache.toString());
        try (Stream<Path> records = Files.list(cache.resolve("builds"))) {
            assertEquals(2, records.count(), "one record per output folder");
        }

        MainTest.Run inside = MainTest.run("build", "--input", in.toString(), "--out", site.toString(), "--cache",
                site.resolve("cache").toString());
        assertEquals(Main.USAGE, inside.code());
        assertTrue(inside.err().contains("is inside the site folder"), inside.err());
        assertFalse(Files.exists(site.resolve("cache")));

        // Deleting the cache folder only means a whole build.
        SiteBuild.deleteTree(cache);
        assertFalse(build(in, site, "--cache", cache.toString()).out().contains("Unchanged"));
        assertTrue(build(in, site, "--cache", cache.toString()).out().contains("Unchanged"));
    }

    @Test
    void aDamagedRecordOrAChangedSiteMeansAWholeBuildWithTheSameBytes(@TempDir Path dir) throws Exception {
        Path in = inputs(dir);
        Path site = dir.resolve("site");
        Path cache = dir.resolve("cache");
        build(in, site, "--cache", cache.toString());
        Path cold = dir.resolve("cold");
        build(in, cold, "--no-cache");
        Path record;
        try (Stream<Path> records = Files.list(cache.resolve("builds"))) {
            record = records.findFirst().orElseThrow();
        }
        String text = Files.readString(record);

        Files.writeString(record, text.substring(0, text.length() / 2) + "\u0000garbage");
        assertFalse(build(in, site, "--cache", cache.toString()).out().contains("Unchanged"));
        assertSameBytes(cold, site);

        Files.writeString(record, "");
        assertFalse(build(in, site, "--cache", cache.toString()).out().contains("Unchanged"));
        assertSameBytes(cold, site);

        // A page changed by hand in the site is not what the record says: rebuilt, and the page restored.
        assertTrue(build(in, site, "--cache", cache.toString()).out().contains("Unchanged"));
        Path page = site.resolve("index.html");
        Files.writeString(page, Files.readString(page) + "<!-- edited -->");
        assertFalse(build(in, site, "--cache", cache.toString()).out().contains("Unchanged"));
        assertSameBytes(cold, site);
    }

    @Test
    void aPreviewRebuildRewritesOnlyTheFilesWhoseBytesChanged(@TempDir Path dir) throws Exception {
        Path in = inputs(dir);
        Path site = dir.resolve("site");
        SiteBuild preview = new SiteBuild(Project.defaults(), null).inPlace(true);
        preview.run(List.of(in), site, "");
        Map<String, byte[]> before = bytes(site);
        ageEveryFile(site);
        changeOneWord(in);
        SiteBuild.Summary s = preview.run(List.of(in), site, "");
        assertEquals(SiteBuild.Outcome.UPDATED, s.outcome());
        Map<String, byte[]> after = bytes(site);
        Set<String> changed = new TreeSet<>();
        after.forEach((f, b) -> {
            if (!java.util.Arrays.equals(b, before.get(f))) {
                changed.add(f);
            }
        });
        assertFalse(changed.isEmpty(), "the edit changed some pages");
        assertTrue(changed.size() < after.size() / 2, "most pages are the same: " + changed.size());
        assertTrue(changed.stream().noneMatch(f -> f.startsWith("2019-04-25")), "k1's pages are untouched: "
                + changed);
        assertEquals(changed, filesNewerThanOld(site), "exactly the changed files were written");
        assertEquals(changed.size(), s.rewritten());

        Path cold = dir.resolve("cold");
        new SiteBuild(Project.defaults(), null).run(List.of(in), cold, "");
        assertSameBytes(cold, site);
        assertNotEquals(0, before.size());
    }
}
