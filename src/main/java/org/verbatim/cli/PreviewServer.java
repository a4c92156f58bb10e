package org.verbatim.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;

import com.google.gson.Gson;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves the site on 127.0.0.1 for previewing. HTML pages get a small script (a file the server serves, so that
 * the pages' Content-Security-Policy allows it) that polls the build status and
 * reloads the page after a rebuild, or shows the build error over the page; the files on disk are not changed.
 */
final class PreviewServer implements AutoCloseable {

    static final String STATUS_PATH = "/__verbatim/status";

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json; charset=utf-8",
            "xml", "application/xml; charset=utf-8", "txt", "text/plain; charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon");

    static final String RELOAD_PATH = "/__verbatim/reload.js";

    /** Added to every HTML page served; a script file, not inline script, so the pages' CSP lets it run. */
    private static final String RELOAD_TAG = "<script src=\"" + RELOAD_PATH + "\"></script>\n";

    private static final String RELOAD_SCRIPT = """
            (() => {
              let seen = null;
              const box = document.createElement("pre");
              box.setAttribute("role", "alert");
              // Styled through the CSSOM, which a page's style-src does not restrict (a style attribute it would).
              Object.assign(box.style, {position: "fixed", inset: "auto 0 0 0", zIndex: "99", margin: "0",
                padding: "1rem", maxHeight: "50vh", overflow: "auto", background: "#7a1010", color: "#fff",
                font: "13px/1.4 monospace", whiteSpace: "pre-wrap", display: "none"});
              document.addEventListener("DOMContentLoaded", () => document.body.append(box));
              async function poll() {
                try {
                  const status = await (await fetch("%s", {cache: "no-store"})).json();
                  if (seen !== null && status.build !== seen) { location.reload(); return; }
                  seen = status.build;
                  box.textContent = status.error ? "Verbatim: the last rebuild failed; showing the last good site.\\n\\n" + status.error : "";
                  box.style.display = status.error ? "block" : "none";
                } catch (e) { /* the server is restarting: try again */ }
                setTimeout(poll, 200);
              }
              poll();
            })();
            """.formatted(STATUS_PATH);

    private final Path site;
    private final HttpServer server;
    private volatile int build;
    private volatile String error = "";

    PreviewServer(Path site, int port) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::serve);
        server.createContext(STATUS_PATH, this::status);
        server.createContext(RELOAD_PATH, exchange -> send(exchange, 200, "text/javascript; charset=utf-8",
                RELOAD_SCRIPT.getBytes(StandardCharsets.UTF_8)));
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "verbatim-preview");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** A new site is in place: open pages reload. */
    void published() {
        error = "";
        build++;
    }

    /** The last failure shown on open pages, or "" when the last rebuild succeeded. */
    String error() {
        return error;
    }

    /** The last rebuild failed: open pages show why; the last good site stays served. */
    void failed(String message) {
        error = message;
    }

    private void status(HttpExchange exchange) throws IOException {
        byte[] body = new Gson().toJson(Map.of("build", build, "error", error)).getBytes(StandardCharsets.UTF_8);
        send(exchange, 200, "application/json; charset=utf-8", body);
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
        Path file = site.resolve(path.substring(1)).normalize();
        if (!file.startsWith(site)) {
            send(exchange, 403, "text/plain; charset=utf-8", "forbidden".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                exchange.getResponseHeaders().set("Location", path + "/");
                send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            file = file.resolve("index.html");
        }
        int code = 200;
        if (!Files.isRegularFile(file)) {
            code = 404;
            file = site.resolve("404.html");
            if (!Files.isRegularFile(file)) {
                send(exchange, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        String name = file.getFileName().toString();
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        byte[] body = Files.readAllBytes(file);
        if (type.startsWith("text/html")) {
            String html = new String(body, StandardCharsets.UTF_8);
            int end = html.lastIndexOf("</body>");
            html = end < 0 ? html + RELOAD_TAG : html.substring(0, end) + RELOAD_TAG + html.substring(end);
            body = html.getBytes(StandardCharsets.UTF_8);
        }
        send(exchange, code, type, body);
    }

    private static void send(HttpExchange exchange, int code, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(code, head || body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
