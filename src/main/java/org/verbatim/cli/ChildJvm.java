package org.verbatim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Runs a build in a child JVM with options measured for it when the jar was started with the JVM's defaults, since
 * a jar cannot choose its own JVM's options. For large inputs: G1 grows its heap far past what a build keeps live (a
 * 1,000-transcript archive peaked at 3.6 GB resident against 1.3 GB with the serial collector, which was also faster
 * on this project's 2-core machine; docs/speed.md). For a small build: a class archive and the JIT's quick tier. Any
 * JVM whose collector, heap, JIT tier or class archive was chosen by the user runs as it is.
 */
final class ChildJvm {

    /** Set in the child, so that it never starts another. */
    static final String CHILD = "verbatim.archiveJvm";

    /** Inputs of at least this many KB (a hundred-odd transcripts) get the child JVM; a property may change it. */
    private static final String THRESHOLD = "verbatim.serialGcAboveKb";

    /** The command line's arguments, known only when the process was started through {@link Main#main}. */
    private static volatile String[] processArgs;

    private ChildJvm() {
    }

    /** The child's starting heap: 34 times the inputs, at least 256 MB and at most 1 GB (the heap grows past it). */
    static long initialHeapMb(long inputKb) {
        return Math.max(256, Math.min(1024, inputKb * 34 / 1024));
    }

    static void processArguments(String[] args) {
        processArgs = args.clone();
    }

    /**
     * Runs the same command in a child JVM with options measured for it, when this JVM runs with the defaults (no
     * collector, heap or class archive chosen by the user); returns its exit code, or empty when this JVM should
     * build itself. Large inputs get the serial collector, a starting heap and smaller inlining limits (and a line
     * saying so); the small build of {@code build} (not {@code serve}, which stays) gets what {@code bin/verbatim}
     * gives it: the JIT's quick tier on one thread, the serial collector and a class-data-sharing archive of a
     * build's classes in the user's cache folder, made by the first such build that succeeds. The seed's build by
     * plain {@code java -jar} took 1.6 s in this JVM; started again that way it takes about a second, this JVM's
     * start included (docs/speed.md, "Plain java -jar").
     */
    static OptionalInt runInChild(List<Path> inputs, boolean quiet, PrintWriter out, boolean build) {
        if (processArgs == null || System.getProperty(CHILD) != null) {
            return OptionalInt.empty();
        }
        return runInChild(sizeKb(inputs), quiet, out, build);
    }

