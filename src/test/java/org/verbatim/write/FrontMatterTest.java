package org.verbatim.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Front matter reads back as written, whatever characters it holds and wherever they fall. */
class FrontMatterTest {

    /**
     * A character outside the BMP (an emoji) whose two UTF-16 halves straddle SnakeYAML's 1024-character read
     * buffer made SnakeYAML 2.3 throw IndexOutOfBoundsException while JBake read the page (found by
     * GeneratedInputPropertyTest).
     */
    @Test
    void anEmojiAtAnyOffsetReadsBack() {
        for (int pad = 990; pad < 1040; pad++) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("title", "x".repeat(pad) + "😀 \u202E𝔘 '\" : # <!-- </script>");
            String yaml = FrontMatter.of(fields);
            Object back = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml.substring(4, yaml.length() - 4));
            assertEquals(fields, back, "pad " + pad);
        }
    }

    /** Every UTF-16 code unit, unpaired surrogates and YAML's forbidden characters included, reads back as written. */
    @Test
    void everyCodeUnitReadsBack() {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        for (int from = 0; from < 0x10000; from += 512) {
            StringBuilder text = new StringBuilder();
            for (int c = from; c < from + 512; c++) {
                text.append((char) c).append(' ');
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("title", text.toString());
            fields.put("list", java.util.List.of(text.toString(), 3, true, Map.of("k", "v: # '\"")));
            fields.put("none", null);
            String written = FrontMatter.of(fields);
            Object back = yaml.load(written.substring(4, written.length() - 4));
            assertEquals(fields, back, "code units from " + Integer.toHexString(from));
        }
    }
}
