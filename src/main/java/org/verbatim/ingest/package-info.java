/**
 * First stage: raw transcript bytes to a {@link org.verbatim.model.Transcript}: metadata, turns, paragraphs and
 * speakers, with glued paragraphs and glued speaker labels restored.
 */
package org.verbatim.ingest;
