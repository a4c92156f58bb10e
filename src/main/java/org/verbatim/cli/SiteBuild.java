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
import org.verbatim.write.ContentFolder;
import org.verbatim.write.PageSet;
import org.verbatim.write.SearchIndex;

/**
 * One whole build: parse every transcript, structure, write Markdown, bake, check, and only then replace the
 * previous site, so that a failed build leaves the site that was there untouched.
 */
public final class SiteBuild {

    /**
     * What a successful build made, and the problems it reported: files skipped ({@code file:line: message}) and
     * warnings ({@code file:line: warning: ...}); {@code rewritten} counts the files an {@link Outcome#UPDATED}
     * build wrote over the site (0 otherwise).
     */
    public record Summary(int transcripts, int questions, int paragraphs, int pages, Path site, long millis,
                          List<Problems.Problem> warnings, Outcome outcome, int rewritten) {
    }

    /** Whether a build replaced the site, rewrote only its changed files, or found nothing to do. */
    public enum Outcome { REPLACED, UPDATED, UNCHANGED }

    /** A build that ran but produced a site that must not be published; the message lists why. */
    public static final class Failed extends RuntimeException {
        public Failed(String message) {
            super(message);
        }
    }

    /**
     * Thrown when a build learns that its inputs changed again since it began (see {@link #supersededWhen}): its
     * result would be stale, so it stops and publishes nothing.
     */
    public static final class Superseded extends RuntimeException {
        public Superseded() {
            super("superseded by a newer change");
        }
    }

    /**
     * What the last successful build read and cross-referenced, kept by a preview for its quick passes.
     *
     * @param anchored per input file, its transcript with stable ids, in the build's order
     */
    record Retained(Map<Path, Anchored> anchored, CrossRefs refs, Map<String, Map<String, String>> aliases,
                    String baseUrl, AnchorFiles registries) {
    }

    private final Project project;
    private final Path anchors;
    private boolean strict;
    private BuildCache cache;
    private boolean inPlace;
    private Runnable pendingRecord;
    private java.util.function.BooleanSupplier superseded = () -> false;
    private Retained retained;
    private boolean forced;

    /** A build with {@code project} over the shipped defaults. */
    public SiteBuild(Path project) {
        this(Project.of(project), null);
    }

    /** @param anchors the folder for anchor registries ({@code --anchors}), or null for beside each transcript */
    public SiteBuild(Project project, Path anchors) {
        this.project = project;
        this.anchors = anchors;
    }

    /** With {@code true}, any problem with the input fails the build before anything is written. */
    public SiteBuild strict(boolean value) {
        this.strict = value;
        return this;
    }

    /** Skips a build whose inputs and site are those of the last build recorded in {@code cache} (null: never). */
    SiteBuild cache(BuildCache value) {
        this.cache = value;
        return this;
    }

    /**
     * With {@code true}, a build over an existing site rewrites only the files whose bytes changed and removes
     * those that went, instead of replacing the folder whole: what a preview wants, where a browser and the
     * watcher look at the files.
     */
    SiteBuild inPlace(boolean value) {
        this.inPlace = value;
        return this;
    }

    /**
     * A build checks {@code test} between its stages and as it writes pages, and stops with {@link Superseded}
     * once it says true: a preview's rebuild gives way to the next change instead of finishing a stale site.
     */
    SiteBuild supersededWhen(java.util.function.BooleanSupplier test) {
        this.superseded = test;
        return this;
    }

    /** Makes the next {@link #run} a whole build even if the build cache says nothing changed. */
    void forceNext() {
        this.forced = true;
    }

    /** What the last successful build of this object read (only kept for an in-place build), or null. */
    Retained retained() {
        return retained;
    }

    private void stopIfSuperseded() {
        if (superseded.getAsBoolean()) {
            throw new Superseded();
        }
    }

    /**
     * Records the last build in the cache. A preview calls it once the open page has been told to reload: hashing
     * every file of a large site must not delay the reload.
     */
    void recordPending() {
        Runnable record = pendingRecord;
        pendingRecord = null;
        if (record != null) {
            record.run();
        }
    }

