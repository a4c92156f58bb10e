package org.verbatim.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Fixtures;
import org.verbatim.ingest.TranscriptParser;
import org.verbatim.model.Interview;
import org.verbatim.model.Kind;
import org.verbatim.model.Passage;
import org.verbatim.model.Question;
import org.verbatim.model.Speaker;

class StructurerTest {

    private static Interview cut(Path dir, String text, String sidecar) throws java.io.IOException {
        Path file = Files.writeString(dir.resolve("t.txt"), text);
        Files.writeString(dir.resolve("t.yml"), sidecar);
        return new Structurer().structure(new TranscriptParser().parse(file));
    }

    private static final String TV = String.join("\n", "Interview with a TV channel", "",
            "Anna Lee: Good afternoon, Mr President.",
            "Ivan Petrov: Good afternoon.",
            "Anna Lee: What do you think of the second wave?",
            "Ivan Petrov: It is a set phrase that the specialists do not use; they speak of how an epidemic develops.",
            "Anna Lee: The situation is getting worse in Europe.",
            "Ivan Petrov: It is the holiday season, and there are many people on the beaches and in the bars.",
            "Anna Lee: Will it increase?",
            "Ivan Petrov: It may, for some time, until the situation fully stabilises.",
            "Anna Lee: Thank you, Mr President.", "");

    @Test
    void aNamedInterviewerAsksAndTurnsThatAskNothingJoinTheExchange(@TempDir Path dir) throws Exception {
        Interview tv = cut(dir, TV, "date: 2020-08-27\n");
        assertEquals(Kind.INTERVIEW, tv.kind());
        assertEquals(List.of("q1", "q2"), tv.questions().stream().map(Question::id).toList());
        assertEquals("What do you think of the second wave?", tv.questions().get(0).title());
        // The greeting leads in to the first question; the remark and the thanks stay in the exchanges around them.
        assertEquals("Good afternoon, Mr President.", tv.questions().get(0).asked().get(0).text());
        assertEquals("The situation is getting worse in Europe.", tv.questions().get(0).answer().get(1).text());
        assertEquals("Thank you, Mr President.", tv.questions().get(1).answer().get(1).text());
    }

    @Test
    void withoutAWordSayingSoALabelledTalkIsAMeetingOnOnePage(@TempDir Path dir) throws Exception {
        Interview meeting = cut(dir, TV.replace("Interview with a TV channel", "Meeting with Anna Lee"),
                "date: 2020-08-27\n");
        assertEquals(Kind.MEETING, meeting.kind());
        assertEquals(1, meeting.questions().size());
        assertEquals("Meeting with Anna Lee", meeting.questions().get(0).title());
        assertEquals(9, meeting.questions().get(0).passages().size(), "every paragraph on the one page");
        assertEquals("index", meeting.page("q0"));
    }

    @Test
    void theSidecarSaysWhoAsksAndWhatKindItIs(@TempDir Path dir) throws Exception {
        Interview named = cut(dir, TV.replace("Interview with a TV channel", "Meeting with Anna Lee"),
                "interviewers: [Anna Lee]\n");
        assertEquals(2, named.questions().size());
        assertTrue(named.transcript().speakers().stream().filter(Speaker::interviewer)
                .allMatch(s -> s.name().equals("Anna Lee")));
        Interview stated = cut(dir, TV, "kind: meeting\n");
        assertEquals(Kind.MEETING, stated.kind());
        assertEquals(1, stated.questions().size());
    }

    @Test
    void seedHasSixQuestionsWithTheHandCountedAnswers() {
        Interview seed = Fixtures.interview(Fixtures.SEED);
        assertEquals(6, seed.questions().size());
        assertEquals(List.of(6, 11, 6, 12, 5, 7), seed.questions().stream().map(q -> q.answer().size()).toList());
        assertTrue(seed.questions().stream().allMatch(q -> q.asked().size() == 1));
        Question third = seed.questions().get(2);
        assertEquals("q3", third.id());
        assertEquals("q3-p1", third.asked().get(0).id());
        assertEquals("q3-p2", third.answer().get(0).id());
        assertTrue(third.answer().get(0).opensTurn());
        assertEquals("Putin", third.answer().get(0).label());
        assertEquals("Vladimir Putin", third.answer().get(1).speaker().name());
        assertEquals("Chinese-Russian practical cooperation", third.title(), "title from the sidecar");
    }

    @Test
    void derivedTitlesAreTheFirstQuestionSentence() {
        Interview k1 = Fixtures.interview(Fixtures.K1);
        assertEquals("Could you share with us your impressions?", k1.questions().get(0).title());
        assertTrue(k1.questions().stream().allMatch(q -> q.title().length() <= Titles.MAX_LENGTH + 1));
    }

    @Test
    void w1OpeningStatementGetsItsOwnPageAndFragmentsJoinTheNextQuestion() {
        Interview w1 = Fixtures.interview(Fixtures.W1);
        Question opening = w1.questions().get(0);
        assertTrue(opening.isOpening());
        assertEquals("q0", opening.id());
        assertTrue(opening.answer().get(0).text().startsWith("Aboard Air Force One"));
        int askedTurns = w1.questions().stream()
                .mapToInt(q -> (int) q.asked().stream().filter(Passage::opensTurn).count()).sum();
        assertEquals(44, askedTurns);
        Question fragment = w1.questions().stream()
                .filter(q -> !q.isOpening() && q.asked().get(0).text().equals("Was —")).findFirst().orElseThrow();
        assertEquals(2, fragment.asked().size(), "a fragment cut off by the next reporter stays with it");
        int total = w1.questions().stream().mapToInt(q -> q.passages().size()).sum();
        assertEquals(145, total);
    }
}
