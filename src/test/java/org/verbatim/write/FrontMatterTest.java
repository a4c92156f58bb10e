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
}
