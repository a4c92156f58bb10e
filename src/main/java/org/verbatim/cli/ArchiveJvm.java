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
 * Runs a build of large inputs in a child JVM with the serial collector when the jar was started with the JVM's
 * default collector and heap: G1 grows its heap far past what a build keeps live (a 1,000-transcript archive peaked
 * at 3.6 GB resident against 1.3 GB with the serial collector, which was also faster on this project's 2-core
 * machine; docs/speed.md), and a jar cannot choose its own JVM's options. Small inputs, and any JVM whose collector
 * or heap was chosen by the user, run as they are.
 */
final class ArchiveJvm {

    /** Set in the child, so that it never starts another. */
    static final String CHILD = "verbatim.archiveJvm";

    /** Inputs of at least this many KB (a hundred-odd transcripts) get the child JVM; a property may change it. */
    private static final String THRESHOLD = "verbatim.serialGcAboveKb";

    /** The command line's arguments, known only when the process was started through {@link Main#main}. */
    private static volatile String[] processArgs;

    private ArchiveJvm() {
    }

    /** The child's starting heap: 34 times the inputs, at least 256 MB and at most 1 GB (the heap grows past it). */
    static long initialHeapMb(long inputKb) {
        return Math.max(256, Math.min(1024, inputKb * 34 / 1024));
    }

    static void processArguments(String[] args) {
        processArgs = args.clone();
    }

    /**
     * Runs the same command in a child JVM with the serial collector if the inputs are large and this JVM runs
     * with the defaults; returns its exit code, or empty when this JVM should build itself.
     */
    static OptionalInt runIfLarge(List<Path> inputs, boolean quiet, PrintWriter out) {
        String[] args = processArgs;
        if (args == null || System.getProperty(CHILD) != null) {
            return OptionalInt.empty();
        }
        // The size first: small inputs (the common case) need not start the management beans, 14 ms.
        long kb = sizeKb(inputs);
        if (kb < Long.getLong(THRESHOLD, 4096)) {
            return OptionalInt.empty();
        }
        List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
        boolean chosen = jvmOptions.stream().anyMatch(o -> o.startsWith("-Xmx") || o.startsWith("-XX:MaxHeapSize")
                || o.startsWith("-XX:MaxRAM") || o.matches("-XX:[+-]Use\\w*GC"));
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
        if (jvmOptions.stream().noneMatch(o -> o.startsWith("-Xms") || o.startsWith("-XX:InitialHeapSize"))) {
            // Grown from the default start, the heap took seven full collections to reach what a 1,000-transcript
            // archive uses (about 1 GB, 34 times its input); starting near it saved 5-9 % (docs/speed.md).
            command.add("-Xms" + initialHeapMb(kb) + "m");
        }
        // The optimising compiler took a quarter of a large build's CPU; smaller inlining limits cut the build's
        // CPU by about a tenth (docs/speed.md, "JIT inlining limits").
        command.add("-XX:InlineSmallCode=1000");
        command.add("-XX:MaxInlineLevel=6");
        command.add("-D" + CHILD + "=serial");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        if (!quiet) {
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
            return OptionalInt.of(code);
        } catch (IOException e) {
            // No child JVM could start: this one builds, as it would have.
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(Main.FAILED);
        }
    }

    /** The inputs' size in KB: every regular file under them (transcripts and sidecars alike). */
    static long sizeKb(List<Path> inputs) {
        long bytes = 0;
        for (Path input : inputs) {
            if (Files.isRegularFile(input)) {
                bytes += size(input);
            } else if (Files.isDirectory(input)) {
                try (Stream<Path> files = Files.walk(input)) {
                    bytes += files.filter(Files::isRegularFile).mapToLong(ArchiveJvm::size).sum();
                } catch (IOException | UncheckedIOException e) {
                    // An unreadable folder is reported by the build itself.
                }
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
