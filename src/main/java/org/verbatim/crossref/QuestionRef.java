package org.verbatim.crossref;

/** A pointer to one question page of the build, as index pages list it. */
public record QuestionRef(String interviewSlug, String questionId, String title) {
}
