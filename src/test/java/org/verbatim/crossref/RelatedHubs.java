package org.verbatim.crossref;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.verbatim.Fixtures;
import org.verbatim.model.Interview;

/**
 * Not a test: how often one page is the first related link of others in a build of a whole directory (for issue 15,
 * "a very long meeting must not dominate"). Usage: {@code RelatedHubs DIR}; pages that fail to parse are skipped.
 */
final class RelatedHubs {
    private RelatedHubs() {
    }

    public static void main(String[] args) throws IOException {
        List<Interview> interviews = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path p : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                try {
                    interviews.add(Fixtures.interview(p));
                } catch (RuntimeException e) {
                    System.err.println("skipped " + p + ": " + e.getMessage());
                }
            }
        }
        CrossRefs refs = CrossReferencer.link(interviews);
        Map<String, Integer> first = new TreeMap<>();
        int pages = 0;
        int linked = 0;
        for (Map<String, QuestionRefs> byId : refs.pages().values()) {
            for (QuestionRefs q : byId.values()) {
                pages++;
                if (!q.related().isEmpty()) {
                    linked++;
                    first.merge(q.related().get(0).interviewSlug() + "/" + q.related().get(0).questionId(), 1,
                            Integer::sum);
                }
            }
        }
        System.out.println(interviews.size() + " transcripts, " + pages + " pages, " + linked
                + " with a related link; most frequent first links:");
        first.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(5)
                .forEach(e -> System.out.println("  " + e.getValue() + "  " + e.getKey()));
    }
}
