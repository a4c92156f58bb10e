package org.verbatim.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Builds;

/** Transcript text is data: HTML, Markdown and YAML in it reach the page as text, never as markup. */
class EscapingTest {

    @Test
    void plantedMarkupIsShownAsText(@TempDir Path dir) throws Exception {
        Path transcript = Files.writeString(dir.resolve("planted.txt"), String.join("\n",
                "A title with \"quotes\" and <b>tags</b> --- & # * _",
                "",
                "Question: Is <script>alert('x')</script> here? <img src=x onerror=alert(1)>",
                "Jane Doe: # Not a heading, *not emphasis*, [not a link](http://evil) {#q1-p1 .x} `code`",
                "1984. It was a year, not a list item.",
                "- Not a bullet & not &amp; an entity.",
                "> Not a quote | not | a table ~~struck~~",
                ""));
        Files.writeString(dir.resolve("planted.yml"), "slug: planted\ndate: 2020-01-02\n");
        Path site = dir.resolve("site");
        Builds.build(site, transcript);
        Document doc = Jsoup.parse(site.resolve("planted/q1.html").toFile(), "UTF-8");

        assertTrue(doc.select("article script, article img, article b").isEmpty());
        assertEquals("Is <script>alert('x')</script> here? <img src=x onerror=alert(1)>",
                doc.selectFirst("#q1-p1").ownText().strip());
        assertEquals("# Not a heading, *not emphasis*, [not a link](http://evil) {#q1-p1 .x} `code`",
                doc.selectFirst("#q1-p2").ownText().strip());
        assertTrue(doc.select("article h1").size() == 1 && doc.select("article em, article code, article ul,"
                + " article ol, article blockquote, article table, article del").isEmpty());
        assertNull(doc.selectFirst("article a[href=http://evil]"));
        assertEquals("1984. It was a year, not a list item.", doc.selectFirst("#q1-p3").ownText().strip());
        assertEquals("- Not a bullet & not &amp; an entity.", doc.selectFirst("#q1-p4").ownText().strip());
        assertEquals("> Not a quote | not | a table ~~struck~~", doc.selectFirst("#q1-p5").ownText().strip());
        Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertEquals("A title with \"quotes\" and <b>tags</b> --- & # * _", home.selectFirst(".interview-list a.title").text());
    }
}
