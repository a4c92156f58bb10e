package org.verbatim.model;

import java.util.List;

/**
 * A transcript cut into questions and answers, ready to be cross-referenced and written.
 */
public record Interview(Transcript transcript, List<Question> questions) {
    private static final java.util.regex.Pattern PRESS = java.util.regex.Pattern.compile(
            "\\b(press|news) conference|\\bpress (gaggle|briefing)|\\bgaggle\\b|\\bbriefing\\b");

    public Interview {
        questions = List.copyOf(questions);
    }

    public Metadata metadata() {
        return transcript.metadata();
    }

    public String slug() {
        return transcript.metadata().slug();
    }

    /** Whether the whole transcript is one page (meetings, statements): that page is the interview's index. */
    public boolean onePage() {
        return !kind().questionPages();
    }

    /**
     * The page (file name without {@code .html}) holding question {@code questionId}: the question's own page, or
     * {@code index} when the transcript is one page.
     */
    public String page(String questionId) {
        return onePage() ? "index" : questionId;
    }

    /**
     * The transcript's kind: an explicit sidecar {@code kind:} naming one of {@link Kind}'s kinds wins; otherwise
     * questions make an interview (a press conference when many people ask), labels without questions a meeting,
     * no labels a statement. Kinds that are one page have a single question, number 0 (the structure stage cuts
     * them so).
     */
    public Kind kind() {
        Kind stated = Kind.parse(metadata().kind());
        if (stated != null) {
            return stated;
        }
        boolean asked = questions.stream().anyMatch(q -> !q.isOpening());
        if (asked) {
            // Workers or students asking at a visit are not a press conference: only the words say so.
            String text = (metadata().kind() + " " + metadata().title()).toLowerCase(java.util.Locale.ROOT);
            return PRESS.matcher(text).find() ? Kind.PRESS_CONFERENCE : Kind.INTERVIEW;
        }
        return transcript.speakers().isEmpty() ? Kind.STATEMENT : Kind.MEETING;
    }
}
