package org.verbatim.write;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.verbatim.crossref.BackReference;
import org.verbatim.crossref.CrossRefs;
import org.verbatim.crossref.Entity;
import org.verbatim.crossref.Figure;
import org.verbatim.crossref.QuestionRefs;
import org.verbatim.crossref.Related;
import org.verbatim.crossref.Topic;
import org.verbatim.model.Interview;
import org.verbatim.model.Kind;
import org.verbatim.model.Metadata;
import org.verbatim.model.Passage;
import org.verbatim.model.Question;
import org.verbatim.model.Speaker;

/**
 * Writes the Markdown pages of a build: the home page, and for each interview its contents page, one page per
 * question and a full-transcript page. Every link written is relative, so the site works under any subpath.
 */
public final class PageSet {

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Map<Interview, List<String>> interviewSpeakers = new IdentityHashMap<>();
    /** Each interview's summary with links from its own folder ("") and to its index ("index.html"). */
    private final Map<Interview, Map<String, Object>> summaryHere = new IdentityHashMap<>();
    private final Map<Interview, Map<String, Object>> summaryToIndex = new IdentityHashMap<>();
    private final List<Interview> interviews;
    private final CrossRefs refs;
    private final Map<String, Map<String, String>> aliases;
    private final Map<String, String> topicKeys = new LinkedHashMap<>();
    private final java.util.Set<String> entityPages = new java.util.HashSet<>();
    private final Map<String, String> titles = new LinkedHashMap<>();
    private final StructuredData structured;
    private final Map<String, Interview> bySlug = new LinkedHashMap<>();

