package org.verbatim.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Builds;

/** Files a careless or hostile contributor could send: the build publishes them as inert, whole text. */
class HostileInputTest {

    private static final String BODY = String.join("\n",
            "Question: What did the Shanghai Cooperation Organisation agree on in Tianjin this year?",
            "Jane Doe: The Shanghai Cooperation Organisation agreed on three things.",
            "1. The Shanghai Cooperation Organisation will open a development bank.",
            "");

    private static List<Path> pages(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** What a browser would take as the scheme of {@code href}: it drops ASCII whitespace and controls first. */
    private static String scheme(String href) {
        String squeezed = href.replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
        int colon = squeezed.indexOf(':');
        int stop = squeezed.replaceAll("[/?#].*", "").length();
        return colon > 0 && colon < stop ? squeezed.substring(0, colon) : "";
    }

    @Test
    void scriptUrlsFromSidecarAndFrontMatterAreDroppedEverywhere(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Statement on cooperation\n\n" + BODY);
        Files.writeString(dir.resolve("a.yml"), String.join("\n",
                "slug: a", "date: 2020-01-02", "publisher: Example Press",
                "source: \"javascript:alert(1)\"",
                "licence: CC BY 4.0",
                "licence_url: \" JaVaScRiPt:alert(2)\"", ""));
        Path b = Files.writeString(dir.resolve("b.md"), String.join("\n",
                "---", "title: Second statement", "date: 2020-02-03",
                "source_url: \"java\\tscript:alert(3)\"", "---", "", BODY));
        Files.writeString(dir.resolve("b.yml"), "slug: b\nlicence: CC BY\nlicence_url: \"data:text/html,<script>alert(4)</script>\"\n");
        Path c = Files.writeString(dir.resolve("c.txt"), "Third statement\n\n" + BODY);
        Files.writeString(dir.resolve("c.yml"), "slug: c\nsource: https://example.org/c?x=1&y=2\nlicence: CC BY\n"
                + "licence_url: mailto:rights@example.org\n");
        Path site = dir.resolve("site");
        Builds.build(site, "https://example.github.io/v/", a, b, c);

        for (Path page : pages(site)) {
            String html = Files.readString(page);
            assertFalse(html.contains("alert("), page + " names a dropped URL");
            Document doc = Jsoup.parse(html);
            for (Element link : doc.select("[href], [src], [action]")) {
                String url = link.hasAttr("href") ? link.attr("href") : link.hasAttr("src") ? link.attr("src") : link.attr("action");
                String s = scheme(url);
                assertTrue(s.isEmpty() || List.of("http", "https", "mailto").contains(s), page + ": " + url);
            }
        }
        Document cPage = Jsoup.parse(site.resolve("c/q1.html").toFile(), "UTF-8");
        assertEquals("https://example.org/c?x=1&y=2", cPage.selectFirst(".credit a").attr("href"));
        assertEquals("mailto:rights@example.org", cPage.selectFirst(".credit a[rel=license]").attr("href"));
        assertTrue(Files.readString(site.resolve("c/q1.html")).contains("\"isBasedOn\":\"https://example.org/c?x\\u003d1\\u0026y\\u003d2\""));
    }

    @Test
    void controlAndInvisibleCharactersBuildWithEveryWord(@TempDir Path dir) throws Exception {
        String body = String.join("\n",
                "Question: Is the eco\u00ADnomy growing\u200B in the region\uFEFF now?",
                "Jane Doe: Yes\u007F it is, by two per\u0085cent\u0090 and more \u202Eelbat\u202C\u00A0here\u0007.",
                "Jane Doe: Zero\u200Dwidth joiners\u200C and word\u2060joiners\u000B stay.",
                "");
        Path t = Files.writeString(dir.resolve("t.txt"), "Controls\u0090 in the title\n\n" + body);
        Files.writeString(dir.resolve("t.yml"), "slug: t\ndate: 2020-01-02\nkind: \"Talk\\x7f\\x85\"\n");
        Path site = dir.resolve("site");
        Builds.build(site, t);
        Document q1 = Jsoup.parse(site.resolve("t/q1.html").toFile(), "UTF-8");
        // wholeText, not text: jsoup's text() itself drops soft hyphens and zero-width spaces
        assertTrue(q1.selectFirst("#q1-p1").wholeText().contains("eco\u00ADnomy growing\u200B in the region\uFEFF now?"));
        assertTrue(q1.selectFirst("#q1-p2").wholeText().contains("Yes  it is, by two per cent  and more \u202Eelbat\u202C\u00A0here ."));
        assertTrue(q1.selectFirst("#q1-p3").wholeText().contains("Zero\u200Dwidth joiners\u200C and word\u2060joiners  stay."));
        assertEquals("Talk", q1.selectFirst(".meta").text().replaceAll(" ·.*", ""));
        String html = Files.readString(site.resolve("t/q1.html"));
        assertTrue(html.codePoints().noneMatch(cp -> cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || (cp < 0x20 && cp != '\n')),
                "no control character reaches the page");
    }

    @Test
    void aNumberedParagraphKeepsItsNumberInNameQuotes(@TempDir Path dir) throws Exception {
        Path t = Files.writeString(dir.resolve("n.txt"), "Numbered\n\n" + BODY);
        Files.writeString(dir.resolve("n.yml"), "slug: n\ndate: 2020-01-02\n");
        // A name page quotes the best paragraph of each transcript: in this one the numbered paragraph is the only one.
        Path only = Files.writeString(dir.resolve("m.txt"), "Only numbered\n\n" + String.join("\n",
                "Question: What comes next?", "Jane Doe: Plans.",
                "1. The Shanghai Cooperation Organisation will open a development bank.", ""));
        Files.writeString(dir.resolve("m.yml"), "slug: m\ndate: 2020-01-03\n");
        Path site = dir.resolve("site");
        Builds.build(site, t, only);
        Path entity = site.resolve("entities/shanghai-cooperation-organisation.html");
        Document doc = Jsoup.parse(entity.toFile(), "UTF-8");
        assertTrue(doc.select("blockquote p").stream().anyMatch(p -> p.text().startsWith(
                "1. The Shanghai Cooperation Organisation will open")), doc.select("blockquote").text());
    }
}
