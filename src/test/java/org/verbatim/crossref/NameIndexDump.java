package org.verbatim.crossref;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.verbatim.Fixtures;
import org.verbatim.model.Interview;

/**
 * Not a test: the name index of a folder of transcripts, one line per entity (kind, name, aliases, mentions, first
 * snippet), for reading as a reader would. Used on the kremlin-sample pages that have no judged list; it refuses a
 * page that has one, so that held-out pages are never read by it.
 * {@code java -cp target/classes:target/test-classes:<dependencies> org.verbatim.crossref.NameIndexDump <folder>}
 */
public final class NameIndexDump {
    private NameIndexDump() {
    }

    public static void main(String[] args) throws IOException {
        List<Interview> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Path judged = Fixtures.CORPUS.resolve("../crossref/kremlin")
                        .resolve(p.getFileName().toString().replace(".txt", ".yml"));
                if (Files.exists(judged)) {
                    throw new IllegalArgumentException("judged page, not dumped: " + p);
                }
                try {
                    all.add(Fixtures.interview(p));
                } catch (RuntimeException e) {
                    System.err.println("skipped " + p + ": " + e.getMessage());
                }
            }
        }
        CrossRefs refs = CrossReferencer.link(all);
        for (IndexedEntity e : refs.entities()) {
            Mention m = e.mentions().get(0);
            System.out.printf("%-12s %s %s n=%d | %s | %s%n", e.kind(), e.name(), e.aliases(), e.mentions().size(),
                    m.interviewSlug(), m.snippet().replace('\n', ' '));
        }
    }
}
