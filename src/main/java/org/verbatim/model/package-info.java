/** Immutable records shared by every stage of the pipeline, from ingest to check. */
package org.verbatim.model;
