package org.verbatim.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.verbatim.model.Interview;
import org.verbatim.model.Metadata;
import org.verbatim.model.Passage;
import org.verbatim.model.Question;
import org.verbatim.model.Speaker;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * schema.org JSON-LD for interview and question pages: the interview as a creative work (its publisher, date,
 * licence and source), each question as a {@code Question} with the interviewee's {@code Answer}. Gson escapes
 * {@code <}, {@code >} and {@code &}, so transcript text cannot close the script element it is embedded in.
 */
final class StructuredData {

    private static final Gson GSON = new GsonBuilder().create();

    private final String baseUrl;

    /** @param baseUrl the site's public address ending in "/", or empty when unknown (then no URLs are given) */
    StructuredData(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    String interview(Interview interview) {
        Map<String, Object> work = work(interview);
        List<Map<String, Object>> parts = new ArrayList<>();
        for (Question q : interview.questions()) {
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("@type", "WebPage");
            part.put("name", q.title());
            url(part, interview.slug() + "/" + interview.page(q.id()) + ".html");
            parts.add(part);
        }
        work.put("hasPart", parts);
        return GSON.toJson(context(work));
    }

    String question(Interview interview, Question q) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("@type", "WebPage");
        page.put("name", q.title());
        url(page, interview.slug() + "/" + interview.page(q.id()) + ".html");
        page.put("isPartOf", work(interview));
        if (!q.isOpening()) {
            Map<String, Object> question = new LinkedHashMap<>();
            question.put("@type", "Question");
            question.put("name", q.title());
            question.put("text", text(q.asked()));
            author(question, q.asked().get(0).speaker(), interview.transcript().metadata().interviewer());
            if (!q.answer().isEmpty()) {
                question.put("answerCount", 1);
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("@type", "Answer");
                answer.put("text", text(q.answer()));
                answerAuthors(answer, q.answer(), interview.transcript().metadata().interviewer());
                question.put("suggestedAnswer", answer);
            }
            page.put("mainEntity", question);
        }
        return GSON.toJson(context(page));
    }

    private Map<String, Object> work(Interview interview) {
        Metadata m = interview.metadata();
        Map<String, Object> work = new LinkedHashMap<>();
        work.put("@type", "CreativeWork");
        work.put("genre", m.kind());
        work.put("name", m.title());
        if (!m.lead().isEmpty()) {
            work.put("description", m.lead());
        }
        if (m.date() != null) {
            work.put("datePublished", m.date().toString());
        }
        work.put("inLanguage", m.language());
        if (!m.publisher().isEmpty()) {
            // A LinkedHashMap, not Map.of: Map.of iterates in an order that changes from one JVM to the next.
            Map<String, Object> publisher = new LinkedHashMap<>();
            publisher.put("@type", "Organization");
            publisher.put("name", m.publisher());
            work.put("publisher", publisher);
        }
        if (!m.sourceUrl().isEmpty()) {
            work.put("isBasedOn", m.sourceUrl());
        }
        if (!m.licenceUrl().isEmpty()) {
            work.put("license", m.licenceUrl());
        } else if (!m.licence().isEmpty()) {
            work.put("license", m.licence());
        }
        url(work, interview.slug() + "/index.html");
        return work;
    }

    /**
     * Names who asked or answered, when the transcript says: an unlabelled passage or a questioner known only as
     * "Question" or "Reporter" gets no author rather than a made-up one.
     */
    private static void author(Map<String, Object> node, Speaker speaker, String side) {
        if (speaker != null && !speaker.unnamed()) {
            node.put("author", agent(speaker, side));
        }
    }

    /** Everyone who speaks in the answer, in order: one author, or a list when two people answer. */
    private static void answerAuthors(Map<String, Object> node, List<Passage> answer, String side) {
        List<Map<String, Object>> authors = new ArrayList<>();
        answer.stream().map(Passage::speaker).filter(s -> s != null && !s.unnamed()).distinct()
                .forEach(s -> authors.add(agent(s, side)));
        if (authors.size() == 1) {
            node.put("author", authors.get(0));
        } else if (!authors.isEmpty()) {
            node.put("author", authors);
        }
    }

    /**
     * The questions' side named by the sidecar's {@code interviewer:} ("Xinhua", "People's Daily") is the
     * publication, an Organization; everyone else who speaks is a Person, the journalists whom the labels name
     * ("Armin Wolf:") included.
     */
    private static Map<String, Object> agent(Speaker speaker, String side) {
        Map<String, Object> agent = new LinkedHashMap<>();
        boolean publication = speaker.interviewer() && speaker.name().equals(side);
        agent.put("@type", publication ? "Organization" : "Person");
        agent.put("name", speaker.name());
        if (!speaker.role().isEmpty() && !publication) {
            agent.put("jobTitle", speaker.role());
        }
        return agent;
    }

    private static String text(List<Passage> passages) {
        return String.join("\n\n", passages.stream().map(Passage::text).toList());
    }

    private void url(Map<String, Object> node, String path) {
        if (!baseUrl.isEmpty()) {
            node.put("url", baseUrl + path);
        }
    }

    private static Map<String, Object> context(Map<String, Object> node) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("@context", "https://schema.org");
        root.putAll(node);
        return root;
    }
}
