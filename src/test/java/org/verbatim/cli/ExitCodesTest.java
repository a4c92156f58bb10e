package org.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Fixtures;

/** Exit codes exactly as the help states them: 0 success, 1 a failed build, 2 a usage error; never a trace. */
class ExitCodesTest {

    @Test
    void theHelpStatesTheExitCodes() {
        MainTest.Run help = MainTest.run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("Exit codes:"), help.out());
        assertTrue(help.out().matches("(?s).*\\b0\\s+success.*\\b1\\s+bad input or a failed build.*\\b2\\s+usage error.*"),
                help.out());
    }

    @Test
    void usageErrorsExitTwoWithOneLineAndAHint(@TempDir Path dir) {
        String seed = Fixtures.SEED.toAbsolutePath().toString();
        String out = dir.resolve("site").toString();
        List<List<String>> usageErrors = List.of(
                List.of("build", "--no-such-option"),
                List.of("build", "--input", seed, "--out"),
                List.of("build", "--input"),
                List.of("serve", "--port", "many"),
                List.of("frobnicate"),
                List.of("init"),
                List.of("build", "--input", seed, "--out", out, "--project", dir.resolve("absent").toString()));
        for (List<String> args : usageErrors) {
            MainTest.Run r = MainTest.runIn(dir, args.toArray(String[]::new));
            assertEquals(2, r.code(), args + " -> " + r.err());
            assertTrue(r.err().startsWith("verbatim: "), args + " -> " + r.err());
            assertTrue(r.err().contains("--help' for the options."), args + " -> " + r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        }
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void noInputAndNoProjectSaysWhatToPassAndExitsTwo(@TempDir Path empty) throws Exception {
        MainTest.Run r = MainTest.runIn(empty, "build", "--out", empty.resolve("site").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("no transcripts to read: pass --input PATH"), r.err());
        assertTrue(r.err().contains("verbatim init DIR"), r.err());
        assertFalse(Files.exists(empty.resolve("site")));
        try (var left = Files.list(empty)) {
            assertEquals(0, left.count(), "nothing written into the working directory");
        }
    }

    @Test
    void successIsZero(@TempDir Path dir) {
        MainTest.Run r = MainTest.runIn(dir, "build", "-q", "--input", Fixtures.SEED.toAbsolutePath().toString(),
                "--out", dir.resolve("site").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
    }

    /** A template that does not parse fails in the bake, after the work folder was made: it is removed. */
    @Test
    void aFailedBakeRemovesItsWorkFolderAndSaysWhetherASiteWasKept(@TempDir Path dir) throws Exception {
        Path project = Files.createDirectories(dir.resolve("project/templates"));
        Files.writeString(project.resolve("page.ftl"), "<#if broken>never closed\n");
        Path site = dir.resolve("site");
        String[] args = {"build", "--project", dir.resolve("project").toString(), "--input",
                Fixtures.SEED.toAbsolutePath().toString(), "--out", site.toString()};

        MainTest.Run first = MainTest.runIn(dir, args);
        assertEquals(1, first.code(), first.err());
        assertTrue(first.err().strip().endsWith("verbatim: build failed; no site was written."), first.err());
        assertFalse(first.err().contains("\tat "), first.err());
        assertFalse(Files.exists(site));
        assertFalse(Files.exists(dir.resolve("site.work")), "work folder removed");

        MainTest.Run good = MainTest.runIn(dir, "build", "-q", "--input", Fixtures.SEED.toAbsolutePath().toString(),
                "--out", site.toString());
        assertEquals(0, good.code(), good.err());
        byte[] index = Files.readAllBytes(site.resolve("index.html"));

        MainTest.Run again = MainTest.runIn(dir, args);
        assertEquals(1, again.code(), again.err());
        assertTrue(again.err().strip().endsWith("verbatim: build failed; the previous site at " + site
                + " is unchanged."), again.err());
        assertFalse(Files.exists(dir.resolve("site.work")), "work folder removed");
        assertEquals(-1L, Files.mismatch(site.resolve("index.html"), Files.write(dir.resolve("i.html"), index)));
    }

    /** A build replaces its output folder whole: a folder of other files is refused and left as it was. */
    @Test
    void aFolderOfOtherFilesIsNeverReplaced(@TempDir Path dir) throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("draft.txt"), "my own words");
        MainTest.Run r = MainTest.runIn(dir, "build", "--input", Fixtures.SEED.toAbsolutePath().toString(),
                "--out", notes.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("no site built by Verbatim"), r.err());
        assertTrue(r.err().strip().endsWith("was left as it was."), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertEquals("my own words", Files.readString(notes.resolve("draft.txt")));
        try (var left = Files.list(notes)) {
            assertEquals(1, left.count(), "nothing added or removed");
        }
        assertFalse(Files.exists(dir.resolve("notes.work")));
    }
}
