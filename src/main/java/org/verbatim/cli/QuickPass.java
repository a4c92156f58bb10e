package org.verbatim.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.verbatim.bake.SiteBaker;
import org.verbatim.check.LosslessCheck;
import org.verbatim.ingest.Problems;
import org.verbatim.model.Interview;
import org.verbatim.write.ContentFolder;
import org.verbatim.write.PageSet;

/**
 * A preview's answer to an edit of one transcript, in well under a second at any archive size: that transcript
 * alone is read again and its own pages written, rendered, checked word for word and moved into the served site,
 * with the cross-references of the last whole build. The whole build that follows brings everything else up to
 * date (search, index, topic and name pages, and these pages' cross-references).
 */
final class QuickPass implements AutoCloseable {

    /** What a quick pass did: the transcript's address, the files of the site it rewrote, and how long it took. */
    record Done(String slug, int rewritten, long millis) {
    }

    private final Project project;
    private final Path folder;
    /** What the last whole build read, as given to {@link #after}. */
    private SiteBuild.Retained base;
    /** That, with the quick passes since applied. */
    private SiteBuild.Retained last;
    private SiteBaker.Started baker;

    /** @param out the served site; the quick pass works in {@code <out>.quick/} beside it */
    QuickPass(Project project, Path out) {
        this.project = project;
        this.folder = folder(out);
    }

    /** The work folder of quick passes over the site {@code out}. */
    static Path folder(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + ".quick");
    }

    /**
     * Takes what a whole build just made as the base of the next quick passes, and starts JBake for them at once
     * (templates and assets may have changed with that build); waits until it has started, so that JBake's shared
     * set-up never runs beside a build's.
     */
    void after(SiteBuild.Retained retained) {
        if (retained != null && retained == base && baker != null) {
            // No whole build ran (the build cache found nothing changed): JBake and the last passes stand.
            return;
        }
        closeBaker();
        base = retained;
        last = retained;
        if (retained == null) {
            return;
        }
        SiteBuild.deleteTree(folder);
        Path effective = project.materialise(folder.resolve("project"));
        baker = new SiteBaker(effective).start(folder.resolve("content"), folder.resolve("site"), retained.baseUrl());
        baker.awaitStart();
        rehearse();
    }

    /**
     * Runs the steps of a quick pass once over the shortest transcript, publishing nothing: in a fresh JVM the
     * first pass took 0.66 s on an archive and the next ones 0.1-0.2 s, and it is the first edit a writer waits on.
     */
    private void rehearse() {
        List<Interview> interviews = interviews(last.anchored());
        interviews.stream().min(java.util.Comparator.comparingInt((Interview i) -> i.questions().size())
                        .thenComparing(Interview::slug))
                .ifPresent(shortest -> {
                    try {
                        render(shortest, interviews, last.aliases());
                    } catch (RuntimeException e) {
                        // Only a rehearsal: a real pass that meets the same fault leaves the edit to the whole build.
                    }
                });
    }

    private static List<Interview> interviews(Map<Path, SiteBuild.Anchored> anchored) {
        return anchored.values().stream().map(SiteBuild.Anchored::interview).toList();
    }

    /** Writes, renders and checks the pages of {@code edited} into the work folder; whether every word is there. */
    private boolean render(Interview edited, List<Interview> interviews, Map<String, Map<String, String>> aliases) {
        Path content = folder.resolve("content");
        Path site = folder.resolve("site");
        SiteBuild.deleteTree(content);
        SiteBuild.deleteTree(site);
        new PageSet(interviews, last.refs(), aliases, last.baseUrl())
                .writeInterview(edited.slug(), new ContentFolder(content, (f, page) -> {
                    baker.renderNow(f, page);
                    return true;
                }));
        return new LosslessCheck().check(edited, site).isEmpty();
    }

    /**
     * Applies {@code changed} (the files a burst of saves touched) to {@code out} if it is an edit a quick pass can
     * show: one transcript of the last build, read without a problem, keeping its address and its shape (one page,
     * or contents and question pages); a question added has no cross-references until the whole build.
     * Anything else (a new, removed or broken file, a template, several files) is left to the whole build, as is a
     * page that fails to render or to keep every word.
     */
    Optional<Done> apply(Set<Path> changed, Path out) {
        long start = System.nanoTime();
        if (last == null || baker == null) {
            return Optional.empty();
        }
        // An editor's save may create and remove a temporary file beside the transcript: a path that is gone and
        // was no input is no change.
        List<Path> real = changed.stream().map(SiteBuild::key)
                .filter(p -> last.anchored().containsKey(p) || Files.exists(p)).distinct().toList();
        if (real.size() != 1) {
            return Optional.empty();
        }
        Path file = real.get(0);
        SiteBuild.Anchored before = last.anchored().get(file);
        if (before == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Problems problems = new Problems();
        List<SiteBuild.Anchored> read;
        try {
            read = SiteBuild.read(List.of(before.file()), last.registries(), problems);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (!problems.isEmpty() || read.size() != 1) {
            return Optional.empty();
        }
        Interview edited = read.get(0).interview();
        Interview old = before.interview();
        // A question added or removed stays within the transcript's own pages (its contents list them, a removed
        // id becomes a redirect), so it is shown too; a new address or a change between one page and many is not.
        if (!edited.slug().equals(old.slug()) || edited.onePage() != old.onePage()) {
            return Optional.empty();
        }
        Map<Path, SiteBuild.Anchored> anchored = new LinkedHashMap<>(last.anchored());
        anchored.put(file, read.get(0));
        List<Interview> interviews = interviews(anchored);
        Map<String, Map<String, String>> aliases = new LinkedHashMap<>(last.aliases());
        aliases.put(edited.slug(), read.get(0).stable().aliases());

        try {
            if (!render(edited, interviews, aliases)) {
                return Optional.empty();
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        int rewritten = SiteBuild.moveChanged(folder.resolve("site"), out, new java.util.HashSet<>());
        last = new SiteBuild.Retained(java.util.Collections.unmodifiableMap(anchored), last.refs(), aliases,
                last.baseUrl(), last.registries());
        return Optional.of(new Done(edited.slug(), rewritten, (System.nanoTime() - start) / 1_000_000));
    }

    private void closeBaker() {
        if (baker != null) {
            baker.close();
            baker = null;
        }
    }

    @Override
    public void close() {
        closeBaker();
        try {
            SiteBuild.deleteTree(folder);
        } catch (UncheckedIOException e) {
            // Left behind; the next preview of the same site removes it first.
        }
    }
}
