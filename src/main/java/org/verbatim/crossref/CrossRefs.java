package org.verbatim.crossref;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cross-references of a whole build: per question page, and the whole-build views the index pages need.
 *
 * @param pages interview slug -> question id -> refs, in build order
 * @param topics every chosen topic with its pages, sorted by label
 * @param entities every entity with all its mentions, sorted by key
 * @param figures every figure in reading order
 */
public record CrossRefs(Map<String, Map<String, QuestionRefs>> pages, List<Topic> topics,
                        List<IndexedEntity> entities, List<FigureEntry> figures) {
    public CrossRefs {
        Map<String, Map<String, QuestionRefs>> copy = new LinkedHashMap<>();
        pages.forEach((slug, byId) -> copy.put(slug, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byId))));
        pages = java.util.Collections.unmodifiableMap(copy);
        topics = List.copyOf(topics);
        entities = List.copyOf(entities);
        figures = List.copyOf(figures);
    }

    /** The refs of one question page; empty refs for a page the build does not know. */
    public QuestionRefs refs(String interviewSlug, String questionId) {
        return pages.getOrDefault(interviewSlug, Map.of()).getOrDefault(questionId, QuestionRefs.EMPTY);
    }

    /** Entities grouped by kind label (person, organisation, place, event, work), each group sorted by key. */
    public Map<String, List<IndexedEntity>> entitiesByKind() {
        Map<String, List<IndexedEntity>> byKind = new LinkedHashMap<>();
        for (EntityKind kind : EntityKind.values()) {
            List<IndexedEntity> ofKind = new ArrayList<>();
            for (IndexedEntity e : entities) {
                if (e.kind().equals(kind.label())) {
                    ofKind.add(e);
                }
            }
            if (!ofKind.isEmpty()) {
                byKind.put(kind.label(), List.copyOf(ofKind));
            }
        }
        return byKind;
    }
}
