package org.verbatim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

import org.verbatim.bake.PageError;
import org.verbatim.ingest.InputError;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code verbatim} command. Exit codes: 0 success, 1 bad input or a failed build, 2 usage error.
 */
@Command(name = "verbatim", mixinStandardHelpOptions = true, version = "verbatim 0.1.0",
        description = "Turns interview and press-conference transcripts into a static website you can browse,"
                + " cite and link into, paragraph by paragraph. The jar holds the default templates, assets and"
                + " pages: it needs no project folder.",
        subcommands = {Main.Build.class, Main.Serve.class, Init.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:bad input or a failed build (the previous site is kept)",
            "2:usage error (unknown option or subcommand, missing or wrong value)"})
public final class Main implements Callable<Integer> {

    static final int FAILED = 1;
    static final int USAGE = CommandLine.ExitCode.USAGE;

    /** Where a project folder is looked for when --project is not given: the working directory. */
    private final Path workingDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    Main(Path workingDir) {
        this.workingDir = workingDir;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return CommandLine.ExitCode.USAGE;
    }

    /** Options shared by {@code build} and {@code serve}. */
    static final class SiteOptions {
        @Option(names = "--input", paramLabel = "PATH",
                description = "A transcript file, or a folder of them (.txt, .md; each may have a .yml sidecar"
                        + " beside it). Repeatable. Default: transcripts/ in the project folder.")
        List<Path> inputs = new ArrayList<>();

        @Option(names = "--out", paramLabel = "DIR", description = "Where the site goes. Default: target/site"
                + " in the project folder, or in the working directory when there is none. Replaced only when the"
                + " new build has passed its checks.")
        Path out;

        @Option(names = "--project", paramLabel = "DIR",
                description = "A project folder whose jbake.properties, templates/, assets/ and content/ override"
                        + " the defaults in the jar, file by file. Default: the working directory if it has"
                        + " jbake.properties or templates/, else none (the defaults alone).")
        Path project;

        @Option(names = "--anchors", paramLabel = "DIR",
                description = "Keep the anchor registries (<name>.anchors.yml, which pin paragraph ids) in DIR, at"
                        + " each transcript's path within its input folder, instead of beside the transcripts."
                        + " Default: beside them; a read-only input folder gets a warning, not a failure.")
        Path anchors;

        @Option(names = "--base-url", paramLabel = "URL", defaultValue = "",
                description = "The address the site will be served from, e.g. https://user.github.io/repo/ ."
                        + " Enables sitemap.xml, feed.xml and canonical links; every other link stays relative.")
        String baseUrl;

        @Option(names = "--strict", description = "Fail (status 1, previous site untouched) when any input file"
                + " has a problem; by default such files are skipped, listed, and the rest is published.")
        boolean strict;

        @Option(names = "--cache", paramLabel = "DIR", description = "Keep the build cache (a record of each"
                + " site's last build, so that a build with nothing changed is skipped) in DIR, never inside the"
                + " site. Default: $XDG_CACHE_HOME/verbatim, else ~/.cache/verbatim; safe to delete.")
        Path cache;

        @Option(names = "--no-cache", description = "Neither read nor write the build cache: always a whole build.")
        boolean noCache;

        @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors and warnings.")
        boolean quiet;

        @Option(names = {"-v", "--verbose"}, description = "Also list the transcripts read; on an internal"
                + " error, print its stack trace.")
        boolean verbose;

        /** The project: --project, else the working directory if it is one, else the defaults alone. */
        Project project(CommandLine cmd, Path workingDir) {
            if (project != null && !Files.isDirectory(project)) {
                throw new CommandLine.ParameterException(cmd, "--project " + project + ": no such folder");
            }
            if (anchors != null && Files.exists(anchors) && !Files.isDirectory(anchors)) {
                throw new CommandLine.ParameterException(cmd, "--anchors " + anchors + ": not a folder");
            }
            return Project.find(project, workingDir);
        }

        /** --input, else the project folder's transcripts/; with neither, a usage error that says what to pass. */
        List<Path> inputs(CommandLine cmd, Project project) {
            if (!inputs.isEmpty()) {
                return inputs;
            }
            Optional<Path> defaultInput = project.folder().map(f -> f.resolve("transcripts"))
                    .filter(Files::isDirectory);
            return List.of(defaultInput.orElseThrow(() -> new CommandLine.ParameterException(cmd,
                    "no transcripts to read: pass --input PATH (a transcript file, or a folder of .txt and .md"
                            + " transcripts; repeatable), or run in a project folder that has a transcripts/"
                            + " folder (make one with 'verbatim init DIR')")));
        }

