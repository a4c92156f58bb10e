package org.verbatim.model;

/**
 * One paragraph of transcript text exactly as received (whitespace normalised), with the source line it starts on.
 */
public record Paragraph(String text, int line) {
}
