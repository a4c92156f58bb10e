package org.verbatim.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.verbatim.Fixtures;
import org.verbatim.model.Interview;
import org.verbatim.model.Metadata;
import org.verbatim.model.Passage;
import org.verbatim.model.Speaker;

/** Expected strings are written out from the style rules (APA 7, Chicago 17 notes-bibliography), not from output. */
class CitationTest {

    private static final Interview SEED = Fixtures.interview(Fixtures.SEED);
    private static final String BASE = "https://example.org/verbatim/";
    private static final String URL = "https://example.org/verbatim/2025-08-30-putin-xinhua/q3.html#q3-p2";
    private static final String TITLE = "President Putin Gives Written Interview to Chinese Xinhua News Agency";

    private static Passage passage(String id) {
        return SEED.questions().stream().flatMap(q -> q.passages().stream()).filter(p -> p.id().equals(id))
                .findFirst().orElseThrow();
    }

    private static Citation seed(String id) {
        String url = Citation.paragraphUrl(BASE, "/" + SEED.slug() + "/" + id.substring(0, id.indexOf('-')) + ".html",
                id);
        return Citation.of(SEED, passage(id), url);
    }

    @Test
    void paragraphUrlJoinsBasePageAndId() {
        assertEquals(URL, seed("q3-p2").url());
        assertEquals("https://u.github.io/site/p.html#q1-p1", Citation.paragraphUrl("https://u.github.io/site", "p.html",
                "q1-p1"));
    }

    @Test
    void quoteLineOfAnAnswer() {
        String sentence = "Economic relations between Russia and China have reached an unprecedented level.";
        assertEquals("“" + sentence + "” — Vladimir Putin, written interview to Xinhua, 30 August 2025, Q3 ¶2, " + URL,
                seed("q3-p2").quote(sentence));
        assertEquals("Q3 ¶2", seed("q3-p2").locator());
    }

    @Test
    void apaReferenceAndInTextCitation() {
        assertEquals("Putin, V. (2025, August 30). " + TITLE + " [Written interview transcript]. President of Russia. "
                + URL, seed("q3-p2").apa());
        assertEquals("(Putin, 2025, Q3, para. 2)", seed("q3-p2").apaInText());
    }

    @Test
    void chicagoNoteAndBibliography() {
        assertEquals("Vladimir Putin, “" + TITLE + ",” written interview by Xinhua, President of Russia,"
                + " August 30, 2025, Q3, par. 2, " + URL + ".", seed("q3-p2").chicagoNote());
        assertEquals("Putin, Vladimir. “" + TITLE + ".” Written interview by Xinhua. President of Russia,"
                + " August 30, 2025. http://en.kremlin.ru/events/president/news.", seed("q3-p2").chicagoBibliography());
    }

    @Test
    void bibtexEntry() {
        assertEquals("""
                @misc{putin2025-q3-p2,
                  author = {Putin, Vladimir},
                  title = {{President Putin Gives Written Interview to Chinese Xinhua News Agency}},
                  howpublished = {Written interview by Xinhua, President of Russia},
                  year = {2025},
                  month = aug,
                  date = {2025-08-30},
                  note = {Q3, para.~2. Source: \\url{http://en.kremlin.ru/events/president/news}},
                  url = {https://example.org/verbatim/2025-08-30-putin-xinhua/q3.html#q3-p2}
                }""", seed("q3-p2").bibtex());
    }

    @Test
    void theInterviewersQuestionIsCreditedToTheOutletAsAGroupAuthor() {
        Citation q = seed("q3-p1");
        String url = "https://example.org/verbatim/2025-08-30-putin-xinhua/q3.html#q3-p1";
        assertEquals("“How?” — Xinhua, written interview, 30 August 2025, Q3 ¶1, " + url, q.quote("How?"));
        assertEquals("Xinhua. (2025, August 30). " + TITLE + " [Written interview transcript]. President of Russia. "
                + url, q.apa());
        assertEquals("(Xinhua, 2025, Q3, para. 1)", q.apaInText());
        assertEquals("Xinhua, “" + TITLE + ",” written interview, President of Russia, August 30, 2025, Q3, par. 1, "
                + url + ".", q.chicagoNote());
        assertEquals("xinhua2025-q3-p1", q.bibtexKey());
        assertEquals(true, q.bibtex().contains("\n  author = {{Xinhua}},\n"), q.bibtex());
    }

