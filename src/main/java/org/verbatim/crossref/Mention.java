package org.verbatim.crossref;

/**
 * One place a named entity is mentioned, for the entity pages: link target {@code page#paragraphId} plus a snippet.
 *
 * @param snippet an exact substring of the paragraph around the mention, for a quote
 * @param cutBefore whether the snippet starts inside a sentence (shown with an ellipsis)
 * @param cutAfter whether the snippet ends inside a sentence
 */
public record Mention(String interviewSlug, String questionId, String paragraphId, String snippet,
                      boolean cutBefore, boolean cutAfter) {
}
