package org.verbatim.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The small files static hosts read: {@code .nojekyll} (GitHub Pages must serve the site as built, not run Jekyll
 * over it) and {@code robots.txt}, which names the sitemap when the base URL is known.
 */
final class HostingFiles {

    private HostingFiles() {
    }

    static void write(Path site, String baseUrl) {
        try {
            Files.writeString(site.resolve(".nojekyll"), "", StandardCharsets.UTF_8);
            StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
            if (!baseUrl.isEmpty()) {
                robots.append("Sitemap: ").append(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/")
                        .append("sitemap.xml\n");
            }
            Files.writeString(site.resolve("robots.txt"), robots.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
