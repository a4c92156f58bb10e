package org.verbatim.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a transcript says about itself: title, date, source and licence, plus editorial overrides.
 *
 * @param kind what sort of transcript, as a phrase, e.g. "Written interview", "Press gaggle"
 * @param interviewer who asked the questions when that is one outlet or person, e.g. "Xinhua"; empty if unknown
 * @param titles question titles chosen by an editor, keyed by question number; missing ones are derived
 * @param speakers display names chosen by an editor, keyed by the label as written in the transcript
 */
public record Metadata(
        String title,
        LocalDate date,
        String lead,
        String publisher,
        String sourceUrl,
        String licence,
        String licenceUrl,
        String language,
        String kind,
        String interviewer,
        String slug,
        Map<Integer, String> titles,
        Map<String, String> speakers) {

    public Metadata {
        titles = Map.copyOf(titles);
        speakers = Map.copyOf(speakers);
    }
}
