package org.verbatim.cli;

import java.io.IOException;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.verbatim.ingest.InputError;
import org.verbatim.ingest.Problems;

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

    /** Files and folders as given; unreadable ones are left out (reported by {@link #expand(List, Problems)}). */
    static List<Path> expand(List<Path> paths) {
        return expand(paths, new Problems());
    }

    /**
     * The transcripts to read: files as given, and each folder's {@code .txt} and {@code .md} files. What has such a
     * name but cannot be a transcript (a folder, an empty or binary file, a link leading out of the folder) is
     * reported to {@code problems} and left out, so that one build lists every problem.
     */
    static List<Path> expand(List<Path> paths, Problems problems) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> found;
                try (Stream<Path> walk = Files.walk(path)) {
                    found = walk.filter(p -> !p.equals(path))
                            .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md"))
                            .filter(p -> !isProjectDoc(p)).sorted().toList();
                } catch (IOException e) {
                    throw new InputError(path, 0, "cannot list the folder: " + e.getMessage());
                }
                for (Path p : found) {
                    if (readable(p, path, problems)) {
                        files.add(p);
                    }
                }
            } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                if (readable(path, null, problems)) {
                    files.add(path);
                }
            } else {
                throw new InputError(path, 0, "no such file or directory");
            }
        }
        if (files.isEmpty() && problems.isEmpty()) {
            throw new InputError(paths.isEmpty() ? Path.of(".") : paths.get(0), 0,
                    "no transcripts found (looked for .txt and .md files)");
        }
        return files;
    }

    /** Whether {@code file} can be read as a transcript; if not, says why to {@code problems}. */
    private static boolean readable(Path file, Path folder, Problems problems) {
        try {
            if (Files.isSymbolicLink(file) && folder != null) {
                Path target = file.toRealPath();
                if (!target.startsWith(folder.toRealPath())) {
                    problems.error(new InputError(file, 0, "a link to " + target + ", outside the input folder: not"
                            + " read; copy the file into the folder instead"));
                    return false;
                }
            }
            if (Files.isDirectory(file)) {
                problems.error(new InputError(file, 0, "a folder named like a transcript: not read; rename it"));
                return false;
            }
            if (!Files.isRegularFile(file)) {
                problems.error(new InputError(file, 0, Files.exists(file) ? "not a regular file: not read"
                        : "a link to a file that does not exist: not read"));
                return false;
            }
            if (Files.size(file) == 0) {
                problems.error(new InputError(file, 0, "empty file (0 bytes): nothing to publish; add the"
                        + " transcript's text or remove the file"));
                return false;
            }
            byte[] head;
            try (var in = Files.newInputStream(file)) {
                head = in.readNBytes(8192);
            }
            boolean utf16 = head.length >= 2 && ((head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF
                    || (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE);
            for (int i = 0; i < head.length && !utf16; i++) {
                if (head[i] == 0) {
                    problems.error(new InputError(file, 0, "a binary file (a zero byte at offset " + i + "), not a"
                            + " text transcript: not read; save the transcript as UTF-8 text"));
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            problems.error(new InputError(file, 0, "cannot read: " + e.getMessage()));
            return false;
        }
    }
}
