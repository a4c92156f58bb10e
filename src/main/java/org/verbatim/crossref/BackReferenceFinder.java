package org.verbatim.crossref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
    /** What a trigger can begin with: "as", "which", "what", "I", "let". */
    static final Starts TRIGGER_STARTS = new Starts("aAwWiIlL");
    /** Minimum share of the sentence's weighted content the earlier paragraph must hold; see docs/crossref.md. */
    static final double MIN_COVERAGE = 0.3;

    private final Corpus corpus;
    /** Per interview, its spoken paragraphs by stem: a paragraph is recalled only within its own interview. */
    private Map<org.verbatim.model.Interview, Map<String, List<Spot>>> postings;

    BackReferenceFinder(Corpus corpus) {
        this.corpus = corpus;
    }

    /** Back-references made from one page's paragraphs; targets anywhere earlier in the same interview. */
    List<BackReference> find(Corpus.Page page) {
        List<BackReference> refs = new ArrayList<>();
        List<Passage> passages = page.passages();
        for (int i = 0; i < passages.size(); i++) {
            Passage passage = passages.get(i);
            Matcher m = Starts.prepare(TRIGGER.matcher(passage.text()));
            for (int from = 0; TRIGGER_STARTS.next(m, passage.text(), from); from = m.end()) {
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
        Spot best = null;
        double bestScore = 0;
        // Most recent first, so that on a tie the most recent paragraph wins (what was said last is what is
        // recalled), and a paragraph holding every term ends the search.
        for (Spot candidate : candidates(terms, total, new Spot(page, index)).descendingSet()) {
            Corpus.Page earlier = candidate.page();
            Passage passage = earlier.passages().get(candidate.passage());
            if (earlier.interview() != page.interview() || !passage.speaker().key().equals(from.speaker().key())) {
                continue;
            }
            Set<String> stems = earlier.stems().get(candidate.passage());
            double shared = terms.stream().filter(stems::contains).mapToDouble(corpus::paragraphIdf).sum();
            double score = shared / total;
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
            if (stems.containsAll(terms)) {
                break;
            }
        }
        return bestScore >= MIN_COVERAGE ? best.page().passages().get(best.passage()).id() : null;
    }

    /**
     * The only paragraphs that can reach {@link #MIN_COVERAGE}: a paragraph without any of the rarest terms that
     * together weigh more than the rest can share at most the rest, which is below the bar. So the search reads the
     * postings of a few rare terms instead of every earlier paragraph, and finds the same best paragraph.
     */
    private TreeSet<Spot> candidates(Set<String> terms, double total, Spot before) {
        // Each term's weight once, not once per comparison of the sort.
        Map<String, Double> idf = new HashMap<>();
        terms.forEach(t -> idf.put(t, corpus.paragraphIdf(t)));
        List<String> rarestFirst = new ArrayList<>(terms);
        rarestFirst.sort(Comparator.comparingDouble((String t) -> idf.get(t)).reversed().thenComparing(t -> t));
        TreeSet<Spot> candidates = new TreeSet<>();
        Map<String, List<Spot>> inInterview = postings().getOrDefault(before.page().interview(), Map.of());
        double covered = 0;
        for (String term : rarestFirst) {
            if (covered > (1 - MIN_COVERAGE) * total) {
                break;
            }
            // Postings are in reading order: what follows the trigger cannot be what it recalls. Only the trigger's
            // own interview is read: a paragraph of another one is never the target, and the build's postings of a
            // common term would make each trigger cost the whole archive.
            for (Spot spot : inInterview.getOrDefault(term, List.of())) {
                if (spot.compareTo(before) >= 0) {
                    break;
                }
                candidates.add(spot);
            }
            covered += idf.get(term);
        }
        return candidates;
    }

    /** Every spoken paragraph of the build by interview and stem, built on first use. */
    private Map<org.verbatim.model.Interview, Map<String, List<Spot>>> postings() {
        if (postings == null) {
            postings = new java.util.IdentityHashMap<>();
            for (Corpus.Page page : corpus.pages) {
                Map<String, List<Spot>> own = postings.computeIfAbsent(page.interview(), k -> new HashMap<>());
                for (int j = 0; j < page.passages().size(); j++) {
                    if (page.passages().get(j).speaker() == null) {
                        continue;
                    }
                    Spot spot = new Spot(page, j);
                    page.stems().get(j).forEach(s -> own.computeIfAbsent(s,
                            k -> new ArrayList<>()).add(spot));
                }
            }
        }
        return postings;
    }

    /** A paragraph by its page and its place on the page, ordered as the build reads them. */
    private record Spot(Corpus.Page page, int passage) implements Comparable<Spot> {
        @Override
        public int compareTo(Spot other) {
            int byPage = Integer.compare(page.index(), other.page.index());
            return byPage != 0 ? byPage : Integer.compare(passage, other.passage);
        }
    }

    /** The sentence holding the trigger, without the trigger; the next sentence too when it says little alone. */
    static String sentenceAround(String text, int start, int end) {
        int from = Snippets.sentenceStart(text, start);
        int to = Snippets.sentenceEnd(text, end);
        String sentence = text.substring(from, start) + " " + text.substring(end, to);
        if (sentence.split("\\s+").length < 12 && to < text.length()) {
            sentence += " " + text.substring(to, Snippets.sentenceEnd(text, to + 1));
        }
        return sentence;
    }
}
