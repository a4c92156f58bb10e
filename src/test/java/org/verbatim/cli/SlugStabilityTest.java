package org.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Fixtures;

/** A transcript's address and paragraph ids survive adding a file whose default slug is the same. */
class SlugStabilityTest {

    /** The seed's default slug: its date and the first six words of its title (its sidecar's slug taken off). */
    private static final String PLAIN = "2025-08-30-president-putin-gives-written-interview-to";
    private static final Pattern ID = Pattern.compile(" id=\"(q\\d+(?:-p\\d+[a-z]*)?)\"");

    /** The seed as {@code name.txt} in {@code folder}, with its sidecar less its slug and source. */
    private static void seedAs(Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        Files.copy(Fixtures.SEED, folder.resolve(name + ".txt"));
        String sidecar = Files.readString(Fixtures.SEED.resolveSibling("000_a9627bfb15e6d3a6.yml"))
                .replaceAll("(?m)^(slug|source):.*\\n", "");
        Files.writeString(folder.resolve(name + ".yml"), sidecar);
    }

    private static List<String> transcriptFolders(Path site) throws IOException {
        try (Stream<Path> dirs = Files.list(site)) {
            return dirs.map(d -> d.getFileName().toString()).filter(n -> n.startsWith("2025-08-30-")).sorted()
                    .toList();
        }
    }

    private static List<String> ids(Path page) throws IOException {
        Matcher m = ID.matcher(Files.readString(page));
        return m.results().map(r -> r.group(1)).toList();
    }

    private static void build(Path dir, String... inputs) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "-q", "--out", dir.resolve("site").toString()));
        for (String input : inputs) {
            args.add("--input");
            args.add(input);
        }
        MainTest.Run r = MainTest.runIn(dir, args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void aPublishedAddressIsKeptWhenACollidingFileIsAdded(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("archive");
        seedAs(input, "first");
        build(dir, input.toString());
        Path site = dir.resolve("site");
        assertEquals(List.of(PLAIN), transcriptFolders(site));
        List<String> q3 = ids(site.resolve(PLAIN).resolve("q3.html"));
        assertTrue(q3.size() > 5, q3.toString());
        assertTrue(Files.readString(input.resolve("first.anchors.yml")).contains("slug: \"" + PLAIN + "\""));

        seedAs(input, "second");
        build(dir, input.toString());
        List<String> after = transcriptFolders(site);
        assertEquals(2, after.size(), after.toString());
        assertEquals(PLAIN, after.get(0), "the first transcript keeps its address");
        assertTrue(after.get(1).matches(Pattern.quote(PLAIN) + "-[0-9a-f]{8}"), after.toString());
        assertEquals(q3, ids(site.resolve(PLAIN).resolve("q3.html")), "and its paragraph ids");
        assertTrue(Files.readString(input.resolve("first.anchors.yml")).contains("slug: \"" + PLAIN + "\""));
        assertTrue(Files.readString(input.resolve("second.anchors.yml")).contains("slug: \"" + after.get(1) + "\""));

        // A cold build of both, the site gone but the registries there: the same addresses.
        SiteBuild.deleteTree(site);
        build(dir, input.toString());
        assertEquals(after, transcriptFolders(site));
        assertEquals(q3, ids(site.resolve(PLAIN).resolve("q3.html")));
    }

    @Test
    void withNoRegistryBothGetSuffixesWhateverTheOrder(@TempDir Path dir) throws IOException {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        seedAs(one.resolve("in"), "first");
        seedAs(one.resolve("in"), "second");
        seedAs(two.resolve("in"), "first");
        seedAs(two.resolve("in"), "second");
        build(one, one.resolve("in/first.txt").toString(), one.resolve("in/second.txt").toString());
        build(two, two.resolve("in/second.txt").toString(), two.resolve("in/first.txt").toString());
        List<String> a = transcriptFolders(one.resolve("site"));
        assertEquals(2, a.size(), a.toString());
        a.forEach(n -> assertTrue(n.matches(Pattern.quote(PLAIN) + "-[0-9a-f]{8}"), a.toString()));
        assertNotEquals(a.get(0), a.get(1));
        assertEquals(a, transcriptFolders(two.resolve("site")));
    }
}
