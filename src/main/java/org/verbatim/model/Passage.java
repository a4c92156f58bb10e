package org.verbatim.model;

/**
 * A paragraph placed on a question page: its stable id (e.g. {@code q3-p2}) and who says it.
 *
 * @param opensTurn true for the first paragraph after a speaker label, where the label is shown
 * @param label the label as written in the source when {@code opensTurn}, else empty
 */
public record Passage(String id, int number, Speaker speaker, boolean opensTurn, String label,
                      Paragraph paragraph) {
    public String text() {
        return paragraph.text();
    }
}
