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
import java.util.List;
import java.util.Map;
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
     * Blocks until a relevant change, then until {@code quietMillis} pass without another; returns the last
     * changed path, or null when the watcher was closed.
     */
    Path awaitChange(long quietMillis) throws InterruptedException {
        Path changed = null;
        try {
            while (changed == null) {
                changed = drain(service.take());
            }
            WatchKey key;
            while ((key = service.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
                Path more = drain(key);
                changed = more != null ? more : changed;
            }
            return changed;
        } catch (ClosedWatchServiceException e) {
            return null;
        }
    }

    private Path drain(WatchKey key) {
        Path dir = dirs.get(key);
        Path last = null;
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
                last = path;
            }
        }
        key.reset();
        return last;
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