    /** As {@link #runInChild(List, boolean, PrintWriter, boolean)} for inputs of {@code kb} KB. */
    private static OptionalInt runInChild(long kb, boolean quiet, PrintWriter out, boolean build) {
        String[] args = processArgs;
        if (args == null || System.getProperty(CHILD) != null) {
            return OptionalInt.empty();
        }
        boolean large = kb >= Long.getLong(THRESHOLD, 4096);
        if (!large && (!build || Boolean.getBoolean(NO_SMALL_CHILD))) {
            return OptionalInt.empty();
        }
        List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
        boolean chosen = jvmOptions.stream().anyMatch(o -> o.startsWith("-Xmx") || o.startsWith("-XX:MaxHeapSize")
                || o.startsWith("-XX:MaxRAM") || o.matches("-XX:[+-]Use\\w*GC") || o.startsWith("-XX:SharedArchiveFile")
                || o.startsWith("-XX:ArchiveClassesAtExit") || o.startsWith("-XX:TieredStopAtLevel")
                // A class archive cannot be made or used with an agent (a profiler, a coverage tool): such a small
                // build stays here, as it was started.
                || !large && (o.startsWith("-agent") || o.startsWith("-javaagent") || o.startsWith("-Xshare")
                || o.contains("UseSharedSpaces")));
        boolean g1 = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).anyMatch(n -> n.startsWith("G1"));
        if (chosen || !g1) {
            return OptionalInt.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-XX:+UseSerialGC");
        // The serial collector's heap still grows to keep 40-70 % of it free; 10-30 % kept a 1,000-transcript
        // archive at 1.24 GB resident instead of 1.77 GB, for 7 % more time.
        command.add("-XX:MinHeapFreeRatio=10");
        command.add("-XX:MaxHeapFreeRatio=30");
        // The jar by its absolute path, for a small build's class archive and class path.
        Path jar = large ? null : jar();
        Path archive = null;
        Path making = null;
        if (large) {
            if (jvmOptions.stream().noneMatch(o -> o.startsWith("-Xms") || o.startsWith("-XX:InitialHeapSize"))) {
                // Grown from the default start, the heap took seven full collections to reach what a
                // 1,000-transcript archive uses (about 1 GB, 34 times its input); starting near it saved 5-9 %.
                command.add("-Xms" + initialHeapMb(kb) + "m");
            }
            // The optimising compiler took a quarter of a large build's CPU; smaller inlining limits cut the build's
            // CPU by about a tenth (docs/speed.md, "JIT inlining limits").
            command.add("-XX:InlineSmallCode=1000");
            command.add("-XX:MaxInlineLevel=6");
            // It compiled 3,029 methods in 33 s of CPU; with thresholds three times the defaults, fewer: 0.95 of the
            // CPU and 0.97 of the time (6 pairs; docs/speed.md, "C2 thresholds").
            command.addAll(TIER4);
        } else {
            command.add("-XX:TieredStopAtLevel=1");
            command.add("-XX:CICompilerCount=1");
            archive = classArchive(jar);
            if (archive != null && Files.isRegularFile(archive)) {
                command.add("-XX:SharedArchiveFile=" + archive);
            } else if (archive != null) {
                making = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
                command.add("-XX:ArchiveClassesAtExit=" + making);
            }
            // The JVM's notes on classes it cannot archive are not the user's business: only its errors are shown.
            command.add("-Xlog:disable");
            command.add("-Xlog:all=error:stderr");
        }
        command.add("-D" + CHILD + "=" + (large ? "serial" : "small"));
        command.add("-cp");
        // A class archive holds the class path it was made with: the same absolute path every time.
        command.add(jar != null && !large ? jar.toString() : System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        if (large && !quiet) {
            out.printf("Inputs of %.1f MB: building in a child JVM with the serial collector, which keeps its memory"
                    + " near what the build uses (set your own with java -XX:+UseG1GC or -Xmx to build here).%n",
                    kb / 1024.0);
        }
        out.flush();
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            // Stopping this process (Ctrl+C reaches both; a kill reaches only this one) stops the child too.
            Thread stop = new Thread(child::destroy, "verbatim-stop-child");
            Runtime.getRuntime().addShutdownHook(stop);
            int code = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
            if (making != null) {
                keepArchive(making, archive, code == 0);
            }
            return OptionalInt.of(code);
        } catch (IOException e) {
            // No child JVM could start: this one builds, as it would have.
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(Main.FAILED);
        }
    }

