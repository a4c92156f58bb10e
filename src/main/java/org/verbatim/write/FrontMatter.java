package org.verbatim.write;

import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Serialises a page's front matter as a {@code ---} delimited YAML block; SnakeYAML quotes whatever needs it.
 */
final class FrontMatter {

    private static final Yaml YAML;

    static {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(Integer.MAX_VALUE); // long titles stay on one line, diffs stay readable
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        YAML = new Yaml(options);
    }

    private FrontMatter() {
    }

    static String of(Map<String, Object> fields) {
        return "---\n" + YAML.dump(fields) + "---\n";
    }
}
