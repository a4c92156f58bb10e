package org.verbatim.model;

import java.util.List;

/**
 * What one speaker says before the next speaker label.
 *
 * @param speaker who speaks; null for unattributed text before the first label (place and time lines)
 * @param label the label exactly as written in the source, without its colon; empty when there is none
 * @param line source line of the label
 */
public record Turn(Speaker speaker, String label, int line, List<Paragraph> paragraphs) {
    public Turn {
        paragraphs = List.copyOf(paragraphs);
    }
}
