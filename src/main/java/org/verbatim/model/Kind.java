package org.verbatim.model;

import java.util.Locale;

/**
 * What sort of transcript a page is, as a reader filters an archive: it decides how the transcript is cut into
 * pages (one per question, or one for the whole text) and how lists name it.
 */
public enum Kind {
    /** One or a few interviewers ask, one side answers: one page per question. */
    INTERVIEW("interview", "interviews"),
    /** Many reporters ask: one page per question. */
    PRESS_CONFERENCE("press conference", "press conferences"),
    /** Labelled speakers without an interview's question-and-answer shape (meetings, talks): one page. */
    MEETING("meeting", "meetings"),
    /** No speaker labels at all (statements, readouts, greetings, articles): one page. */
    STATEMENT("statement", "statements");

    private final String label;
    private final String plural;

    Kind(String label, String plural) {
        this.label = label;
        this.plural = plural;
    }

    /** Lower-case name for lists and filters, e.g. "press conference". */
    public String label() {
        return label;
    }

    public String plural() {
        return plural;
    }

    /** URL- and attribute-safe key, e.g. "press-conference". */
    public String key() {
        return label.replace(' ', '-');
    }

    /** Whether transcripts of this kind get one page per question. */
    public boolean questionPages() {
        return this == INTERVIEW || this == PRESS_CONFERENCE;
    }

    /** Reads a sidecar's {@code kind:} value when it names one of these kinds; null otherwise. */
    public static Kind parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
        for (Kind k : values()) {
            if (t.equals(k.label) || t.equals(k.plural)) {
                return k;
            }
        }
        return null;
    }
}