        /** The build cache, or null with --no-cache; a usage error when it would lie inside the site. */
        BuildCache buildCache(CommandLine cmd, Path site) {
            if (noCache) {
                return null;
            }
            Path folder = cache != null ? cache
                    : BuildCache.defaultFolder(System.getenv(), System.getProperty("user.home"));
            if (BuildCache.inside(folder, site)) {
                throw new CommandLine.ParameterException(cmd, (cache != null ? "--cache " : "the cache folder ")
                        + folder + " is inside the site folder " + site + ", which is published; choose another"
                        + " with --cache DIR, or pass --no-cache");
            }
            return new BuildCache(folder);
        }

        Path site(Project project, Path workingDir) {
            return out != null ? out : project.folder().orElse(workingDir).resolve("target/site");
        }

        Progress progress(PrintWriter out) {
            return new Progress(out, quiet ? Progress.Level.QUIET : verbose ? Progress.Level.VERBOSE
                    : Progress.Level.NORMAL);
        }
    }

    /** Builds the site once. */
    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Build the site from transcripts. With no options: the project's transcripts/ folder"
                    + " into target/site/.")
    static final class Build implements Callable<Integer> {

        @Mixin
        SiteOptions options = new SiteOptions();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.ParentCommand
        Main main;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter out = spec.commandLine().getOut();
            Progress progress = options.progress(out);
            Project project = options.project(spec.commandLine(), main.workingDir);
            List<Path> inputs = options.inputs(spec.commandLine(), project);
            Path site = options.site(project, main.workingDir);
            boolean hadSite = SiteBuild.isSite(site);
            BuildCache cache = options.buildCache(spec.commandLine(), site);
            java.util.OptionalInt child = ChildJvm.runInChild(inputs, options.quiet, out, true);
            if (child.isPresent()) {
                return child.getAsInt();
            }
            // Made before the build: when the heap runs out, saying so must not need much of it.
            String outOfMemory = outOfMemory();
            String keptSite = "verbatim: build failed; the previous site at " + site + " is unchanged.";
            String leftSite = "verbatim: build failed; " + site + " was left as it was.";
            try {
                SiteBuild.Summary s = new SiteBuild(project, options.anchors).strict(options.strict)
                        .cache(cache).run(inputs, site, options.baseUrl, progress);
                if (!s.warnings().isEmpty()) {
                    // Listed even with --quiet: they name files that were not published.
                    err.println(SiteBuild.report(s.warnings()));
                }
                err.flush();
                Path shown = s.site().toAbsolutePath().normalize();
                if (!options.quiet && s.outcome() == SiteBuild.Outcome.UNCHANGED) {
                    out.printf("Unchanged: no input, option or file of the site changed since its last build"
                            + " (%d page(s) from %d transcript(s)); nothing was written, in %.1f s.%n",
                            s.pages(), s.transcripts(), s.millis() / 1000.0);
                    out.printf("Site: %s%n", shown);
                } else if (!options.quiet) {
                    out.printf("Built %d page(s) from %d transcript(s): %d questions, %d paragraphs, in %.1f s.%n",
                            s.pages(), s.transcripts(), s.questions(), s.paragraphs(), s.millis() / 1000.0);
                    out.printf("Site: %s%nOpen %s in a browser, or preview it with 'java -jar verbatim.jar serve'"
                            + " and the same options.%n", shown, shown.resolve("index.html"));
                }
                out.flush();
                return CommandLine.ExitCode.OK;
            } catch (InputError e) {
                err.println(e.describe());
            } catch (PageError | SiteBuild.Failed | UncheckedIOException e) {
                err.println(e.getMessage());
            } catch (OutOfMemoryError e) {
                sayWhenThereIsRoom(err, outOfMemory);
            } catch (RuntimeException e) {
                if (causedByOutOfMemory(e)) {
                    sayWhenThereIsRoom(err, outOfMemory);
                } else {
                    // A fault of Verbatim's own, not of the input: one line, and the trace only when asked for.
                    err.println("verbatim: " + e);
                    if (options.verbose) {
                        e.printStackTrace(err);
                    }
                }
            }
            err.println(hadSite && Files.isDirectory(site) ? keptSite
                    : Files.exists(site) ? leftSite : "verbatim: build failed; no site was written.");
            err.flush();
            return FAILED;
        }
    }

    /** Builds, serves on 127.0.0.1 and rebuilds on every change, reloading open pages. */
    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Build, serve the site on 127.0.0.1 and rebuild whenever a transcript, template, asset,"
                    + " content page or jbake.properties changes; open pages reload by themselves. A failed"
                    + " rebuild is shown in the terminal and on the page; the last good site stays served.")
    static final class Serve implements Callable<Integer> {

        @Mixin
        SiteOptions options = new SiteOptions();

        @Option(names = "--port", paramLabel = "N", defaultValue = "8820",
                description = "Port on 127.0.0.1 (0 picks a free one). Default: ${DEFAULT-VALUE}")
        int port;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.ParentCommand
        Main main;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Project project = options.project(spec.commandLine(), main.workingDir);
            List<Path> inputs = options.inputs(spec.commandLine(), project);
            Path site = options.site(project, main.workingDir);
            SiteBuild build = new SiteBuild(project, options.anchors).cache(options.buildCache(spec.commandLine(),
                    site)).inPlace(true);
            java.util.OptionalInt child = ChildJvm.runInChild(inputs, options.quiet, out, false);
            if (child.isPresent()) {
                return child.getAsInt();
            }
            try (Preview preview = new Preview(build, project, inputs, site, options.baseUrl, port, options.progress(out), err)) {
                out.printf("Serving http://127.0.0.1:%d/ and watching for changes. Press Ctrl+C to stop.%n",
                        preview.port());
                out.flush();
                preview.watch();
                return CommandLine.ExitCode.OK;
            } catch (IOException e) {
                err.println("verbatim: cannot serve on 127.0.0.1:" + port + ": " + e.getMessage());
                err.flush();
                return FAILED;
            }
        }
    }

    public static void main(String[] args) {
        // A build thread that runs out of heap ends quietly: the build fails on the main thread, which says so in
        // one line. Any other uncaught failure of a thread is one line too, never a stack trace.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (!(e instanceof OutOfMemoryError)) {
                System.err.println("verbatim: " + thread.getName() + ": " + e);
            }
        });
        ChildJvm.processArguments(args);
        java.util.OptionalInt child = ChildJvm.smallBuildFirst(args);
        if (child.isPresent()) {
            System.exit(child.getAsInt());
        }
        quietLibraries();
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests: no {@code System.exit}). */
    public static int run(String... args) {
        return commandLine(Path.of("")).execute(args);
    }

    /** Runs the command line with its output and error streams redirected. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(Path.of(""), out, err, args);
    }

    /**
     * As {@link #run(PrintWriter, PrintWriter, String...)}, looking for a project folder in {@code workingDir}
     * instead of the process's working directory (paths given as options still resolve against the latter).
     */
    public static int run(Path workingDir, PrintWriter out, PrintWriter err, String... args) {
        return commandLine(workingDir).setOut(out).setErr(err).execute(args);
    }

    private static CommandLine commandLine(Path workingDir) {
        CommandLine cmd = new CommandLine(new Main(workingDir));
        // A usage error is said in one or two lines and exits 2; the full help is one option away.
        cmd.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("verbatim: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for the options.");
            err.flush();
            return USAGE;
        });
        // Whatever a command did not report itself: one line, exit 1; the trace only with -v.
        cmd.setExecutionExceptionHandler((e, failed, parsed) -> {
            PrintWriter err = failed.getErr();
            err.println("verbatim: " + e);
            if (parsed.originalArgs().contains("-v") || parsed.originalArgs().contains("--verbose")) {
                e.printStackTrace(err);
            }
            err.flush();
            return FAILED;
        });
        return cmd;
    }

    /** What to do when the heap is too small for the archive: the JVM's limit is the user's to raise. */
    static String outOfMemory() {
        return String.format(java.util.Locale.ROOT, "verbatim: the build ran out of memory (Java's heap limit here is"
                + " %,d MB); give Java more, e.g. 'java -Xmx4g -jar verbatim.jar build ...' (a 2,000-transcript"
                + " archive of 50,000 pages needs about 2 GB)", Runtime.getRuntime().maxMemory() >> 20);
    }

    /**
     * Prints {@code message} once the heap has room for it: the failed build's other threads may still hold it
     * (each fails at its next allocation, or finishes), so a print that runs out of memory is tried again.
     */
    private static void sayWhenThereIsRoom(PrintWriter err, String message) {
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                java.util.concurrent.ForkJoinPool.commonPool().awaitQuiescence(1, java.util.concurrent.TimeUnit.SECONDS);
                System.gc();
                err.println(message);
                err.flush();
                return;
            } catch (OutOfMemoryError again) {
                // Not yet: the other threads end soon.
            }
        }
    }

    /** Whether a worker thread's failure wraps an OutOfMemoryError. */
    static boolean causedByOutOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** JBake and OrientDB log every page at INFO; a build reports for itself. */
    static void quietLibraries() {
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.SEVERE);
    }
}
