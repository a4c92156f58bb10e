package org.verbatim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.verbatim.bake.PageError;
import org.verbatim.ingest.InputError;

/**
 * {@code verbatim serve}: builds, serves on 127.0.0.1, and rebuilds whenever a transcript, template, asset,
 * content page or {@code jbake.properties} changes. An edit of one transcript is shown first by a {@link QuickPass}
 * over that transcript's pages (well under a second at any archive size), then a whole build in the same JVM brings
 * every other page up to date; a newer change stops a whole build that has not finished, so it never publishes a
 * stale site. A failed rebuild is shown in the terminal and on the open page while the last good site keeps being
 * served. Anchor registries are written by the build itself and do not trigger a rebuild.
 */
final class Preview implements AutoCloseable {

    /** How long a burst of saves must be quiet before it is acted on: an editor's save is a few events in a row. */
    private static final long QUIET_MILLIS = 100;

    private final SiteBuild build;
    private final List<Path> inputs;
    private final Path site;
    private final String baseUrl;
    private final Progress progress;
    private final PrintWriter err;
    private final PreviewServer server;
    private final Watcher watcher;
    private final QuickPass quick;
    private final Set<Path> pending = new LinkedHashSet<>();
    /** Bursts of changes seen so far; a whole build started at another count is stale. */
    private final AtomicLong changes = new AtomicLong();
    private volatile long building;
    private volatile boolean running = true;
    private String firstError = "";

    Preview(SiteBuild build, Project project, List<Path> inputs, Path site, String baseUrl, int port,
            Progress progress, PrintWriter err) throws IOException {
        this.build = build;
        this.inputs = inputs;
        this.site = site;
        this.baseUrl = baseUrl;
        this.progress = progress;
        this.err = err;
        this.quick = new QuickPass(project, site);
        // A preview rewrites only the files that changed (the server and the browser look at them) and keeps what
        // the build read for its quick passes.
        build.inPlace(true).supersededWhen(() -> changes.get() != building);
        rebuild();
        build.recordPending();
        Files.createDirectories(site);
        server = new PreviewServer(site, port);
        if (!firstError.isEmpty()) {
            server.failed(firstError);
        }
        // The project folder's parts that exist (the defaults in the jar never change), its root for a part
        // created later, and the inputs.
        List<Path> watched = new ArrayList<>(project.overrides());
        project.folder().ifPresent(f -> watched.add(f.toAbsolutePath()));
        for (Path input : inputs) {
            watched.add(Files.isDirectory(input) ? input : input.toAbsolutePath().getParent());
        }
        Path siteAbs = site.toAbsolutePath().normalize();
        List<Path> ignored = List.of(siteAbs, SiteBuild.workFolder(siteAbs),
                siteAbs.resolveSibling(siteAbs.getFileName() + ".old"), QuickPass.folder(siteAbs));
        Path root = project.folder().map(f -> f.toAbsolutePath().normalize()).orElse(null);
        Path target = root == null ? null : root.resolve("target");
        // In the project folder only its parts and the inputs count: a save under src/ or docs/ is no change.
        watcher = new Watcher(watched, path -> {
            Path p = path.toAbsolutePath().normalize();
            String name = p.getFileName().toString();
            boolean inProject = root != null && p.startsWith(root) && !p.equals(root);
            return ignored.stream().noneMatch(p::startsWith) && (target == null || !p.startsWith(target))
                    && !name.startsWith(".") && !name.endsWith("~") && !name.endsWith(".anchors.yml")
                    && (!inProject || Project.PARTS.contains(root.relativize(p).getName(0).toString())
                            || inputs.stream().anyMatch(i -> p.startsWith(i.toAbsolutePath().normalize())));
        });
    }

    int port() {
        return server.port();
    }

