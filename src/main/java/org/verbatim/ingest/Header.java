package org.verbatim.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The part of a transcript before its body: either YAML front matter, or a title line and an optional lead.
 *
 * @param fields front-matter fields (empty for the plain title-and-lead form)
 * @param bodyLine the first line of the body
 */
public record Header(Map<String, Object> fields, String title, String lead, int bodyLine) {

    /** Reads the header; {@code startsWithLabel} tells whether a block opens with a speaker label. */
    static Header read(SourceText source, java.util.function.Predicate<String> startsWithLabel) {
        return read(source, startsWithLabel, "");
    }

    /**
     * A first line that looks like {@code Name: text} is still the title when the sidecar names it so, when it
     * opens with "Note:", or when it stands alone (a blank line after it) and what follows its colon starts in
     * lower case, as titles do ({@code The Arctic: territory of dialogue}) and spoken sentences do not.
     */
    private static boolean isTitle(List<String> lines, int i, String titleHint) {
        String line = lines.get(i).strip();
        if (!titleHint.isBlank() && Labels.normalise(line).equals(Labels.normalise(titleHint))) {
            return true;
        }
        if (line.regionMatches(true, 0, "Note:", 0, 5)) {
            return true;
        }
        boolean alone = i + 1 >= lines.size() || SourceText.isBlank(lines.get(i + 1));
        int colon = line.indexOf(':');
        String after = colon < 0 ? "" : line.substring(colon + 1).strip();
        return alone && !after.isEmpty() && Character.isLowerCase(after.codePointAt(0));
    }

    /** Reads the header; {@code titleHint} is the sidecar's title, if any. */
    static Header read(SourceText source, java.util.function.Predicate<String> startsWithLabel, String titleHint) {
        List<String> lines = source.lines();
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            return frontMatter(source);
        }
        int i = skipBlank(lines, 0);
        if (i == lines.size()) {
            throw new InputError(source.path(), 1, "empty transcript: no text found");
        }
        if (startsWithLabel.test(lines.get(i)) && !isTitle(lines, i, titleHint)) {
            return new Header(Map.of(), "", "", i + 1);
        }
        String title = lines.get(i).strip();
        int afterTitle = skipBlank(lines, i + 1);
        if (afterTitle == i + 1) {
            // A title runs straight into text: no title line after all, the body starts at once.
            return new Header(Map.of(), "", "", i + 1);
        }
        if (afterTitle < lines.size() && !startsWithLabel.test(lines.get(afterTitle))) {
            int leadEnd = afterTitle;
            while (leadEnd < lines.size() && !SourceText.isBlank(lines.get(leadEnd))) {
                leadEnd++;
            }
            int bodyStart = skipBlank(lines, leadEnd);
            if (bodyStart < lines.size()) {
                String lead = String.join(" ", lines.subList(afterTitle, leadEnd).stream().map(String::strip).toList());
                return new Header(Map.of(), title, lead, bodyStart + 1);
            }
        }
        return new Header(Map.of(), title, "", afterTitle + 1);
    }

    private static Header frontMatter(SourceText source) {
        List<String> lines = source.lines();
        int end = 1;
        while (end < lines.size() && !lines.get(end).strip().equals("---")) {
            end++;
        }
        if (end == lines.size()) {
            throw new InputError(source.path(), 1, "front matter opened with '---' is never closed");
        }
        Map<String, Object> fields = parseYaml(source, String.join("\n", lines.subList(1, end)), 2);
        Object title = fields.get("title");
        return new Header(fields, title == null ? "" : title.toString().strip(), "", skipBlank(lines, end + 1) + 1);
    }

    static Map<String, Object> parseYaml(SourceText source, String yaml, int firstLine) {
        try {
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            if (parsed == null) {
                return Map.of();
            }
            if (!(parsed instanceof Map<?, ?> map)) {
                throw new InputError(source.path(), firstLine, "YAML here must be a mapping of keys to values");
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            map.forEach((k, v) -> fields.put(String.valueOf(k), v));
            return fields;
        } catch (MarkedYAMLException e) {
            int line = firstLine + (e.getProblemMark() == null ? 0 : e.getProblemMark().getLine());
            throw new InputError(source.path(), line, "invalid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new InputError(source.path(), firstLine, "invalid YAML: " + e.getMessage());
        }
    }

    private static int skipBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && SourceText.isBlank(lines.get(i))) {
            i++;
        }
        return i;
    }
}
