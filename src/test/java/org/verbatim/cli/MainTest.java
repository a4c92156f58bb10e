package org.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Fixtures;

class MainTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Runs as if started in {@code workingDir}: a project folder is looked for there, not in the repository. */
    static Run runIn(Path workingDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(workingDir, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void buildsTheSeedAndSaysWhere(@TempDir Path dir) {
        Path site = dir.resolve("site");
        Run r = run("build", "--input", Fixtures.SEED.toString(), "--out", site.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("6 questions, 53 paragraphs"), r.out());
        assertTrue(r.out().contains(site.resolve("index.html").toString()), r.out());
        assertTrue(Files.isRegularFile(site.resolve("2025-08-30-putin-xinhua/q1.html")));
    }

    @Test
    void anInputWithNothingPublishableFailsNamingTheFileAndWritesNothingSaidSo(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Q\u00e9: x\n".getBytes(StandardCharsets.ISO_8859_1));
        Path missing = dir.resolve("missing.txt");
        Path site = dir.resolve("site");
        for (Path input : new Path[] {empty, latin1, missing}) {
            Run r = run("build", "--input", input.toString(), "--out", site.toString());
            assertEquals(1, r.code(), input.toString());
            assertTrue(r.err().startsWith(input.toString() + ":"), r.err());
            List<String> lines = r.err().strip().lines().toList();
            assertEquals("verbatim: build failed; no site was written.", lines.get(lines.size() - 1), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
            assertFalse(Files.exists(site), "nothing written for " + input);
            assertFalse(Files.exists(dir.resolve("site.work")), "no work folder for " + input);
        }
    }

    @Test
    void aBadFileIsSkippedAndReportedAndStrictMakesItFail(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        Path bad = Files.writeString(dir.resolve("bad.txt"), "");
        Run built = run("build", "--input", Fixtures.SEED.toString(), "--input", bad.toString(), "--out",
                site.toString());
        assertEquals(0, built.code(), built.err());
        assertTrue(built.err().contains(bad + ": empty file (0 bytes)"), built.err());
        assertTrue(built.err().contains("1 problem(s): 1 file(s) skipped"), built.err());
        Path q1 = site.resolve("2025-08-30-putin-xinhua/q1.html");
        byte[] before = Files.readAllBytes(q1);
        Run r = run("build", "--strict", "--input", Fixtures.SEED.toString(), "--input", bad.toString(), "--out",
                site.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(bad + ": empty file (0 bytes)"), r.err());
        assertTrue(r.err().strip().endsWith("verbatim: build failed; the previous site at " + site + " is unchanged."),
                r.err());
        assertFalse(Files.exists(dir.resolve("site.work")));
        assertTrue(Files.exists(q1));
        assertEquals(-1L, Files.mismatch(q1, Files.write(dir.resolve("before.html"), before)));
    }

    @Test
    void aMissingProjectFolderIsAUsageError(@TempDir Path dir) {
        Path site = dir.resolve("site");
        Run r = run("build", "--project", dir.resolve("nope").toString(), "--input",
                Fixtures.SEED.toAbsolutePath().toString(), "--out", site.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("verbatim: --project " + dir.resolve("nope") + ": no such folder"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(site));
    }

    @Test
    void usageErrorsExitTwoAndHelpExplainsEveryOption() {
        assertEquals(2, run("build", "--no-such-option").code());
        Run help = run("build", "--help");
        assertEquals(0, help.code());
        for (String option : new String[] {"--input", "--out", "--base-url", "--project"}) {
            assertTrue(help.out().contains(option), option);
        }
    }
}
