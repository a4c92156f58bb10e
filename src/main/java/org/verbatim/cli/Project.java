package org.verbatim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * The project a build uses: the defaults shipped in the jar, overridden file by file by a project folder's own
 * {@code jbake.properties}, {@code templates/}, {@code assets/} and {@code content/} when there is a project folder.
 */
public final class Project {

    /** What a project folder may hold that overrides the defaults. */
    static final List<String> PARTS = List.of("jbake.properties", "templates", "assets", "content");

    private final Path folder;

    private Project(Path folder) {
        this.folder = folder;
    }

    /** The defaults alone, with no project folder. */
    public static Project defaults() {
        return new Project(null);
    }

    /** A project folder over the defaults; the folder need not hold every part, or any. */
    public static Project of(Path folder) {
        return new Project(folder);
    }

    /**
     * The project folder named by {@code --project}, else the working directory when it looks like one (it has
     * {@code jbake.properties} or {@code templates/}), else none.
     */
    static Project find(Path explicit, Path workingDir) {
        if (explicit != null) {
            return of(explicit);
        }
        return looksLikeProject(workingDir) ? of(workingDir) : defaults();
    }

    static boolean looksLikeProject(Path dir) {
        return Files.isRegularFile(dir.resolve("jbake.properties")) || Files.isDirectory(dir.resolve("templates"));
    }

    /** The project folder, if there is one. */
    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /** The parts this project folder overrides, as they exist now: what a preview watches. */
    List<Path> overrides() {
        if (folder == null) {
            return List.of();
        }
        return PARTS.stream().map(folder::resolve).filter(Files::exists).toList();
    }

    /**
     * Writes the effective project into {@code into} (which should not exist yet): the shipped defaults, then the
     * project folder's own files over them. JBake then reads one ordinary project folder.
     */
    Path materialise(Path into) {
        Shipped.copy(Shipped.PROJECT, into);
        for (Path part : overrides()) {
            overlay(part, into.resolve(part.getFileName().toString()));
        }
        return into;
    }

    private static void overlay(Path from, Path to) {
        try {
            if (Files.isRegularFile(from)) {
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                return;
            }
            try (var files = Files.walk(from)) {
                for (Path source : files.sorted().toList()) {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else if (Files.isRegularFile(source)) {
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the project's " + from, e);
        }
    }
}
