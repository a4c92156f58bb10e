package org.verbatim.write;

import java.util.Map;

/**
 * One page as the write stage made it: its front matter fields and its Markdown body, the two parts of its file in
 * the content folder.
 */
public record Page(Map<String, Object> fields, String body) {

    /** The page's file: the front matter as a YAML block, then the body. */
    String text() {
        return FrontMatter.of(fields) + body;
    }
}
