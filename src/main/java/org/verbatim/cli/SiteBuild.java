package org.verbatim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.verbatim.bake.SiteBaker;
import org.verbatim.check.LinkCheck;
import org.verbatim.check.LosslessCheck;
import org.verbatim.crossref.CrossRefs;
import org.verbatim.crossref.CrossReferencer;
import org.verbatim.ingest.InputError;
import org.verbatim.ingest.Problems;
import org.verbatim.ingest.Slugs;
import org.verbatim.ingest.TranscriptParser;
import org.verbatim.model.Transcript;
import org.verbatim.model.Interview;
import org.verbatim.structure.AnchorRegistry;
import org.verbatim.structure.StableAnchors;
import org.verbatim.structure.Structurer;
import org.verbatim.write.PageSet;
import org.verbatim.write.SearchIndex;

/**
 * One whole build: parse every transcript, structure, write Markdown, bake, check, and only then replace the
 * previous site, so that a failed build leaves the site that was there untouched.
 */
public final class SiteBuild {

    /** What a successful build made. */
    public record Summary(int transcripts, int questions, int paragraphs, int pages, Path site, long millis,
                          List<Problems.Problem> problems) {
    }

    /** A build that ran but produced a site that must not be published; the message lists why. */
    public static final class Failed extends RuntimeException {
        public Failed(String message) {
            super(message);
        }
    }

    private final Path project;
    private boolean strict;

    public SiteBuild(Path project) {
        this.project = project;
    }

    /** With {@code true}, any problem with the input fails the build before anything is written. */
    public SiteBuild strict(boolean value) {
        this.strict = value;
        return this;
    }

    public Summary run(List<Path> inputs, Path out, String baseUrl) {
        return run(inputs, out, baseUrl, Progress.silent());
    }

    public Summary run(List<Path> inputs, Path out, String baseUrl, Progress progress) {
        long start = System.nanoTime();
        progress.begin();
        checkProject();
        Problems problems = new Problems();
        List<Path> files = Inputs.expand(inputs, problems);
        files.forEach(f -> progress.detail("transcript " + f));
        List<Anchored> anchored = read(files, problems);
        if (strict && !problems.isEmpty()) {
            throw new Failed(report(problems.all()) + "\n--strict: the build stops at any problem");
        }
        List<Interview> interviews = anchored.stream().map(Anchored::interview).toList();
        Map<String, Map<String, String>> aliases = new LinkedHashMap<>();
        anchored.forEach(a -> aliases.put(a.interview().slug(), a.stable().aliases()));
        int questions = interviews.stream().mapToInt(i -> (int) i.questions().stream()
                .filter(q -> !q.isOpening()).count()).sum();
        int paragraphs = interviews.stream().mapToInt(i -> i.questions().stream()
                .mapToInt(q -> q.passages().size()).sum()).sum();
        progress.stage(String.format("read %d transcript(s): %d questions, %d paragraphs",
                interviews.size(), questions, paragraphs));

        CrossRefs refs = CrossReferencer.link(interviews);
        progress.stage("cross-referenced: " + refs.topics().size() + " topics, " + refs.entities().size()
                + " names, " + refs.figures().size() + " figures");

        Path work = out.resolveSibling(out.getFileName() + ".work");
        deleteTree(work);
        Path content = work.resolve("content");
        Path fresh = work.resolve("site");
        copyTree(project.resolve("content"), content);
        SiteBaker.Baked baked;
        // JBake starts on another thread while the pages are written: its database takes over a second to start.
        try (SiteBaker.Started jbake = new SiteBaker(project).start(content, fresh, baseUrl)) {
            int written = new PageSet(interviews, refs, aliases, baseUrl).writeTo(content);
            progress.stage("wrote " + written + " Markdown pages");
            baked = jbake.bake(progress::page);
        }
        SearchIndex.write(interviews, fresh);
        progress.stage("baked " + baked.pages() + " pages with JBake, and the search index");

        List<String> failures = new ArrayList<>();
        LosslessCheck lossless = new LosslessCheck();
        for (Interview interview : interviews) {
            failures.addAll(lossless.check(interview, fresh));
        }
        failures.addAll(new LinkCheck(SiteBaker.basePath(baseUrl)).check(fresh));
        progress.stage("checked: every word once and in order, every link");
        if (!failures.isEmpty()) {
            throw new Failed(String.join("\n", failures.subList(0, Math.min(20, failures.size())))
                    + (failures.size() > 20 ? "\n... and " + (failures.size() - 20) + " more" : ""));
        }
        replace(fresh, out);
        deleteTree(work);
        anchored.forEach(Anchored::saveRegistry);
        return new Summary(interviews.size(), questions, paragraphs, baked.pages(), out,
                (System.nanoTime() - start) / 1_000_000, problems.all());
    }