    /**
     * @param refs the cross-references of the same interviews
     * @param aliases per interview slug: ids published before and since removed, each with the live id it
     *                now leads to
     * @param baseUrl the site's public address, or empty; used only for absolute URLs in structured data
     */
    public PageSet(List<Interview> interviews, CrossRefs refs, Map<String, Map<String, String>> aliases,
                   String baseUrl) {
        this.refs = refs;
        this.aliases = aliases;
        for (Topic topic : refs.topics()) {
            if (IndexPages.hasPage(topic)) {
                topicKeys.put(topic.label(), topic.key());
            }
        }
        refs.entities().stream().filter(IndexPages::hasPage).forEach(e -> entityPages.add(e.key()));
        interviews.forEach(i -> titles.put(i.slug(), i.metadata().title()));
        interviews.forEach(i -> bySlug.put(i.slug(), i));
        // Found once per interview, before pages are written from several threads, which only read this map.
        interviews.forEach(i -> interviewSpeakers.put(i, speakerNames(
                i.questions().stream().flatMap(q -> q.answer().stream()).toList())));
        // Every page of an interview carries its summary: made once (the pages only read it), not once per page.
        interviews.forEach(i -> summaryHere.put(i, java.util.Collections.unmodifiableMap(summarise(i, ""))));
        interviews.forEach(i -> summaryToIndex.put(i,
                java.util.Collections.unmodifiableMap(summarise(i, "index.html"))));
        this.structured = new StructuredData(baseUrl.isEmpty() || baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.interviews = interviews.stream()
                .sorted(Comparator.comparing((Interview i) -> i.metadata().date(),
                                Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Interview::slug))
                .toList();
    }

    /** Writes every page under {@code contentDir}; returns the number of files written. */
    public int writeTo(Path contentDir) {
        return writeTo(new ContentFolder(contentDir, false));
    }

    /**
     * Writes every page into {@code content}; returns the number of files written. Each interview's pages are
     * written on their own, in parallel: a page depends only on the model, never on another page's writing.
     */
    public int writeTo(ContentFolder content) {
        Map<String, String> headings = new LinkedHashMap<>();
        interviews.forEach(i -> i.questions().forEach(q -> headings.put(i.slug() + "/" + q.id(), heading(q))));
        Map<String, String> dates = new LinkedHashMap<>();
        interviews.forEach(i -> dates.put(i.slug(), i.metadata().date() == null ? "" : DISPLAY.format(i.metadata().date())));
        // The lists of transcripts, the search page, each interview's pages and the index pages are written side
        // by side: with few transcripts (one, in the seed) the lists and indexes would otherwise wait for them.
        List<java.util.function.IntSupplier> parts = new ArrayList<>();
        parts.add(() -> new ArchivePages(interviews, i -> interviewSummary(i, "")).writeTo(content));
        parts.add(() -> {
            content.write("search.md", search(), "");
            return 1;
        });
        interviews.forEach(interview -> parts.add(() -> writeInterview(interview, content)));
        parts.add(() -> new IndexPages(refs, titles, headings, interviews.stream().map(Interview::slug).toList(),
                dates, this::page).writeTo(content));
        // Every part ends (a stopped build stops each at its next page) before a failure is passed on, so that
        // no page is still being written when the caller removes the folder; the first part's failure wins.
        RuntimeException[] failed = new RuntimeException[parts.size()];
        int written = java.util.stream.IntStream.range(0, parts.size()).parallel().map(k -> {
            try {
                return parts.get(k).getAsInt();
            } catch (RuntimeException e) {
                failed[k] = e;
                return 0;
            }
        }).sum();
        for (RuntimeException e : failed) {
            if (e != null) {
                throw e;
            }
        }
        return written;
    }

    /**
     * Writes only the pages of the interview {@code slug} (contents, full transcript, questions, redirects) into
     * {@code content}, as {@link #writeTo(ContentFolder)} writes them; returns how many, 0 for an unknown slug.
     */
    public int writeInterview(String slug, ContentFolder content) {
        Interview interview = bySlug.get(slug);
        return interview == null ? 0 : writeInterview(interview, content);
    }

    /** An interview's own pages: contents, full transcript, one per question, redirects; returns how many. */
    private int writeInterview(Interview interview, ContentFolder content) {
        String dir = interview.slug() + "/";
        if (interview.onePage()) {
            // A meeting or statement is one page, and that page is the interview's own: no contents to list.
            content.write(dir + "index.md", question(interview, 0));
            return 1 + redirects(interview, dir, content);
        }
        List<Page> parts = transcriptParts(interview);
        content.write(dir + "index.md", contents(interview, parts.size()));
        for (int k = 0; k < parts.size(); k++) {
            content.write(dir + transcriptFile(k + 1).replace(".html", ".md"), parts.get(k));
        }
        int written = 1 + parts.size();
        List<Question> questions = interview.questions();
        for (int i = 0; i < questions.size(); i++) {
            content.write(dir + questions.get(i).id() + ".md", question(interview, i));
            written++;
        }
        return written + redirects(interview, dir, content);
    }

    /** The page holding question {@code questionId} of the interview {@code slug}, without {@code .html}. */
    private String page(String slug, String questionId) {
        Interview interview = bySlug.get(slug);
        return interview == null ? questionId : interview.page(questionId);
    }

    private Map<String, Object> search() {
        // No list of every transcript: at archive size it made the page hundreds of KB (272 KB at 1,962
        // transcripts); the transcript filter is set from a transcript's own page and named by search.js.
        Map<String, Object> fm = PageFiles.fields("search", "Search", null);
        fm.put("years", interviews.stream().filter(i -> i.metadata().date() != null)
                .map(i -> String.valueOf(i.metadata().date().getYear())).distinct().toList());
        List<Map<String, Object>> kinds = new ArrayList<>();
        for (org.verbatim.model.Kind kind : org.verbatim.model.Kind.values()) {
            if (interviews.stream().anyMatch(i -> i.kind() == kind)) {
                kinds.add(Map.of("key", kind.key(), "label", Character.toUpperCase(kind.plural().charAt(0))
                        + kind.plural().substring(1)));
            }
        }
        fm.put("kinds", kinds);
        fm.put("speakers", interviews.stream().flatMap(i -> i.transcript().speakers().stream())
                .filter(Speaker::listed).map(Speaker::name).distinct().sorted().toList());
        return fm;
    }

    private Page contents(Interview interview, int transcriptParts) {
        Map<String, Object> fm = PageFiles.fields("interview", interview.metadata().title(), interview.metadata().date());
        fm.put("interview", interviewSummary(interview, ""));
        fm.put("description", excerpt(interview.metadata().lead()));
        fm.put("jsonld", structured.interview(interview));
        List<Map<String, Object>> questions = new ArrayList<>();
        for (Question q : interview.questions()) {
            Map<String, Object> entry = link(q);
            entry.put("speakers", speakerNames(q.answer()));
            entry.put("paragraph_count", q.passages().size());
            questions.add(entry);
        }
        fm.put("questions", questions);
        fm.put("transcript_parts", transcriptParts);
        StringBuilder body = new StringBuilder().append('\n');
        if (!interview.metadata().lead().isEmpty()) {
            body.append(MarkdownText.escape(interview.metadata().lead())).append(" {.lead}\n");
        }
        return new Page(fm, body.toString());
    }

    /**
     * The most Markdown one full-transcript page holds before the next question starts a new part: the HTML of a
     * part stays under about 300 KB (its text, markup and the page around it), so that a transcript of many
     * megabytes is read in parts instead of one page a browser struggles with. A single question longer than this
     * still makes one part.
     */
    static final int PART_LIMIT = 240 * 1024;

    /** The file of part {@code n} (from 1) of the full transcript: transcript.html, transcript-2.html... */
    static String transcriptFile(int n) {
        return n == 1 ? "transcript.html" : "transcript-" + n + ".html";
    }

    /** The full transcript as one page, or, past {@link #PART_LIMIT}, as numbered parts cut between questions. */
    private List<Page> transcriptParts(Interview interview) {
        List<List<Question>> groups = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        List<Question> group = new ArrayList<>();
        for (Question q : interview.questions()) {
            StringBuilder section = new StringBuilder();
            section.append("\n<section class=\"exchange\" aria-labelledby=\"").append(q.id()).append("\">\n");
            section.append("<h2 id=\"").append(q.id()).append("\">").append(MarkdownText.html(heading(q)))
                    .append(" <a class=\"pilcrow\" href=\"#").append(q.id())
                    .append("\" aria-label=\"Link to this question\">¶</a></h2>\n");
            section.append("<p class=\"page-link\"><a href=\"").append(q.id()).append(".html\">Question page</a></p>\n");
            passages(section, q, q.id() + ".html", refs.refs(interview.slug(), q.id()).refersTo(), null);
            section.append("\n</section>\n");
            if (!group.isEmpty() && body.length() + section.length() > PART_LIMIT) {
                groups.add(group);
                bodies.add(body.toString());
                group = new ArrayList<>();
                body.setLength(0);
            }
            group.add(q);
            body.append(section);
        }
        groups.add(group);
        bodies.add(body.toString());

        List<Map<String, Object>> partList = new ArrayList<>();
        for (int k = 0; k < groups.size(); k++) {
            List<Question> g = groups.get(k);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("uri", transcriptFile(k + 1));
            entry.put("label", "Part " + (k + 1) + (g.isEmpty() ? "" : ": " + heading(g.get(0)).replaceFirst("\\. .*", "")
                    + (g.size() > 1 ? " to " + heading(g.get(g.size() - 1)).replaceFirst("\\. .*", "") : "")));
            partList.add(entry);
        }
        List<Page> pages = new ArrayList<>();
        for (int k = 0; k < groups.size(); k++) {
            String title = "Full transcript" + (groups.size() > 1 ? ", part " + (k + 1) + " of " + groups.size() : "");
            Map<String, Object> fm = PageFiles.fields("transcript", title + ": " + interview.metadata().title(),
                    interview.metadata().date());
            fm.put("heading", title);
            fm.put("interview", interviewSummary(interview, ""));
            List<Map<String, Object>> questions = new ArrayList<>();
            groups.get(k).forEach(q -> questions.add(link(q)));
            fm.put("questions", questions);
            if (groups.size() > 1) {
                fm.put("part", k + 1);
                fm.put("parts", partList);
                if (k > 0) {
                    fm.put("prev_part", partList.get(k - 1));
                }
                if (k + 1 < groups.size()) {
                    fm.put("next_part", partList.get(k + 1));
                }
            }
            pages.add(new Page(fm, bodies.get(k)));
        }
        return pages;
    }

    private Page question(Interview interview, int index) {
        Question q = interview.questions().get(index);
        Map<String, Object> fm = PageFiles.fields("question", q.title(), interview.metadata().date());
        fm.put("id", q.id());
        fm.put("number", q.number());
        fm.put("heading", heading(q));
        fm.put("onepage", interview.onePage());
        fm.put("interview", interviewSummary(interview, "index.html"));
        fm.put("description", excerpt(String.join(" ", (q.asked().isEmpty() ? q.answer() : q.asked()).stream()
                .map(Passage::text).toList())));
        fm.put("jsonld", structured.question(interview, q));
        List<Map<String, Object>> speakers = new ArrayList<>();
        for (Speaker s : speakers(q.passages())) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("key", s.key());
            entry.put("name", s.name());
            entry.put("role", s.role());
            entry.put("interviewer", s.interviewer());
            speakers.add(entry);
        }
        fm.put("speakers", speakers);
        if (index > 0) {
            fm.put("prev", link(interview.questions().get(index - 1)));
        }
        if (index + 1 < interview.questions().size()) {
            fm.put("next", link(interview.questions().get(index + 1)));
        }
        fm.put("paragraphs", q.passages().stream().map(Passage::id).toList());
        fm.put("citations", PageCitations.json(interview, q.passages()));
        fm.put("aliases", aliasesOn(interview, q.id()));
        QuestionRefs qr = refs.refs(interview.slug(), q.id());
        crossReferences(fm, interview, q, qr);
        StringBuilder body = new StringBuilder();
        passages(body, q, "", qr.refersTo(), q.id());
        return new Page(fm, body.toString());
    }

