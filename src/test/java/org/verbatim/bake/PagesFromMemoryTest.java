package org.verbatim.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Builds;
import org.verbatim.Fixtures;
import org.verbatim.HostileCorpus;
import org.verbatim.crossref.CrossReferencer;
import org.verbatim.crossref.CrossRefs;
import org.verbatim.ingest.InputError;
import org.verbatim.ingest.TranscriptParser;
import org.verbatim.model.Interview;
import org.verbatim.structure.Structurer;
import org.verbatim.write.ContentFolder;
import org.verbatim.write.PageSet;

/**
 * A bake that takes the pages the write stage still holds, or renders each page the moment it is written, makes the
 * same site, byte for byte, as a bake that parses the same pages' files back (and JBake's own template engine makes
 * the same site as ours): their front matter (through YAML and back) and their bodies. The hostile corpus puts
 * control characters, quotes, YAML and HTML syntax in every field, where a YAML round trip would change a value.
 */
class PagesFromMemoryTest {
    private static final String BASE = "https://example.github.io/verbatim/";

    @Test
    void pagesTakenFromMemoryBakeToTheSameBytesAsTheirFiles(@TempDir Path dir) throws IOException {
        List<Path> inputs = new ArrayList<>(List.of(Fixtures.SEED, Fixtures.K1, Fixtures.W1));
        inputs.addAll(HostileCorpus.write(dir.resolve("hostile")));
        TranscriptParser parser = new TranscriptParser();
        Structurer structurer = new Structurer();
        List<Interview> interviews = new ArrayList<>();
        for (Path input : inputs) {
            try {
                interviews.add(structurer.structure(parser.parse(input)));
            } catch (InputError e) {
                // refused inputs are tested elsewhere; here only what is published matters
            }
        }
        assertTrue(interviews.size() > 20, "the fixtures and most hostile transcripts are read: " + interviews.size());
        CrossRefs refs = CrossReferencer.link(interviews);

        Path fromFiles = bake(interviews, refs, dir.resolve("files"), Mode.FILES);
        Path fromMemory = bake(interviews, refs, dir.resolve("memory"), Mode.KEPT);
        Path asWritten = bake(interviews, refs, dir.resolve("early"), Mode.RENDERED_AS_WRITTEN);
        Path heldInMemory = bake(interviews, refs, dir.resolve("held"), Mode.HELD_UNTIL_BAKE);
        Path stockEngine = bake(interviews, refs, dir.resolve("stock"), Mode.STOCK_TEMPLATE_ENGINE);
        // As a build given a relative --out: the held pages once got addresses from their absolute paths, so a
        // page JBake had not started in time to render as written went to <site>/tmp/.../q1.html instead.
        Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("relative"));
        assertTrue(!relative.isAbsolute() && !relative.equals(dir.resolve("relative")), relative.toString());
        Path heldRelative = bake(interviews, refs, relative, Mode.HELD_UNTIL_BAKE);

        List<Path> expected = files(fromFiles);
        assertTrue(expected.size() > 200, "a whole site: " + expected.size());
        for (Path site : List.of(fromMemory, asWritten, heldInMemory, stockEngine, heldRelative)) {
            assertEquals(expected, files(site), "same files");
            for (Path file : expected) {
                assertEquals(-1L, Files.mismatch(fromFiles.resolve(file.toString()), site.resolve(file.toString())),
                        file + " differs between a bake from the files and " + site);
            }
        }
    }

    /**
     * FILES and KEPT write every page's file (KEPT also holds the pages); the other two write no file, as a build
     * does: pages go to the bake as they are written, or are held until it starts. STOCK_TEMPLATE_ENGINE bakes the
     * files with JBake's own FreeMarker engine instead of {@link FreemarkerPages}.
     */
    private enum Mode { FILES, KEPT, RENDERED_AS_WRITTEN, HELD_UNTIL_BAKE, STOCK_TEMPLATE_ENGINE }

    /** Writes the pages and bakes them, the bake taking them as {@code mode} says; returns the site. */
    private static Path bake(List<Interview> interviews, CrossRefs refs, Path dir, Mode mode) throws IOException {
        Path content = dir.resolve("content");
        copy(Builds.PROJECT.resolve("content"), content);
        Path site = dir.resolve("site");
        try (SiteBaker.Started started = new SiteBaker(Builds.PROJECT, mode == Mode.STOCK_TEMPLATE_ENGINE)
                .start(content, site, BASE)) {
            ContentFolder folder;
            if (mode == Mode.RENDERED_AS_WRITTEN) {
                started.awaitStart();
                folder = new ContentFolder(content, started::take);
            } else if (mode == Mode.HELD_UNTIL_BAKE) {
                folder = new ContentFolder(content, (file, page) -> false);
            } else {
                folder = new ContentFolder(content, mode == Mode.KEPT);
            }
            new PageSet(interviews, refs, Map.of(), BASE).writeTo(folder);
            if (mode == Mode.RENDERED_AS_WRITTEN) {
                assertEquals(null, folder.take(content.resolve("search.md")), "rendered as written, not kept");
            }
            if (mode == Mode.RENDERED_AS_WRITTEN || mode == Mode.HELD_UNTIL_BAKE) {
                assertEquals(files(Builds.PROJECT.resolve("content")), files(content),
                        "pages written in memory leave only the project's own files in the content folder");
                assertTrue(folder.inMemory().size() > 200, "in memory: " + folder.inMemory().size());
            }
            started.bake((done, total) -> { }, folder);
        }
        return site;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
