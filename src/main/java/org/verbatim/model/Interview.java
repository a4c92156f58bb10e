package org.verbatim.model;

import java.util.List;

/**
 * A transcript cut into questions and answers, ready to be cross-referenced and written. Its {@code kind} is
 * derived from the other two (see {@link #kindOf}) and held because every link to a question asks for it.
 */
public record Interview(Transcript transcript, List<Question> questions, Kind kind) {
    private static final java.util.regex.Pattern PRESS = java.util.regex.Pattern.compile(
            "\\b(press|news) conference|\\bpress (gaggle|briefing)|\\bgaggle\\b|\\bbriefing\\b");

    public Interview {
        questions = List.copyOf(questions);
        if (kind != kindOf(transcript, questions)) {
            throw new IllegalArgumentException("kind " + kind + " is not the transcript's: use Interview(transcript, questions)");
        }
    }

    public Interview(Transcript transcript, List<Question> questions) {
        this(transcript, questions, kindOf(transcript, questions));
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
    public static Kind kindOf(Transcript transcript, List<Question> questions) {
        Kind stated = Kind.parse(transcript.metadata().kind());
        if (stated != null) {
            return stated;
        }
        boolean asked = questions.stream().anyMatch(q -> !q.isOpening());
        if (asked) {
            // Workers or students asking at a visit are not a press conference: only the words say so.
            String text = (transcript.metadata().kind() + " " + transcript.metadata().title())
                    .toLowerCase(java.util.Locale.ROOT);
            return PRESS.matcher(text).find() ? Kind.PRESS_CONFERENCE : Kind.INTERVIEW;
        }
        return transcript.speakers().isEmpty() ? Kind.STATEMENT : Kind.MEETING;
    }
}
