package org.verbatim.write;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escapes transcript text for Markdown and HTML so it is shown exactly as received, never interpreted.
 */
public final class MarkdownText {

    /** Characters that start inline Markdown or HTML anywhere in a line. */
    private static final String INLINE = "\\`*_{}[]<>|~&";
    /** A line start that would open a block: heading, quote, list item, thematic break, numbered item. */
    private static final Pattern BLOCK_START = Pattern.compile("^(\\s*)([#>+=-]|\\d+(?=[.)]))");

    private MarkdownText() {
    }

    /** Escapes one paragraph of text, written as a single Markdown line. */
    public static String escape(String text) {
        String oneLine = text.replaceAll("[\\r\\n]+", " ").strip();
        StringBuilder out = new StringBuilder(oneLine.length() + 16);
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            if (INLINE.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        Matcher m = BLOCK_START.matcher(out);
        if (m.find()) {
            String marker = m.group(2);
            int end = m.end(2);
            if (Character.isDigit(marker.charAt(0))) {
                out.insert(end, '\\'); // "1984. It was" must not become a numbered list
            } else {
                out.insert(m.start(2), '\\');
            }
        }
        return out.toString();
    }

    /** Escapes a piece of text inside a line (no block-start handling, spaces kept), e.g. a link's words. */
    public static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.replaceAll("[\\r\\n]+", " ").toCharArray()) {
            if (INLINE.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Escapes text for a double-quoted HTML attribute or HTML element content that we write ourselves. */
    public static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
