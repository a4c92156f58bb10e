package org.verbatim.write;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.verbatim.crossref.CrossRefs;
import org.verbatim.crossref.FigureEntry;
import org.verbatim.crossref.IndexedEntity;
import org.verbatim.crossref.Mention;
import org.verbatim.crossref.QuestionRef;
import org.verbatim.crossref.Topic;

/**
 * The index pages of a build: topics, named entities grouped by kind, and figures, sized for an archive.
 *
 * <p>Only what carries weight gets a page: a topic chosen for {@link #MIN_TOPIC_QUESTIONS} questions or more, a
 * name mentioned {@link #MIN_ENTITY_MENTIONS} times or more (a topic of one question is shown on that question; a
 * name said once is shown where it is said). Long lists are cut: an entity's page groups its mentions by transcript,
 * newest first, {@link #GROUPS_PER_PAGE} transcripts a page; topic pages and the figures are paged; the name and
 * topic indexes are split by initial past {@link #ON_ONE_PAGE} entries.
 *
 * <p>These are JBake custom document types ({@code topic}, {@code topics}, {@code entity}, {@code entities},
 * {@code figures}) whose front matter carries everything the page lists, so each renders in O(1). Every uri in
 * their front matter is written from the site root; the templates prefix the page's root path.
 */
final class IndexPages {

    static final int MIN_TOPIC_QUESTIONS = 2;
    static final int MIN_ENTITY_MENTIONS = 2;
    static final int GROUPS_PER_PAGE = 50;
    static final int QUESTIONS_PER_PAGE = 100;
    static final int FIGURES_PER_PAGE = 400;
    static final int ON_ONE_PAGE = 600;
    /** On a split index, the most mentioned names (or largest topics) shown before the initials. */
    static final int TOP = 60;

    private final CrossRefs refs;
    private final Map<String, String> interviewTitles;
    private final Map<String, String> questionHeadings;
    private final Map<String, Integer> newestRank;
    private final Map<String, String> interviewDates;
    /** Gives the page (without {@code .html}) of a question, by interview slug and question id. */
    private final java.util.function.BinaryOperator<String> pageOf;

    /**
     * @param questionHeadings "slug/q3" to the question's heading ("Q3. Chinese-Russian practical cooperation")
     * @param newestFirst interview slugs, newest first
     * @param interviewDates slug to the date as shown ("30 August 2025")
     */
    IndexPages(CrossRefs refs, Map<String, String> interviewTitles, Map<String, String> questionHeadings,
               List<String> newestFirst, Map<String, String> interviewDates,
               java.util.function.BinaryOperator<String> pageOf) {
        this.pageOf = pageOf;
        this.refs = refs;
        this.interviewTitles = interviewTitles;
        this.questionHeadings = questionHeadings;
        this.newestRank = new LinkedHashMap<>();
        newestFirst.forEach(slug -> newestRank.put(slug, newestRank.size()));
        this.interviewDates = interviewDates;
    }

    /** Whether a topic gets a page of its own. */
    static boolean hasPage(Topic topic) {
        return topic.questions().size() >= MIN_TOPIC_QUESTIONS;
    }

    /** Whether a name gets a page of its own. */
    static boolean hasPage(IndexedEntity entity) {
        return entity.mentions().size() >= MIN_ENTITY_MENTIONS;
    }

    /** The file name of an entity's page; "index" is the entity index itself, so an entity keyed so moves aside. */
    static String entityFile(String key) {
        return (key.equals("index") || key.equals("by") ? key + "-entity" : key) + ".html";
    }

    /** The file name of a topic's page, moved aside in the same way. */
    static String topicFile(String key) {
        return (key.equals("index") || key.equals("by") ? key + "-topic" : key) + ".html";
    }

    int writeTo(ContentFolder content) {
        return topics(content) + entities(content) + figures(content);
    }