    /** The turns of a question as Markdown: the asked part set apart, then the answer, a speaker line per turn. */
    /**
     * @param page the page the ¶ links point to ("" for this page)
     * @param questionPage this page's question id, or null on the full transcript (where every paragraph is)
     */
    private static void passages(StringBuilder body, Question q, String page, List<BackReference> backRefs,
                                 String questionPage) {
        if (!q.asked().isEmpty()) {
            body.append("\n<div class=\"asked\">\n");
            turns(body, q.asked(), page, backRefs, questionPage);
            body.append("\n</div>\n");
        }
        if (!q.answer().isEmpty()) {
            body.append("\n<div class=\"answer\">\n");
            turns(body, q.answer(), page, backRefs, questionPage);
            body.append("\n</div>\n");
        }
    }

    private static void turns(StringBuilder body, List<Passage> passages, String page, List<BackReference> backRefs,
                              String questionPage) {
        for (Passage p : passages) {
            if (p.opensTurn() && p.speaker() != null) {
                body.append('\n').append(speakerLine(p)).append('\n');
            }
            body.append('\n').append(paragraphText(p, backRefs, questionPage))
                    .append("\u00A0[¶](").append(page).append('#').append(p.id())
                    .append("){.pilcrow aria-label=\"Link to paragraph ").append(p.id()).append("\"}")
                    .append(" {#").append(p.id()).append(" .para}\n");
        }
    }

