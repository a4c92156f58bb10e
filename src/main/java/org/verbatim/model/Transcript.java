package org.verbatim.model;

import java.nio.file.Path;
import java.util.List;

/**
 * A whole transcript after ingest: its metadata and its turns, in order.
 *
 * @param source the file it was read from
 * @param body the source text of the body (everything that is neither title, lead nor front matter), kept so
 *             that the lossless check can compare the site with what was received rather than with what we parsed
 * @param bodyLine source line on which the body starts
 */
public record Transcript(Path source, Metadata metadata, List<Speaker> speakers, List<Turn> turns,
                         String body, int bodyLine) {
    public Transcript {
        speakers = List.copyOf(speakers);
        turns = List.copyOf(turns);
    }
}
