package org.verbatim.ingest;

import java.nio.file.Path;

/**
 * A problem with a transcript that its author can fix, reported as {@code file:line: message}.
 */
public final class InputError extends RuntimeException {
    private final String file;
    private final int line;

    public InputError(Path file, int line, String message) {
        this(String.valueOf(file), line, message);
    }

    public InputError(String file, int line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** The one-line form users see: {@code file:line: message}, or {@code file: message} for the whole file. */
    public String describe() {
        return file + (line > 0 ? ":" + line : "") + ": " + getMessage();
    }
}