    /**
     * A paragraph's text as Markdown; a back-reference phrase ("As I have already noted") becomes a link to the
     * paragraph it points to, over the exact words, so the text itself is unchanged.
     */
    private static String paragraphText(Passage p, List<BackReference> backRefs, String questionPage) {
        String text = p.text();
        for (BackReference ref : backRefs) {
            int at = ref.fromParagraphId().equals(p.id()) ? text.indexOf(ref.phrase()) : -1;
            if (at < 0) {
                continue;
            }
            String toQuestion = ref.toParagraphId().substring(0, ref.toParagraphId().indexOf('-'));
            String target = (questionPage == null || questionPage.equals(toQuestion) ? "" : toQuestion + ".html")
                    + "#" + ref.toParagraphId();
            String before = text.substring(0, at);
            String space = before.substring(before.stripTrailing().length());
            return MarkdownText.escape(before) + space
                    + "[" + MarkdownText.inline(ref.phrase()) + "](" + target + " \"Where this was said before\"){.backref}"
                    + MarkdownText.inline(text.substring(at + ref.phrase().length()));
        }
        return MarkdownText.escape(text);
    }

    /** The speaker's name, with the label exactly as written kept in {@code data-label} for the lossless check. */
    private static String speakerLine(Passage p) {
        Speaker s = p.speaker();
        StringBuilder line = new StringBuilder("<p class=\"speaker")
                .append(s.interviewer() ? " interviewer" : "")
                .append("\" data-label=\"").append(MarkdownText.html(p.label())).append("\" data-speaker=\"")
                .append(s.key()).append("\"><span class=\"name\">").append(MarkdownText.html(s.name()))
                .append("</span>");
        if (!s.role().isEmpty()) {
            line.append(" <span class=\"role\">").append(MarkdownText.html(s.role())).append("</span>");
        }
        return line.append("</p>").toString();
    }