    /** Stops at once, in words, when the project folder lacks what JBake needs, before anything is read. */
    private void checkProject() {
        for (String needed : List.of("jbake.properties", "templates")) {
            if (!Files.exists(project.resolve(needed))) {
                throw new Failed(project.toAbsolutePath().normalize() + ": not a Verbatim project folder (no "
                        + needed + "); run from the folder with jbake.properties, templates/ and assets/, or pass"
                        + " --project DIR");
            }
        }
    }

    /**
     * Parses and structures every input before anything is written, with the ids its anchor registry has
     * published before. A file that cannot be published is reported to {@code problems} and left out; the rest
     * are read.
     */
    static List<Anchored> read(List<Path> files, Problems problems) {
        TranscriptParser parser = new TranscriptParser(problems);
        Structurer structurer = new Structurer();
        List<Transcript> parsed = new ArrayList<>();
        for (Path file : files) {
            try {
                parsed.add(parser.parse(file));
            } catch (InputError e) {
                problems.error(e);
            } catch (UncheckedIOException e) {
                problems.error(new InputError(file, 0, "cannot read: " + e.getCause().getMessage()));
            }
        }
        List<Anchored> read = new ArrayList<>();
        for (Transcript transcript : Slugs.assign(parsed, t -> !Slugs.isDefault(t), problems)) {
            Path file = transcript.source();
            Interview positional = structurer.structure(transcript);
            Path registry = AnchorRegistry.fileOf(file);
            StableAnchors.Result stable = StableAnchors.assign(positional, AnchorRegistry.read(registry));
            read.add(new Anchored(file, registry, stable));
        }
        if (read.isEmpty()) {
            throw new Failed(problems.all().stream().map(Problems.Problem::describe)
                    .reduce((a, b) -> a + "\n" + b).map(p -> p + "\n").orElse("")
                    + "no transcript could be published (" + files.size() + " file(s) read); nothing was written");
        }
        return read;
    }

    /** Every problem on a line of its own, then how many there are, in a stable order. */
    public static String report(List<Problems.Problem> problems) {
        long errors = problems.stream().filter(Problems.Problem::error).count();
        StringBuilder out = new StringBuilder();
        problems.forEach(p -> out.append(p.describe()).append('\n'));
        out.append(problems.size()).append(" problem(s): ").append(errors).append(" file(s) skipped, ")
                .append(problems.size() - errors).append(" warning(s)");
        return out.toString();
    }

    /** A transcript read with its stable ids, and where its anchor registry lives. */
    record Anchored(Path file, Path registryFile, StableAnchors.Result stable) {
        Interview interview() {
            return stable.interview();
        }

        /** Records the ids this build published; done only once the build has succeeded. */
        void saveRegistry() {
            stable.registry().writeIfChanged(registryFile, file.getFileName().toString());
        }
    }

    /** Moves the new site into place; the old one is moved aside first and removed only once the new one is in. */
    private static void replace(Path fresh, Path out) {
        try {
            Path old = out.resolveSibling(out.getFileName() + ".old");
            deleteTree(old);
            if (Files.exists(out)) {
                Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.move(fresh, out, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new site into " + out, e);
        }
    }

    static void copyTree(Path from, Path to) {
        try {
            Files.createDirectories(to);
            if (!Files.isDirectory(from)) {
                return;
            }
            try (Stream<Path> files = Files.walk(from)) {
                for (Path source : files.sorted().toList()) {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
