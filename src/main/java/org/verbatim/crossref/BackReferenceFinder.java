package org.verbatim.crossref;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.verbatim.model.Passage;

/**
 * Links "As I have already noted", "as I said", "I would remind you" and the like to the earlier paragraph of the
 * same speaker, in the same interview, that shares most of the sentence's content (weighted by rarity). A link is
 * made only when that paragraph covers enough of the sentence: a speaker who "reminds" the reader of history with
 * nothing earlier to point at gets no link.
 */
final class BackReferenceFinder {
    static final Pattern TRIGGER = Pattern.compile("\\b(?:"
            + "as\\s+I\\s+(?:have\\s+|had\\s+)?(?:already\\s+|just\\s+|previously\\s+|also\\s+)?"
            + "(?:noted|said|mentioned|stated|pointed\\s+out|indicated|talked\\s+about|explained|stressed)"
            + "(?:\\s+(?:earlier|before|above|previously|a\\s+(?:moment|minute)\\s+ago))?"
            + "|(?:which|what)\\s+I\\s+(?:have\\s+)?already\\s+(?:mentioned|noted|said)"
            + "|I\\s+(?:have\\s+)?(?:just|already)\\s+(?:mentioned|noted|said|talked\\s+about)"
            + "(?:\\s+(?:earlier|a\\s+(?:moment|minute)\\s+ago))?"
            + "|I\\s+(?:would|must|should|want\\s+to)\\s+(?:like\\s+to\\s+)?remind\\s+you"
            + "|let\\s+me\\s+remind\\s+you"
            + "|I\\s+would\\s+like\\s+to\\s+reiterate|let\\s+me\\s+reiterate"
            + "|as\\s+(?:was\\s+)?mentioned(?:\\s+(?:earlier|above|before))?"
            + "|I\\s+will\\s+say\\s+it\\s+again"
            + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** Minimum share of the sentence's weighted content the earlier paragraph must hold; see docs/crossref.md. */
    static final double MIN_COVERAGE = 0.3;

    private final Corpus corpus;

    BackReferenceFinder(Corpus corpus) {
        this.corpus = corpus;
    }

    /** Back-references made from one page's paragraphs; targets anywhere earlier in the same interview. */
    List<BackReference> find(Corpus.Page page) {
        List<BackReference> refs = new ArrayList<>();
        List<Passage> passages = page.passages();
        for (int i = 0; i < passages.size(); i++) {
            Passage passage = passages.get(i);
            Matcher m = TRIGGER.matcher(passage.text());
            while (m.find()) {
                String target = target(page, i, sentenceAround(passage.text(), m.start(), m.end()));
                if (target != null && refs.stream().noneMatch(r -> r.fromParagraphId().equals(passage.id())
                        && r.toParagraphId().equals(target))) {
                    refs.add(new BackReference(passage.id(), target, m.group()));
                }
            }
        }
        return refs;
    }

    private String target(Corpus.Page page, int index, String query) {
        Passage from = page.passages().get(index);
        if (from.speaker() == null) {
            return null;
        }
        Set<String> terms = Corpus.stems(Text.tokens(corpus.analyzer, query));
        double total = terms.stream().mapToDouble(corpus::paragraphIdf).sum();
        if (total == 0) {
            return null;
        }
        String best = null;
        double bestScore = 0;
        for (Corpus.Page earlier : corpus.pages) {
            if (earlier.interview() != page.interview() || earlier.index() > page.index()) {
                continue;
            }
            List<Passage> passages = earlier.passages();
            int limit = earlier == page ? index : passages.size();
            for (int j = 0; j < limit; j++) {
                Passage candidate = passages.get(j);
                if (candidate.speaker() == null || !candidate.speaker().key().equals(from.speaker().key())) {
                    continue;
                }
                Set<String> stems = Corpus.stems(earlier.tokens().get(j));
                double shared = terms.stream().filter(stems::contains).mapToDouble(corpus::paragraphIdf).sum();
                double score = shared / total;
                // ">=" so that, on a tie, the most recent paragraph wins: what was said last is what is recalled.
                if (score >= bestScore && score > 0) {
                    bestScore = score;
                    best = candidate.id();
                }
            }
        }
        return bestScore >= MIN_COVERAGE ? best : null;
    }

    /** The sentence holding the trigger, without the trigger; the next sentence too when it says little alone. */
    static String sentenceAround(String text, int start, int end) {
        int from = Math.max(Math.max(text.lastIndexOf(". ", start), text.lastIndexOf("? ", start)),
                text.lastIndexOf("! ", start));
        from = from < 0 ? 0 : from + 2;
        int to = nextSentenceEnd(text, end);
        String sentence = text.substring(from, start) + " " + text.substring(end, to);
        if (sentence.split("\\s+").length < 12 && to < text.length()) {
            sentence += " " + text.substring(to, nextSentenceEnd(text, to + 1));
        }
        return sentence;
    }

    private static int nextSentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                return i + 1;
            }
        }
        return text.length();
    }
}
