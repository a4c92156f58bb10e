package org.verbatim.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Gate: the schema.org JSON-LD of every page of the seed and corpus sites passes Adobe's structured-data-validator
 * (schema.org types and properties, Google's rich-result rules) with no error and no warning, and every interview
 * and question page has it.
 */
class StructuredDataGateTest {

    @BeforeEach
    void needsTheValidator() {
        SchemaOrgValidator.assumeAvailable();
    }

    static Stream<GateSites.Site> sites() {
        return GateSites.both();
    }

    @ParameterizedTest(name = "{0} site")
    @MethodSource("sites")
    void everyPagesStructuredDataPassesTheValidator(GateSites.Site site) {
        List<String> pages = site.pages();
        List<SchemaOrgValidator.Report> reports =
                SchemaOrgValidator.check(pages.stream().map(site.root()::resolve).toList());
        List<String> problems = new ArrayList<>();
        int interviewPages = 0;
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            SchemaOrgValidator.Report report = reports.get(i);
            // An interview's own pages: its index and one page per question, beside its transcript page.
            boolean interviewPage = page.matches("[^/]+/(index|q\\d+)\\.html")
                    && Files.exists(site.root().resolve(page).resolveSibling("transcript.html"));
            if (interviewPage) {
                interviewPages++;
                if (report.jsonld() != 1) {
                    problems.add(site.name() + "/" + page + ": " + report.jsonld() + " JSON-LD items, expected 1");
                }
            }
            report.issues().forEach(issue -> problems.add(site.name() + "/" + page + ": " + issue));
        }
        assertTrue(interviewPages > 5, "interview and question pages found: " + interviewPages);
        assertEquals("", String.join("\n", problems), problems.size() + " structured-data problem(s) in "
                + pages.size() + " pages");
    }

    /** The gate can fail: on a hand-made page, the validator reports a made-up type, property and a nameless author. */
    @Test
    void theValidatorReportsRealProblems(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.html"), page("""
                {"@context": "https://schema.org", "@type": "WebPage", "name": "Q1",
                 "isPartOf": {"@type": "Interview", "name": "An interview"},
                 "mainEntity": {"@type": "Question", "text": "Why?", "interviewer": "Xinhua",
                   "suggestedAnswer": {"@type": "Answer", "text": "Because.", "author": {"@type": "Person"}}}}"""));
        Path good = Files.writeString(dir.resolve("good.html"), page("""
                {"@context": "https://schema.org", "@type": "WebPage", "name": "Q1",
                 "isPartOf": {"@type": "CreativeWork", "name": "An interview", "genre": "Interview"},
                 "mainEntity": {"@type": "Question", "text": "Why?", "author": {"@type": "Organization", "name": "Xinhua"},
                   "suggestedAnswer": {"@type": "Answer", "text": "Because.",
                     "author": {"@type": "Person", "name": "A. Person", "jobTitle": "President"}}}}"""));
        List<SchemaOrgValidator.Report> reports = SchemaOrgValidator.check(List.of(bad, good));

        List<String> found = reports.get(0).issues().stream().map(i -> i.severity() + ": " + i.issueMessage())
                .sorted().toList();
        assertEquals(List.of(
                "ERROR: Required attribute \"name\" is missing",
                "ERROR: Type \"Interview\" is not a valid schema.org type",
                "WARNING: Property \"interviewer\" for type \"Question\" is not supported by the schema.org specification"),
                found);
        // Each issue says where it is: the nameless author is the answer's.
        assertTrue(reports.get(0).issues().stream().anyMatch(i -> i.issueMessage().contains("\"name\"")
                && i.path().toString().contains("property=author")
                && i.path().get(i.path().size() - 2).get("property").equals("suggestedAnswer")), reports.get(0).toString());
        assertEquals(1, reports.get(1).jsonld());
        assertEquals(List.of(), reports.get(1).issues());
    }

    private static String page(String jsonld) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title>"
                + "<script type=\"application/ld+json\">" + jsonld + "</script></head><body><p>x</p></body></html>";
    }
}