    public Summary run(List<Path> inputs, Path out, String baseUrl) {
        return run(inputs, out, baseUrl, Progress.silent());
    }

    /**
     * Builds into {@code out}. On failure the work folder {@code <out>.work/} is removed and {@code out} is as it
     * was (absent, or the previous site).
     */
    public Summary run(List<Path> inputs, Path out, String baseUrl, Progress progress) {
        refuseForeignFolder(out);
        pendingRecord = null;
        long start = System.nanoTime();
        java.util.Optional<BuildCache.Fingerprint> fingerprint = cache == null ? java.util.Optional.empty()
                : BuildCache.fingerprint(project, inputs, anchors, out, baseUrl, strict);
        java.util.Optional<BuildCache.Recorded> last = forced ? java.util.Optional.empty()
                : fingerprint.flatMap(f -> cache.unchanged(project, out, f));
        forced = false;
        if (last.isPresent()) {
            BuildCache.Recorded r = last.get();
            return new Summary(r.transcripts(), r.questions(), r.paragraphs(), r.pages(), out,
                    (System.nanoTime() - start) / 1_000_000, r.warnings(), Outcome.UNCHANGED, 0);
        }
        try {
            Summary built = build(inputs, out, baseUrl, progress);
            pendingRecord = fingerprint.<Runnable>map(f -> () -> cache.record(project, out, f.afterBuild(),
                    new BuildCache.Recorded(built.transcripts(), built.questions(), built.paragraphs(), built.pages(),
                            built.warnings()))).orElse(null);
            if (!inPlace) {
                recordPending();
            }
            return built;
        } finally {
            removeWorkFolder(out);
        }
    }

    /**
     * A build replaces {@code out} whole, so it must never be a folder of the user's other files: it may be absent,
     * empty, or a site a build made (which always holds {@code .nojekyll} and {@code index.html}).
     */
    static void refuseForeignFolder(Path out) {
        if (Files.isRegularFile(out)) {
            throw new Failed(out + ": is a file, not a folder; choose a folder for the site with --out");
        }
        if (!Files.isDirectory(out) || isSite(out)) {
            return;
        }
        try (Stream<Path> entries = Files.list(out)) {
            if (entries.findAny().isPresent()) {
                throw new Failed(out + ": this folder holds files but no site built by Verbatim (no .nojekyll and"
                        + " index.html), and a build replaces the whole folder; choose a new or empty folder with"
                        + " --out, or remove this one");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + out, e);
        }
    }

    /** Whether {@code folder} holds a site a build made: every build writes {@code .nojekyll} and a home page. */
    static boolean isSite(Path folder) {
        return Files.isRegularFile(folder.resolve(".nojekyll")) && Files.isRegularFile(folder.resolve("index.html"));
    }

    /** Where a build of {@code out} bakes before the site replaces {@code out}. */
    static Path workFolder(Path out) {
        return out.resolveSibling(out.getFileName() + ".work");
    }

