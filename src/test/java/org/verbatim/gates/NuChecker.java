package org.verbatim.gates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;

/**
 * The Nu Html Checker (the W3C's validator.nu engine) run in-process: the HTML5 schema, its assertions and the CSS
 * checker, set up once and reused for every document. Reports errors only; warnings are advice, not failures.
 */
public final class NuChecker {
    private final SimpleDocumentValidator validator;
    private final List<String> errors = new ArrayList<>();
    private String current = "";

    public NuChecker() {
        try {
            // No log set-up of its own (its log4j calls go to logback), no URL logging, no language detection (slow, and only ever a warning).
            validator = new SimpleDocumentValidator(false, false, false);
            validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, new Collector());
            validator.setUpValidatorAndParsers(new Collector(), false, false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the Nu Html Checker", e);
        }
    }

    /** Errors in one HTML file, as "name:line:column: message". */
    public List<String> checkHtml(Path file, String name) {
        return run(name, () -> validator.checkHtmlFile(file.toFile(), true));
    }

    /** Errors in an HTML document given as text (the gate's own self-test). */
    List<String> checkHtml(String html, String name) {
        return run(name, () -> {
            InputSource in = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            in.setSystemId(name);
            validator.checkHtmlInputSource(in);
        });
    }

    /** Errors in a stylesheet, by the checker's CSS validator. */
    List<String> checkCss(Path file, String name) {
        return run(name, () -> validator.checkCssFile(file.toFile(), true));
    }

    private interface Check {
        void run() throws Exception;
    }

    private synchronized List<String> run(String name, Check check) {
        errors.clear();
        current = name;
        try {
            check.run();
        } catch (IOException e) {
            errors.add(name + ": cannot read: " + e.getMessage());
        } catch (Exception e) {
            errors.add(name + ": the checker stopped: " + e);
        }
        return List.copyOf(errors);
    }

    private final class Collector implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // Advice (e.g. "consider adding a lang attribute"), not an error of the document.
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(current + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
