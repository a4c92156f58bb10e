package org.verbatim.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.Fixtures;
import org.verbatim.ingest.InputError;
import org.verbatim.ingest.TranscriptParser;
import org.verbatim.model.Passage;
import org.verbatim.model.Question;

/**
 * Random line edits (removals, insertions, typos, moves, splits) of two corpus transcripts, build after build,
 * checking what must always hold: ids are unique and name their question, no published id is ever lost, and
 * rebuilding unchanged text changes nothing. The seed is fixed, so a failure is reproducible.
 */
class StableAnchorsRandomEditsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"k1_kremlin_2019-04-25_peoples-daily_written.txt",
        "w1_whitehouse_2023-01-19_gaggle-dalton-criswell.txt"})
    void invariantsHoldOverSuccessiveEditedBuilds(String name) throws IOException {
        Path source = Fixtures.CORPUS.resolve(name);
        Random random = new Random(20250830);
        for (int run = 0; run < 5; run++) {
            Path runDir = Files.createDirectory(dir.resolve("run" + run));
            Path transcript = runDir.resolve(name);
            Files.copy(TranscriptParser.sidecarOf(source), TranscriptParser.sidecarOf(transcript));
            List<String> lines = new ArrayList<>(Files.readAllLines(source, StandardCharsets.UTF_8));
            Files.write(transcript, lines, StandardCharsets.UTF_8);
            StableAnchors.Result first = StableAnchors.sync(transcript, Fixtures.interview(transcript));
            Set<String> published = new LinkedHashSet<>(ids(first));
            Map<String, String> lastText = new HashMap<>(texts(first));
            for (int build = 0; build < 5; build++) {
                for (int e = 1 + random.nextInt(3); e > 0; e--) {
                    editOneLine(lines, random);
                }
                Files.write(transcript, lines, StandardCharsets.UTF_8);
                StableAnchors.Result result;
                try {
                    result = StableAnchors.sync(transcript, Fixtures.interview(transcript));
                } catch (InputError unparsable) {
                    continue; // an edit broke the front matter; nothing to publish
                }
                Set<String> live = ids(result);
                for (String id : published) {
                    assertTrue(live.contains(id) || live.contains(result.aliases().get(id)), id + " was lost");
                }
                result.aliases().keySet().forEach(id -> assertFalse(live.contains(id), id + " is live and an alias"));
                published.addAll(live);
                texts(result).forEach((id, text) -> {
                    String before = lastText.put(id, text);
                    assertTrue(before == null || related(before, text), id + " now names other words:\n" + before
                            + "\n" + text);
                });
                String registry = Files.readString(AnchorRegistry.fileOf(transcript), StandardCharsets.UTF_8);
                StableAnchors.Result again = StableAnchors.sync(transcript, Fixtures.interview(transcript));
                assertEquals(registry, Files.readString(AnchorRegistry.fileOf(transcript), StandardCharsets.UTF_8));
                assertEquals(result.aliases(), again.aliases());
            }
        }
    }

    private static Map<String, String> texts(StableAnchors.Result result) {
        Map<String, String> texts = new HashMap<>();
        result.interview().questions().forEach(q -> q.passages().forEach(p -> texts.put(p.id(), p.text())));
        return texts;
    }

    /** Most words of the shorter text are in the longer: a typo fix, a split part or a merge, not another passage. */
    private static boolean related(String a, String b) {
        Set<String> x = new HashSet<>(Fingerprint.words(a));
        Set<String> y = new HashSet<>(Fingerprint.words(b));
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(y);
        return shared.size() * 2 >= Math.min(x.size(), y.size());
    }

    private static Set<String> ids(StableAnchors.Result result) {
        Set<String> ids = new HashSet<>();
        for (Question q : result.interview().questions()) {
            assertTrue(ids.add(q.id()), "duplicate " + q.id());
            for (Passage p : q.passages()) {
                assertTrue(ids.add(p.id()), "duplicate " + p.id());
                assertTrue(p.id().startsWith(q.id() + "-p"), p.id() + " is in " + q.id());
            }
        }
        return ids;
    }

    /** One edit on a body line that is neither blank nor a speaker label, so the turns stay as they were. */
    private static void editOneLine(List<String> lines, Random random) {
        int i = 8 + random.nextInt(lines.size() - 8);
        String line = lines.get(i);
        if (line.isBlank() || line.startsWith("---") || line.indexOf(':') >= 0 && line.indexOf(':') < 40) {
            return;
        }
        switch (random.nextInt(5)) {
            case 0 -> lines.remove(i);
            case 1 -> lines.add(i, "An inserted sentence, number " + random.nextInt(1000) + ", about nothing.");
            case 2 -> {
                String[] words = line.split(" ");
                int k = random.nextInt(words.length);
                words[k] = words[k] + "s";
                lines.set(i, String.join(" ", words));
            }
            case 3 -> lines.add(8 + random.nextInt(lines.size() - 8), lines.remove(i));
            default -> {
                int cut = line.indexOf(". ");
                if (cut > 0) {
                    lines.set(i, line.substring(0, cut + 1));
                    lines.add(i + 1, line.substring(cut + 2));
                }
            }
        }
    }
}
