package org.verbatim.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The common start of every page's front matter and the writing of page files.
 */
final class PageFiles {

    private PageFiles() {
    }

    /** Type, status, title and date: what JBake needs to file and render a page. */
    static Map<String, Object> fields(String type, String title, LocalDate date) {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("type", type);
        fm.put("status", "published");
        fm.put("title", title);
        // JBake would otherwise date a page by its file's modification time, which differs between builds.
        fm.put("date", date == null ? "1970-01-01" : date.toString());
        return fm;
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
