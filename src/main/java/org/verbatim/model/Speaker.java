package org.verbatim.model;

import java.util.Locale;
import java.util.Set;

/**
 * A person (or the interviewing side) who speaks in a transcript; one speaker may appear under several labels.
 *
 * @param key stable, URL-safe identifier within the transcript
 * @param name the name a reader sees, e.g. "Vladimir Putin"
 * @param role what the long label says besides the name, e.g. "President of Russia"; empty when unknown
 * @param interviewer true for the side asking the questions
 */
public record Speaker(String key, String name, String role, boolean interviewer) {
    /** Labels that mean "the side asking the questions" rather than naming anyone. */
    public static final Set<String> ASKING_ROLES = Set.of(
            "question", "q", "interviewer", "reporter", "journalist", "moderator", "correspondent", "audience");

    /** Particles inside a surname, written in lower case ("Ben van Beurden"). */
    public static final Set<String> SURNAME_PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "di", "du",
            "la", "le", "bin", "ibn", "al", "el", "ter", "dos", "das", "del");

    /** Labels of a voice the transcript does not identify ("Remark: Exactly."): nobody's name. */
    public static final Set<String> UNIDENTIFIED = Set.of("remark", "remarks", "voice", "voices", "participant",
            "participants", "audience member", "voice from the audience");

    /**
     * Whether the label names nobody: the asking side known only by a role ("Question", "Reporter"), or a voice the
     * transcript does not identify ("Remark").
     */
    public boolean unnamed() {
        String label = name.toLowerCase(Locale.ROOT);
        return interviewer && ASKING_ROLES.contains(label) || UNIDENTIFIED.contains(label);
    }

    /** Whether the speaker is listed by name among those who speak: not the asking side, and named. */
    public boolean listed() {
        return !interviewer && !unnamed();
    }
}