    private Summary build(List<Path> inputs, Path out, String baseUrl, Progress progress) {
        long start = System.nanoTime();
        progress.begin();
        Problems problems = new Problems();
        List<Path> files = Inputs.expand(inputs, problems);
        files.forEach(f -> progress.detail("transcript " + f));
        Path work = workFolder(out);
        deleteTree(work);
        Path content = work.resolve("content");
        Path fresh = work.resolve("site");
        // The defaults with the project's own files over them, so that JBake reads one ordinary project folder.
        Path effective = project.materialise(work.resolve("project"));
        copyTree(effective.resolve("content"), content);
        SiteBaker.Baked baked;
        // JBake starts on another thread while the transcripts are read, cross-referenced and written: its
        // configuration and template engine take most of a second to load in a fresh JVM (run() removes the work
        // folder whatever happens).
        List<Anchored> anchored;
        CrossRefs crossRefs;
        Map<String, Map<String, String>> aliases;
        List<Interview> interviews;
        int questions;
        int paragraphs;
        AnchorFiles registries = new AnchorFiles(anchors, inputs);
        try (SiteBaker.Started jbake = new SiteBaker(effective).start(content, fresh, baseUrl)) {
            onOwnThread("verbatim-prepare", () -> {
                CrossReferencer.prepare();
                return null;
            });
            anchored = read(files, registries, problems);
            stopIfSuperseded();
            if (strict && !problems.isEmpty()) {
                throw new Failed(report(problems.all()) + "\n--strict: the build stops at any problem");
            }
            interviews = anchored.stream().map(Anchored::interview).toList();
            aliases = new LinkedHashMap<>();
            anchored.forEach(a -> aliases.put(a.interview().slug(), a.stable().aliases()));
            questions = interviews.stream().mapToInt(i -> (int) i.questions().stream()
                    .filter(q -> !q.isOpening()).count()).sum();
            paragraphs = interviews.stream().mapToInt(i -> i.questions().stream()
                    .mapToInt(q -> q.passages().size()).sum()).sum();
            progress.stage(String.format("read %d transcript(s): %d questions, %d paragraphs",
                    interviews.size(), questions, paragraphs));

            crossRefs = crossReference(interviews);
            progress.stage("cross-referenced: " + crossRefs.topics().size() + " topics, "
                    + crossRefs.entities().size() + " names, " + crossRefs.figures().size() + " figures");

            // Each page written goes to the bake as it is, not parsed back from its file: rendered at once if JBake
            // has started, else kept in memory until it has.
            ContentFolder pages = new ContentFolder(content, (file, page) -> {
                stopIfSuperseded();
                return jbake.take(file, page);
            });
            int written = new PageSet(interviews, crossRefs, aliases, baseUrl).writeTo(pages);
            progress.stage("wrote " + written + " Markdown pages");
            stopIfSuperseded();
            baked = jbake.bake(progress::page, pages);
        }
        stopIfSuperseded();
        progress.stage("baked " + baked.pages() + " pages with JBake");
        // The search index is written on a thread of its own while the pages are checked: the checks read only
        // the HTML pages, and the index only the model.
        java.util.concurrent.CompletableFuture<Void> searchIndex = onOwnThread("verbatim-search", () -> {
            SearchIndex.write(interviews, fresh);
            return null;
        });

        // Each transcript's text is checked on its own, in parallel; failures are listed in the transcripts' order.
        // The link check reads the question pages from the lossless check's parse of them, not from a second one.
        LosslessCheck lossless = new LosslessCheck();
        LinkCheck links = new LinkCheck(SiteBaker.basePath(baseUrl));
        List<String> failures;
        try {
            failures = new ArrayList<>(interviews.parallelStream()
                    .flatMap(interview -> {
                        stopIfSuperseded();
                        return lossless.check(interview, fresh, links::record).stream();
                    }).toList());
            failures.addAll(links.check(fresh));
        } catch (RuntimeException | Error e) {
            // The index finishes before the work folder it writes into is removed.
            searchIndex.handle((done, failed) -> null).join();
            throw e;
        }
        // Joined, not awaited: even a superseded build lets it end before the work folder is removed (it is short).
        try {
            searchIndex.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
        progress.stage("checked: every word once and in order, every link; wrote the search index");
        if (!failures.isEmpty()) {
            throw new Failed(String.join("\n", failures.subList(0, Math.min(20, failures.size())))
                    + (failures.size() > 20 ? "\n... and " + (failures.size() - 20) + " more" : ""));
        }
        stopIfSuperseded();
        boolean update = inPlace && isSite(out);
        int rewritten = 0;
        if (update) {
            rewritten = update(fresh, out);
        } else {
            replace(fresh, out);
        }
        deleteTree(work);
        Problems warnings = new Problems();
        Map<Path, AnchorRegistry> published = new LinkedHashMap<>();
        anchored.forEach(a -> published.put(a.file(), a.stable().registry()));
        registries.save(published, warnings);
        if (inPlace) {
            Map<Path, Anchored> byFile = new LinkedHashMap<>();
            anchored.forEach(a -> byFile.put(key(a.file()), a));
            retained = new Retained(java.util.Collections.unmodifiableMap(byFile), crossRefs, aliases, baseUrl,
                    registries);
        }
        return new Summary(interviews.size(), questions, paragraphs, baked.pages(), out,
                (System.nanoTime() - start) / 1_000_000,
                java.util.stream.Stream.concat(problems.all().stream(), warnings.all().stream()).toList(),
                update ? Outcome.UPDATED : Outcome.REPLACED, rewritten);
    }

    /**
     * Cross-references on a thread of its own, so that a superseded build need not wait for the stage to end: the
     * stage is pure computation over the model, and an abandoned one just finishes unseen.
     */
    private CrossRefs crossReference(List<Interview> interviews) {
        return await(onOwnThread("verbatim-crossref", () -> CrossReferencer.link(interviews)));
    }

    /** Starts {@code work} on a new daemon thread named {@code name}. */
    private static <T> java.util.concurrent.CompletableFuture<T> onOwnThread(String name,
            java.util.function.Supplier<T> work) {
        return java.util.concurrent.CompletableFuture.supplyAsync(work, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** The result of work on another thread, waited for in steps so that a superseded build stops waiting. */
    private <T> T await(java.util.concurrent.CompletableFuture<T> work) {
        while (true) {
            try {
                return work.get(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                stopIfSuperseded();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Superseded();
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** A file's key in {@link Retained#anchored()}. */
    static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    /**
     * Parses and structures every input before anything is written, with the ids its anchor registry has
     * published before. A file that cannot be published is reported to {@code problems} and left out; the rest
     * are read.
     */
    static List<Anchored> read(List<Path> files, AnchorFiles registries, Problems problems) {
        // Each file is parsed, and each transcript structured, on its own and in parallel; problems are listed by
        // file and line whatever the order they were found in, and the results keep the files' order.
        TranscriptParser parser = new TranscriptParser(problems);
        Structurer structurer = new Structurer();
        List<Transcript> parsed = files.parallelStream().map(file -> {
            try {
                return parser.parse(file);
            } catch (InputError e) {
                problems.error(e);
            } catch (UncheckedIOException e) {
                problems.error(new InputError(file, 0, "cannot read: " + e.getCause().getMessage()));
            }
            return null;
        }).filter(java.util.Objects::nonNull).toList();
        List<Transcript> own = new ArrayList<>();
        Map<Path, Path> registryOwners = new HashMap<>();
        java.util.Set<Path> defaults = new java.util.HashSet<>();
        parsed.stream().filter(Slugs::isDefault).forEach(t -> defaults.add(t.source()));
        // Each registry is read once: its ids below, its recorded slug to keep the transcript's address.
        Map<Path, AnchorRegistry> before = new java.util.concurrent.ConcurrentHashMap<>();
        Map<Path, InputError> unreadable = new java.util.concurrent.ConcurrentHashMap<>();
        parsed.parallelStream().forEach(t -> {
            try {
                before.put(t.source(), registries.read(t.source()));
            } catch (InputError e) {
                unreadable.put(t.source(), e);
                before.put(t.source(), AnchorRegistry.empty());
            }
        });
        for (Transcript transcript : Slugs.assign(parsed, t -> !Slugs.isDefault(t),
                t -> before.get(t.source()).slug(), problems)) {
            Path file = transcript.source();
            Path registry = registries.fileOf(file);
            Path sharer = registryOwners.putIfAbsent(registry.toAbsolutePath().normalize(), file);
            if (sharer != null) {
                problems.error(new InputError(file, 1, "its anchor registry " + registry + " would also be that of "
                        + sharer + "; rename one of the two files"));
                continue;
            }
            if (unreadable.containsKey(file)) {
                problems.error(unreadable.get(file));
                continue;
            }
            own.add(transcript);
        }
        List<Anchored> read = own.parallelStream().map(transcript -> {
            Path file = transcript.source();
            Interview positional = structurer.structure(transcript);
            try {
                StableAnchors.Result stable = StableAnchors.assign(positional, before.get(file));
                // A default slug is remembered so that the address survives a colliding newcomer; a sidecar's
                // slug is its own record.
                String kept = defaults.contains(file) ? transcript.metadata().slug() : "";
                return new Anchored(file, new StableAnchors.Result(stable.interview(), stable.aliases(),
                        stable.registry().withSlug(kept)));
            } catch (InputError e) {
                problems.error(e);
                return null;
            }
        }).filter(java.util.Objects::nonNull).toList();
        if (read.isEmpty()) {
            throw new Failed(problems.all().stream().map(Problems.Problem::describe)
                    .reduce((a, b) -> a + "\n" + b).map(p -> p + "\n").orElse("")
                    + "verbatim: no transcript could be published (" + files.size() + " file(s) found)");
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

    /** A transcript read with its stable ids; its registry is recorded only once the build has succeeded. */
    record Anchored(Path file, StableAnchors.Result stable) {
        Interview interview() {
            return stable.interview();
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
            try {
                Files.move(fresh, out, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // The previous site goes back where it was, so that a failed build leaves it as it was.
                if (Files.exists(old) && !Files.exists(out)) {
                    Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
            deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new site into " + out, e);
        }
    }

    /**
     * Brings {@code out} to the bytes of {@code fresh} file by file: a file whose bytes are the same is left as it
     * is (same modification time), a changed or new one is moved in over it, and one the new site lacks is
     * removed. Returns how many files were written.
     */
    static int update(Path fresh, Path out) {
        try {
            java.util.Set<String> kept = new java.util.HashSet<>();
            int written = moveChanged(fresh, out, kept);
            try (Stream<Path> all = Files.walk(out)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    String rel = out.relativize(p).toString();
                    if (rel.isEmpty()) {
                        continue;
                    }
                    if (Files.isDirectory(p)) {
                        try (Stream<Path> in = Files.list(p)) {
                            if (in.findAny().isEmpty()) {
                                Files.delete(p);
                            }
                        }
                    } else if (!kept.contains(rel)) {
                        Files.delete(p);
                    }
                }
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the site in " + out, e);
        }
    }

    /**
     * Moves each file of {@code fresh} over its namesake in {@code out} when their bytes differ (a file with the same
     * bytes keeps its modification time), adding every file's path relative to {@code fresh} to {@code seen};
     * returns how many were moved.
     */
    static int moveChanged(Path fresh, Path out, java.util.Set<String> seen) {
        try {
            List<Path> files;
            try (Stream<Path> all = Files.walk(fresh)) {
                files = all.filter(Files::isRegularFile).sorted().toList();
            }
            int moved = 0;
            for (Path file : files) {
                String rel = fresh.relativize(file).toString();
                seen.add(rel);
                Path target = out.resolve(rel);
                if (Files.isRegularFile(target) && Files.size(target) == Files.size(file)
                        && Files.mismatch(target, file) == -1) {
                    continue;
                }
                if (Files.isDirectory(target)) {
                    deleteTree(target);
                }
                Files.createDirectories(target.getParent());
                Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                moved++;
            }
            return moved;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the site in " + out, e);
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

    /**
     * Removes the work folder whatever happened. A failed or stopped stage may leave sibling tasks of its parallel
     * streams still writing pages (each stops at its next one): they end first. After running out of memory, the
     * removal itself may run out while the build's other threads still hold the heap, so it is tried again.
     */
    private static void removeWorkFolder(Path out) {
        for (int attempt = 0;; attempt++) {
            try {
                java.util.concurrent.ForkJoinPool.commonPool().awaitQuiescence(30,
                        java.util.concurrent.TimeUnit.SECONDS);
                deleteQuietly(workFolder(out));
                return;
            } catch (OutOfMemoryError e) {
                if (attempt == 50) {
                    throw e;
                }
                System.gc();
            }
        }
    }

    /** Removes a failed build's debris; a failure to do so must not hide the build's own error. */
    private static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (UncheckedIOException e) {
            // Left behind; the next build of the same site removes it first.
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
