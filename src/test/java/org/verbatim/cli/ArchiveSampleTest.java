package org.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Fixtures;

/**
 * Builds the Kremlin sample (50 archive pages) (plus bad files and slug collisions added to a copy) with the command line,
 * once, and holds the site to what reading the pages says each should become ({@code expected.tsv}).
 */
class ArchiveSampleTest {

    private static final Pattern SOURCE = Pattern.compile("kremlin\\.ru/events/president/news/(\\d+)");

    @TempDir
    static Path dir;
    static Path input;
    static Path site;
    static MainTest.Run build;
    /** Kremlin page id → the site folder of its transcript. */
    static final Map<String, Path> folders = new LinkedHashMap<>();

    @BeforeAll
    static void buildTheSample() throws IOException {
        input = dir.resolve("archive");
        Files.createDirectories(input);
        try (Stream<Path> files = Files.list(Fixtures.KREMLIN_SAMPLE)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".yml")).toList()) {
                Files.copy(f, input.resolve(f.getFileName().toString()));
            }
        }
        // Files a careless contributor could add: each must be reported, none may stop the build.
        Files.write(input.resolve("scan.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Files.write(input.resolve("zero.txt"), new byte[0]);
        Files.createDirectories(input.resolve("folder.txt"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.copy(input.resolve("2020-04-06_63154.txt"), elsewhere.resolve("secret.txt"));
        Files.createSymbolicLink(input.resolve("outside.txt"), elsewhere.resolve("secret.txt"));
        // Same date and title as 2020-04-06_63154, no slug and no source: the default slugs of three files collide.
        String sidecar = Files.readString(input.resolve("2020-04-06_63154.yml")).replaceAll("(?m)^source:.*\\n", "");
        for (String name : List.of("dup-a", "dup-b")) {
            Files.copy(input.resolve("2020-04-06_63154.txt"), input.resolve(name + ".txt"));
            Files.writeString(input.resolve(name + ".yml"), sidecar);
        }
        // An explicit slug already given by 2000-02-24_37987's sidecar.
        Files.copy(input.resolve("2020-01-31_62704.txt"), input.resolve("clash.txt"));
        Files.writeString(input.resolve("clash.yml"), Files.readString(input.resolve("2020-01-31_62704.yml"))
                .replaceAll("(?m)^source:.*\\n", "")
                + "slug: 2000-02-24-acting-president-and-prime-minister-vladimir-37987\n");

        site = dir.resolve("site");
        build = MainTest.run("build", "--project", Path.of("").toAbsolutePath().toString(),
                "--input", input.toString(), "--out", site.toString());
        assertEquals(0, build.code(), build.err());
        try (Stream<Path> dirs = Files.list(site)) {
            for (Path d : dirs.filter(d -> Files.isRegularFile(d.resolve("index.html"))).sorted().toList()) {
                Matcher m = SOURCE.matcher(Files.readString(d.resolve("index.html")));
                if (m.find() && !d.getFileName().toString().equals("index.html")) {
                    folders.put(m.group(1), d);
                }
            }
        }
    }

    record Expected(String file, String kind, String questions, String note) {
        String pageId() {
            return file.substring(file.indexOf('_') + 1);
        }
    }

    static List<Expected> expected() throws IOException {
        List<Expected> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Fixtures.KREMLIN_SAMPLE.resolve("expected.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            rows.add(new Expected(f[0], f[1], f[2], f.length > 4 ? f[4] : ""));
        }
        return rows;
    }

    @Test
    void everyFileWithABodyGetsItsPageAndTheEmptyOnesAreReported() throws IOException {
        List<Expected> rows = expected();
        long files;
        try (Stream<Path> all = Files.list(Fixtures.KREMLIN_SAMPLE)) {
            files = all.filter(f -> f.toString().endsWith(".txt")).count();
        }
        assertEquals(files, rows.size(), "expected.tsv has a row for every page of the sample");
        for (Expected row : rows) {
            if (row.kind().equals("skipped")) {
                assertFalse(folders.containsKey(row.pageId()), row.file());
                assertTrue(build.err().contains(input.resolve(row.file() + ".txt") + ":1: no text under the title"),
                        build.err());
            } else {
                assertNotNull(folders.get(row.pageId()), row.file() + " has no page");
            }
        }
        // The sample's pages with a body, plus dup-a and dup-b.
        long published = rows.stream().filter(r -> !r.kind().equals("skipped")).count() + 2;
        assertTrue(build.out().contains("from " + published + " transcript(s)"), build.out());
    }

    @Test
    void kindsAndQuestionCountsAreThoseReadByHand() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Expected row : expected()) {
            Path folder = folders.get(row.pageId());
            if (folder == null) {
                continue;
            }
            Document index = Jsoup.parse(folder.resolve("index.html").toFile(), "UTF-8");
            String kind = index.selectFirst("p.meta").text().split(" · ")[0].toLowerCase(java.util.Locale.ROOT);
            long pages;
            try (Stream<Path> files = Files.list(folder)) {
                pages = files.filter(f -> f.getFileName().toString().matches("q[1-9][0-9a-z]*\\.html")).count();
            }
            String got = kind + " " + (pages == 0 ? "-" : pages);
            Matcher known = Pattern.compile("KNOWN: Verbatim makes (\\d+)").matcher(row.note());
            String questions = known.find() ? known.group(1) : row.questions();
            boolean ok = kind.equals(row.kind()) && (questions.startsWith(">=")
                    ? pages >= Integer.parseInt(questions.substring(2))
                    : questions.equals(pages == 0 ? "-" : String.valueOf(pages)));
            if (!ok) {
                wrong.add(row.file() + ": expected " + row.kind() + " " + row.questions() + ", got " + got);
            }
            if (pages == 0) {
                // One page: the interview's own page holds the text, every paragraph with its id.
                assertFalse(index.select("article .para[id^=q0-p]").isEmpty(), row.file());
                assertFalse(Files.exists(folder.resolve("q0.html")), row.file());
                assertTrue(index.select("h2, li.opening").stream().noneMatch(e -> e.text().contains("Opening remarks")),
                        row.file());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theHomePageSaysKindAndCount() throws IOException {
        Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        String orf = folders.get("57675").getFileName() + "/index.html";
        String yanukovych = folders.get("17622").getFileName() + "/index.html";
        String statement = folders.get("63154").getFileName() + "/index.html";
        assertTrue(home.selectFirst("a[href=" + orf + "]").parent().text().contains("Interview · 4 June 2018"));
        assertTrue(home.selectFirst("a[href=" + orf + "]").parent().text().contains("· 25 questions"));
        assertTrue(home.selectFirst("a[href=" + yanukovych + "]").parent().text().contains("· 1 question"));
        String line = home.selectFirst("a[href=" + statement + "]").parent().selectFirst("p.meta").text();
        assertTrue(line.startsWith("Statement · "), line);
        assertFalse(line.contains("question"), line);
    }

    @Test
    void oneHtmlPageOfEachKindIsValidHtml() {
        // The gate sites hold interviews only; the pages of statements and meetings are checked here.
        org.verbatim.gates.NuChecker nu = new org.verbatim.gates.NuChecker();
        List<String> errors = new ArrayList<>();
        for (String id : List.of("17200", "55863", "57675", "60857")) {
            Path page = folders.get(id).resolve("index.html");
            errors.addAll(nu.checkHtml(page, site.relativize(page).toString()));
        }
        errors.addAll(nu.checkHtml(folders.get("57675").resolve("q1.html"), "orf/q1.html"));
        errors.addAll(nu.checkHtml(site.resolve("index.html"), "index.html"));
        assertEquals(List.of(), errors);
    }

    /** A meeting's or statement's paragraphs are named "¶N" on name pages: the text has no question, so no "Q0". */
    @Test
    void namePagesNameAMeetingsParagraphsWithoutAQuestionNumber() throws IOException {
        Path ben = site.resolve("entities/ben-van-beurden.html");
        String html = Files.readString(ben);
        assertTrue(html.contains(">¶4</a>"), "the other mention of the Shell meeting is linked as its paragraph");
        try (var pages = Files.walk(site.resolve("entities"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                assertFalse(Files.readString(page).contains(">Q0 "), page + " names a paragraph 'Q0'");
            }
        }
    }

    @Test
    void aJournalistNamedByTheLabelsAsksAsAPersonInTheStructuredData() throws IOException {
        // 2018-06-04_57675: the ORF interview, whose questions are labelled "Armin Wolf:" (no sidecar interviewer).
        Path q1 = folders.get("57675").resolve("q1.html");
        Document page = Jsoup.parse(q1.toFile(), "UTF-8");
        com.google.gson.JsonObject question = com.google.gson.JsonParser.parseString(
                page.selectFirst("script[type=application/ld+json]").data()).getAsJsonObject()
                .getAsJsonObject("mainEntity");
        com.google.gson.JsonObject author = question.getAsJsonObject("author");
        assertEquals("Armin Wolf", author.get("name").getAsString(), question::toString);
        assertEquals("Person", author.get("@type").getAsString(), question::toString);
    }

    @Test
    void badFilesAreEachReportedOnceWithACount() {
        String err = build.err();
        assertTrue(err.contains(input.resolve("scan.txt") + ": a binary file"), err);
        assertTrue(err.contains(input.resolve("zero.txt") + ": empty file (0 bytes)"), err);
        assertTrue(err.contains(input.resolve("folder.txt") + ": a folder named like a transcript"), err);
        assertTrue(err.contains(input.resolve("outside.txt") + ": a link to "), err);
        assertTrue(err.contains(input.resolve("clash.yml") + ":1: slug '2000-02-24-acting-president-and-prime-"
                + "minister-vladimir-37987' is already given to " + input.resolve("2000-02-24_37987.txt")), err);
        assertTrue(err.contains("7 problem(s): 7 file(s) skipped, 0 warning(s)"), err);
        assertFalse(err.contains("Exception"), err);
    }

    @Test
    void collidingDefaultSlugsGetSuffixesOfTheirOwn() throws IOException {
        String base = "2020-04-06-telephone-conversation-with-prime-minister-of";
        assertEquals(base + "-63154", folders.get("63154").getFileName().toString());
        assertFalse(Files.exists(site.resolve(base)));
        List<String> dups;
        try (Stream<Path> dirs = Files.list(site)) {
            dups = dirs.map(d -> d.getFileName().toString()).filter(n -> n.matches(Pattern.quote(base)
                    + "-[0-9a-f]{8}")).sorted().toList();
        }
        assertEquals(2, dups.size(), dups.toString());
    }

    @Test
    void strictFailsOnTheSameInputAndLeavesTheSiteUntouched() throws IOException {
        Path home = site.resolve("index.html");
        byte[] before = Files.readAllBytes(home);
        MainTest.Run strict = MainTest.run("build", "--strict", "--project", Path.of("").toAbsolutePath().toString(),
                "--input", input.toString(), "--out", site.toString());
        assertEquals(1, strict.code(), strict.err());
        assertTrue(strict.err().contains("7 problem(s)"), strict.err());
        assertTrue(strict.err().contains("--strict"), strict.err());
        assertEquals(-1L, Files.mismatch(home, Files.write(dir.resolve("before.html"), before)));
        assertFalse(Files.exists(dir.resolve("site.work")));
    }
}
