package org.verbatim.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.verbatim.model.Kind;
import org.verbatim.model.Paragraph;
import org.verbatim.model.Speaker;
import org.verbatim.model.Transcript;
import org.verbatim.model.Turn;

/**
 * Decides who asks the questions when the labels name people ({@code Armin Wolf:}) rather than a role
 * ({@code Question:}). The rule, found by reading the Kremlin sample (see the README, "Publishing an archive"):
 * the sidecar's {@code interviewers:} wins; otherwise, when no role label asks and the title or lead says the page
 * is an interview or answers questions, or when three or more people each put a question to one central speaker (workers, students),
 * everyone but the central speaker (the one who says most) asks. A working meeting where the president questions
 * a minister has as many question marks as a television interview, so punctuation alone never makes a Q&amp;A.
 */
final class Askers {

    /** Words of a title or lead that announce questions and answers. */
    private static final Pattern CUE = Pattern.compile(
            "\\binterview|\\bquestions?\\b|\\b(news|press) conference|\\bq ?& ?a\\b|\\banswer(ed|s)?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int MIN_ASKERS_AROUND_ONE = 3;

    private Askers() {
    }

    static Transcript mark(Transcript t, List<String> named) {
        if (t.speakers().isEmpty()) {
            return t;
        }
        Kind stated = Kind.parse(t.metadata().kind());
        if (stated != null && !stated.questionPages()) {
            return t;
        }
        Set<String> askers = new HashSet<>();
        if (!named.isEmpty()) {
            for (String name : named) {
                String n = Labels.normalise(name).toLowerCase(Locale.ROOT);
                for (Turn turn : t.turns()) {
                    if (turn.speaker() != null && (Labels.normalise(turn.label()).toLowerCase(Locale.ROOT).equals(n)
                            || turn.speaker().name().toLowerCase(Locale.ROOT).equals(n))) {
                        askers.add(turn.speaker().key());
                    }
                }
            }
        } else {
            Speaker central = central(t);
            String cue = t.metadata().title() + " " + t.metadata().lead();
            boolean roles = t.speakers().stream().anyMatch(Speaker::interviewer);
            // With role labels ("Question:") the title's words add nothing: the roles already say who asks.
            if (!roles && CUE.matcher(cue).find() || askingAround(t, central) >= MIN_ASKERS_AROUND_ONE) {
                t.speakers().stream().filter(s -> s != central).forEach(s -> askers.add(s.key()));
            }
        }
        if (askers.isEmpty()) {
            return t;
        }
        Map<Speaker, Speaker> marked = new LinkedHashMap<>();
        for (Speaker s : t.speakers()) {
            marked.put(s, s.interviewer() || askers.contains(s.key())
                    ? new Speaker(s.key(), s.name(), s.role(), true) : s);
        }
        List<Turn> turns = t.turns().stream().map(turn -> turn.speaker() == null ? turn
                : new Turn(marked.get(turn.speaker()), turn.label(), turn.line(), turn.paragraphs())).toList();
        return new Transcript(t.source(), t.metadata(), List.copyOf(marked.values()), turns, t.body(), t.bodyLine());
    }

    /** The speaker who says most: the one answering at an interview or a visit. */
    private static Speaker central(Transcript t) {
        Map<Speaker, Integer> words = new HashMap<>();
        for (Turn turn : t.turns()) {
            if (turn.speaker() != null && !turn.speaker().interviewer()) {
                words.merge(turn.speaker(), turn.paragraphs().stream().mapToInt(p -> Labels.words(p.text()).length)
                        .sum(), Integer::sum);
            }
        }
        return t.speakers().stream().filter(words::containsKey)
                .max((a, b) -> Integer.compare(words.get(a), words.get(b))).orElse(null);
    }

    /** How many speakers other than {@code central} ask at least one question. */
    private static long askingAround(Transcript t, Speaker central) {
        return t.turns().stream().filter(turn -> turn.speaker() != null && turn.speaker() != central)
                .filter(Askers::asks).map(turn -> turn.speaker().key()).distinct().count();
    }

    static boolean asks(Turn turn) {
        return turn.paragraphs().stream().map(Paragraph::text).anyMatch(p -> p.indexOf('?') >= 0 || p.indexOf('？') >= 0);
    }
}