    /**
     * Rebuilds on every change until {@link #close()}. Changes are collected on a thread of their own, so that a
     * whole build in progress learns of the next one and gives way to it.
     */
    void watch() {
        Thread collector = new Thread(this::collect, "verbatim-watch");
        collector.setDaemon(true);
        collector.start();
        // A start that found the site as the build cache recorded it has nothing to base a quick pass on: one
        // whole build runs at once to get it (its pages are those already served, so nothing reloads).
        boolean warm = build.retained() == null && firstError.isEmpty();
        while (running) {
            Set<Path> batch = takePending(!warm);
            if (batch == null) {
                return;
            }
            building = changes.get();
            if (!batch.isEmpty()) {
                progress.say("Changed: " + describe(batch) + "; rebuilding");
                quick.apply(batch, site).ifPresent(done -> {
                    server.published();
                    progress.say(String.format("Showing the edit of %s: %d file(s) rewritten in %.2f s;"
                            + " now the whole site.", done.slug(), done.rewritten(), done.millis() / 1000.0));
                });
            }
            if (warm) {
                build.forceNext();
                warm = false;
            }
            rebuild();
            build.recordPending();
        }
    }

    /** Collects each burst of changes until the watcher is closed. */
    private void collect() {
        try {
            while (running) {
                Set<Path> burst = watcher.awaitChanges(QUIET_MILLIS);
                synchronized (pending) {
                    if (burst == null) {
                        running = false;
                    } else {
                        pending.addAll(burst);
                        changes.incrementAndGet();
                    }
                    pending.notifyAll();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The changes since the last call (waiting for one if {@code await}), or null once closed. */
    private Set<Path> takePending(boolean await) {
        synchronized (pending) {
            while (await && running && pending.isEmpty()) {
                try {
                    pending.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
            if (!running) {
                return null;
            }
            Set<Path> batch = new LinkedHashSet<>(pending);
            pending.clear();
            return batch;
        }
    }

    /** The changed files, named by one that still exists (an editor's temporary file is gone by now). */
    private static String describe(Set<Path> batch) {
        List<Path> present = batch.stream().filter(Files::exists).toList();
        Path named = present.isEmpty() ? batch.iterator().next() : present.get(present.size() - 1);
        return present.size() <= 1 ? named.toString() : named + " and " + (present.size() - 1) + " more";
    }

    private boolean rebuild() {
        try {
            SiteBuild.Summary s = build.run(inputs, site, baseUrl, progress);
            quick.after(build.retained());
            s.warnings().forEach(w -> err.println(w.describe()));
            err.flush();
            progress.say(switch (s.outcome()) {
                case UNCHANGED -> String.format("Unchanged since the last build (%d pages), in %.1f s.", s.pages(),
                        s.millis() / 1000.0);
                case UPDATED -> String.format("Built %d pages in %.1f s; %d file(s) of the site rewritten.",
                        s.pages(), s.millis() / 1000.0, s.rewritten());
                case REPLACED -> String.format("Built %d pages in %.1f s.", s.pages(), s.millis() / 1000.0);
            });
            if (server != null && (s.outcome() == SiteBuild.Outcome.REPLACED || s.rewritten() > 0
                    || !server.error().isEmpty())) {
                server.published();
            }
            return true;
        } catch (SiteBuild.Superseded e) {
            progress.say("Changed again before the build ended; starting over.");
        } catch (InputError e) {
            report(e.describe());
        } catch (PageError | SiteBuild.Failed e) {
            report(e.getMessage());
        } catch (UncheckedIOException e) {
            report(e.getMessage());
        } catch (RuntimeException e) {
            // A fault of Verbatim's own: said in one line; the preview keeps watching.
            report("verbatim: " + e);
        }
        return false;
    }

    private void report(String message) {
        err.println(message);
        err.println(Files.isRegularFile(site.resolve("index.html"))
                ? "verbatim: build failed; still serving the last good site."
                : "verbatim: build failed; there is no site to serve yet: fix the input and save to rebuild.");
        err.flush();
        if (server != null) {
            server.failed(message);
        } else {
            firstError = message;
        }
    }

    @Override
    public void close() {
        running = false;
        synchronized (pending) {
            pending.notifyAll();
        }
        watcher.close();
        server.close();
        quick.close();
    }
}
