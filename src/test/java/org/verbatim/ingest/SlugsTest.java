package org.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.model.Transcript;

class SlugsTest {

    @Test
    void aSlugIsNeverEmptyReservedAPathOrLong() {
        String cyrillic = Slugs.safe(Slugs.byDefault("Интервью телеканалу", null), "a.txt", "Интервью телеканалу");
        assertTrue(cyrillic.matches("t[0-9a-f]{8}"), cyrillic);
        assertEquals(cyrillic, Slugs.safe(Slugs.byDefault("Интервью телеканалу", null), "b.txt", "Интервью телеканалу"));
        String dated = Slugs.safe(Slugs.byDefault("Интервью", java.time.LocalDate.of(2020, 1, 2)), "a.txt", "Интервью");
        assertTrue(dated.matches("2020-01-02-t[0-9a-f]{8}"), dated);
        for (String reserved : List.of("index", "search", "entities", "topics", "figures", "css", "js", "404")) {
            assertNotEquals(reserved, Slugs.safe(reserved, "a.txt", reserved));
        }
        for (String path : List.of("../../etc", "a/b", "a\\b", "C:\\x", "x\u0000y", "..")) {
            String s = Slugs.safe(path, "a.txt", path);
            assertTrue(s.matches("[a-z0-9][a-z0-9-]*"), s);
        }
        String long_ = Slugs.safe("word-".repeat(40), "a.txt", "t");
        assertTrue(long_.length() <= 80 && !long_.endsWith("-"), long_);
    }

    @Test
    void collidingDefaultSlugsGetSuffixesFromThemselvesAndExplicitOnesAreAnError(@TempDir Path dir) throws Exception {
        Problems problems = new Problems();
        TranscriptParser parser = new TranscriptParser(problems);
        Path a = Files.writeString(dir.resolve("a.txt"), "Telephone conversation\n\nText a.\n");
        Files.writeString(dir.resolve("a.yml"), "date: 2020-04-06\nsource: http://en.kremlin.ru/events/president/news/63154\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "Telephone conversation\n\nText b.\n");
        Files.writeString(dir.resolve("b.yml"), "date: 2020-04-06\n");
        Path c = Files.writeString(dir.resolve("c.txt"), "Other\n\nText c.\n");
        Files.writeString(dir.resolve("c.yml"), "slug: mine\n");
        Path d = Files.writeString(dir.resolve("d.txt"), "Another\n\nText d.\n");
        Files.writeString(dir.resolve("d.yml"), "slug: mine\n");
        List<Transcript> read = List.of(parser.parse(a), parser.parse(b), parser.parse(c), parser.parse(d));
        List<Transcript> once = Slugs.assign(read, t -> !Slugs.isDefault(t), problems);
        List<Transcript> backwards = new java.util.ArrayList<>(read);
        java.util.Collections.reverse(backwards);
        List<Transcript> reversed = Slugs.assign(backwards, t -> !Slugs.isDefault(t), new Problems());
        assertEquals(List.of("2020-04-06-telephone-conversation-63154",
                "2020-04-06-telephone-conversation-" + Slugs.hash("b.txt"), "mine"),
                once.stream().map(t -> t.metadata().slug()).toList());
        assertEquals(once.get(1).metadata().slug(), reversed.get(reversed.size() - 2).metadata().slug(),
                "the suffix does not depend on the order");
        assertEquals(1, problems.all().size());
        assertEquals(dir.resolve("d.yml") + ":1: slug 'mine' is already given to " + c
                + " by its sidecar; give one of them a different 'slug:'", problems.all().get(0).describe());
        assertFalse(once.stream().anyMatch(t -> t.source().equals(d)));
    }
}
