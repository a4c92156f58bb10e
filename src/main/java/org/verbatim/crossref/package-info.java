/**
 * Third stage: topics, named entities, quotable figures, related questions and back-references, computed over all
 * interviews of a build and handed to the writer as plain records; the transcript text is only read, never changed.
 */
package org.verbatim.crossref;
