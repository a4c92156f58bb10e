package org.verbatim.crossref;

/**
 * A phrase such as "As I have already noted" and the earlier paragraph of the same interview it most likely means.
 *
 * @param toParagraphId may be on another question page; the page is the {@code qN} prefix of the id
 * @param phrase the trigger exactly as written in the transcript
 */
public record BackReference(String fromParagraphId, String toParagraphId, String phrase) {
}
