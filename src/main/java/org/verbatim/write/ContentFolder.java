package org.verbatim.write;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The content folder a build writes, and optionally the pages written to it, kept in memory for the bake: it can
 * take a page's front matter and body as they were made instead of parsing its YAML back from the file.
 */
public final class ContentFolder {

    /** Something that may take a page as soon as it is written, such as a bake that renders it at once. */
    @FunctionalInterface
    public interface Receiver {
        /** Whether it took {@code page}, written at {@code file}; if not, the folder keeps the page for later. */
        boolean take(Path file, Page page);
    }

    private final Path root;
    private final Map<Path, Page> kept;
    private final Receiver receiver;

    /**
     * @param root the folder the pages' files are written under
     * @param keep whether to hold every page written until {@link #take} hands it on
     */
    public ContentFolder(Path root, boolean keep) {
        this(root, keep, (file, page) -> false);
    }

    /**
     * Keeps every page written, except those {@code receiver} takes as they are written: at archive scale, holding
     * every page until the bake starts would take as much memory as the rest of the build.
     */
    public ContentFolder(Path root, Receiver receiver) {
        this(root, true, receiver);
    }

    private ContentFolder(Path root, boolean keep, Receiver receiver) {
        this.root = root;
        this.kept = keep ? new ConcurrentHashMap<>() : null;
        this.receiver = receiver;
    }

    public Path root() {
        return root;
    }

    /** Writes the page's file at {@code relative} (a path under the root, with '/'); may be called from any thread. */
    void write(String relative, Page page) {
        Path file = root.resolve(relative);
        PageFiles.write(file, page.text());
        if (kept != null && !receiver.take(file, page)) {
            kept.put(key(file), page);
        }
    }

    void write(String relative, Map<String, Object> fields, String body) {
        write(relative, new Page(fields, body));
    }

    /**
     * The page last written to {@code file}, which is let go of here (each is rendered once), or null for a file
     * this folder did not write or no longer holds (one the project supplied, say).
     */
    public Page take(Path file) {
        return kept == null ? null : kept.remove(key(file));
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
