package org.verbatim.crossref;

/**
 * The kinds of named entity the index groups by. NAME is a name whose kind the text does not show: saying so is
 * better than guessing person or place.
 */
public enum EntityKind {
    PERSON, ORGANISATION, PLACE, EVENT, WORK, NAME;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
