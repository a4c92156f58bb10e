package org.verbatim.write;

import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Serialises a page's front matter as a {@code ---} delimited YAML block; SnakeYAML quotes whatever needs it.
 */
final class FrontMatter {

    /** One per thread: a SnakeYAML {@code Yaml} is not thread-safe, and pages may be written from several. */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(Integer.MAX_VALUE); // long titles stay on one line, diffs stay readable
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        // A year page of an archive lists the same transcript fields many times; as YAML aliases they passed
        // SnakeYAML's reading limit of 50 (2,000 transcripts, 365 in one year) and failed the build.
        options.setDereferenceAliases(true);
        return new Yaml(options);
    });

    private FrontMatter() {
    }

    static String of(Map<String, Object> fields) {
        return "---\n" + YAML.get().dump(fields) + "---\n";
    }
}
