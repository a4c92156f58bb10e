package org.verbatim.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.verbatim.Fixtures;
import org.verbatim.ingest.InputError;
import org.yaml.snakeyaml.Yaml;

class AnchorRegistryTest {

    private static final String SAMPLE = """
            # comment
            format: 1
            q1: [live, "Title with \\"quotes\\" and a backslash \\\\"]
            q1-p1: [live, "00000000000000ff", "0a0b0c 0d0e0f", "Opening words…"]
            q1-p2: ["-> q1-p1", "8000000000000000", "123456", "Gone: a removed paragraph"]
            """;

    @Test
    void parsesWhatItFormatsAndTheFormatIsPlainYaml() {
        AnchorRegistry registry = AnchorRegistry.parse(SAMPLE, "sample");
        assertEquals(List.of("q1", "q1-p1", "q1-p2"), registry.ids());
        assertEquals(Optional.of("q1-p1"), registry.resolve("q1-p2"));
        assertEquals(Optional.of("q1-p1"), registry.resolve("q1-p1"));
        assertEquals(Optional.empty(), registry.resolve("q9"));
        String text = registry.format("x.txt");
        assertEquals(registry, AnchorRegistry.parse(text, "again"));
        assertEquals(text, AnchorRegistry.parse(text, "again").format("x.txt"), "formatting is a fixed point");
        Map<String, Object> yaml = new Yaml().load(text);
        assertEquals(List.of("live", "Title with \"quotes\" and a backslash \\"), yaml.get("q1"));
        assertEquals(List.of("-> q1-p1", "8000000000000000", "123456", "Gone: a removed paragraph"),
                yaml.get("q1-p2"));
    }

    @Test
    void theSeedRegistryRoundTripsThroughItsFile() {
        AnchorRegistry seed = StableAnchors.assign(Fixtures.interview(Fixtures.SEED), AnchorRegistry.empty())
                .registry();
        String text = seed.format("seed.txt");
        assertEquals(seed, AnchorRegistry.parse(text, "seed"));
        assertEquals(4 + 1 + 59, text.lines().count(), "four lines of header, format line, one line per id");
    }

    @Test
    void aRegistryOfThousandsOfQuestionsIsReadBack() {
        // Past SnakeYAML's default limit of 3 MB: a long transcript's build must read back the registry it wrote.
        StringBuilder text = new StringBuilder("format: 1\n");
        int questions = 8000;
        for (int q = 1; q <= questions; q++) {
            text.append("q").append(q).append(": [live, \"Question ").append(q).append("\"]\n");
            for (int p = 1; p <= 5; p++) {
                text.append("q").append(q).append("-p").append(p).append(": [live, \"598e87448d5e0da8\", ")
                        .append("\"bdfbc6 978139 5e67f7\", \"Opening words of a paragraph that says something…\"]\n");
            }
        }
        assertTrue(text.length() > 3 * 1024 * 1024, "bigger than the default limit: " + text.length());
        AnchorRegistry registry = AnchorRegistry.parse(text.toString(), "big.anchors.yml");
        assertEquals(questions * 6, registry.ids().size());
        assertEquals(Optional.of("q8000-p5"), registry.resolve("q8000-p5"));
    }

    @Test
    void controlAndQuoteCharactersAreEscaped() {
        String quoted = AnchorRegistry.quote("a\"b\\c\u0007d\u2028e—ё");
        assertEquals("\"a\\\"b\\\\c\\u0007d\\u2028e—ё\"", quoted);
        assertEquals("a\"b\\c\u0007d\u2028e—ё", new Yaml().load(quoted));
    }

