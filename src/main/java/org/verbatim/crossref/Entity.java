package org.verbatim.crossref;

import java.util.List;

/**
 * A named person, organisation, place, event or work, with the paragraphs of one question page that mention it.
 *
 * @param key URL-safe identifier, the same for this entity on every page of the build
 * @param kind one of {@link EntityKind#label()}: person, organisation, place, event, work
 * @param aliases the other spellings found in the text (e.g. "SCO"), sorted
 * @param paragraphIds ids such as {@code q5-p2}, in reading order
 */
public record Entity(String key, String name, String kind, List<String> aliases, List<String> paragraphIds) {
    public Entity {
        aliases = List.copyOf(aliases);
        paragraphIds = List.copyOf(paragraphIds);
    }
}
