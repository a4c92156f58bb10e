package org.verbatim.crossref;

/** The kinds of named entity the index groups by. */
public enum EntityKind {
    PERSON, ORGANISATION, PLACE, EVENT, WORK;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
