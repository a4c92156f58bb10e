package org.verbatim.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.verbatim.model.Interview;
import org.verbatim.model.Question;
import org.verbatim.model.Transcript;

/**
 * Proves that every word of a transcript's body appears on its question pages exactly once and in order, reading
 * the baked HTML and comparing with the source text as received (not with what the parser made of it).
 */
public final class LosslessCheck {

    /** Returns the first difference as a {@code file:line: message} problem, or nothing when the site is whole. */
    public List<String> check(Interview interview, Path site) {
        return check(interview, site, (page, doc) -> { });
    }

    /**
     * As {@link #check(Interview, Path)}, handing each page parsed to {@code parsed} as well (a link check can then
     * read its links without parsing it again).
     */
    public List<String> check(Interview interview, Path site, BiConsumer<Path, Document> parsed) {
        Transcript transcript = interview.transcript();
        Words expected = Words.of(transcript.body());
        List<String> actual = new ArrayList<>();
        List<String> pageOf = new ArrayList<>();
        for (Question q : interview.questions()) {
            String page = interview.slug() + "/" + interview.page(q.id()) + ".html";
            Path file = site.resolve(page);
            Document doc = parse(file);
            parsed.accept(file, doc);
            for (String word : pageWords(doc)) {
                actual.add(word);
                pageOf.add(page);
            }
        }
        int n = Math.min(expected.words().size(), actual.size());
        for (int i = 0; i < n; i++) {
            if (!expected.words().get(i).equals(actual.get(i))) {
                return List.of(problem(transcript, expected, i, "the site has '" + actual.get(i) + "' on "
                        + pageOf.get(i) + " where the transcript has '" + expected.words().get(i) + "'"));
            }
        }
        if (expected.words().size() > n) {
            return List.of(problem(transcript, expected, n, "text from here on is missing from the site"));
        }
        if (actual.size() > n) {
            return List.of(transcript.source() + ": the site has words the transcript does not, from '"
                    + actual.get(n) + "' on " + pageOf.get(n));
        }
        return List.of();
    }

    /** Words of a question page's transcript text: labels as written, then paragraphs, without our ¶ links. */
    static List<String> pageWords(Path page) {
        return pageWords(parse(page));
    }

    private static Document parse(Path page) {
        try {
            return Jsoup.parse(Files.readString(page));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + page, e);
        }
    }

    private static List<String> pageWords(Document doc) {
        List<String> words = new ArrayList<>();
        for (Element element : doc.select("article .speaker[data-label], article .para")) {
            if (element.hasClass("speaker")) {
                words.addAll(Words.of(element.attr("data-label")).words());
            } else {
                Element copy = element.clone();
                copy.select(".pilcrow, .xref-note").remove();
                words.addAll(Words.of(copy.text()).words());
            }
        }
        return words;
    }

    private static String problem(Transcript transcript, Words expected, int index, String message) {
        int offset = expected.offsets().get(index);
        String body = transcript.body();
        int line = transcript.bodyLine() + (int) body.substring(0, offset).chars().filter(c -> c == '\n').count();
        int from = Math.max(0, offset - 30);
        String context = body.substring(from, Math.min(body.length(), offset + 30)).replace('\n', ' ');
        return transcript.source() + ":" + line + ": " + message + " (near \"" + context + "\")";
    }
}