    /**
     * As {@link #runInChild} for a small {@code build}, decided from the raw arguments before the command line is
     * parsed: the child parses it anyway, and parsing it here first (picocli's reflection over the commands, most of
     * a tenth of a second) only delayed the child's start. The inputs are found as the build finds them: the
     * {@code --input} paths, else the project folder's {@code transcripts/} ({@code --project}, or the working folder
     * when it holds {@code jbake.properties} or {@code templates/}). Anything else (help, no inputs, large inputs)
     * is left to the parsed command line, which reports or starts it as before.
     */
    static OptionalInt smallBuildFirst(String[] args) {
        if (args.length == 0 || !args[0].equals("build") || System.getProperty(CHILD) != null) {
            return OptionalInt.empty();
        }
        List<Path> inputs = new ArrayList<>();
        Path project = null;
        try {
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
                    return OptionalInt.empty();
                }
                if ((a.equals("--input") || a.equals("--project")) && i + 1 < args.length) {
                    Path value = Path.of(args[++i]);
                    if (a.equals("--input")) {
                        inputs.add(value);
                    } else {
                        project = value;
                    }
                } else if (a.startsWith("--input=")) {
                    inputs.add(Path.of(a.substring("--input=".length())));
                } else if (a.startsWith("--project=")) {
                    project = Path.of(a.substring("--project=".length()));
                }
            }
        } catch (java.nio.file.InvalidPathException e) {
            return OptionalInt.empty(); // the parsed command line says what is wrong with it
        }
        if (inputs.isEmpty()) {
            if (project == null && (Files.exists(Path.of("jbake.properties")) || Files.isDirectory(Path.of("templates")))) {
                project = Path.of("");
            }
            if (project == null || !Files.isDirectory(project.resolve("transcripts"))) {
                return OptionalInt.empty();
            }
            inputs.add(project.resolve("transcripts"));
        }
        // Counted only up to the threshold: a large archive is measured again, whole, once parsed.
        long threshold = Long.getLong(THRESHOLD, 4096);
        long kb = sizeKb(inputs, threshold);
        if (kb >= threshold) {
            return OptionalInt.empty();
        }
        return runInChild(kb, true, new PrintWriter(System.out, true), true);
    }

    /** The optimising compiler's thresholds for large builds, three times the JVM's defaults. */
    static final List<String> TIER4 = List.of("-XX:Tier4InvocationThreshold=15000",
            "-XX:Tier4MinInvocationThreshold=1800", "-XX:Tier4CompileThreshold=45000",
            "-XX:Tier4BackEdgeThreshold=120000");

    /** Set (to true) to build small inputs in this JVM, as before; for measuring the two side by side. */
    static final String NO_SMALL_CHILD = "verbatim.noSmallChild";

    /**
     * The class archive of this jar in the user's cache folder, named by the jar's size and time as
     * {@code bin/verbatim} names its own (a separate one: an archive is used only with the class path it was made
     * with); null when there is no {@code jar} or the folder cannot be had.
     */
    static Path classArchive(Path jar) {
        try {
            if (jar == null) {
                return null;
            }
            Path folder = BuildCache.defaultFolder(System.getenv(), System.getProperty("user.home"));
            Files.createDirectories(folder);
            // And by the JVM's version: an archive of another JVM is ignored without a word, and would never be
            // made again after an upgrade of Java.
            String vm = System.getProperty("java.vm.version", "").replaceAll("[^A-Za-z0-9._+-]", "_");
            return folder.resolve("jar-classes-" + Files.size(jar) + "-"
                    + Files.getLastModifiedTime(jar).to(java.util.concurrent.TimeUnit.SECONDS) + "-" + vm + ".jsa");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Keeps the {@code keep} newest archives of plain-jar builds in {@code folder}: each jar built (each
     * {@code mvn package}) gets an archive of some 20 MB, and those of older jars would otherwise pile up.
     */
    static void pruneArchives(Path folder, int keep) throws IOException {
        List<Path> archives;
        try (Stream<Path> files = Files.list(folder)) {
            archives = files.filter(f -> f.getFileName().toString().startsWith("jar-classes-")
                    && f.getFileName().toString().endsWith(".jsa")).collect(java.util.stream.Collectors.toList());
        }
        java.util.Map<Path, Long> times = new java.util.HashMap<>();
        for (Path a : archives) {
            times.put(a, Files.getLastModifiedTime(a).toMillis());
        }
        archives.sort(java.util.Comparator.comparing((Path a) -> times.get(a)).reversed()
                .thenComparing(Path::toString));
        for (Path old : archives.subList(Math.min(keep, archives.size()), archives.size())) {
            Files.deleteIfExists(old);
        }
    }

    /** The jar this class was loaded from, absolute and normalised, or null when it was not loaded from a jar. */
    private static Path jar() {
        try {
            Path jar = Path.of(ChildJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath().normalize();
            return Files.isRegularFile(jar) ? jar : null;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** Moves an archive the child made into place after a build that succeeded; otherwise it is dropped. */
    private static void keepArchive(Path making, Path archive, boolean succeeded) {
        try {
            if (succeeded && Files.isRegularFile(making) && Files.size(making) > 0) {
                Files.move(making, archive, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                pruneArchives(archive.getParent(), 3);
            } else {
                Files.deleteIfExists(making);
            }
        } catch (IOException e) {
            // The next build makes it again.
        }
    }

    /** The inputs' size in KB: every regular file under them (transcripts and sidecars alike). */
    static long sizeKb(List<Path> inputs) {
        return sizeKb(inputs, Long.MAX_VALUE);
    }

    /** As {@link #sizeKb(List)}, but the count stops once it reaches {@code limitKb}. */
    static long sizeKb(List<Path> inputs, long limitKb) {
        long bytes = 0;
        long limit = limitKb >= Long.MAX_VALUE / 1024 ? Long.MAX_VALUE : limitKb * 1024;
        for (Path input : inputs) {
            if (Files.isRegularFile(input)) {
                bytes += size(input);
            } else if (Files.isDirectory(input)) {
                try (Stream<Path> files = Files.walk(input)) {
                    java.util.Iterator<Path> it = files.filter(Files::isRegularFile).iterator();
                    while (it.hasNext() && bytes < limit) {
                        bytes += size(it.next());
                    }
                } catch (IOException | UncheckedIOException e) {
                    // An unreadable folder is reported by the build itself.
                }
            }
            if (bytes >= limit) {
                break;
            }
        }
        return bytes / 1024;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
