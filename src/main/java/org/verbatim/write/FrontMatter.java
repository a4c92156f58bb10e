package org.verbatim.write;

import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * Serialises a page's front matter as a {@code ---} delimited block of indented JSON, which is YAML (a JSON
 * document is a YAML flow mapping), so any YAML reader, the bake's included, reads it.
 *
 * <p>Why JSON and not SnakeYAML's block style: at archive scale SnakeYAML's dump was 13 % of a build's CPU (1,000
 * transcripts, 27,000 pages; it resolves and analyses every scalar to choose a style), for files the bake does not
 * read back. Gson writes the same values several times faster, quotes every string, escapes what JSON requires, and
 * never writes aliases (a year page repeating one transcript's fields 365 times once passed SnakeYAML's reading
 * limit of 50 aliases).
 */
final class FrontMatter {

    /** Thread-safe; nulls kept (a YAML {@code key: null}), no HTML escaping (this is not HTML), two-space indents. */
    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting()
            .create();

    private FrontMatter() {
    }

    static String of(Map<String, Object> fields) {
        return "---\n" + yamlPrintable(GSON.toJson(fields)) + "\n---\n";
    }

    /**
     * The JSON with every character YAML does not allow in a stream written as a {@code \\uXXXX} escape. JSON allows
     * any character but the C0 controls in a string (Gson escapes those, and the line separators U+2028/9); YAML also
     * refuses DEL, the C1 controls, unpaired surrogates and U+FFFE/U+FFFF, and reads NEL (U+0085) as a line break that
     * a quoted string folds into a space. They can only occur inside strings, where the escape means the same.
     */
    static String yamlPrintable(String json) {
        StringBuilder out = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            boolean printable;
            if (Character.isHighSurrogate(c) && i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(json.charAt(i + 1));
                }
                i++;
                continue;
            }
            printable = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0x7E)
                    || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (printable) {
                if (out != null) {
                    out.append(c);
                }
            } else {
                if (out == null) {
                    out = new StringBuilder(json.length() + 16).append(json, 0, i);
                }
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out == null ? json : out.toString();
    }
}
