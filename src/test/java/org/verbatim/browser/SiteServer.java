package org.verbatim.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves a built site from a folder under a subpath (e.g. {@code /verbatim/}) on 127.0.0.1 at a free port, the way
 * GitHub Pages serves a project site: a folder address gives its index.html, a missing one the site's 404.html with
 * status 404.
 */
public final class SiteServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css",
            "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "xml", "application/xml",
            "json", "application/json", "txt", "text/plain; charset=utf-8", "png", "image/png", "svg",
            "image/svg+xml", "ico", "image/x-icon");

    private final HttpServer server;
    private final Path root;
    private final String subpath;

    private SiteServer(HttpServer server, Path root, String subpath) {
        this.server = server;
        this.root = root;
        this.subpath = subpath;
    }

    /** Serves {@code root} at {@code http://127.0.0.1:PORT/subpath/}; {@code subpath} like "/verbatim/". */
    public static SiteServer start(Path root, String subpath) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            SiteServer site = new SiteServer(server, root.toAbsolutePath().normalize(), subpath);
            server.createContext("/", site::handle);
            // Several requests at once, as any static host serves them (the JDK's default is one at a time), so
            // that a page loading many small files (the search index's) is timed as a reader would see it.
            server.setExecutor(Executors.newFixedThreadPool(6, r -> {
                Thread t = new Thread(r, "site-server");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site's address, ending in the subpath: {@code http://127.0.0.1:PORT/verbatim/}. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + subpath);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "txt", new byte[0]);
                return;
            }
            if ((path + "/").equals(subpath)) {
                exchange.getResponseHeaders().set("Location", subpath);
                send(exchange, 301, "txt", new byte[0]);
                return;
            }
            Path file = path.startsWith(subpath) ? root.resolve(path.substring(subpath.length())).normalize() : null;
            if (file != null && file.startsWith(root) && Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    exchange.getResponseHeaders().set("Location", path + "/");
                    send(exchange, 301, "txt", new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (file != null && file.startsWith(root) && Files.isRegularFile(file)) {
                send(exchange, 200, extension(file), Files.readAllBytes(file));
            } else if (Files.isRegularFile(root.resolve("404.html"))) {
                send(exchange, 404, "html", Files.readAllBytes(root.resolve("404.html")));
            } else {
                send(exchange, 404, "txt", "not found".getBytes());
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String extension, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