    private int topics(ContentFolder content) {
        List<Topic> withPages = refs.topics().stream().filter(IndexPages::hasPage).toList();
        // Each topic's pages depend on that topic alone, so they are written in parallel; the index keeps its order.
        int written = withPages.parallelStream().mapToInt(topic -> topicPages(content, topic)).sum();
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Topic topic : withPages) {
            String base = "topics/" + topicFile(topic.key()).replace(".html", "");
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", topic.label());
            entry.put("uri", base + ".html");
            entry.put("count", topic.questions().size());
            entries.add(entry);
        }
        return written + index(content, "topics", "Topics", entries, e -> "topic");
    }

    /** A topic's pages, its questions newest first; returns how many. */
    private int topicPages(ContentFolder content, Topic topic) {
        String base = "topics/" + topicFile(topic.key()).replace(".html", "");
        List<QuestionRef> questions = topic.questions().stream().sorted(Comparator
                .comparing((QuestionRef q) -> newestRank.getOrDefault(q.interviewSlug(), Integer.MAX_VALUE)))
                .toList();
        int pages = pageCount(questions.size(), QUESTIONS_PER_PAGE);
        for (int page = 1; page <= pages; page++) {
            Map<String, Object> fm = PageFiles.fields("topic", topic.label(), null);
            fm.put("label", topic.label());
            fm.put("count_text", Counted.of(questions.size(), "question"));
            fm.put("questions", questions(slice(questions, page, QUESTIONS_PER_PAGE)));
            fm.put("pager", ArchivePages.pager(base, page, pages));
            content.write(ArchivePages.file(base, page), fm, "");
        }
        return pages;
    }

    private int entities(ContentFolder content) {
        List<IndexedEntity> withPages = refs.entitiesByKind().values().stream().flatMap(List::stream)
                .filter(IndexPages::hasPage).toList();
        int written = withPages.parallelStream().mapToInt(entity -> entityPages(content, entity)).sum();
        List<Map<String, Object>> entries = new ArrayList<>();
        for (IndexedEntity entity : withPages) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", entity.name());
            entry.put("kind", entity.kind());
            entry.put("uri", "entities/" + entityFile(entity.key()));
            entry.put("count", entity.mentions().size());
            entries.add(entry);
        }
        return written + index(content, "entities", "Names", entries, e -> (String) e.get("kind"));
    }

    /**
     * An index of topics or names: in groups (names by kind) on one page, or, past {@link #ON_ONE_PAGE} entries,
     * the most frequent ones and a page per initial.
     */
    private int index(ContentFolder content, String dir, String title, List<Map<String, Object>> entries,
                      java.util.function.Function<Map<String, Object>, String> groupOf) {
        boolean split = entries.size() > ON_ONE_PAGE;
        Map<String, List<Map<String, Object>>> byInitial = new TreeMap<>();
        for (Map<String, Object> e : entries) {
            byInitial.computeIfAbsent(initial((String) e.get("name")), k -> new ArrayList<>()).add(e);
        }
        Map<String, Object> fm = PageFiles.fields(dir, title, null);
        fm.put("total_text", Counted.of(entries.size(), dir.equals("topics") ? "topic" : "name"));
        fm.put("split", split);
        int written = 1;
        if (split) {
            List<Map<String, Object>> letters = new ArrayList<>();
            byInitial.forEach((letter, of) -> {
                String file = dir + "/by/" + letterKey(letter) + ".md";
                Map<String, Object> page = PageFiles.fields(dir, title + ": " + letter, null);
                page.put("letter", letter);
                page.put("total_text", Counted.of(of.size(), dir.equals("topics") ? "topic" : "name"));
                page.put("split", false);
                page.put("groups", groups(of, groupOf));
                content.write(file, page, "");
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("letter", letter);
                l.put("uri", file.replace(".md", ".html"));
                l.put("count", of.size());
                letters.add(l);
            });
            written += letters.size();
            fm.put("letters", letters);
            fm.put("top", entries.stream().sorted(Comparator.comparing((Map<String, Object> e) ->
                    -(Integer) e.get("count"))).limit(TOP).toList());
        } else {
            fm.put("groups", groups(entries, groupOf));
        }
        content.write(dir + "/index.md", fm, "");
        return written;
    }

    private static List<Map<String, Object>> groups(List<Map<String, Object>> entries,
                                                    java.util.function.Function<Map<String, Object>, String> groupOf) {
        Map<String, List<Map<String, Object>>> byGroup = new LinkedHashMap<>();
        entries.forEach(e -> byGroup.computeIfAbsent(groupOf.apply(e), k -> new ArrayList<>()).add(e));
        List<Map<String, Object>> groups = new ArrayList<>();
        byGroup.forEach((name, members) -> {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("kind", name);
            g.put("entries", members.stream().sorted(Comparator.comparing((Map<String, Object> e) ->
                    ((String) e.get("name")).toLowerCase(Locale.ROOT))).toList());
            groups.add(g);
        });
        return groups;
    }

    /**
     * An entity's pages: one section per transcript, newest first, with its number of mentions, the best quote
     * (a whole sentence if there is one, else the longest) and links to the other paragraphs that name it.
     */
    private int entityPages(ContentFolder content, IndexedEntity entity) {
        Map<String, List<Mention>> byInterview = new LinkedHashMap<>();
        for (Mention m : entity.mentions()) {
            byInterview.computeIfAbsent(m.interviewSlug(), k -> new ArrayList<>()).add(m);
        }
        List<String> slugs = byInterview.keySet().stream()
                .sorted(Comparator.comparing((String s) -> newestRank.getOrDefault(s, Integer.MAX_VALUE))).toList();
        String base = "entities/" + entityFile(entity.key()).replace(".html", "");
        int pages = pageCount(slugs.size(), GROUPS_PER_PAGE);
        for (int page = 1; page <= pages; page++) {
            Map<String, Object> fm = PageFiles.fields("entity", entity.name(), null);
            fm.put("kind", entity.kind());
            fm.put("aliases", entity.aliases());
            // Compared here, not in the template: FreeMarker compares strings with a collator, which took 46 ms to
            // set up in a seed build.
            fm.put("also", entity.aliases().stream().filter(a -> !a.equals(entity.name())).toList());
            fm.put("mention_count", entity.mentions().size());
            fm.put("count_text", Counted.of(entity.mentions().size(), "mention") + " in "
                    + Counted.of(slugs.size(), "transcript"));
            List<Map<String, Object>> groups = new ArrayList<>();
            for (String slug : slice(slugs, page, GROUPS_PER_PAGE)) {
                List<Mention> mentions = byInterview.get(slug);
                Mention best = mentions.stream().max(Comparator
                        .comparing((Mention m) -> !m.cutBefore() && !m.cutAfter())
                        .thenComparing(m -> Math.min(m.snippet().length(), 240))
                        .thenComparing(m -> -mentions.indexOf(m))).orElseThrow();
                Map<String, Object> group = new LinkedHashMap<>();
                group.put("interview", interviewTitles.getOrDefault(slug, slug));
                group.put("uri", slug + "/index.html");
                group.put("date", interviewDates.getOrDefault(slug, ""));
                group.put("count_text", Counted.of(mentions.size(), "mention"));
                group.put("best", mention(best));
                List<Map<String, Object>> others = new ArrayList<>();
                for (Mention m : mentions) {
                    if (m != best) {
                        Map<String, Object> o = new LinkedHashMap<>();
                        o.put("uri", m.interviewSlug() + "/" + pageOf.apply(m.interviewSlug(), m.questionId()) + ".html#" + m.paragraphId());
                        o.put("label", shortPlace(m.paragraphId()));
                        others.add(o);
                    }
                }
                group.put("others", others);
                groups.add(group);
            }
            fm.put("groups", groups);
            fm.put("pager", ArchivePages.pager(base, page, pages));
            content.write(ArchivePages.file(base, page), fm, "");
        }
        return pages;
    }

    private Map<String, Object> mention(Mention m) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("uri", m.interviewSlug() + "/" + pageOf.apply(m.interviewSlug(), m.questionId()) + ".html#" + m.paragraphId());
        entry.put("question", questionHeadings.getOrDefault(m.interviewSlug() + "/" + m.questionId(), m.questionId()));
        entry.put("paragraph", "¶" + m.paragraphId().substring(m.paragraphId().indexOf("-p") + 2));
        entry.put("snippet", m.snippet());
        if (m.cutBefore()) {
            entry.put("cut_before", true);
        }
        if (m.cutAfter()) {
            entry.put("cut_after", true);
        }
        return entry;
    }

    /** "q3-p5" as a link's text: "Q3 ¶5". */
    private static String shortPlace(String paragraphId) {
        int p = paragraphId.indexOf("-p");
        String question = p < 0 ? paragraphId : paragraphId.substring(0, p);
        String paragraph = p < 0 ? "" : "¶" + paragraphId.substring(p + 2);
        // q0 is the text before any question, the whole text of a meeting or statement: readers know no "Q0".
        if (question.equals("q0")) {
            return paragraph.isEmpty() ? "Opening" : paragraph;
        }
        return question.toUpperCase(Locale.ROOT) + (paragraph.isEmpty() ? "" : " " + paragraph);
    }

    private int figures(ContentFolder content) {
        List<FigureEntry> all = refs.figures().stream().sorted(Comparator.comparing((FigureEntry f) ->
                newestRank.getOrDefault(f.interviewSlug(), Integer.MAX_VALUE))).toList();
        int pages = pageCount(all.size(), FIGURES_PER_PAGE);
        for (int page = 1; page <= pages; page++) {
            Map<String, Object> fm = PageFiles.fields("figures", page == 1 ? "Figures" : "Figures, page " + page,
                    null);
            List<Map<String, Object>> figureList = new ArrayList<>();
            for (FigureEntry f : slice(all, page, FIGURES_PER_PAGE)) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("text", f.figure().text());
                entry.put("counts", f.figure().counts());
                entry.put("uri", f.interviewSlug() + "/" + pageOf.apply(f.interviewSlug(), f.questionId()) + ".html#" + f.figure().paragraphId());
                entry.put("paragraph", f.figure().paragraphId());
                entry.put("interview", interviewTitles.getOrDefault(f.interviewSlug(), f.interviewSlug()));
                figureList.add(entry);
            }
            fm.put("figures", figureList);
            fm.put("total_text", Counted.of(all.size(), "figure"));
            fm.put("pager", ArchivePages.pager("figures", page, pages));
            content.write(ArchivePages.file("figures", page), fm, "");
        }
        return pages;
    }

    private List<Map<String, Object>> questions(List<QuestionRef> refs) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (QuestionRef q : refs) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", q.title());
            entry.put("uri", q.interviewSlug() + "/" + pageOf.apply(q.interviewSlug(), q.questionId()) + ".html");
            entry.put("interview", interviewTitles.getOrDefault(q.interviewSlug(), q.interviewSlug()));
            list.add(entry);
        }
        return list;
    }

    private static int pageCount(int items, int perPage) {
        return Math.max(1, (items + perPage - 1) / perPage);
    }

    private static <T> List<T> slice(List<T> all, int page, int perPage) {
        return all.subList(Math.min(all.size(), (page - 1) * perPage), Math.min(all.size(), page * perPage));
    }

    private static String initial(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        char c = n.isEmpty() ? '#' : Character.toUpperCase(n.charAt(0));
        return c >= 'A' && c <= 'Z' ? String.valueOf(c) : "#";
    }

    private static String letterKey(String letter) {
        return letter.equals("#") ? "other" : letter.toLowerCase(Locale.ROOT);
    }
}
