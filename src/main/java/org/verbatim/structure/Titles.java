package org.verbatim.structure;

import java.util.List;
import java.util.regex.Pattern;

import org.verbatim.model.Metadata;
import org.verbatim.model.Passage;

/**
 * Derives a short, readable title from a question: its first real question sentence, shortened at a word.
 */
final class Titles {

    static final int MAX_LENGTH = 90;
    /** Sentence ends: terminal punctuation, then space, then a capital ("U.S. government" is one sentence). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!…][”\"’)]?)\\s+(?=[\\p{Lu}“\"‘(])");

    private Titles() {
    }

    /** The editor's title for question {@code key} if the sidecar has one, else one derived from the question. */
    static String choose(Metadata metadata, Integer key, boolean opening, List<Passage> asked) {
        String title = key == null ? null : metadata.titles().get(key);
        if (title == null) {
            title = opening ? "Opening remarks" : fromQuestion(asked);
        }
        return title;
    }

    static String fromQuestion(List<Passage> asked) {
        String text = String.join(" ", asked.stream().map(Passage::text).toList()).strip();
        if (text.isEmpty()) {
            return "Untitled";
        }
        String[] sentences = SENTENCE_END.split(text);
        for (String sentence : sentences) {
            if (sentence.strip().matches(".*\\?[”\"’)]?") && sentence.split("\\s+").length >= 3) {
                return shorten(sentence.strip());
            }
        }
        return shorten(sentences[0].strip());
    }

    static String shorten(String sentence) {
        if (sentence.length() <= MAX_LENGTH) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX_LENGTH - 1);
        String head = sentence.substring(0, cut > 30 ? cut : MAX_LENGTH - 1).replaceAll("[\\s,;:—–-]+$", "");
        return head + "…";
    }
}
