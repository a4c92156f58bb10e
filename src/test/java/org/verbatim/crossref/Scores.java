package org.verbatim.crossref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recall and precision of extracted entities against a hand-made list. An extracted entity is a hit when its
 * canonical name or one of its aliases is a spelling of exactly one expected entity; it is an error when it matches
 * none (and is not on the optional list), when it matches two expected entities (two things wrongly merged), or when
 * an earlier extracted entity already took that expected entity (one thing wrongly split).
 */
final class Scores {
    final List<String> hits = new ArrayList<>();
    final List<String> falsePositives = new ArrayList<>();
    final List<String> misses = new ArrayList<>();
    final List<String> wrongKinds = new ArrayList<>();
    final List<String> missingParagraphs = new ArrayList<>();
    int neutral;
    int expected;
    int paragraphsExpected;
    int paragraphsFound;

    static Scores entities(List<IndexedEntity> extracted, Expected expected, String slug) {
        Scores s = new Scores();
        List<Expected.ExpectedEntity> wanted = expected.entities();
        s.expected = wanted.size();
        Map<String, Integer> bySpelling = new HashMap<>();
        for (int i = 0; i < wanted.size(); i++) {
            for (String spelling : wanted.get(i).spellings()) {
                bySpelling.put(Names.normalise(spelling), i);
            }
        }
        Set<String> optional = new HashSet<>();
        expected.optional().forEach(o -> optional.add(Names.normalise(o)));
        Set<Integer> taken = new HashSet<>();
        for (IndexedEntity e : extracted) {
            List<String> mentionIds = e.mentions().stream().filter(m -> m.interviewSlug().equals(slug))
                    .map(Mention::paragraphId).toList();
            if (mentionIds.isEmpty()) {
                continue;
            }
            Set<Integer> matched = new HashSet<>();
            boolean isOptional = false;
            List<String> spellings = new ArrayList<>(e.aliases());
            spellings.add(0, e.name());
            for (String spelling : spellings) {
                Integer i = bySpelling.get(Names.normalise(spelling));
                if (i != null) {
                    matched.add(i);
                }
                isOptional |= optional.contains(Names.normalise(spelling));
            }
            String label = e.name() + " [" + e.kind() + "] " + e.aliases();
            if (matched.size() == 1) {
                int i = matched.iterator().next();
                if (!taken.add(i)) {
                    s.falsePositives.add(label + " (split from " + wanted.get(i).name() + ")");
                    continue;
                }
                Expected.ExpectedEntity want = wanted.get(i);
                s.hits.add(label);
                if (!want.kind().equals(e.kind())) {
                    s.wrongKinds.add(e.name() + ": " + e.kind() + " instead of " + want.kind());
                }
                for (String p : want.paragraphs()) {
                    s.paragraphsExpected++;
                    if (mentionIds.contains(p)) {
                        s.paragraphsFound++;
                    } else {
                        s.missingParagraphs.add(want.name() + "@" + p);
                    }
                }
            } else if (matched.size() > 1) {
                s.falsePositives.add(label + " (merges " + matched.size() + " expected entities)");
            } else if (isOptional) {
                s.neutral++;
            } else {
                s.falsePositives.add(label + " " + mentionIds);
            }
        }
        for (int i = 0; i < wanted.size(); i++) {
            if (!taken.contains(i)) {
                s.misses.add(wanted.get(i).name());
            }
        }
        return s;
    }

    double recall() {
        return expected == 0 ? 1 : (double) hits.size() / expected;
    }

    double precision() {
        int judged = hits.size() + falsePositives.size();
        return judged == 0 ? 1 : (double) hits.size() / judged;
    }

    double kindAccuracy() {
        return hits.isEmpty() ? 1 : 1 - (double) wrongKinds.size() / hits.size();
    }

    double paragraphRecall() {
        return paragraphsExpected == 0 ? 1 : (double) paragraphsFound / paragraphsExpected;
    }

    String report(String name) {
        return String.format("%s entities: recall %.3f (%d/%d), precision %.3f (%d hits, %d errors, %d optional),"
                        + " kind accuracy %.3f, mention recall %.3f (%d/%d)%n  misses: %s%n  errors: %s%n"
                        + "  wrong kinds: %s%n  missing paragraphs: %s",
                name, recall(), hits.size(), expected, precision(), hits.size(), falsePositives.size(), neutral,
                kindAccuracy(), paragraphRecall(), paragraphsFound, paragraphsExpected, misses, falsePositives,
                wrongKinds, missingParagraphs);
    }
}
