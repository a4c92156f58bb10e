package org.verbatim.structure;

import java.util.ArrayList;
import java.util.List;

import org.verbatim.model.Interview;
import org.verbatim.model.Paragraph;
import org.verbatim.model.Passage;
import org.verbatim.model.Question;
import org.verbatim.model.Transcript;
import org.verbatim.model.Turn;

/**
 * Cuts a transcript into questions: a question is a run of interviewer turns, its answer every turn until the
 * next question. Turns before the first question form question 0, the opening, so nothing is dropped.
 */
public final class Structurer {

    public Interview structure(Transcript transcript) {
        List<List<Turn>> groups = new ArrayList<>();
        List<Turn> current = new ArrayList<>();
        boolean answering = false;
        boolean opening = true;
        List<Turn> openingTurns = new ArrayList<>();
        for (Turn turn : transcript.turns()) {
            boolean asks = turn.speaker() != null && turn.speaker().interviewer();
            if (opening && !asks) {
                openingTurns.add(turn);
                continue;
            }
            opening = false;
            if (asks && answering) {
                groups.add(current);
                current = new ArrayList<>();
                answering = false;
            }
            if (!asks) {
                answering = true;
            }
            current.add(turn);
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }

        List<Question> questions = new ArrayList<>();
        if (!openingTurns.isEmpty()) {
            questions.add(build(transcript, 0, List.of(), openingTurns));
        }
        int number = 1;
        for (List<Turn> group : groups) {
            int split = 0;
            while (split < group.size() && group.get(split).speaker().interviewer()) {
                split++;
            }
            questions.add(build(transcript, number++, group.subList(0, split), group.subList(split, group.size())));
        }
        return new Interview(transcript, questions);
    }

    private static Question build(Transcript transcript, int number, List<Turn> asked, List<Turn> answer) {
        String id = "q" + number;
        int[] counter = {0};
        List<Passage> askedPassages = passages(id, asked, counter);
        List<Passage> answerPassages = passages(id, answer, counter);
        String title = Titles.choose(transcript.metadata(), number, number == 0, askedPassages);
        return new Question(number, id, title, askedPassages, answerPassages);
    }

    private static List<Passage> passages(String questionId, List<Turn> turns, int[] counter) {
        List<Passage> passages = new ArrayList<>();
        for (Turn turn : turns) {
            boolean first = true;
            for (Paragraph paragraph : turn.paragraphs()) {
                counter[0]++;
                passages.add(new Passage(questionId + "-p" + counter[0], counter[0], turn.speaker(), first,
                        first ? turn.label() : "", paragraph));
                first = false;
            }
        }
        return passages;
    }
}
