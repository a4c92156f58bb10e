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
 * {@code .md} files (sidecars and anchor registries are {@code .yml} and are read beside their transcript).
 */
final class Inputs {

    private Inputs() {
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
                            .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
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