    private static String heading(Question q) {
        return q.isOpening() ? q.title() : "Q" + q.number() + ". " + q.title();
    }

    /**
     * Removed ids that were published on question page {@code questionId}, each with the address it now leads
     * to, for the page script that forwards {@code #old-id} links.
     */
    private Map<String, String> aliasesOn(Interview interview, String questionId) {
        Map<String, String> on = new LinkedHashMap<>();
        aliases.getOrDefault(interview.slug(), Map.of()).forEach((old, live) -> {
            if (old.contains("-p") && old.substring(0, old.indexOf("-p")).equals(questionId)) {
                on.put(old, href(interview, live, questionId));
            }
        });
        return on;
    }

    /** Pages for removed questions: each leads to the passage that took its place, so old links still land. */
    private int redirects(Interview interview, String dir, ContentFolder content) {
        int written = 0;
        for (Map.Entry<String, String> alias : aliases.getOrDefault(interview.slug(), Map.of()).entrySet()) {
            if (alias.getKey().contains("-p")) {
                continue;
            }
            Map<String, Object> fm = PageFiles.fields("redirect", "Moved: " + alias.getKey(),
                    interview.metadata().date());
            fm.put("target", href(interview, alias.getValue(), alias.getKey()));
            fm.put("interview", interviewSummary(interview, "index.html"));
            content.write(dir + alias.getKey() + ".md", fm, "");
            written++;
        }
        return written;
    }

    /** The relative address of live id {@code id} as seen from question page {@code fromQuestion}. */
    private static String href(Interview interview, String id, String fromQuestion) {
        int p = id.indexOf("-p");
        String question = p < 0 ? id : id.substring(0, p);
        return (question.equals(fromQuestion) ? "" : interview.page(question) + ".html") + (p < 0 ? "" : "#" + id);
    }

    /** Topics, named entities, figures, related questions and back-references of a question page. */
    private void crossReferences(Map<String, Object> fm, Interview interview, Question q, QuestionRefs qr) {
        List<Map<String, Object>> topics = new ArrayList<>();
        for (String label : qr.topics()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("label", label);
            String key = topicKeys.get(label);
            if (key != null) {
                t.put("uri", "../topics/" + IndexPages.topicFile(key));
            }
            topics.add(t);
        }
        fm.put("topics", topics);
        List<Map<String, Object>> entities = new ArrayList<>();
        for (Entity e : qr.entities()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", e.name());
            entry.put("kind", e.kind());
            if (entityPages.contains(e.key())) {
                entry.put("uri", "../entities/" + IndexPages.entityFile(e.key()));
            }
            entry.put("paragraphs", e.paragraphIds());
            entities.add(entry);
        }
        fm.put("entities", entities);
        List<Map<String, Object>> figures = new ArrayList<>();
        for (Figure f : qr.figures()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("text", f.text());
            entry.put("counts", f.counts());
            entry.put("paragraph", f.paragraphId());
            figures.add(entry);
        }
        fm.put("figures", figures);
        List<Map<String, Object>> related = new ArrayList<>();
        for (Related r : qr.related()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            boolean here = r.interviewSlug().equals(interview.slug());
            entry.put("title", r.title());
            entry.put("uri", (here ? "" : "../" + r.interviewSlug() + "/") + page(r.interviewSlug(), r.questionId())
                    + ".html");
            entry.put("interview", here ? "" : titles.getOrDefault(r.interviewSlug(), r.interviewSlug()));
            entry.put("score", Math.round(r.score() * 1000) / 1000.0);
            related.add(entry);
        }
        fm.put("related", related);
        List<Map<String, Object>> backRefs = new ArrayList<>();
        for (BackReference b : qr.refersTo()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            String toQuestion = b.toParagraphId().substring(0, b.toParagraphId().indexOf('-'));
            entry.put("from", b.fromParagraphId());
            entry.put("to", b.toParagraphId());
            entry.put("uri", (toQuestion.equals(q.id()) ? "" : toQuestion + ".html") + "#" + b.toParagraphId());
            entry.put("phrase", b.phrase());
            backRefs.add(entry);
        }
        fm.put("refers_to", backRefs);
    }

