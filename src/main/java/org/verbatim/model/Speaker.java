package org.verbatim.model;

/**
 * A person (or the interviewing side) who speaks in a transcript; one speaker may appear under several labels.
 *
 * @param key stable, URL-safe identifier within the transcript
 * @param name the name a reader sees, e.g. "Vladimir Putin"
 * @param role what the long label says besides the name, e.g. "President of Russia"; empty when unknown
 * @param interviewer true for the side asking the questions
 */
public record Speaker(String key, String name, String role, boolean interviewer) {
}
