package org.verbatim.crossref;

import java.util.List;

/** Everything the writer puts in one question page's front matter besides the transcript itself. */
public record QuestionRefs(List<String> topics, List<Entity> entities, List<Figure> figures, List<Related> related,
                           List<BackReference> refersTo) {
    public static final QuestionRefs EMPTY = new QuestionRefs(List.of(), List.of(), List.of(), List.of(), List.of());

    public QuestionRefs {
        topics = List.copyOf(topics);
        entities = List.copyOf(entities);
        figures = List.copyOf(figures);
        related = List.copyOf(related);
        refersTo = List.copyOf(refersTo);
    }
}
