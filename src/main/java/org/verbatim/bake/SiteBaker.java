package org.verbatim.bake;

import java.net.URI;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.jbake.app.Asset;
import org.jbake.app.Parser;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.parser.Engines;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;
import org.verbatim.write.ContentFolder;
import org.verbatim.write.Page;

/**
 * Bakes a content folder into a site with JBake's own configuration, parser, renderer, template engine and asset
 * copier, but its own page reading and render loop: JBake's {@code Oven} runs every {@code RenderingTool} on the
 * class path, and the stock {@code DocumentsRenderer} queries all documents of a type for every page to find
 * prev/next, which makes a bake quadratic. Our pages carry prev/next in their front matter, so each page is rendered
 * once, from its own model. The pages are held in a {@link PageStore} instead of JBake's in-memory database.
 */
public final class SiteBaker {

    /**
     * Front matter that only its own page's template uses (structured data, citations, the lists a page shows),
     * dropped from the store once the page is rendered; the store's lists carry the rest (title, date, type,
     * address, summary, description).
     */
    static final List<String> PER_PAGE_ONLY = List.of("jsonld", "citations", "questions", "groups", "interviews",
            "figures", "paragraphs", "speakers", "aliases", "parts", "letters", "top");

    private final Path project;
    private final boolean stockTemplateEngine;

    /** @param project the folder holding {@code jbake.properties}, {@code templates/} and {@code assets/} */
    public SiteBaker(Path project) {
        this(project, false);
    }

    /** With {@code stockTemplateEngine}, templates are rendered by JBake's own engine, not {@link FreemarkerPages}. */
    SiteBaker(Path project, boolean stockTemplateEngine) {
        this.project = project;
        this.stockTemplateEngine = stockTemplateEngine;
    }

    /** What a bake produced. */
    public record Baked(int pages) {
    }

    /**
     * Bakes {@code content} into {@code destination}.
     *
     * @param baseUrl the absolute URL the site will be served from, or empty; becomes JBake's {@code site.host}
     * @throws PageError on the first page that fails to parse or render: a failed page is never published
     */
    public Baked bake(Path content, Path destination, String baseUrl) {
        return bake(content, destination, baseUrl, (done, total) -> { });
    }

    /** Called after each page: pages done so far, pages in all. */
    @FunctionalInterface
    public interface PageListener {
        void rendered(int done, int total);
    }

    /** As {@link #bake(Path, Path, String)}, telling {@code listener} after each page. */
    public Baked bake(Path content, Path destination, String baseUrl, PageListener listener) {
        try (Started started = start(content, destination, baseUrl)) {
            return started.bake(listener);
        }
    }

    /**
     * Starts JBake for a bake of {@code content} into {@code destination} on another thread and returns at once:
     * its configuration and template engine take a while to load in a fresh JVM, which a build spends writing the
     * content meanwhile. The content folder is read only by {@link Started#bake}.
     */
    public Started start(Path content, Path destination, String baseUrl) {
        CompletableFuture<Setup> setup = CompletableFuture.supplyAsync(() -> setUp(content, destination, baseUrl),
                task -> {
                    Thread thread = new Thread(task, "jbake-start");
                    thread.setDaemon(true);
                    thread.start();
                });
        return new Started(setup, destination, baseUrl);
    }

    /** JBake's configuration and tools, its content store being our list of pages. */
    private record Setup(DefaultJBakeConfiguration config, PageStore store, Renderer renderer, Asset asset,
                         FlexmarkEngine engine) {
    }

