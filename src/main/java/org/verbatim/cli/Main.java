package org.verbatim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
                + " cite and link into, paragraph by paragraph.",
        subcommands = {Main.Build.class, Main.Serve.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    static final int FAILED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

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
                + " in the project folder. Replaced only when the new build has passed its checks.")
        Path out;

        @Option(names = "--project", paramLabel = "DIR", defaultValue = ".",
                description = "Folder with jbake.properties, templates/, assets/ and content/. Default: ${DEFAULT-VALUE}")
        Path project;

        @Option(names = "--base-url", paramLabel = "URL", defaultValue = "",
                description = "The address the site will be served from, e.g. https://user.github.io/repo/ ."
                        + " Enables sitemap.xml, feed.xml and canonical links; every other link stays relative.")
        String baseUrl;

        @Option(names = "--strict", description = "Fail (status 1, previous site untouched) when any input file"
                + " has a problem; by default such files are skipped, listed, and the rest is published.")
        boolean strict;

        @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
        boolean quiet;

        @Option(names = {"-v", "--verbose"}, description = "Also list the transcripts read.")
        boolean verbose;

        List<Path> inputs() {
            return inputs.isEmpty() ? List.of(project.resolve("transcripts")) : inputs;
        }

        Path site() {
            return out != null ? out : project.resolve("target/site");
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

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter out = spec.commandLine().getOut();
            Progress progress = options.progress(out);
            try {
                SiteBuild.Summary s = new SiteBuild(options.project).strict(options.strict)
                        .run(options.inputs(), options.site(), options.baseUrl, progress);
                Path shown = s.site().normalize();
                if (!s.problems().isEmpty()) {
                    // Problems are listed even with --quiet: they name files that were not published.
                    err.println(SiteBuild.report(s.problems()));
                    err.flush();
                }
                if (!options.quiet) {
                    out.printf("Built %d page(s) from %d transcript(s): %d questions, %d paragraphs, in %.1f s.%n",
                            s.pages(), s.transcripts(), s.questions(), s.paragraphs(), s.millis() / 1000.0);
                    out.printf("Site: %s%nOpen %s in a browser, or run 'java -jar target/verbatim.jar serve'.%n",
                            shown, shown.resolve("index.html"));
                }
                out.flush();
                return CommandLine.ExitCode.OK;
            } catch (InputError e) {
                err.println(e.describe());
            } catch (PageError | SiteBuild.Failed e) {
                err.println("verbatim: build failed; the previous site is untouched.");
                err.println(e.getMessage());
            } catch (UncheckedIOException e) {
                err.println("verbatim: " + e.getMessage());
            } catch (RuntimeException e) {
                // A fault of Verbatim's own, not of the input: one line, and the trace only when asked for.
                err.println("verbatim: build failed; the previous site is untouched: " + e);
                if (options.verbose) {
                    e.printStackTrace(err);
                }
            }
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

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (Preview preview = new Preview(options.project, options.inputs(), options.site(), options.baseUrl,
                    port, options.progress(out), err)) {
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
        quietLibraries();
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests: no {@code System.exit}). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    /** Runs the command line with its output and error streams redirected. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new Main()).setOut(out).setErr(err).execute(args);
    }

    /** JBake and OrientDB log every page at INFO; a build reports for itself. */
    static void quietLibraries() {
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.SEVERE);
    }
}
