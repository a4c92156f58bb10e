package org.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Fixtures;
import org.verbatim.model.Paragraph;
import org.verbatim.model.Speaker;
import org.verbatim.model.Transcript;
import org.verbatim.model.Turn;

class TranscriptParserTest {

    private static List<String> paragraphs(Transcript t) {
        return t.turns().stream().flatMap(turn -> turn.paragraphs().stream()).map(Paragraph::text).toList();
    }

    private static long interviewerTurns(Transcript t) {
        return t.turns().stream().filter(turn -> turn.speaker() != null && turn.speaker().interviewer()).count();
    }

    @Test
    void seedRestoresGluedParagraphsAndLabels() {
        Transcript seed = Fixtures.transcript(Fixtures.SEED);
        assertEquals(53, paragraphs(seed).size());
        assertEquals(12, seed.turns().size());
        assertEquals(6, interviewerTurns(seed));
        List<Speaker> answering = seed.speakers().stream().filter(s -> !s.interviewer()).toList();
        assertEquals(1, answering.size(), "both label forms are one speaker");
        assertEquals("Vladimir Putin", answering.get(0).name());
        assertEquals("President of Russia", answering.get(0).role());
        List<String> labels = seed.turns().stream().filter(t -> !t.speaker().interviewer()).map(Turn::label).toList();
        assertEquals("President of Russia Vladimir Putin", labels.get(0));
        assertTrue(labels.subList(1, labels.size()).stream().allMatch("Putin"::equals));
        assertTrue(paragraphs(seed).contains(paragraphs(seed).stream()
                .filter(p -> p.startsWith("The Chinese leader was the principal guest")).findFirst().orElseThrow()));
        assertTrue(paragraphs(seed).stream().noneMatch(p -> p.contains("Putin: ")), "no label left inside text");
    }

    /**
     * A role with words after its last "of" ("Minister of Economic Development Maxim Oreshkin") cannot be cut from
     * the name by the first label alone; the shorter label the same speaker has later ("Maxim Oreshkin") can.
     */
    @Test
    void aSpeakerIsNamedByTheirPlainestLabel() {
        Transcript meeting = Fixtures.transcript(Fixtures.KREMLIN_SAMPLE.resolve("2017-03-21_54079.txt"));
        Speaker oreshkin = meeting.speakers().stream().filter(s -> s.name().contains("Oreshkin")).findFirst()
                .orElseThrow();
        assertEquals("Maxim Oreshkin", oreshkin.name());
        assertEquals("Minister of Economic Development", oreshkin.role());
        assertEquals(1, meeting.speakers().stream().filter(s -> s.name().contains("Oreshkin")).count());
        List<Turn> his = meeting.turns().stream().filter(t -> t.speaker() == oreshkin).toList();
        assertTrue(his.size() >= 2, "" + his.size());
        // As written, a no-break space included.
        assertEquals("Minister of\u00a0Economic Development Maxim Oreshkin", his.get(0).label());
    }

