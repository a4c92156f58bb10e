package org.verbatim.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The content folder a build writes: either as files on disk, or in memory, where the bake takes each page's front
 * matter and body as they were made and the folder on disk holds only the project's own pages.
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
    /** The files of the pages written in memory (absolute, normalised), or null when they go to disk. */
    private final Set<Path> inMemory;

    /**
     * Pages written as files under {@code root}.
     *
     * @param root the folder the pages' files are written under
     * @param keep whether also to hold every page written until {@link #take} hands it on
     */
    public ContentFolder(Path root, boolean keep) {
        this(root, keep, (file, page) -> false, false);
    }

    /**
     * Pages written in memory at their files' paths under {@code root}, where no file is made: each goes to
     * {@code receiver} as it is written, and those it declines are kept until {@link #take}. A build's files were
     * only ever read back by the bake, and on an archive making and removing tens of thousands of them cost more
     * than rendering them.
     */
    public ContentFolder(Path root, Receiver receiver) {
        this(root, true, receiver, true);
    }

    private ContentFolder(Path root, boolean keep, Receiver receiver, boolean memory) {
        this.root = root;
        this.kept = keep ? new ConcurrentHashMap<>() : null;
        this.receiver = receiver;
        this.inMemory = memory ? ConcurrentHashMap.newKeySet() : null;
    }

    public Path root() {
        return root;
    }

    /** Writes the page's file at {@code relative} (a path under the root, with '/'); may be called from any thread. */
    void write(String relative, Page page) {
        Path file = root.resolve(relative);
        if (inMemory == null) {
            PageFiles.write(file, page.text());
        } else {
            inMemory.add(key(file));
        }
        if (kept != null && !receiver.take(file, page)) {
            kept.put(key(file), page);
        }
    }

    void write(String relative, Map<String, Object> fields, String body) {
        write(relative, new Page(fields, body));
    }

    /** The files of the pages written in memory, which exist nowhere on disk; empty for a folder on disk. */
    public List<Path> inMemory() {
        return inMemory == null ? List.of() : List.copyOf(inMemory);
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
