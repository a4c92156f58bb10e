package org.verbatim.crossref;

/**
 * A number a reader may want to quote, exactly as written, with what it counts.
 *
 * @param text the exact span of the transcript, e.g. "2.8 million people"
 * @param counts the head noun of what is counted, e.g. "people", "dollars", "percent"
 */
public record Figure(String text, String counts, String paragraphId) {
}
