package org.verbatim.crossref;

/** A figure as the whole-build figures page lists it, with the page it is on. */
public record FigureEntry(String interviewSlug, String questionId, Figure figure) {
}
