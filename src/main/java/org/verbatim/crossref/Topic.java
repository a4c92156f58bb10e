package org.verbatim.crossref;

import java.util.List;

/**
 * A key phrase and every question page it was chosen for.
 *
 * @param key URL-safe identifier built from the phrase's stems, so "investment" and "investments" share a page
 * @param label the readable form shown on pages (the most frequent surface form)
 */
public record Topic(String key, String label, List<QuestionRef> questions) {
    public Topic {
        questions = List.copyOf(questions);
    }
}
