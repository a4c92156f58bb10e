package org.verbatim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.verbatim.bake.PageError;
import org.verbatim.ingest.InputError;

/**
 * {@code verbatim serve}: builds, serves on 127.0.0.1, and rebuilds whenever a transcript, template, asset,
 * content page or {@code jbake.properties} changes. A failed rebuild is shown in the terminal and on the open
 * page while the last good site keeps being served. Anchor registries are written by the build itself and do
 * not trigger a rebuild. Rebuilds are whole builds, in the same JVM, so they skip
 * the start-up cost; the seed rebuilds in about a second.
 */
final class Preview implements AutoCloseable {

    private final SiteBuild build;
    private final List<Path> inputs;
    private final Path site;
    private final String baseUrl;
    private final Progress progress;
    private final PrintWriter err;
    private final PreviewServer server;
    private final Watcher watcher;
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
                siteAbs.resolveSibling(siteAbs.getFileName() + ".old"));
        Path root = project.folder().map(f -> f.toAbsolutePath().normalize()).orElse(null);
        Path target = root == null ? null : root.resolve("target");
        watcher = new Watcher(watched, path -> {
            Path p = path.toAbsolutePath().normalize();
            String name = p.getFileName().toString();
            boolean projectRoot = p.getParent().equals(root);
            return ignored.stream().noneMatch(p::startsWith) && (target == null || !p.startsWith(target))
                    && !name.startsWith(".") && !name.endsWith("~") && !name.endsWith(".anchors.yml")
                    && (!projectRoot || Project.PARTS.contains(name) || inputs.stream()
                            .anyMatch(i -> p.startsWith(i.toAbsolutePath().normalize())));
        });
    }

    int port() {
        return server.port();
    }

    /** Rebuilds on every change until {@link #close()}. */
    void watch() {
        while (running) {
            Path changed;
            try {
                changed = watcher.awaitChange(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (changed == null || !running) {
                return;
            }
            progress.say("Changed: " + changed + "; rebuilding");
            if (rebuild()) {
                server.published();
            }
            build.recordPending();
        }
    }

    private boolean rebuild() {
        try {
            SiteBuild.Summary s = build.run(inputs, site, baseUrl, progress);
            s.warnings().forEach(w -> err.println(w.describe()));
            err.flush();
            progress.say(switch (s.outcome()) {
                case UNCHANGED -> String.format("Unchanged since the last build (%d pages), in %.1f s.", s.pages(),
                        s.millis() / 1000.0);
                case UPDATED -> String.format("Built %d pages in %.1f s; %d file(s) of the site rewritten.",
                        s.pages(), s.millis() / 1000.0, s.rewritten());
                case REPLACED -> String.format("Built %d pages in %.1f s.", s.pages(), s.millis() / 1000.0);
            });
            return true;
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
        watcher.close();
        server.close();
    }
}
