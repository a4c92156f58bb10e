package org.verbatim.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.verbatim.model.Interview;
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

    private final List<Interview> interviews;
    private final StructuredData structured;

    /** @param baseUrl the site's public address, or empty; used only for absolute URLs in structured data */
    public PageSet(List<Interview> interviews, String baseUrl) {
        this.structured = new StructuredData(baseUrl.isEmpty() || baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.interviews = interviews.stream()
                .sorted(Comparator.comparing((Interview i) -> i.metadata().date(),
                                Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Interview::slug))
                .toList();
    }

    /** Writes every page under {@code contentDir}; returns the number of files written. */
    public int writeTo(Path contentDir) {
        int written = 0;
        write(contentDir.resolve("index.md"), home());
        write(contentDir.resolve("search.md"), search());
        written += 2;
        for (Interview interview : interviews) {
            Path dir = contentDir.resolve(interview.slug());
            write(dir.resolve("index.md"), contents(interview));
            write(dir.resolve("transcript.md"), transcript(interview));
            written += 2;
            List<Question> questions = interview.questions();
            for (int i = 0; i < questions.size(); i++) {
                write(dir.resolve(questions.get(i).id() + ".md"), question(interview, i));
                written++;
            }
        }
        return written;
    }

    private String home() {
        Map<String, Object> fm = page("home", "Interviews", null);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Interview interview : interviews) {
            Map<String, Object> entry = interviewSummary(interview, interview.slug() + "/");
            list.add(entry);
        }
        fm.put("interviews", list);
        return FrontMatter.of(fm);
    }

    private String search() {
        Map<String, Object> fm = page("search", "Search", null);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Interview interview : interviews) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("slug", interview.slug());
            entry.put("title", interview.metadata().title());
            list.add(entry);
        }
        fm.put("interviews", list);
        fm.put("speakers", interviews.stream().flatMap(i -> i.transcript().speakers().stream())
                .filter(s -> !s.interviewer()).map(Speaker::name).distinct().sorted().toList());
        return FrontMatter.of(fm);
    }

    private String contents(Interview interview) {
        Map<String, Object> fm = page("interview", interview.metadata().title(), interview.metadata().date());
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
        StringBuilder body = new StringBuilder(FrontMatter.of(fm)).append('\n');
        if (!interview.metadata().lead().isEmpty()) {
            body.append(MarkdownText.escape(interview.metadata().lead())).append(" {.lead}\n");
        }
        return body.toString();
    }

    private String transcript(Interview interview) {
        Map<String, Object> fm = page("transcript", "Full transcript: " + interview.metadata().title(),
                interview.metadata().date());
        fm.put("interview", interviewSummary(interview, ""));
        List<Map<String, Object>> questions = new ArrayList<>();
        interview.questions().forEach(q -> questions.add(link(q)));
        fm.put("questions", questions);
        StringBuilder body = new StringBuilder(FrontMatter.of(fm));
        for (Question q : interview.questions()) {
            body.append("\n<section class=\"exchange\" aria-labelledby=\"").append(q.id()).append("\">\n");
            body.append("<h2 id=\"").append(q.id()).append("\">").append(MarkdownText.html(heading(q)))
                    .append(" <a class=\"pilcrow\" href=\"#").append(q.id())
                    .append("\" aria-label=\"Link to this question\">¶</a></h2>\n");
            body.append("<p class=\"page-link\"><a href=\"").append(q.id()).append(".html\">Question page</a></p>\n");
            passages(body, q, q.id() + ".html");
            body.append("\n</section>\n");
        }
        return body.toString();
    }

    private String question(Interview interview, int index) {
        Question q = interview.questions().get(index);
        Map<String, Object> fm = page("question", q.title(), interview.metadata().date());
        fm.put("id", q.id());
        fm.put("number", q.number());
        fm.put("heading", heading(q));
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
        StringBuilder body = new StringBuilder(FrontMatter.of(fm));
        passages(body, q, "");
        return body.toString();
    }

    /** The turns of a question as Markdown: the asked part set apart, then the answer, a speaker line per turn. */
    private static void passages(StringBuilder body, Question q, String page) {
        if (!q.asked().isEmpty()) {
            body.append("\n<div class=\"asked\">\n");
            turns(body, q.asked(), page);
            body.append("\n</div>\n");
        }
        if (!q.answer().isEmpty()) {
            body.append("\n<div class=\"answer\">\n");
            turns(body, q.answer(), page);
            body.append("\n</div>\n");
        }
    }

    private static void turns(StringBuilder body, List<Passage> passages, String page) {
        for (Passage p : passages) {
            if (p.opensTurn() && p.speaker() != null) {
                body.append('\n').append(speakerLine(p)).append('\n');
            }
            body.append('\n').append(MarkdownText.escape(p.text()))
                    .append(" [¶](").append(page).append('#').append(p.id())
                    .append("){.pilcrow aria-label=\"Link to paragraph ").append(p.id()).append("\"}")
                    .append(" {#").append(p.id()).append(" .para}\n");
        }
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
        Metadata m = interview.metadata();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("slug", interview.slug());
        entry.put("uri", uri);
        entry.put("title", m.title());
        entry.put("date", m.date() == null ? "" : m.date().toString());
        entry.put("date_display", m.date() == null ? "undated" : DISPLAY.format(m.date()));
        entry.put("kind", m.kind());
        entry.put("publisher", m.publisher());
        entry.put("source", m.sourceUrl());
        entry.put("licence", m.licence());
        entry.put("licence_url", m.licenceUrl());
        entry.put("language", m.language());
        entry.put("lead", m.lead());
        entry.put("question_count", (int) interview.questions().stream().filter(q -> !q.isOpening()).count());
        entry.put("speakers", speakerNames(interview.questions().stream().flatMap(q -> q.answer().stream()).toList()));
        return entry;
    }

    private static List<String> speakerNames(List<Passage> passages) {
        return speakers(passages).stream().filter(s -> !s.interviewer()).map(Speaker::name).toList();
    }

    private static List<Speaker> speakers(List<Passage> passages) {
        LinkedHashSet<Speaker> set = new LinkedHashSet<>();
        passages.stream().map(Passage::speaker).filter(s -> s != null).forEach(set::add);
        return List.copyOf(set);
    }

    private static Map<String, Object> page(String type, String title, LocalDate date) {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("type", type);
        fm.put("status", "published");
        fm.put("title", title);
        fm.put("date", date == null ? "1970-01-01" : date.toString());
        return fm;
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
