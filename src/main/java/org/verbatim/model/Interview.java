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
}
