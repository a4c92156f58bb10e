package org.verbatim.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems found while reading a build's input, each as {@code file:line: message}: warnings (the build goes
 * on, something was dropped or guessed) and errors (a file was skipped). Thread-safe; listed in a stable order.
 */
public final class Problems {

    /** One problem; {@code error} means the file it names was not published. */
    public record Problem(String file, int line, String message, boolean error) {
        /** The one-line form users see. */
        public String describe() {
            return file + (line > 0 ? ":" + line : "") + ": " + (error ? "" : "warning: ") + message;
        }
    }

    private final List<Problem> found = new ArrayList<>();

    public synchronized void warn(Path file, int line, String message) {
        found.add(new Problem(String.valueOf(file), line, message, false));
    }

    public synchronized void error(InputError e) {
        found.add(new Problem(e.file(), e.line(), e.getMessage(), true));
    }

    /** Every problem so far, by file then line, so that a report reads the same on every run. */
    public synchronized List<Problem> all() {
        List<Problem> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
        return List.copyOf(sorted);
    }

    public synchronized boolean isEmpty() {
        return found.isEmpty();
    }
}
