package org.verbatim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.verbatim.ingest.InputError;

/**
 * The transcript files named on the command line: files as given, folders searched for {@code .txt} and
 * {@code .md} files except upper-case documents such as README.md (sidecars are {@code .yml}, read beside their
 * transcript).
 */
final class Inputs {

    private Inputs() {
    }

    /** README.md, CREDITS.md, LICENSE.txt and the like sit beside transcripts but are not transcripts. */
    private static boolean isProjectDoc(Path file) {
        String name = file.getFileName().toString();
        String base = name.substring(0, name.lastIndexOf('.'));
        return base.equals(base.toUpperCase(java.util.Locale.ROOT)) && base.chars().anyMatch(Character::isLetter);
    }

    static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isRegularFile(path)) {
                files.add(path);
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> found = Files.walk(path)) {
                    found.filter(Files::isRegularFile)
                            .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md"))
                            .filter(p -> !isProjectDoc(p))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                throw new InputError(path, 0, "no such file or directory");
            }
        }
        if (files.isEmpty()) {
            throw new InputError(paths.isEmpty() ? Path.of(".") : paths.get(0), 0,
                    "no transcripts found (looked for .txt and .md files)");
        }
        return files;
    }
}
