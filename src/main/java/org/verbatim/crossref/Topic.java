package org.verbatim.crossref;

import java.util.List;

/**
 * A key phrase and every question page it was chosen for.
 *
 * @param key URL-safe slug of the label (lower case, hyphens), the topic page's name
 * @param label the readable form shown on every page that has this topic: the most frequent spelling in the build,
 *              so "investment" and "investments" share one topic
 */
public record Topic(String key, String label, List<QuestionRef> questions) {
    public Topic {
        questions = List.copyOf(questions);
    }
}
