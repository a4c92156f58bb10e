package org.verbatim.cli;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Watches folders (recursively, including ones created later) and waits for a burst of changes to settle, so
 * that an editor's save-rename-delete dance triggers one rebuild, not three.
 */
final class Watcher implements AutoCloseable {

    private final WatchService service;
    private final Map<WatchKey, Path> dirs = new HashMap<>();
    private final Predicate<Path> relevant;

    /** @param relevant which changed files matter (e.g. not editor swap files) */
    Watcher(List<Path> roots, Predicate<Path> relevant) {
        this.relevant = relevant;
        try {
            service = FileSystems.getDefault().newWatchService();
            for (Path root : roots) {
                if (Files.isDirectory(root)) {
                    registerTree(root);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path dir : tree.filter(Files::isDirectory).toList()) {
                dirs.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
            }
        }
    }

    /**
     * Blocks until a relevant change, then until {@code quietMillis} pass without another; returns every relevant
     * path changed in that burst, in the order first seen, or null when the watcher was closed.
     */
    Set<Path> awaitChanges(long quietMillis) throws InterruptedException {
        Set<Path> changed = new LinkedHashSet<>();
        try {
            while (changed.isEmpty()) {
                drain(service.take(), changed);
            }
            WatchKey key;
            while ((key = service.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
                drain(key, changed);
            }
            return changed;
        } catch (ClosedWatchServiceException e) {
            return null;
        }
    }

    private void drain(WatchKey key, Set<Path> changed) {
        Path dir = dirs.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null || !(event.context() instanceof Path name)) {
                continue;
            }
            Path path = dir.resolve(name);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    // A folder that vanished before we could watch it needs no watching.
                }
            }
            if (relevant.test(path)) {
                changed.add(path);
            }
        }
        key.reset();
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