    private Setup setUp(Path content, Path destination, String baseUrl) {
        // Registered in code rather than through META-INF/org.jbake.parser.MarkupEngines.properties: JBake reads
        // every such file on the class path in class-path order, so which engine wins "md" would depend on it.
        FlexmarkEngine engine = new FlexmarkEngine();
        Engines.register("md", engine);
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(project.toFile(), destination.toFile(), true);
        config.setContentFolder(content.toFile());
        config.setTemplateFolder(project.resolve("templates").toFile());
        config.setAssetFolder(project.resolve("assets").toFile());
        config.setDestinationFolder(destination.toFile());
        config.setProperty("site.host", baseUrl);
        config.setProperty("site.base_path", basePath(baseUrl));
        // Sitemaps and feeds need absolute addresses: without a base URL they would be wrong, so they are left out.
        config.setProperty("render.sitemap", !baseUrl.isEmpty());
        config.setProperty("render.feed", !baseUrl.isEmpty());
        registerDocumentTypes(config);
        PageStore store = new PageStore();
        Renderer renderer = stockTemplateEngine ? new Renderer(store, config)
                : new Renderer(store, config, new FreemarkerPages(store, config));
        return new Setup(config, store, renderer, new Asset(config), engine);
    }

    /** JBake started ahead of the bake. */
    public static final class Started implements AutoCloseable {
        private final CompletableFuture<Setup> setup;
        private final Path destination;
        private final String baseUrl;

        /** Pages rendered as they were written, by file: the page's model, or why it failed, or SKIPPED. */
        private final Map<Path, Object> early = new ConcurrentHashMap<>();

        private Started(CompletableFuture<Setup> setup, Path destination, String baseUrl) {
            this.setup = setup;
            this.destination = destination;
            this.baseUrl = baseUrl;
        }

        /**
         * Renders a page the moment the write stage writes it, once JBake has started (before that, it declines and
         * the content folder keeps the page for {@link #bake}): pages are then never all held at once, and writing
         * and rendering overlap. A failure is reported by {@link #bake}, in crawl order like any other.
         */
        public boolean take(Path file, Page page) {
            if (!setup.isDone() || setup.isCompletedExceptionally()) {
                return false;
            }
            Setup ready = setup.join();
            Object result;
            try {
                DocumentModel document = renderOne(ready.renderer(),
                        PageReader.read(ready.config(), ready.engine(), page, file.toFile()));
                result = document == null ? SKIPPED : document;
            } catch (RuntimeException e) {
                result = e;
            }
            early.put(key(file), result);
            return true;
        }

        /**
         * Renders {@code page}, written at {@code file} under the content folder, to its file under the
         * destination now, waiting for JBake to start if it has not yet; a page that fails throws {@link PageError}.
         * For a preview's quick pass over a few pages, where no whole {@link #bake} follows.
         */
        public void renderNow(Path file, Page page) {
            Setup ready = ready();
            renderOne(ready.renderer(), PageReader.read(ready.config(), ready.engine(), page, file.toFile()));
        }

        /** Waits until JBake has started (or failed to), after which {@link #take} renders pages at once. */
        public void awaitStart() {
            setup.exceptionally(e -> null).join();
        }

        /** Waits for JBake to be ready, then reads the content folder and renders every page. */
        public Baked bake(PageListener listener) {
            return bake(listener, null);
        }

        /**
         * As {@link #bake(PageListener)}, taking the pages {@code written} still holds from it rather than parsing
         * their files back (the same model either way); the folder's other files are read as usual.
         */
        public Baked bake(PageListener listener, ContentFolder written) {
            Setup ready = ready();
            int pages = render(ready, written, early, listener);
            Asset asset = ready.asset();
            asset.copy();
            if (!asset.getErrors().isEmpty()) {
                throw new PageError("copying assets failed: " + asset.getErrors().get(0).getMessage());
            }
            HostingFiles.write(destination, baseUrl);
            return new Baked(pages);
        }

        private Setup ready() {
            try {
                return setup.join();
            } catch (CompletionException e) {
                // Rethrown as JBake threw it on the starting thread, so the build reports it as before.
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new PageError("JBake did not start: " + rootMessage(e.getCause()), e.getCause());
            }
        }

        @Override
        public void close() {
            try {
                setup.join().store().close();
            } catch (CompletionException e) {
                // it never started, so there is nothing to let go of; bake() reported why
            }
        }
    }

    /**
     * The path part of the base URL, ending in "/" ({@code /repo/} for {@code https://user.github.io/repo/}), or ""
     * without one. The 404 page addresses the site from it: the host serves that page at any depth, and a path from
     * the root works on the published host and on any server that mirrors the subpath, such as a local preview.
     */
    public static String basePath(String baseUrl) {
        if (baseUrl.isEmpty()) {
            return "";
        }
        String path = URI.create(baseUrl).getRawPath();
        return path == null || path.isEmpty() ? "/" : path.endsWith("/") ? path : path + "/";
    }

