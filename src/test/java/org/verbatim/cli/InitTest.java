package org.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Fixtures;
import org.yaml.snakeyaml.Yaml;

/** {@code verbatim init DIR}: a project folder ready to edit, that builds as it is and whose edits win. */
class InitTest {

    @Test
    void writesAProjectThatBuildsAndWhoseEditedTemplateOverridesTheDefault(@TempDir Path dir) throws IOException {
        Path project = dir.resolve("archive");
        MainTest.Run init = MainTest.runIn(dir, "init", project.toString());
        assertEquals(0, init.code(), init.err());
        assertTrue(init.out().contains("cd " + project), init.out());
        assertTrue(init.out().contains(" build") && init.out().contains(" serve"), init.out());

        for (String file : List.of("jbake.properties", "templates/layout.ftl", "templates/partials/credit.ftl",
                "assets/css/site.css", "assets/js/site.js", "content/about.md")) {
            assertEquals(-1L, Files.mismatch(project.resolve(file), Path.of(file)), file);
        }
        Path transcripts = project.resolve("transcripts");
        for (String file : List.of("000_a9627bfb15e6d3a6.txt", "000_a9627bfb15e6d3a6.yml",
                "000_a9627bfb15e6d3a6.anchors.yml")) {
            assertEquals(-1L, Files.mismatch(transcripts.resolve(file), Fixtures.SEED.resolveSibling(file)), file);
        }
        assertTrue(Files.readString(project.resolve("README.md")).contains("CC BY 4.0"), "the sample's credit");
        Object workflow = new Yaml().load(Files.readString(project.resolve(".github/workflows/pages.yml")));
        assertTrue(workflow.toString().contains("actions/deploy-pages"), "a Pages workflow that parses as YAML");

        // As written, from inside the folder, with no option.
        MainTest.Run build = MainTest.runIn(project, "build", "-q", "--out", project.resolve("target/site").toString());
        assertEquals(0, build.code(), build.err());
        Path q2 = project.resolve("target/site/2025-08-30-putin-xinhua/q2.html");
        assertTrue(Jsoup.parse(q2.toFile()).selectFirst("h1").text().contains("Preserving the memory of the Victory"));

        // An edit to a template in the project shows in the next build.
        Path credit = project.resolve("templates/partials/credit.ftl");
        String text = Files.readString(credit);
        assertTrue(text.contains("Paragraph breaks and speaker labels"), text);
        Files.writeString(credit, text.replace("Paragraph breaks and speaker labels",
                "<span class=\"edited-credit\">Edited here</span> Paragraph breaks and speaker labels"));
        build = MainTest.runIn(project, "build", "-q", "--out", project.resolve("target/site").toString());
        assertEquals(0, build.code(), build.err());
        assertEquals("Edited here", Jsoup.parse(q2.toFile()).select(".edited-credit").text());
    }

    @Test
    void refusesAFolderThatIsNotEmptyUnlessForced(@TempDir Path dir) throws IOException {
        Path mine = Files.writeString(Files.createDirectories(dir.resolve("busy")).resolve("notes.txt"), "mine");
        MainTest.Run refused = MainTest.runIn(dir, "init", dir.resolve("busy").toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("not empty") && refused.err().contains("--force"), refused.err());
        assertFalse(Files.exists(dir.resolve("busy/templates")), "nothing written");

        MainTest.Run forced = MainTest.runIn(dir, "init", "--force", dir.resolve("busy").toString());
        assertEquals(0, forced.code(), forced.err());
        assertTrue(Files.isRegularFile(dir.resolve("busy/templates/layout.ftl")));
        assertEquals("mine", Files.readString(mine), "other files are left as they were");

        MainTest.Run empty = MainTest.runIn(dir, "init", Files.createDirectories(dir.resolve("empty")).toString());
        assertEquals(0, empty.code(), empty.err());
    }

    @Test
    void aFolderThatCannotBeMadeIsOneLineExitOne(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("file.txt"), "not a folder");
        MainTest.Run r = MainTest.runIn(dir, "init", file.resolve("inside").toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith("verbatim: cannot copy Verbatim's default files into "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        MainTest.Run onFile = MainTest.runIn(dir, "init", file.toString());
        assertEquals(1, onFile.code(), onFile.err());
        assertTrue(onFile.err().contains("exists and is not a folder"), onFile.err());
    }
}
