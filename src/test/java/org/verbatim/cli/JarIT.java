package org.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Fixtures;

/**
 * The packaged jar, run as a user runs it: {@code java -jar target/verbatim.jar} in a new, empty folder, with no
 * project folder anywhere. An integration test (failsafe, after {@code package}), so it runs the jar just built.
 */
class JarIT {

    private static final Path JAR = Path.of("target/verbatim.jar").toAbsolutePath();

    record Run(int code, String out, String err) {
    }

    static Run java(Path workingDir, String... args) throws IOException, InterruptedException {
        return java(List.of(), workingDir, args);
    }

    /** Runs the jar with JVM options {@code jvm} (e.g. a heap limit) before {@code -jar}. */
    static Run java(List<String> jvm, Path workingDir, String... args) throws IOException, InterruptedException {
        return java(null, jvm, workingDir, args);
    }

    /** As {@link #java(List, Path, String...)}, with {@code $XDG_CACHE_HOME} set to {@code cache} unless null. */
    static Run java(Path cache, List<String> jvm, Path workingDir, String... args)
            throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(JAR), JAR + " is built by 'mvn package' before the integration tests");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvm);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("jar-it", ".out");
        Path err = Files.createTempFile("jar-it", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            if (cache != null) {
                builder.environment().put("XDG_CACHE_HOME", cache.toString());
            }
            Process p = builder.start();
            assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the jar finished: " + command);
            return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }

    @Test
    void buildsAReadOnlyFolderFromAnEmptyFolderWithNoProject(@TempDir Path dir) throws Exception {
        Path seed = Files.createDirectories(dir.resolve("seed"));
        Files.copy(Fixtures.SEED, seed.resolve("000_a9627bfb15e6d3a6.txt"));
        Files.setPosixFilePermissions(seed, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path work = Files.createDirectories(dir.resolve("empty"));
        try {
            Run r = java(work, "build", "--input", seed.toString(), "--out", "site");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.err().startsWith(seed + ": warning: cannot write here, so the paragraph ids of 1"
                    + " transcript(s) cannot be pinned"), r.err());
            assertEquals(List.of("1 problem(s): 0 file(s) skipped, 1 warning(s)"), r.err().lines().skip(1).toList(),
                    r.err());
            Path site = work.resolve("site");
            assertTrue(Files.readString(site.resolve("css/site.css")).contains("--bg"), "the shipped stylesheet");
            assertTrue(Files.isRegularFile(site.resolve("search/lunr.min.js")));
            assertTrue(Files.isRegularFile(site.resolve("about.html")));
            try (Stream<Path> pages = Files.walk(site)) {
                assertEquals(6, pages.filter(f -> f.getFileName().toString().matches("q\\d+\\.html")).count(),
                        "the seed's six question pages");
            }
            try (Stream<Path> left = Files.list(work)) {
                assertEquals(List.of(site), left.toList(), "only the site is written in the working folder");
            }
            try (Stream<Path> left = Files.list(seed)) {
                assertEquals(1, left.count(), "nothing written in the read-only input");
            }
        } finally {
            Files.setPosixFilePermissions(seed, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /**
     * An archive too large for the JVM's heap (here the Kremlin sample under a 16 MB limit) is a failed build that
     * says how to give Java more memory, in one line and no stack trace, and leaves the previous site as it was.
     */
    @Test
    void runningOutOfMemorySaysHowToGiveJavaMoreAndKeepsThePreviousSite(@TempDir Path dir) throws Exception {
        Path seed = Files.createDirectories(dir.resolve("seed"));
        Files.copy(Fixtures.SEED, seed.resolve("000_a9627bfb15e6d3a6.txt"));
        Path sample = Files.createDirectories(dir.resolve("sample"));
        try (Stream<Path> files = Files.list(Fixtures.KREMLIN_SAMPLE)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".yml")).toList()) {
                Files.copy(f, sample.resolve(f.getFileName().toString()));
            }
        }
        Path work = Files.createDirectories(dir.resolve("empty"));
        assertEquals(0, java(work, "build", "--input", seed.toString(), "--out", "site", "--no-cache").code());
        Path home = work.resolve("site/index.html");
        String before = Files.readString(home);

        Run r = java(List.of("-Xmx16m"), work, "build", "--input", sample.toString(), "--out", "site", "--no-cache");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("verbatim: the build ran out of memory (Java's heap limit here is 16 MB); give"
                + " Java more, e.g. 'java -Xmx4g -jar verbatim.jar build ...'"), r.err());
        assertTrue(r.err().strip().endsWith("verbatim: build failed; the previous site at site is unchanged."),
                r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertEquals(before, Files.readString(home));
        assertFalse(Files.exists(work.resolve("site.work")), "the work folder is removed");
    }

    /**
     * Started with the JVM's defaults, the jar builds large inputs in a child JVM with the serial collector (the
     * threshold, 4 MB, is lowered here to build the seed that way); a user's own collector or heap is kept. The
     * site is the same either way.
     */
    @Test
    void largeInputsAreBuiltInAChildJvmWithTheSerialCollector(@TempDir Path dir) throws Exception {
        Path seed = Files.createDirectories(dir.resolve("seed"));
        Files.copy(Fixtures.SEED, seed.resolve("000_a9627bfb15e6d3a6.txt"));
        Path work = Files.createDirectories(dir.resolve("work"));
        List<String> low = List.of("-Dverbatim.serialGcAboveKb=0", "-XX:+PrintCommandLineFlags");
        Run child = java(low, work, "build", "--input", seed.toString(), "--out", "child", "--no-cache");
        assertEquals(0, child.code(), child.err());
        assertTrue(child.out().contains("building in a child JVM with the serial collector"), child.out());
        assertTrue(child.out().lines().anyMatch(l -> l.contains("-XX:+UseSerialGC")
                && l.contains("-XX:InlineSmallCode=1000") && l.contains("-XX:MaxInlineLevel=6")
                && l.contains("-XX:Tier4InvocationThreshold=15000") && l.contains("-XX:InitialHeapSize=268435456")),
                child.out());
        assertTrue(child.out().contains("page(s) from 1 transcript(s)"), child.out());

        Run chosen = java(List.of("-Dverbatim.serialGcAboveKb=0", "-XX:+PrintCommandLineFlags", "-Xmx1g"), work,
                "build", "--input", seed.toString(), "--out", "chosen", "--no-cache");
        assertEquals(0, chosen.code(), chosen.err());
        assertFalse(chosen.out().contains("child JVM") || chosen.out().contains("-XX:+UseSerialGC"), chosen.out());

        Run here = java(List.of("-XX:+PrintCommandLineFlags", "-Dverbatim.noSmallChild=true"), work, "build",
                "--input", seed.toString(), "--out", "here", "--no-cache");
        assertEquals(0, here.code(), here.err());
        assertFalse(here.out().contains("child JVM") || here.out().contains("-XX:+UseSerialGC"), here.out());
        assertSameSite(work.resolve("here"), work.resolve("child"));
    }

    /** Every file of {@code expected} (a whole site) is in {@code actual} with the same bytes. */
    private static void assertSameSite(Path expected, Path actual) throws IOException {
        List<String> files;
        try (Stream<Path> all = Files.walk(expected)) {
            files = all.filter(Files::isRegularFile).map(f -> expected.relativize(f).toString()).toList();
        }
        assertTrue(files.size() > 40, files.toString());
        for (String f : files) {
            assertEquals(-1, Files.mismatch(expected.resolve(f), actual.resolve(f)), f);
        }
    }

    /**
     * A small build by plain {@code java -jar} runs in a child JVM with the launcher's options for small inputs: the
     * JIT's quick tier on one thread, the serial collector, and a class archive in the user's cache folder, made by
     * the first build that succeeds and used by the next. The site is the one this JVM would have built.
     */
    @Test
    void aSmallBuildByPlainJavaRunsInAChildWithAClassArchive(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("cache");
        Path work = Files.createDirectories(dir.resolve("work"));
        String seed = Files.copy(Fixtures.SEED, work.resolve(Fixtures.SEED.getFileName())).toString();
        List<String> flags = List.of("-XX:+PrintCommandLineFlags");
        Run failed = java(cache, flags, work, "build", "--input", work.resolve("none").toString(), "--out", "x");
        assertFalse(failed.code() == 0, failed.out());
        assertEquals(List.of(), jarArchives(cache.resolve("verbatim")), "no archive from a build that failed");

        Run first = java(cache, flags, work, "build", "--input", seed, "--out", "first", "--no-cache");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().lines().anyMatch(l -> l.contains("-XX:TieredStopAtLevel=1")
                && l.contains("-XX:CICompilerCount=1") && l.contains("-XX:+UseSerialGC")
                && l.contains("-XX:ArchiveClassesAtExit=")), first.out());
        List<String> made = jarArchives(cache.resolve("verbatim"));
        assertEquals(1, made.size(), made.toString());
        assertTrue(Files.size(cache.resolve("verbatim").resolve(made.get(0))) > 5_000_000, "a whole build's classes");

        Run second = java(cache, flags, work, "build", "--input", seed, "--out", "second", "--no-cache");
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().contains("-XX:SharedArchiveFile=" + cache.resolve("verbatim").resolve(made.get(0))),
                second.out());

        Run here = java(cache, List.of("-Dverbatim.noSmallChild=true", "-XX:+PrintCommandLineFlags"), work, "build",
                "--input", seed, "--out", "here", "--no-cache");
        assertEquals(0, here.code(), here.err());
        assertFalse(here.out().contains("TieredStopAtLevel"), here.out());
        assertSameSite(work.resolve("here"), work.resolve("second"));

        // With a native agent (here the debugger's) the JVM can neither make nor use a class archive: the build stays
        // in this JVM instead of starting a child that would stop at once.
        Run agent = java(dir.resolve("cache-agent"), List.of("-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,"
                + "address=localhost:0", "-XX:+PrintCommandLineFlags"), work, "build", "--input", seed, "--out",
                "agent", "--no-cache");
        assertEquals(0, agent.code(), agent.out() + agent.err());
        assertFalse(agent.out().contains("TieredStopAtLevel"), agent.out());
        assertSameSite(work.resolve("here"), work.resolve("agent"));
    }

    private static List<String> jarArchives(Path cache) throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("jar-classes-")).sorted()
                    .toList();
        }
    }

    /**
     * {@code bin/verbatim} runs the jar with the serial collector (a 1,000-transcript archive: 1.3 GB resident
     * against G1's 3.8 GB) and the JIT's quick tier only for small inputs (it made that archive 30 % slower);
     * large inputs get smaller inlining limits (a tenth less CPU on that archive).
     */
    @Test
    void theLauncherPicksItsJvmOptionsByTheSizeOfTheInputs(@TempDir Path dir) throws Exception {
        Path small = Files.createDirectories(dir.resolve("small"));
        Files.copy(Fixtures.SEED, small.resolve(Fixtures.SEED.getFileName()));
        Path large = Files.createDirectories(dir.resolve("large archive"));
        Files.write(large.resolve("big.txt"), new byte[5 * 1024 * 1024]);
        String quick = "-XX:TieredStopAtLevel=1";
        String smallFlags = launcherFlags(dir, "--input", small.toString());
        assertTrue(smallFlags.contains("-XX:+UseSerialGC") && smallFlags.contains(quick)
                && smallFlags.contains("-XX:CICompilerCount=1"), smallFlags);
        String largeFlags = launcherFlags(dir, "--input=" + small, "--input", large.toString());
        assertTrue(largeFlags.contains("-XX:+UseSerialGC") && !largeFlags.contains(quick)
                && !largeFlags.contains("-XX:CICompilerCount=1") && largeFlags.contains("-XX:InlineSmallCode=1000")
                && largeFlags.contains("-XX:MaxInlineLevel=6") && largeFlags.contains("-XX:InitialHeapSize=268435456")
                && largeFlags.contains("-XX:Tier4InvocationThreshold=15000")
                && largeFlags.contains("-XX:Tier4BackEdgeThreshold=120000"),
                largeFlags);
    }

    /** The JVM's command-line flags as {@code bin/verbatim build --help ARGS} starts it. */
    private static String launcherFlags(Path dir, String... args) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("build", "--help"));
        all.addAll(List.of(args));
        Run r = launcher(dir, "-XX:+PrintCommandLineFlags", all.toArray(String[]::new));
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("Usage: verbatim build"), r.out());
        return r.out().lines().filter(l -> l.contains("-XX:")).findFirst().orElse("");
    }

    /** Runs {@code bin/verbatim ARGS} in {@code dir} with its cache folder in {@code dir/cache}; output merged. */
    private static Run launcher(Path dir, String javaOpts, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", Path.of("bin/verbatim").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("VERBATIM_JAVA_OPTS", javaOpts);
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        builder.environment().put("VERBATIM_JAR", JAR.toString());
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the launcher finished");
        return new Run(p.exitValue(), out, "");
    }

    /**
     * The launcher's class-data-sharing archive is made by the first build that succeeds: a first run that printed
     * help or refused its options once left an archive of a few classes, and every later build started cold.
     */
    @Test
    void theLauncherArchivesTheClassesOfASuccessfulBuildOnly(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("cache/verbatim");
        assertEquals(0, launcher(dir, "", "build", "--help").code());
        Run refused = launcher(dir, "", "build", "--inptu", "x");
        assertEquals(2, refused.code(), refused.out());
        Run failed = launcher(dir, "", "build", "--input", dir.resolve("none").toString(), "--out", "site");
        assertFalse(failed.code() == 0, failed.out());
        assertEquals(List.of(), archives(cache), "no archive from runs that built nothing");
        String seed = Files.copy(Fixtures.SEED, dir.resolve(Fixtures.SEED.getFileName())).toString();
        Run built = launcher(dir, "", "build", "--input", seed, "--out", "site", "--no-cache");
        assertEquals(0, built.code(), built.out());
        List<String> made = archives(cache);
        assertEquals(1, made.size(), made.toString());
        assertTrue(made.get(0).matches("classes-\\d+-\\d+-\\d+-\\d+\\.jsa"), made.toString());
        assertTrue(Files.size(cache.resolve(made.get(0))) > 5_000_000, "the classes of a whole build");
        Run again = launcher(dir, "-XX:+PrintCommandLineFlags", "build", "--input", seed, "--out", "site",
                "--no-cache");
        assertEquals(0, again.code(), again.out());
        assertTrue(again.out().contains("-XX:SharedArchiveFile=" + cache.resolve(made.get(0))), again.out());
    }

    private static List<String> archives(Path cache) throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("classes-")).sorted().toList();
        }
    }

    @Test
    void withNoInputAndNoProjectItSaysWhatToPass(@TempDir Path empty) throws Exception {
        Run r = java(empty, "build");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("verbatim: no transcripts to read: pass --input PATH"), r.err());
        Run unknown = java(empty, "build", "--inptu", "x");
        assertEquals(2, unknown.code(), unknown.err());
        assertTrue(unknown.err().startsWith("verbatim: Unknown options: '--inptu', 'x'"), unknown.err());
        assertTrue(unknown.err().contains("Run 'verbatim build --help' for the options."), unknown.err());
        assertFalse(unknown.err().contains("Exception"), unknown.err());
        try (Stream<Path> left = Files.list(empty)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void initThenBuildThenServeHelpInTheNewFolder(@TempDir Path dir) throws Exception {
        Run init = java(dir, "init", "archive");
        assertEquals(0, init.code(), init.err());
        assertTrue(init.out().contains("java -jar " + JAR + " build"), init.out());
        Path project = dir.resolve("archive");
        Path about = project.resolve("content/about.md");
        Files.writeString(about, Files.readString(about) + "\nThis archive is ours.\n");
        Run build = java(project, "build", "-q");
        assertEquals(0, build.code(), build.err());
        assertEquals("", build.err());
        assertTrue(Files.readString(project.resolve("target/site/about.html")).contains("This archive is ours."));
        assertTrue(Files.isRegularFile(project.resolve("target/site/2025-08-30-putin-xinhua/q6.html")));
        assertFalse(Files.exists(project.resolve("target/site.work")));
    }
}
