package org.verbatim.write;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.verbatim.crossref.CrossRefs;
import org.verbatim.crossref.FigureEntry;
import org.verbatim.crossref.IndexedEntity;
import org.verbatim.crossref.Mention;
import org.verbatim.crossref.QuestionRef;
import org.verbatim.crossref.Topic;

/**
 * The index pages of a build: topics, named entities grouped by kind, and figures, each as a page of its own.
 *
 * <p>These are JBake custom document types ({@code topic}, {@code topics}, {@code entity}, {@code entities},
 * {@code figures}) whose front matter carries everything the page lists. JBake's own tags were not used for
 * topics: a tag is a bare string (our topics have a label and a URL-safe key), and its page is filled by a store
 * query per tag, where a page that carries its own list renders in O(1) like every other page.
 */
final class IndexPages {

    private final CrossRefs refs;
    private final Map<String, String> interviewTitles;
    private final Map<String, String> questionHeadings;

    /** @param questionHeadings "slug/q3" to the question's heading ("Q3. Chinese-Russian practical cooperation") */
    /** Gives the page (without {@code .html}) of a question, by interview slug and question id. */
    private final java.util.function.BinaryOperator<String> pageOf;

    IndexPages(CrossRefs refs, Map<String, String> interviewTitles, Map<String, String> questionHeadings,
               java.util.function.BinaryOperator<String> pageOf) {
        this.pageOf = pageOf;
        this.refs = refs;
        this.interviewTitles = interviewTitles;
        this.questionHeadings = questionHeadings;
    }

    /** The file name of an entity's page; "index" is the entity index itself, so an entity keyed so moves aside. */
    static String entityFile(String key) {
        return (key.equals("index") ? "index-entity" : key) + ".html";
    }

    /** The file name of a topic's page, moved aside in the same way. */
    static String topicFile(String key) {
        return (key.equals("index") ? "index-topic" : key) + ".html";
    }

    int writeTo(Path content) {
        int written = 0;
        // Topics that connect questions come first; a topic of one question only is listed after them, so that the
        // index reads as a map of what the build talks about, not as one long list of words.
        List<Map<String, Object>> shared = new ArrayList<>();
        List<Map<String, Object>> single = new ArrayList<>();
        for (Topic topic : refs.topics()) {
            Map<String, Object> fm = PageFiles.fields("topic", topic.label(), null);
            fm.put("questions", questions(topic.questions()));
            PageFiles.write(content.resolve("topics").resolve(topicFile(topic.key()).replace(".html", ".md")),
                    FrontMatter.of(fm));
            written++;
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("label", topic.label());
            entry.put("uri", topicFile(topic.key()));
            entry.put("count", topic.questions().size());
            (topic.questions().size() > 1 ? shared : single).add(entry);
        }
        Map<String, Object> topicsIndex = PageFiles.fields("topics", "Topics", null);
        topicsIndex.put("shared", shared);
        topicsIndex.put("single", single);
        PageFiles.write(content.resolve("topics/index.md"), FrontMatter.of(topicsIndex));

        List<Map<String, Object>> groups = new ArrayList<>();
        for (Map.Entry<String, List<IndexedEntity>> kind : refs.entitiesByKind().entrySet()) {
            List<Map<String, Object>> members = new ArrayList<>();
            for (IndexedEntity entity : kind.getValue()) {
                PageFiles.write(content.resolve("entities").resolve(entityFile(entity.key()).replace(".html", ".md")),
                        FrontMatter.of(entityPage(entity)));
                written++;
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", entity.name());
                entry.put("uri", entityFile(entity.key()));
                entry.put("count", entity.mentions().size());
                members.add(entry);
            }
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("kind", kind.getKey());
            group.put("entities", members);
            groups.add(group);
        }
        Map<String, Object> entitiesIndex = PageFiles.fields("entities", "Names", null);
        entitiesIndex.put("groups", groups);
        PageFiles.write(content.resolve("entities/index.md"), FrontMatter.of(entitiesIndex));

        Map<String, Object> figures = PageFiles.fields("figures", "Figures", null);
        List<Map<String, Object>> figureList = new ArrayList<>();
        for (FigureEntry f : refs.figures()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("text", f.figure().text());
            entry.put("counts", f.figure().counts());
            entry.put("uri", f.interviewSlug() + "/" + pageOf.apply(f.interviewSlug(), f.questionId()) + ".html#" + f.figure().paragraphId());
            entry.put("paragraph", f.figure().paragraphId());
            entry.put("interview", interviewTitles.getOrDefault(f.interviewSlug(), f.interviewSlug()));
            figureList.add(entry);
        }
        figures.put("figures", figureList);
        PageFiles.write(content.resolve("figures.md"), FrontMatter.of(figures));
        return written + 3;
    }

    /** An entity's page: its mentions grouped by interview, each a quote with the question and paragraph. */
    private Map<String, Object> entityPage(IndexedEntity entity) {
        Map<String, Object> fm = PageFiles.fields("entity", entity.name(), null);
        fm.put("kind", entity.kind());
        fm.put("aliases", entity.aliases());
        fm.put("mention_count", entity.mentions().size());
        Map<String, List<Map<String, Object>>> byInterview = new LinkedHashMap<>();
        for (Mention m : entity.mentions()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("uri", "../" + m.interviewSlug() + "/" + pageOf.apply(m.interviewSlug(), m.questionId()) + ".html#" + m.paragraphId());
            entry.put("question", questionHeadings.getOrDefault(m.interviewSlug() + "/" + m.questionId(),
                    m.questionId()));
            entry.put("paragraph", "¶" + m.paragraphId().substring(m.paragraphId().indexOf("-p") + 2));
            entry.put("snippet", m.snippet());
            if (m.cutBefore()) {
                entry.put("cut_before", true);
            }
            if (m.cutAfter()) {
                entry.put("cut_after", true);
            }
            byInterview.computeIfAbsent(m.interviewSlug(), k -> new ArrayList<>()).add(entry);
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        byInterview.forEach((slug, mentions) -> {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("interview", interviewTitles.getOrDefault(slug, slug));
            group.put("uri", "../" + slug + "/index.html");
            group.put("mentions", mentions);
            groups.add(group);
        });
        fm.put("groups", groups);
        return fm;
    }

    private List<Map<String, Object>> questions(List<QuestionRef> refs) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (QuestionRef q : refs) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", q.title());
            entry.put("uri", "../" + q.interviewSlug() + "/" + pageOf.apply(q.interviewSlug(), q.questionId()) + ".html");
            entry.put("interview", interviewTitles.getOrDefault(q.interviewSlug(), q.interviewSlug()));
            list.add(entry);
        }
        return list;
    }
}
