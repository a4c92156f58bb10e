package org.verbatim.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.verbatim.Fixtures;
import org.verbatim.model.Interview;
import org.verbatim.model.Passage;
import org.verbatim.model.Question;

class StructurerTest {

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
