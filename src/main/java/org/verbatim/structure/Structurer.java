package org.verbatim.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.verbatim.model.Interview;
import org.verbatim.model.Kind;
import org.verbatim.model.Speaker;
import org.verbatim.model.Paragraph;
import org.verbatim.model.Passage;
import org.verbatim.model.Question;
import org.verbatim.model.Transcript;
import org.verbatim.model.Turn;

/**
 * Cuts a transcript into pages. Interviews and press conferences get one page per question: a question opens at
 * an asking turn (a role label such as {@code Question:}, or an asker's turn with a question mark) once the
 * previous question has been answered, and runs until the next; an asker's turn that asks nothing ("Thank you,
 * Mr President.") stays in the exchange around it, and a new asker's lead-in ("Good afternoon. My name is ...")
 * opens the exchange of the question it leads to. Turns before the first question form question 0, the opening.
 * Meetings and statements (no asker, or a sidecar {@code kind:} saying so) are one page, question 0, holding every
 * turn, so nothing is dropped.
 */
public final class Structurer {

    /** A new person's turn of this many words opens an exchange even without a question mark (a request). */
    private static final int ADDRESS_WORDS = 40;

    public Interview structure(Transcript transcript) {
        List<Turn> turns = transcript.turns();
        Kind stated = Kind.parse(transcript.metadata().kind());
        List<Integer> starts = stated != null && !stated.questionPages() ? List.of() : starts(turns);
        List<Question> questions = new ArrayList<>();
        if (starts.isEmpty()) {
            questions.add(build(transcript, 0, List.of(), turns, transcript.metadata().title()));
            return new Interview(transcript, questions);
        }
        if (starts.get(0) > 0) {
            questions.add(build(transcript, 0, List.of(), turns.subList(0, starts.get(0)), null));
        }
        for (int g = 0; g < starts.size(); g++) {
            List<Turn> group = turns.subList(starts.get(g), g + 1 < starts.size() ? starts.get(g + 1) : turns.size());
            int split = split(group);
            questions.add(build(transcript, g + 1, group.subList(0, split), group.subList(split, group.size()), null));
        }
        return new Interview(transcript, questions);
    }

    private static boolean asker(Turn t) {
        return t.speaker() != null && t.speaker().interviewer();
    }

    /**
     * A role label ("Question", "Q", "Reporter") asks; a named asker asks with a question mark. A turn without a
     * question mark that replies to the answerer's own question ("If there is a chance of another one falling?")
     * asks nothing, whoever says it.
     */
    private static boolean asking(List<Turn> turns, int i) {
        Turn t = turns.get(i);
        if (!asker(t)) {
            return false;
        }
        if (i > 0 && !asker(turns.get(i - 1)) && endsAsking(turns.get(i - 1)) && !hasQuestionMark(t)) {
            return false;
        }
        String label = t.label().replace('\u00A0', ' ').strip().toLowerCase(Locale.ROOT);
        return Speaker.ASKING_ROLES.contains(label) || hasQuestionMark(t) && !onlyInvitesQuestions(t);
    }

    /** "Does anyone have any questions?", "Any more questions?", "Who would like to ask?" */
    private static final java.util.regex.Pattern INVITATION = java.util.regex.Pattern.compile(
            "(?i).*\\b(any|anyone|anybody|who|more|other|further)\\b.*\\b(questions|ask)\\s*\\?");

    /**
     * Whether every question a turn asks is an invitation to others to ask: a host turning to the audience (the
     * plant director at the Chelyabinsk visit) asks the answerer nothing, so the turn opens no question.
     */
    private static boolean onlyInvitesQuestions(Turn t) {
        List<String> asked = new ArrayList<>();
        for (Paragraph p : t.paragraphs()) {
            for (String sentence : p.text().split("(?<=[?？])\\s*")) {
                if (sentence.strip().endsWith("?") || sentence.strip().endsWith("？")) {
                    asked.add(sentence.strip());
                }
            }
        }
        return !asked.isEmpty() && asked.stream().allMatch(q -> INVITATION.matcher(q).matches());
    }

    private static boolean hasQuestionMark(Turn t) {
        return t.paragraphs().stream().anyMatch(p -> p.text().indexOf('?') >= 0 || p.text().indexOf('？') >= 0);
    }

    private static boolean endsAsking(Turn t) {
        if (t.speaker() == null || t.paragraphs().isEmpty()) {
            return false;
        }
        // "... falling? (Laughter)": a stage note after the question mark does not end the question.
        String last = t.paragraphs().get(t.paragraphs().size() - 1).text().strip()
                .replaceAll("\\s*\\([^()]*\\)$", "").replaceAll("[”\"’»]+$", "");
        return last.endsWith("?") || last.endsWith("？");
    }

    /** Where each question's group of turns starts. */
    private static List<Integer> starts(List<Turn> turns) {
        List<Integer> starts = new ArrayList<>();
        boolean hasQuestion = false;
        boolean answered = false;
        Speaker lastAsker = null;
        for (int i = 0; i < turns.size(); i++) {
            Turn t = turns.get(i);
            if (!asker(t)) {
                answered |= hasQuestion && t.speaker() != null;
                continue;
            }
            boolean newRun = t.speaker() != lastAsker;
            lastAsker = t.speaker();
            boolean open;
            if (starts.isEmpty()) {
                open = true;
            } else if (!(hasQuestion && answered)) {
                open = false;
            } else if (newRun) {
                open = runAsks(turns, i) || words(t) >= ADDRESS_WORDS;
            } else {
                open = asking(turns, i);
            }
            if (open) {
                starts.add(i);
                hasQuestion = asking(turns, i) || !runAsks(turns, i) && words(t) >= ADDRESS_WORDS;
                answered = false;
            } else if (asking(turns, i) && !hasQuestion) {
                hasQuestion = true;
                answered = false;
            }
        }
        return starts;
    }

    /** Whether the asker of turn {@code from} asks anything before another asker speaks. */
    private static boolean runAsks(List<Turn> turns, int from) {
        Speaker who = turns.get(from).speaker();
        for (int i = from; i < turns.size(); i++) {
            Turn t = turns.get(i);
            if (asker(t) && t.speaker() != who) {
                return false;
            }
            if (t.speaker() == who && asking(turns, i)) {
                return true;
            }
        }
        return false;
    }

    private static int words(Turn t) {
        return t.paragraphs().stream().mapToInt(p -> p.text().split("\\s+").length).sum();
    }

    /** The question part of a group: up to its first asking turn and the asker turns right after it. */
    private static int split(List<Turn> group) {
        int first = 0;
        while (first < group.size() && !asking(group, first)) {
            first++;
        }
        if (first == group.size()) {
            first = 0;
        }
        int split = first + 1;
        while (split < group.size() && asker(group.get(split))) {
            split++;
        }
        return split;
    }

    private static Question build(Transcript transcript, int number, List<Turn> asked, List<Turn> answer,
                                  String wholeTitle) {
        String id = "q" + number;
        int[] counter = {0};
        List<Passage> askedPassages = passages(id, asked, counter);
        List<Passage> answerPassages = passages(id, answer, counter);
        String title = wholeTitle != null ? wholeTitle
                : Titles.choose(transcript.metadata(), number, number == 0, askedPassages);
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
