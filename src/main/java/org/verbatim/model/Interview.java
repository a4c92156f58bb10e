package org.verbatim.model;

import java.util.List;

/**
 * A transcript cut into questions and answers, ready to be cross-referenced and written.
 */
public record Interview(Transcript transcript, List<Question> questions) {
    public Interview {
        questions = List.copyOf(questions);
    }

    public Metadata metadata() {
        return transcript.metadata();
    }

    public String slug() {
        return transcript.metadata().slug();
    }

    /**
     * The transcript's kind: an explicit sidecar {@code kind:} naming one of {@link Kind}'s kinds wins; otherwise
     * questions make an interview (a press conference when many people ask), labels without questions a meeting,
     * no labels a statement.
     */
    public Kind kind() {
        Kind stated = Kind.parse(metadata().kind());
        if (stated != null) {
            return stated;
        }
        boolean asked = questions.stream().anyMatch(q -> !q.isOpening());
        if (asked) {
            long askers = transcript.speakers().stream().filter(Speaker::interviewer).count();
            String text = metadata().kind().toLowerCase(java.util.Locale.ROOT);
            return text.contains("press") || text.contains("gaggle") || text.contains("briefing") || askers > 3
                    ? Kind.PRESS_CONFERENCE : Kind.INTERVIEW;
        }
        return transcript.speakers().isEmpty() ? Kind.STATEMENT : Kind.MEETING;
    }
}
