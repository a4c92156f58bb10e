package org.verbatim.bake;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.apache.commons.configuration2.Configuration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.ParserEngine;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * JBake's Markdown engine replaced: reads {@code ---} YAML front matter (JBake 2.7 only knows its own
 * {@code key=value ~~~~~~} header) and renders the body with Flexmark and its attributes extension, so that
 * paragraphs carry ids ({@code {#q3-p2 .para}}).
 */
public final class FlexmarkEngine implements ParserEngine {

    private final Parser parser;
    private final HtmlRenderer renderer;

    public FlexmarkEngine() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(AttributesExtension.create()));
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        String text;
        try {
            text = Files.readString(file.toPath(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String yaml = "";
        String body = text;
        if (text.startsWith("---\n")) {
            int end = text.indexOf("\n---\n", 3);
            if (end < 0) {
                throw new PageError(file + ":1: front matter opened with '---' is never closed");
            }
            yaml = text.substring(4, end + 1);
            body = text.substring(end + 5);
        }
        return model(config, fields(file, yaml), body);
    }

    /**
     * A page's model from its front matter fields and Markdown body, as {@link #parse} makes it from a file: the
     * bake hands pages the write stage still holds straight to this, without their YAML written and read back.
     */
    DocumentModel model(JBakeConfiguration config, Map<String, Object> fields, String body) {
        DocumentModel document = DocumentModel.createDefaultDocumentModel();
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            put(document, field.getKey(), field.getValue());
        }
        if (document.getType() == null || document.getType().isEmpty()) {
            document.setType(config.getDefaultType());
        }
        if (document.getStatus() == null || document.getStatus().isEmpty()) {
            document.setStatus(config.getDefaultStatus());
        }
        if (document.getDate() == null) {
            // JBake would take the file's modification time: not reproducible, so fix it.
            document.setDate(new Date(0));
        }
        document.setBody(renderer.render(parser.parse(body)));
        return document;
    }

    private static Map<String, Object> fields(File file, String yaml) {
        if (yaml.isBlank()) {
            return Map.of();
        }
        try {
            LoaderOptions options = new LoaderOptions();
            // Index pages of a large build carry long lists (every mention of a name): above SnakeYAML's 3 MB default.
            options.setCodePointLimit(256 * 1024 * 1024);
            Object parsed = new Yaml(new SafeConstructor(options)).load(yaml);
            if (parsed instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> fields = (Map<String, Object>) map;
                return fields;
            }
            throw new PageError(file + ":2: front matter must be a YAML mapping");
        } catch (MarkedYAMLException e) {
            int line = 2 + (e.getProblemMark() == null ? 0 : e.getProblemMark().getLine());
            throw new PageError(file + ":" + line + ": invalid front matter: " + e.getProblem());
        } catch (YAMLException e) {
            throw new PageError(file + ":2: invalid front matter: " + e.getMessage());
        }
    }

    private static void put(DocumentModel document, String key, Object value) {
        switch (key) {
            case "date" -> document.setDate(date(value));
            case "tags" -> document.setTags(value instanceof Collection<?> c
                    ? c.stream().map(String::valueOf).toArray(String[]::new)
                    : String.valueOf(value).split("\\s*,\\s*"));
            case "type" -> document.setType(String.valueOf(value));
            case "status" -> document.setStatus(String.valueOf(value));
            case "title" -> document.setTitle(String.valueOf(value));
            default -> document.put(key, value);
        }
    }

    private static Date date(Object value) {
        if (value instanceof Date d) {
            return d;
        }
        try {
            return Date.from(LocalDate.parse(String.valueOf(value)).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            throw new PageError("date '" + value + "' is not in the form YYYY-MM-DD");
        }
    }

    @Override
    @Deprecated
    public Map<String, Object> parse(Configuration config, File file, String contentPath) {
        throw new UnsupportedOperationException("JBake 2.7 calls parse(JBakeConfiguration, File)");
    }
}
