package org.verbatim.write;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Front matter repeating one object is written out in full: no YAML aliases for a reader to count. */
class FrontMatterAliasTest {

    @Test
    void aSharedValueIsWrittenEachTimeNotAsAnAlias() {
        Map<String, Object> transcript = new LinkedHashMap<>(Map.of("title", "Same-day readout", "kind", "statement"));
        List<Object> days = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            days.add(transcript);
        }
        String yaml = FrontMatter.of(Map.of("transcripts", days));
        assertFalse(yaml.contains("&id"), yaml.substring(0, Math.min(300, yaml.length())));
        assertFalse(yaml.contains("*id"));
    }
}