    private static void registerDocumentTypes(DefaultJBakeConfiguration config) {
        DocumentTypes.resetDocumentTypes();
        ModelExtractors.getInstance().reset();
        DocumentTypes.addListener(new ModelExtractorsDocumentTypeListener());
        for (String type : config.getDocumentTypes()) {
            DocumentTypes.addDocumentType(type);
        }
        DocumentTypes.addDocumentType(config.getDataFileDocType());
    }

    private static int render(Setup setup, ContentFolder written, Map<Path, Object> early, PageListener listener) {
        Renderer renderer = setup.renderer();
        PageStore store = setup.store();
        DefaultJBakeConfiguration config = setup.config();
        // Each page is read and rendered to its own file from its own model, in parallel, and its body let go at
        // once: a bake holds the pages' front matter only. Of several failures the first in crawl order is reported.
        List<File> files = PageReader.files(config, written == null ? List.of() : written.inMemory());
        Parser parser = new Parser(config);
        DocumentModel[] documents = new DocumentModel[files.size()];
        RuntimeException[] failures = new RuntimeException[files.size()];
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, files.size()).parallel().forEach(i -> {
            try {
                File file = files.get(i);
                Object already = early.remove(key(file.toPath()));
                if (already instanceof RuntimeException e) {
                    throw e;
                } else if (already instanceof DocumentModel d) {
                    documents[i] = d;
                } else if (already == null) {
                    Page page = written == null ? null : written.take(file.toPath());
                    DocumentModel document = page == null ? PageReader.read(config, parser, file)
                            : PageReader.read(config, setup.engine(), page, file);
                    documents[i] = renderOne(renderer, document);
                }
            } catch (RuntimeException e) {
                failures[i] = e;
                return;
            }
            listener.rendered(done.incrementAndGet(), files.size());
        });
        for (RuntimeException failure : failures) {
            if (failure != null) {
                throw failure;
            }
        }
        if (!early.isEmpty()) {
            // A page rendered as written that the crawl did not list would be published but missing from the lists
            // (sitemap, feed): a fault of ours, reported rather than baked.
            throw new PageError("rendered but not in the content folder's list: "
                    + early.keySet().stream().map(Path::toString).sorted().limit(5).toList());
        }
        // The store, which the sitemap and feed templates query, gets the pages in JBake's crawl order.
        Arrays.stream(documents).filter(Objects::nonNull).forEach(store::addDocument);
        int pages = store.pages().size();
        try {
            if (config.getRenderError404()) {
                renderer.renderError404(config.getError404FileName());
                pages++;
            }
            if (config.getRenderSiteMap()) {
                renderer.renderSitemap(config.getSiteMapFileName());
                pages++;
            }
            if (config.getRenderFeed()) {
                renderer.renderFeed(config.getFeedFileName());
                pages++;
            }
        } catch (Exception e) {
            throw new PageError(rootMessage(e), e);
        }
        return pages;
    }

    private static DocumentModel renderOne(Renderer renderer, DocumentModel document) {
        if (document == null) {
            return null;
        }
        if (!"published".equals(document.getStatus())) {
            throw new PageError(document.getSourceuri() + ": status is '" + document.getStatus()
                    + "'; Verbatim publishes every page it writes");
        }
        try {
            renderer.render(document);
        } catch (Exception e) {
            throw new PageError(document.getSourceuri() + ": " + rootMessage(e), e);
        }
        // Once rendered, a page is kept only for the lists the sitemap and feed query (JBake's published_content and
        // the like): its body and the large per-page payloads go, which at archive scale is most of the memory.
        document.remove("body");
        PER_PAGE_ONLY.forEach(document::remove);
        return document;
    }

    /** Marks a page rendered early that JBake's crawler would skip (an unknown type). */
    private static final Object SKIPPED = new Object();

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.lines().limit(6).reduce((a, b) -> a + "\n  " + b).orElse(message);
    }

}
