package org.verbatim.cli;

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
import picocli.CommandLine.Option;

/**
 * The {@code verbatim} command. Exit codes: 0 success, 1 bad input or a failed build, 2 usage error.
 */
@Command(name = "verbatim", mixinStandardHelpOptions = true, version = "verbatim 0.1.0",
        description = "Turns interview and press-conference transcripts into a static website you can browse,"
                + " cite and link into, paragraph by paragraph.",
        subcommands = {Main.Build.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    static final int BAD_INPUT = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return CommandLine.ExitCode.USAGE;
    }

    /** Builds the site. */
    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Build the site from transcripts. With no options: the project's transcripts/ folder"
                    + " into target/site/.")
    static final class Build implements Callable<Integer> {

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
                        + " Used for absolute links where a page needs one; every other link is relative.")
        String baseUrl;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter out = spec.commandLine().getOut();
            List<Path> in = inputs.isEmpty() ? List.of(project.resolve("transcripts")) : inputs;
            Path site = this.out != null ? this.out : project.resolve("target/site");
            try {
                SiteBuild.Summary s = new SiteBuild(project).run(in, site, baseUrl);
                out.printf("Built %d page(s) from %d transcript(s): %d questions, %d paragraphs, in %.1f s.%n",
                        s.pages(), s.transcripts(), s.questions(), s.paragraphs(), s.millis() / 1000.0);
                Path shown = s.site().normalize();
                out.printf("Site: %s%nOpen %s in a browser, or serve the folder with any static web server.%n",
                        shown, shown.resolve("index.html"));
                return CommandLine.ExitCode.OK;
            } catch (InputError e) {
                err.println(e.describe());
            } catch (PageError | SiteBuild.Failed e) {
                err.println("verbatim: build failed; the previous site is untouched.");
                err.println(e.getMessage());
            } catch (UncheckedIOException e) {
                err.println("verbatim: " + e.getMessage() + ": " + e.getCause().getMessage());
            }
            err.flush();
            return BAD_INPUT;
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
