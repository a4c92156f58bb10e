package org.verbatim.crossref;

/**
 * Another question of the build whose text is close to this one.
 *
 * @param score cosine similarity of the two questions' TF-IDF vectors, 0..1
 */
public record Related(String interviewSlug, String questionId, String title, double score) {
}
