package org.verbatim.model;

import java.util.AbstractList;
import java.util.List;

/**
 * One question with its answer, the unit of a page; number 0 is the opening before the first question.
 *
 * @param id the anchor and page name, e.g. {@code q3}
 * @param title short readable title for lists and the page heading
 * @param asked the passages of the question itself (empty for the opening)
 * @param answer the passages of every turn until the next question
 */
public record Question(int number, String id, String title, List<Passage> asked, List<Passage> answer) {
    public Question {
        asked = List.copyOf(asked);
        answer = List.copyOf(answer);
    }

    public boolean isOpening() {
        return number == 0;
    }

    /** The question's passages, then the answer's: a view, since pages ask for it in their inner loops. */
    public List<Passage> passages() {
        return new AbstractList<>() {
            @Override
            public Passage get(int index) {
                return index < asked.size() ? asked.get(index) : answer.get(index - asked.size());
            }

            @Override
            public int size() {
                return asked.size() + answer.size();
            }
        };
    }
}