    /** A label with an office but no "of" ("Finance Minister Anna Petrova") is cut after the office word. */
    @Test
    void aRoleEndsAtItsLastOfficeWord(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("m.txt"), "Working meeting\n\nA made-up meeting.\n\n"
                + "Finance Minister Anna Petrova: The budget is ready.\n\nAcme Group Head Ivan Orlov: So are we.\n\n"
                + "Chairman Lee: Good.\n\nBoard Director Jan van Dijk: Agreed.\n");
        Map<String, String> roles = new java.util.TreeMap<>();
        Fixtures.transcript(file).speakers().forEach(sp -> roles.put(sp.name(), sp.role()));
        assertEquals(Map.of("Anna Petrova", "Finance Minister", "Ivan Orlov", "Acme Group Head",
                "Chairman Lee", "", "Jan van Dijk", "Board Director"), roles);
    }

    /**
     * A body of several words between the role's "of" and the person ("Chairman of Northern Star Bank Alexei
     * Orlov") is part of the role: the person begins at the first known given name. A one-word body keeps the
     * whole rest as the name, three words included ("President of Freedonia Recep Tayyip Demir").
     */
    @Test
    void aPersonBeginsAtAKnownGivenNameAfterABody(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("b.txt"), "Meeting with business\n\nA made-up meeting.\n\n"
                + "Chairman of Northern Star Bank Alexei Orlov: Credit is cheaper.\n\n"
                + "CEO of Blue River Energy Ben van Dam: Output is up.\n\n"
                + "President of Freedonia Recep Tayyip Demir: Good.\n\n"
                + "Head of the Regional Nature Fund Olga Petrova: Thank you.\n\n"
                + "Governor of Arcadia Zed Quill: Agreed.\n");
        Map<String, String> roles = new java.util.TreeMap<>();
        Fixtures.transcript(file).speakers().forEach(sp -> roles.put(sp.name(), sp.role()));
        assertEquals(Map.of("Alexei Orlov", "Chairman of Northern Star Bank",
                "Ben van Dam", "CEO of Blue River Energy",
                "Recep Tayyip Demir", "President of Freedonia",
                "Olga Petrova", "Head of the Regional Nature Fund",
                // No known given name: the role ends one word after "of", as before.
                "Zed Quill", "Governor of Arcadia"), roles);
    }

    /** The Kremlin sample's Council meeting: the head of Delovaya Rossiya is Alexei Repik, not "Rossiya Alexei Repik". */
    @Test
    void aTwoWordBodyStaysInTheRole() {
        Transcript meeting = Fixtures.transcript(Fixtures.KREMLIN_SAMPLE.resolve("2017-03-21_54079.txt"));
        Map<String, String> roles = new java.util.TreeMap<>();
        meeting.speakers().forEach(sp -> roles.put(sp.name(), sp.role()));
        assertEquals("President of Delovaya Rossiya", roles.get("Alexei Repik"), roles.toString());
        assertFalse(roles.containsKey("Rossiya Alexei Repik"));
    }

    /**
     * A label too long to be read as one on its own, which introduces a speaker known by a plainer label ("CEO and
     * Chairman of the Executive Board of Russian Railways Oleg Belozerov:" beside "Oleg Belozerov:"), gives that
     * speaker their role.
     */
    @Test
    void aLongLabelThatIntroducesAKnownSpeakerGivesTheRole() {
        Transcript meeting = Fixtures.transcript(Fixtures.KREMLIN_SAMPLE.resolve("2018-08-27_58382.txt"));
        Speaker belozerov = meeting.speakers().stream().filter(s -> s.name().equals("Oleg Belozerov")).findFirst()
                .orElseThrow();
        assertEquals("CEO and Chairman of the Executive Board of Russian Railways", belozerov.role());
        assertTrue(meeting.turns().stream().anyMatch(t -> belozerov.equals(t.speaker())
                && t.label().startsWith("CEO and")), "the label stays as written");
    }

    /** "Remark:" marks a voice the transcript does not identify: its turns keep the label, but it names nobody. */
    @Test
    void aRemarkIsNobodysName(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("v.txt"), "Visit to a plant\n\nA made-up visit.\n\n"
                + "Anna Petrova: This is the new line.\n\nRemark: It works well.\n\nAnna Petrova: Indeed.\n");
        Transcript t = Fixtures.transcript(file);
        Speaker remark = t.turns().get(1).speaker();
        assertEquals("Remark", remark.name());
        assertTrue(remark.unnamed());
        assertFalse(t.turns().get(0).speaker().unnamed());
        assertFalse(org.verbatim.crossref.CrossReferencer.link(List.of(Fixtures.interview(file))).entities().stream()
                .anyMatch(e -> e.name().equals("Remark")), "no person page for 'Remark'");
    }

    @Test
    void seedMetadataComesFromTitleLeadAndSidecar() {
        Transcript seed = Fixtures.transcript(Fixtures.SEED);
        assertEquals("President Putin Gives Written Interview to Chinese Xinhua News Agency", seed.metadata().title());
        assertTrue(seed.metadata().lead().startsWith("Ahead of his official visit"));
        assertEquals("2025-08-30", seed.metadata().date().toString());
        assertEquals("CC BY 4.0", seed.metadata().licence());
        assertEquals("Written interview", seed.metadata().kind());
        assertEquals("Xinhua", seed.metadata().interviewer());
        assertEquals(5, seed.bodyLine());
    }

    @Test
    void k1GluedAndUngluedGiveTheSameParagraphs() {
        Transcript lines = Fixtures.transcript(Fixtures.K1);
        Transcript glued = Fixtures.transcript(Fixtures.K1_GLUED);
        assertEquals(34, paragraphs(lines).size() - 0);
        assertEquals(paragraphs(lines), paragraphs(glued));
        assertEquals(12, lines.turns().size());
        assertEquals(6, interviewerTurns(lines));
        assertEquals(lines.turns().stream().map(Turn::label).toList(), glued.turns().stream().map(Turn::label).toList());
    }

    @Test
    void k1NoBreakSpaceLabelAndEmphasisColon() {
        Transcript k1 = Fixtures.transcript(Fixtures.K1);
        Turn first = k1.turns().get(1);
        assertEquals("President of\u00A0Russia Vladimir Putin", first.label());
        assertEquals("Vladimir Putin", first.speaker().name());
        assertEquals(2, k1.speakers().size());
        String last = paragraphs(k1).get(paragraphs(k1).size() - 1);
        assertTrue(last.replace("\u00A0", " ").startsWith("I will say it again for emphasis:"), last);
        assertFalse(k1.speakers().stream().anyMatch(s -> s.name().contains("emphasis")));
    }

    @Test
    void w1HardWrappedMarkdownWithBareQAndCapitalLabels() {
        Transcript w1 = Fixtures.transcript(Fixtures.W1);
        assertEquals(87, w1.turns().stream().filter(t -> t.speaker() != null).count());
        assertEquals(44, interviewerTurns(w1));
        List<String> names = w1.speakers().stream().filter(s -> !s.interviewer()).map(Speaker::name).toList();
        assertEquals(List.of("Ms. Dalton", "Administrator Criswell"), names);
        assertEquals("2023-01-19", w1.metadata().date().toString());
        assertTrue(w1.metadata().sourceUrl().startsWith("https://bidenwhitehouse.archives.gov/"));
        // Place and time lines before the first label are kept, unattributed.
        Turn preamble = w1.turns().get(0);
        assertNull(preamble.speaker());
        assertTrue(preamble.paragraphs().get(0).text().startsWith("Aboard Air Force One"));
        // The speaker changes without a blank line after "Do you have numbers on impacts?".
        Turn criswell = w1.turns().stream().filter(t -> t.line() == 183).findFirst().orElseThrow();
        assertEquals("ADMINISTRATOR CRISWELL", criswell.label());
        // Paragraphs are hard-wrapped lines joined: the first Dalton paragraph is whole.
        assertEquals("Thank you to FEMA Administrator Deanne Criswell for joining us this afternoon, and good"
                + " afternoon to all of you.", w1.turns().get(1).paragraphs().get(0).text());
    }

    @Test
    void w1TypoLabelIsKeptAsWrittenButAttributedToDalton() {
        Transcript w1 = Fixtures.transcript(Fixtures.W1);
        Turn typo = w1.turns().stream().filter(t -> t.label().equals("MS. DALOTON")).findFirst().orElseThrow();
        Turn dalton = w1.turns().stream().filter(t -> t.label().equals("MS. DALTON")).findFirst().orElseThrow();
        assertEquals(dalton.speaker(), typo.speaker());
    }

    @Test
    void glueKeepsAbbreviationsInitialsAndDecimals() {
        assertEquals(List.of("The U.S. and Mr. Smith met J. Smith.", "Trade grew 2.5 times.", "Then it fell."),
                Glue.split("The U.S. and Mr. Smith met J. Smith.Trade grew 2.5 times.Then it fell.", List.of()));
        assertEquals(List.of("He said “no.”", "“Yes,” she said?", "Fine."),
                Glue.split("He said “no.”“Yes,” she said?Fine.", List.of()));
        assertEquals(List.of("In the U.S.The end."), Glue.split("In the U.S.The end.", List.of()));
    }

    @Test
    void emptyFileIsAClearError(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("empty.txt"), "\n  \n");
        InputError e = assertThrows(InputError.class, () -> new TranscriptParser().parse(file));
        assertEquals(file + ":1: empty transcript: no text found", e.describe());
    }

    @Test
    void textWithoutLabelsIsAStatementOfEveryParagraph(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("plain.txt"),
                "A title\n\nSome lead.\n\nJust prose here. No one speaks.\nA second paragraph.\n");
        Transcript t = new TranscriptParser().parse(file);
        assertEquals(List.of(), t.speakers());
        assertEquals(1, t.turns().size());
        assertEquals(null, t.turns().get(0).speaker());
        assertEquals(List.of("Just prose here. No one speaks.", "A second paragraph."),
                t.turns().get(0).paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(org.verbatim.model.Kind.STATEMENT, new org.verbatim.structure.Structurer().structure(t).kind());
    }

    @Test
    void aTitleOnlyFileIsAClearError(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("title.txt"), "Vladimir Putin spoke by telephone\n\n\n");
        InputError e = assertThrows(InputError.class, () -> new TranscriptParser().parse(file));
        assertEquals(file + ":1: no text under the title 'Vladimir Putin spoke by telephone': nothing to publish;"
                + " add the transcript's text after a blank line, or remove the file", e.describe());
    }

    @Test
    void aTitleWithAColonIsNotALabel(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("arctic.txt"),
                "The Arctic: territory of dialogue\n\nVladimir Putin: Good afternoon.\nQuestion: Why?\n");
        Transcript t = new TranscriptParser().parse(file);
        assertEquals("The Arctic: territory of dialogue", t.metadata().title());
        assertEquals(List.of("Vladimir Putin", "Question"), t.turns().stream().map(Turn::label).toList());
    }

    @Test
    void labelsFollowedByANoBreakSpaceOrANoteAreLabels(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("nbsp.txt"), "Talks\n\nQuestion:\u00A0Why now?\n"
                + "President of Turkey Recep Tayyip Erdogan (retranslated): Because.\nRecep Tayyip Erdogan: Yes.\n");
        Transcript t = new TranscriptParser().parse(file);
        assertEquals(3, t.turns().size());
        assertEquals(t.turns().get(1).speaker(), t.turns().get(2).speaker());
        assertEquals("Recep Tayyip Erdogan", t.turns().get(1).speaker().name());
        assertEquals("President of Turkey Recep Tayyip Erdogan (retranslated)", t.turns().get(1).label());
    }

    @Test
    void aLabelThatIntroducesASpeakerJoinsTheSpeakersPlainLabel(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("intro.txt"), "Conversation with workers\n\n"
                + "Vladimir Putin: Congratulations.\nAlisa Shmelyova, metrology engineer: Mr President, may I ask?\n"
                + "Vladimir Putin: Okay.\nAlisa Shmelyova: Thank you.\n");
        Transcript t = new TranscriptParser().parse(file);
        assertEquals(4, t.turns().size());
        assertEquals("Alisa Shmelyova, metrology engineer", t.turns().get(1).label());
        assertEquals(t.turns().get(1).speaker(), t.turns().get(3).speaker());
    }

    @Test
    void invalidUtf8GivesLineAndByte(@TempDir Path dir) throws Exception {
        byte[] bytes = "Title\n\nQuestion: fine\nAnswer: caf\u00e9 \u00ff\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("latin1.txt"), bytes);
        InputError e = assertThrows(InputError.class, () -> new TranscriptParser().parse(file));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("invalid UTF-8 (byte 0xE9"), e.getMessage());
    }

    @Test
    void missingPathIsAClearError(@TempDir Path dir) {
        Path file = dir.resolve("nope.txt");
        InputError e = assertThrows(InputError.class, () -> new TranscriptParser().parse(file));
        assertEquals(file + ": no such file or directory", e.describe());
    }
}
