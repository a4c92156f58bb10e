package org.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Fixtures;
import org.verbatim.ingest.Problems;

/** A transcript listed when the build starts and gone when it is read is one reported, skipped file. */
class VanishedFileTest {

    @Test
    void aFileThatVanishesAfterTheListingIsSkippedAndNamed(@TempDir Path dir) throws Exception {
        Path kept = Files.copy(Fixtures.SEED, dir.resolve("kept.txt"));
        Path gone = Files.writeString(dir.resolve("gone.txt"), "Gone\n\nQuestion: Why?\nAnswer: Because.\n");
        List<Path> listed = Inputs.expand(List.of(dir), new Problems());
        assertEquals(List.of(gone, kept), listed);
        Files.delete(gone);

        Problems problems = new Problems();
        List<SiteBuild.Anchored> read = SiteBuild.read(listed, new AnchorFiles(dir.resolve("anchors"), List.of(dir)),
                problems);
        assertEquals(List.of(kept), read.stream().map(SiteBuild.Anchored::file).toList());
        assertEquals(1, problems.all().size(), problems.all().toString());
        assertEquals(gone + ": no such file or directory", problems.all().get(0).describe());
        assertTrue(problems.all().get(0).error());
    }
}