    /** A summary for search results and link previews: the text's first 200 characters, cut at a word. */
    private static String excerpt(String text) {
        String t = text.strip();
        if (t.length() <= 200) {
            return t;
        }
        int cut = t.lastIndexOf(' ', 199);
        return t.substring(0, cut > 100 ? cut : 199) + "…";
    }

    private static Map<String, Object> link(Question q) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("id", q.id());
        link.put("number", q.number());
        link.put("uri", q.id() + ".html");
        link.put("title", q.title());
        link.put("heading", heading(q));
        return link;
    }

    private Map<String, Object> interviewSummary(Interview interview, String uri) {
        // Only these two addresses are asked for; both were made in the constructor.
        return (uri.isEmpty() ? summaryHere : summaryToIndex).get(interview);
    }

    private Map<String, Object> summarise(Interview interview, String uri) {
        Metadata m = interview.metadata();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("slug", interview.slug());
        entry.put("uri", uri);
        entry.put("title", m.title());
        entry.put("date", m.date() == null ? "" : m.date().toString());
        entry.put("date_display", m.date() == null ? "undated" : DISPLAY.format(m.date()));
        entry.put("kind", kindText(interview));
        entry.put("kind_key", interview.kind().key());
        entry.put("publisher", m.publisher());
        entry.put("source", m.sourceUrl());
        entry.put("licence", m.licence());
        entry.put("licence_url", m.licenceUrl());
        entry.put("language", m.language());
        entry.put("lead", m.lead());
        int questionCount = (int) interview.questions().stream().filter(q -> !q.isOpening()).count();
        entry.put("question_count", questionCount);
        // A transcript without questions (a meeting, a statement: one page) is counted in paragraphs, as
        // "0 questions" says nothing about it.
        entry.put("count_text", !interview.onePage() && questionCount > 0 ? Counted.of(questionCount, "question")
                : Counted.of(interview.questions().stream().mapToInt(q -> q.passages().size()).sum(), "paragraph"));
        // Every page of an interview carries this summary: its speakers are found once, not once per page.
        entry.put("speakers", interviewSpeakers.get(interview));
        return entry;
    }

    /** The sidecar's own phrase ("Written interview") when it says more than the kind; else the kind's name. */
    private static String kindText(Interview interview) {
        String stated = interview.metadata().kind() == null ? "" : interview.metadata().kind().strip();
        String label = interview.kind().label();
        return stated.isEmpty() || stated.equalsIgnoreCase("transcript") || org.verbatim.model.Kind.parse(stated) != null
                ? Character.toUpperCase(label.charAt(0)) + label.substring(1) : stated;
    }

    private static List<String> speakerNames(List<Passage> passages) {
        return speakers(passages).stream().filter(Speaker::listed).map(Speaker::name).toList();
    }

    private static List<Speaker> speakers(List<Passage> passages) {
        LinkedHashSet<Speaker> set = new LinkedHashSet<>();
        passages.stream().map(Passage::speaker).filter(s -> s != null).forEach(set::add);
        return List.copyOf(set);
    }
}