    @Test
    void mistakesAreReportedWithTheirLine() {
        InputError badId = assertThrows(InputError.class,
                () -> AnchorRegistry.parse("format: 1\nq1: [live, \"t\"]\nparagraph-2: [live, \"t\"]\n", "f.yml"));
        assertEquals("f.yml:3: 'paragraph-2' is not an anchor id like q3 or q3-p2a", badId.describe());
        InputError fields = assertThrows(InputError.class,
                () -> AnchorRegistry.parse("format: 1\nq1-p1: [live, \"t\"]\n", "f.yml"));
        assertEquals("f.yml:2: q1-p1: expected 4 fields, found 2", fields.describe());
        InputError version = assertThrows(InputError.class, () -> AnchorRegistry.parse("format: 2\n", "f.yml"));
        assertEquals(1, version.line());
        InputError duplicate = assertThrows(InputError.class,
                () -> AnchorRegistry.parse("q1: [live, \"a\"]\nq1: [live, \"b\"]\n", "f.yml"));
        assertTrue(duplicate.getMessage().contains("duplicate key"), duplicate.getMessage());
        InputError alias = assertThrows(InputError.class,
                () -> AnchorRegistry.parse("q1: [gone, \"a\"]\n", "f.yml"));
        assertEquals("f.yml:1: q1: first field must be 'live' or '-> <id>'", alias.describe());
    }

    @Test
    void registryFileSitsBesideTheTranscript() {
        assertEquals(Path.of("transcripts/000_x.anchors.yml"), AnchorRegistry.fileOf(Path.of("transcripts/000_x.txt")));
        assertEquals(Path.of("a/w1.anchors.yml"), AnchorRegistry.fileOf(Path.of("a/w1.md")));
        assertTrue(AnchorRegistry.read(Path.of("no/such/file.anchors.yml")).isEmpty());
    }

    @Test
    void freshIdsAreTheNextNumberAtTheEndAndALetterInBetween() {
        assertEquals("q3-p8", AnchorId.fresh("q3-p", 7, Integer.MAX_VALUE, Set.of("q3-p7")));
        assertEquals("q3-p2a", AnchorId.fresh("q3-p", 2, 3, Set.of()));
        assertEquals("q3-p2c", AnchorId.fresh("q3-p", 2, 3, Set.of("q3-p2a", "q3-p2b")));
        assertEquals("q3-p6a", AnchorId.fresh("q3-p", 6, Integer.MAX_VALUE, Set.of("q3-p7")), "p7 was retired");
        assertEquals("q3-p0a", AnchorId.fresh("q3-p", 0, 1, Set.of()), "before the first");
        assertEquals("q0", AnchorId.fresh("q", -1, 1, Set.of()), "an opening");
        assertEquals("z", AnchorId.letters(26));
        assertEquals("aa", AnchorId.letters(27));
        assertEquals("az", AnchorId.letters(52));
        assertEquals("ba", AnchorId.letters(53));
        AnchorId id = AnchorId.of("q12b-p3ca");
        assertEquals(new AnchorId(12, "b", 3, "ca"), id);
        assertEquals("q12b", id.questionId());
        assertTrue(AnchorId.parse("q3-p").isEmpty());
        assertTrue(AnchorId.parse("Q3").isEmpty());
    }

    @Test
    void fingerprintsIgnoreCaseAndPunctuationButNotWords() {
        Fingerprint a = Fingerprint.of("Russia and China agreed. The plan, updated, was signed!");
        Fingerprint b = Fingerprint.of("russia and China agreed.  The plan updated was signed.");
        Fingerprint c = Fingerprint.of("Russia and China agreed. The plan was signed.");
        assertEquals(a.sentences(), b.sentences());
        assertEquals(a.sentences().get(0), c.sentences().get(0));
        assertTrue(!a.sentences().get(1).equals(c.sentences().get(1)));
        assertEquals(2, a.sentences().size());
        assertEquals(1, Fingerprint.of("—").sentences().size(), "a paragraph without words still has a hash");
        assertTrue(Fingerprint.of("short one.").complete());
        String longText = "word ".repeat(40).strip();
        assertEquals("word ".repeat(11) + "word…", Fingerprint.of(longText).excerpt(), "cut at a word");
        assertTrue(!Fingerprint.of(longText).complete());
    }
}
