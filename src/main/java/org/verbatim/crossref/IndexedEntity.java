package org.verbatim.crossref;

import java.util.List;

/** An entity as the whole-build entity index lists it: all its aliases and every mention in every interview. */
public record IndexedEntity(String key, String name, String kind, List<String> aliases, List<Mention> mentions) {
    public IndexedEntity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
