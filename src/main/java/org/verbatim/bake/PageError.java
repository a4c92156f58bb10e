package org.verbatim.bake;

/**
 * A page that could not be parsed or rendered; its message already names the file.
 */
public final class PageError extends RuntimeException {
    public PageError(String message) {
        super(message);
    }

    public PageError(String message, Throwable cause) {
        super(message, cause);
    }
}