    private static Metadata metadata(String title, LocalDate date, String publisher, String source, String kind,
                                     String interviewer) {
        return new Metadata(title, date, "", publisher, source, "", "", "en", kind, interviewer, "slug", Map.of(),
                Map.of());
    }

    @Test
    void specialCharactersAreEscapedForBibtexAndMissingPartsAreLeftOut() {
        Metadata m = metadata("R&D at 100%: $5_000 for #1 {x} \\ ^ ~", null, "Example Press",
                "https://example.com/a%20b/#frag", "Press gaggle", "");
        Citation c = new Citation(m, new Speaker("king", "Dr. Martin Luther King Jr.", "", false), "q2a-p3b",
                "https://example.org/s/q2a.html#q2a-p3b");
        assertEquals("""
                @misc{king-q2a-p3b,
                  author = {King, Jr., Martin Luther},
                  title = {{R\\&D at 100\\%: \\$5\\_000 for \\#1 \\textbraceleft{}x\\textbraceright{} \\textbackslash{} \
                \\textasciicircum{} \\textasciitilde{}}},
                  howpublished = {Press gaggle, Example Press},
                  note = {Q2a, para.~3b. Source: \\url{https://example.com/a\\%20b/\\#frag}},
                  url = {https://example.org/s/q2a.html#q2a-p3b}
                }""", c.bibtex());
        assertEquals("“Yes.” — Dr. Martin Luther King Jr., press gaggle, Q2a ¶3b, https://example.org/s/q2a.html#q2a-p3b",
                c.quote(" Yes. "));
        assertEquals("King, M. L., Jr. (n.d.). R&D at 100%: $5_000 for #1 {x} \\ ^ ~ [Press gaggle transcript]."
                + " Example Press. https://example.org/s/q2a.html#q2a-p3b", c.apa());
        assertEquals("(King, n.d., Q2a, para. 3b)", c.apaInText());
        assertEquals("King, Martin Luther, Jr. “R&D at 100%: $5_000 for #1 {x} \\ ^ ~.” Press gaggle. Example Press,"
                + " n.d. https://example.com/a%20b/#frag.", c.chicagoBibliography());
    }

    @Test
    void namesWithHyphensAndParticlesAndTitlesEndingInAQuestion() {
        Metadata m = metadata("Where Next?", LocalDate.of(2024, 1, 5), "", "", "Interview", "Channel 4");
        Citation hyphen = new Citation(m, new Speaker("jl", "Jean-Luc Picard", "", false), "q1-p2", "u");
        assertEquals("Picard, J.-L. (2024, January 5). Where Next? [Interview transcript]. u", hyphen.apa());
        assertEquals("Jean-Luc Picard, “Where Next?” interview by Channel 4, January 5, 2024, Q1, par. 2, u.",
                hyphen.chicagoNote());
        assertEquals("Picard, Jean-Luc. “Where Next?” Interview by Channel 4. January 5, 2024.",
                hyphen.chicagoBibliography());
        assertEquals("“Engage.” — Jean-Luc Picard, interview to Channel 4, 5 January 2024, Q1 ¶2, u",
                hyphen.quote("Engage."));
        Citation particle = new Citation(m, new Speaker("uvdl", "Ursula von der Leyen", "", false), "q0-p1", "u");
        assertEquals("(von der Leyen, 2024, Opening, para. 1)", particle.apaInText());
        assertEquals("vonderleyen2024-q0-p1", particle.bibtexKey());
        assertEquals(true, particle.bibtex().contains("author = {von der Leyen, Ursula}"));
    }

    @Test
    void bibtexUrlsKeepTheirCharactersButNotThoseThatBreakTheFile() {
        assertEquals("https://x.org/a%20b/%7Bc%7D%5C%22#q1-p1?x=1&y=%41_z",
                Citation.bibtexUrl("https://x.org/a b/{c}\\\"#q1-p1?x=1&y=%41_z"));
        String entry = seed("q3-p2").bibtex();
        assertEquals(entry.chars().filter(c -> c == '{').count(), entry.chars().filter(c -> c == '}').count());
    }
}
