package org.verbatim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code verbatim init DIR}: writes a project folder with the defaults, a sample transcript and the Pages workflow. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a project folder, ready to edit: the default templates/, assets/, content/ and"
                + " jbake.properties, a sample transcript in transcripts/ (with its sidecar and credit), and a"
                + " GitHub Pages workflow. Files you keep there override the defaults in the jar; a file you"
                + " delete falls back to the default.")
final class Init implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The folder to create; it must be empty or not exist yet.")
    Path dir;

    @Option(names = "--force", description = "Write into DIR even if it is not empty (files of the same name are"
            + " replaced, others are left as they are).")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                err.println(dir + ": exists and is not a folder; choose another name");
                err.flush();
                return Main.FAILED;
            }
            if (!force && isNonEmptyFolder(dir)) {
                err.println(dir + ": the folder is not empty; choose a new folder, or pass --force to write the"
                        + " project files into it (files of the same name are replaced)");
                err.flush();
                return Main.FAILED;
            }
            write(dir);
        } catch (UncheckedIOException e) {
            err.println("verbatim: " + e.getMessage() + (e.getCause() != null ? " (" + e.getCause() + ")" : ""));
            err.flush();
            return Main.FAILED;
        }
        String jar = jarName();
        out.printf("Created a Verbatim project in %s:%n", dir);
        out.println("  transcripts/                 a sample transcript with its .yml sidecar; put yours here");
        out.println("  templates/ assets/ content/  the default look and pages, yours to edit (a file you delete"
                + " falls back to the default)");
        out.println("  jbake.properties             site title and description");
        out.println("  .github/workflows/pages.yml  publishes on GitHub Pages: set VERBATIM_REPOSITORY in it first");
        out.println("  README.md                    what each part is, and the sample's credit");
        out.println("Next:");
        out.printf("  cd %s%n", dir);
        out.printf("  java -jar %s build    # the site goes to target/site/%n", jar);
        out.printf("  java -jar %s serve    # preview on http://127.0.0.1:8820/, rebuilt as you edit%n", jar);
        out.flush();
        return CommandLine.ExitCode.OK;
    }

    /** Writes the project files into {@code dir}, creating it. */
    static void write(Path dir) {
        Shipped.copy(Shipped.PROJECT, dir);
        Shipped.copy(Shipped.SAMPLE, dir.resolve("transcripts"));
        Shipped.copyFile("verbatim/init/pages.yml", dir.resolve(".github/workflows/pages.yml"));
        Shipped.copyFile("verbatim/init/README.md", dir.resolve("README.md"));
        Shipped.copyFile("verbatim/init/gitignore", dir.resolve(".gitignore"));
    }

    private static boolean isNonEmptyFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
    }

    /** The jar this runs from, as the user would type it, for the next steps. */
    private static String jarName() {
        try {
            Path location = Path.of(Init.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? location.toString() : "verbatim.jar";
        } catch (URISyntaxException | RuntimeException e) {
            return "verbatim.jar";
        }
    }
}
