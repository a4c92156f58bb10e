package org.verbatim.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Builds;
import org.verbatim.check.LosslessCheck;
import org.verbatim.crossref.CrossRefs;
import org.verbatim.crossref.CrossReferencer;
import org.verbatim.gates.ContentSecurityPolicyGateTest;
import org.verbatim.ingest.InputError;
import org.verbatim.ingest.SourceText;
import org.verbatim.ingest.TranscriptParser;
import org.verbatim.model.Interview;
import org.verbatim.model.Passage;
import org.verbatim.model.Question;
import org.verbatim.structure.Structurer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import com.google.gson.JsonParser;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Property: whatever a transcript and its sidecar hold ({@link GeneratedInput}), the pipeline either makes a whole,
 * inert site or stops with one clear {@code file:line: message}; never another exception. 10,000 inputs a run go
 * through parse, structure, cross-reference and write in memory, and their written pages are read back (front
 * matter as YAML, JSON-LD and citations as JSON, the body rendered with the site's Flexmark settings) and checked
 * word for word by the build's own lossless check; a few hundred more are built by real JBake bakes.
 * {@code -Dverbatim.seed=N} changes the inputs; a failure prints the seed and the input that caused it.
 */
class GeneratedInputPropertyTest {

    static final long SEED = Long.getLong("verbatim.seed", 13_2026L);
    static final int IN_MEMORY = Integer.getInteger("verbatim.generated", 10_000);
    static final int BAKED = Integer.getInteger("verbatim.generated.baked", 300);
    /** A clear error: one line, naming a file (and a line when there is one), then the message. */
    static final Pattern CLEAR = Pattern.compile("[^\\n]+\\.(txt|yml|md)(:\\d+)?: [^\\n]+");

    private static final Parser MARKDOWN;
    private static final HtmlRenderer HTML;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(AttributesExtension.create()));
        MARKDOWN = Parser.builder(options).build();
        HTML = HtmlRenderer.builder(options).build();
    }

    @Test
    void everyGeneratedInputGivesAWholeSiteOrAClearError(@TempDir Path dir) throws Exception {
        int batchSize = 50;
        // Batches are independent (each its own cross-references and content folder): one a core.
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        List<Future<int[]>> results = new ArrayList<>();
        try {
            for (int from = 0; from < IN_MEMORY; from += batchSize) {
                int start = from;
                results.add(pool.submit(() -> batch(start, Math.min(IN_MEMORY, start + batchSize), dir)));
            }
            int built = 0;
            int refused = 0;
            for (Future<int[]> result : results) {
                try {
                    int[] counts = result.get();
                    built += counts[0];
                    refused += counts[1];
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw e;
                }
            }
            assertEquals(IN_MEMORY, built + refused);
            assertTrue(built > IN_MEMORY / 2 && refused > 0, built + " built, " + refused
                    + " refused: the generator must reach both");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Inputs {@code from} to {@code to}: parsed, structured, cross-referenced and written together; {built, refused}. */
    private static int[] batch(int from, int to, Path dir) throws IOException {
        int refused = 0;
        List<Interview> batch = new ArrayList<>();
        List<GeneratedInput.Input> inputs = new ArrayList<>();
        for (int i = from; i < to; i++) {
            GeneratedInput.Input input = new GeneratedInput(SEED + i, true).next();
            Path file = dir.resolve("in/t" + i + ".txt");
            // Each its own address, so that one batch's pages do not land on each other (slugs made from
            // titles are held to their own rules elsewhere).
            Map<String, Object> sidecar = new java.util.LinkedHashMap<>(input.sidecar());
            sidecar.put("slug", "g" + i);
            try {
                batch.add(new Structurer().structure(
                        new TranscriptParser().parse(SourceText.of(file, input.text()), sidecar)));
                inputs.add(input);
            } catch (InputError e) {
                assertTrue(CLEAR.matcher(e.describe()).matches(), "unclear error '" + e.describe() + "'\n" + input.show());
                refused++;
            } catch (RuntimeException e) {
                throw new AssertionError("exception instead of a result or a clear error\n" + input.show(), e);
            }
        }
        Path content = dir.resolve("content" + from);
        try {
            CrossRefs refs = CrossReferencer.link(batch);
            new PageSet(batch, refs, Map.of(), "https://example.github.io/v/").writeTo(content);
        } catch (RuntimeException e) {
            throw new AssertionError("cross-referencing or writing failed for seeds " + (SEED + from) + ".."
                    + (SEED + to - 1), e);
        }
        for (int k = 0; k < batch.size(); k++) {
            checkWritten(batch.get(k), content, dir.resolve("html" + from), inputs.get(k));
        }
        deleteTree(content);
        deleteTree(dir.resolve("html" + from));
        return new int[] {batch.size(), refused};
    }

    /** Reads the written pages of one interview back and holds them to the promises (see the class comment). */
    private static void checkWritten(Interview interview, Path content, Path html, GeneratedInput.Input input)
            throws IOException {
        for (Question q : interview.questions()) {
            // A meeting or statement is one page, the interview's own index.
            Path md = content.resolve(interview.slug()).resolve(interview.page(q.id()) + ".md");
            String text = Files.readString(md);
            int end = text.indexOf("\n---\n", 3);
            String yaml = text.substring(4, end + 1);
            String where = md + "\n" + input.show();
            Object fm = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            assertTrue(plain(fm), "front matter holds a value that is not text (YAML !!binary): " + where);
            Map<?, ?> fields = (Map<?, ?>) fm;
            for (String json : List.of("jsonld", "citations")) {
                String value = String.valueOf(fields.get(json));
                assertTrue(!value.contains("<") && !value.contains(">"), json + " can end its script element: " + where);
                JsonParser.parseString(value);
            }
            assertEquals(q.title(), fields.get("title"), "title round trip: " + where);
            Document page = Jsoup.parse("<article>" + HTML.render(MARKDOWN.parse(text.substring(end + 5))) + "</article>");
            for (Element e : page.select("article *")) {
                String tag = e.tagName();
                assertTrue(List.of("p", "a", "span", "div").contains(tag), "element <" + tag + "> from input: " + where);
                assertTrue(e.attributes().asList().stream().noneMatch(a -> a.getKey().startsWith("on")),
                        "handler attribute: " + where);
                if (tag.equals("a")) {
                    assertTrue(e.attr("href").matches("(q\\d+\\.html)?#q\\d+(-p\\d+[a-z]*)?"), "link " + e.attr("href") + ": " + where);
                }
            }
            List<Element> paras = page.select(".para");
            assertEquals(q.passages().size(), paras.size(), "one element per paragraph: " + where);
            for (int i = 0; i < paras.size(); i++) {
                Passage p = q.passages().get(i);
                Element copy = paras.get(i).clone();
                copy.select(".pilcrow").remove();
                assertEquals(p.id(), paras.get(i).id(), where);
                assertEquals(spaced(p.text()), spaced(copy.wholeText()), "paragraph text shown as received: " + where);
            }
            List<Element> labels = page.select(".speaker[data-label]");
            List<String> expected = q.passages().stream().filter(p -> p.opensTurn() && p.speaker() != null)
                    .map(Passage::label).toList();
            assertEquals(expected, labels.stream().map(e -> e.attr("data-label")).toList(), where);
            Files.createDirectories(html.resolve(interview.slug()));
            Files.writeString(html.resolve(interview.slug()).resolve(interview.page(q.id()) + ".html"),
                    page.outerHtml());
        }
        assertEquals(List.of(), new LosslessCheck().check(interview, html), input.show());
    }

    /** Whether a loaded YAML value is made of maps, lists, strings, numbers, booleans and dates only. */
    private static boolean plain(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.keySet().stream().allMatch(GeneratedInputPropertyTest::plain)
                    && map.values().stream().allMatch(GeneratedInputPropertyTest::plain);
        }
        if (value instanceof List<?> list) {
            return list.stream().allMatch(GeneratedInputPropertyTest::plain);
        }
        return value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof java.util.Date;
    }

    /** Text with every run of spacing as one space: the paragraph is one Markdown line, spacing is not kept. */
    private static String spaced(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            boolean space = Character.isWhitespace(cp) || Character.isSpaceChar(cp);
            if (!space) {
                out.appendCodePoint(cp);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        });
        return out.toString().strip();
    }

    /** A few hundred generated inputs, written as files, built by real JBake bakes in two builds. */
    @Test
    void generatedInputsBakeIntoWholeInertSites(@TempDir Path dir) throws IOException {
        List<Path> accepted = new ArrayList<>();
        int refused = 0;
        Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < BAKED; i++) {
            GeneratedInput.Input input = new GeneratedInput(SEED + 1_000_000 + i, false).next();
            Path file = Files.writeString(dir.resolve("in/b" + i + ".txt"), input.text());
            Files.writeString(dir.resolve("in/b" + i + ".yml"), input.sidecarYaml() + "slug: b" + i + "\n");
            try {
                new TranscriptParser().parse(file);
                accepted.add(file);
            } catch (InputError e) {
                assertTrue(CLEAR.matcher(e.describe()).matches(), "unclear error '" + e.describe() + "'\n" + input.show());
                refused++;
            } catch (RuntimeException e) {
                throw new AssertionError("exception instead of a result or a clear error\n" + input.show(), e);
            }
        }
        assertTrue(accepted.size() > BAKED / 2, accepted.size() + " accepted");
        int half = accepted.size() / 2;
        int pages = 0;
        for (List<Path> part : List.of(accepted.subList(0, half), accepted.subList(half, accepted.size()))) {
            Path site = dir.resolve("site" + pages);
            // The build's own lossless and link checks run on every page; a failure throws.
            Builds.build(site, "https://example.github.io/v/", part.toArray(Path[]::new));
            try (Stream<Path> files = Files.walk(site)) {
                for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                    List<String> problems = ContentSecurityPolicyGateTest.problems(site.relativize(page).toString(),
                            Jsoup.parse(page.toFile(), "UTF-8"));
                    assertEquals(List.of(), problems);
                    pages++;
                }
            }
        }
        assertTrue(pages > accepted.size() * 3, pages + " pages");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
