/**
 * Fourth stage: interviews become Markdown pages with YAML front matter in the JBake content folder; every piece
 * of transcript text is escaped so that no Markdown, HTML or YAML in it is interpreted.
 */
package org.verbatim.write;
