package org.verbatim.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verbatim.ArchiveFixture;
import org.verbatim.Builds;

/**
 * A real build of an archive of 105 transcripts (the seed, k1 and w1 repeated under distinct dates), read back: the
 * paged home, the lists per kind, per speaker and per year, the index pages' thresholds and paging, counts in words,
 * and every page's size.
 */
class ArchivePagesTest {
    static final int TRANSCRIPTS = 105;
    static final String BASE = "http://site/";
    static final long MAX_PAGE_BYTES = 500 * 1024;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path dir = Path.of("target/archive-test");
        if (Files.exists(dir)) {
            try (Stream<Path> old = Files.walk(dir)) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Path input = ArchiveFixture.write(TRANSCRIPTS, dir.resolve("in"));
        site = dir.resolve("site");
        Builds.build(site, input);
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8", BASE + path);
    }

    /** Follows rel=next from {@code first}; returns every transcript link in order, checking each page on the way. */
    static List<String> walk(String first) throws IOException {
        List<String> links = new ArrayList<>();
        String at = first;
        String previous = null;
        int pages = 0;
        while (at != null) {
            Document doc = page(at);
            List<String> here = doc.select(".interview-list a.title").eachAttr("abs:href");
            assertTrue(here.size() <= ArchivePages.PER_PAGE && !here.isEmpty(), at + ": " + here.size());
            links.addAll(here);
            Element prev = doc.selectFirst(".pager a[rel=prev]");
            if (previous == null) {
                assertTrue(prev == null, at + " is the first page");
            } else {
                assertNotNull(prev, at + " leads back");
                assertEquals(BASE + previous, prev.attr("abs:href"), at);
            }
            Element current = doc.selectFirst(".pager a[aria-current=page]");
            if (current != null) {
                assertEquals(String.valueOf(pages + 1), current.text(), at);
            }
            Element next = doc.selectFirst(".pager a[rel=next]");
            previous = at;
            at = next == null ? null : next.attr("abs:href").substring(BASE.length());
            pages++;
        }
        return links;
    }

    @Test
    void theHomeIsPagedNewestFirstAndReachesEveryTranscriptOnce() throws IOException {
        List<String> links = walk("index.html");
        assertEquals(TRANSCRIPTS, links.size());
        assertEquals(TRANSCRIPTS, new LinkedHashSet<>(links).size(), "each transcript once");
        assertEquals(100, page("index.html").select(".interview-list li").size());
        assertTrue(Files.exists(site.resolve("page/2.html")));
        assertFalse(Files.exists(site.resolve("page/3.html")));
        List<String> dates = new ArrayList<>();
        for (String path : List.of("index.html", "page/2.html")) {
            dates.addAll(page(path).select(".interview-list time").eachAttr("datetime"));
        }
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, dates, "newest first");
        assertEquals(BASE + "2025-06-01-t1/index.html", links.get(0));
        assertTrue(page("page/2.html").selectFirst("h1").text().contains("page 2 of 2"));
    }

    @Test
    void eachKindHasItsPagesHoldingOnlyThatKindWithTheRightCount() throws IOException {
        // Copies 4, 19, 34... (i % 15 == 3) are the press gaggle.
        int gaggles = (int) java.util.stream.IntStream.range(0, TRANSCRIPTS).filter(i -> i % 15 == 3).count();
        List<String> press = walk("kinds/press-conference.html");
        assertEquals(gaggles, press.size());
        Document home = page("index.html");
        Element chip = home.selectFirst(".filters a[href='kinds/press-conference.html']");
        assertNotNull(chip);
        assertEquals(String.valueOf(gaggles), chip.parent().selectFirst(".count").text());
        assertEquals(String.valueOf(TRANSCRIPTS), home.selectFirst(".filters a[aria-current=page]").parent()
                .selectFirst(".count").text(), "'All' is the current filter on the home page");
        Elements current = page("kinds/press-conference.html").select(".filters a[aria-current]");
        assertEquals(1, current.size(), current.toString());
        assertEquals("kinds/press-conference.html", current.get(0).attr("href").replace("../", ""),
                "a kind's page marks its own filter, and only it");
        for (String path : List.of("kinds/press-conference.html", "kinds/interview.html")) {
            String kind = path.contains("press") ? "press-conference" : "interview";
            for (Element k : page(path).select(".interview-list .kind")) {
                assertTrue(k.hasClass("kind-" + kind), path + ": " + k.outerHtml());
            }
        }
        List<String> interviews = walk("kinds/interview.html");
        assertEquals(TRANSCRIPTS - gaggles, interviews.size());
        Set<String> all = new LinkedHashSet<>(press);
        all.addAll(interviews);
        assertEquals(TRANSCRIPTS, all.size(), "the kinds share out every transcript");
    }

    @Test
    void eachSpeakerLeadsToTheTranscriptsTheySpeakIn() throws IOException {
        Document speakers = page("speakers/index.html");
        Element putin = speakers.select(".chips a").stream().filter(a -> a.text().equals("Vladimir Putin"))
                .findFirst().orElseThrow();
        int gaggles = (int) java.util.stream.IntStream.range(0, TRANSCRIPTS).filter(i -> i % 15 == 3).count();
        assertEquals(String.valueOf(TRANSCRIPTS - gaggles), putin.parent().selectFirst(".count").text());
        List<String> his = walk("speakers/" + putin.attr("href"));
        assertEquals(TRANSCRIPTS - gaggles, his.size());
        Elements current = page("speakers/" + putin.attr("href")).select(".filters a[aria-current]");
        assertEquals(List.of("By speaker"), current.eachText(), "a speaker's list marks 'By speaker' only");
        // The role the labels give ("President of Russia Vladimir Putin:"), and none where a label has none.
        assertTrue(page("speakers/" + putin.attr("href")).selectFirst(".intro").text()
                .startsWith("Transcripts in which Vladimir Putin speaks, as President of Russia, newest first."));
        Element dalton = speakers.select(".chips a").stream().filter(a -> a.text().equals("Ms. Dalton"))
                .findFirst().orElseThrow();
        assertTrue(page("speakers/" + dalton.attr("href")).selectFirst(".intro").text()
                .startsWith("Transcripts in which Ms. Dalton speaks, newest first."));
        assertTrue(speakers.select(".chips a").eachText().containsAll(List.of("Ms. Dalton", "Administrator Criswell")));
        assertFalse(speakers.select(".chips a").eachText().contains("Q"), "the asking side is no speaker");
    }

    @Test
    void theYearArchiveCountsEveryTranscriptUnderItsYearAndMonth() throws IOException {
        Document index = page("archive/index.html");
        int total = 0;
        for (Element year : index.select(".year-list > li")) {
            String y = year.selectFirst("a.year").text();
            Document yearPage = page("archive/" + y + ".html");
            List<String> dates = yearPage.select(".interview-list time").eachAttr("datetime");
            assertTrue(dates.stream().allMatch(d -> d.startsWith(y + "-")), y + ": " + dates);
            Matcher m = Pattern.compile("(\\d+) transcripts?").matcher(year.selectFirst(".count").text());
            assertTrue(m.matches(), year.text());
            assertEquals(Integer.parseInt(m.group(1)), dates.size(), y);
            for (Element month : year.select(".chips a")) {
                String id = month.attr("href").substring(month.attr("href").indexOf('#') + 1);
                Element section = yearPage.getElementById(id);
                assertNotNull(section, y + "#" + id);
                assertEquals(month.parent().selectFirst(".count").text(),
                        String.valueOf(section.parent().select(".interview-list li").size()), y + "#" + id);
            }
            total += dates.size();
        }
        assertEquals(TRANSCRIPTS, total);
    }

    @Test
    void indexPagesKeepWhatCarriesWeightAndArePaged() throws IOException {
        try (Stream<Path> topics = Files.list(site.resolve("topics"))) {
            for (Path t : topics.filter(p -> p.toString().endsWith(".html") && !p.endsWith("index.html")).toList()) {
                String meta = Jsoup.parse(t.toFile(), "UTF-8").selectFirst("p.meta").text();
                assertTrue(meta.matches("[\\d,]+ questions, newest first"), t + ": " + meta);
            }
        }
        Document russia = page("entities/russia.html");
        Matcher in = Pattern.compile("(\\d+) transcripts, newest first").matcher(russia.selectFirst("p.meta").text());
        assertTrue(in.find(), russia.selectFirst("p.meta").text());
        int transcripts = Integer.parseInt(in.group(1));
        assertTrue(transcripts > IndexPages.GROUPS_PER_PAGE, "Russia is named in most transcripts: " + transcripts);
        assertEquals(IndexPages.GROUPS_PER_PAGE, russia.select(".mention-group").size());
        assertEquals(BASE + "entities/russia/2.html", russia.selectFirst(".pager a[rel=next]").attr("abs:href"));
        Document second = page("entities/russia/2.html");
        assertEquals(BASE + "entities/russia.html", second.selectFirst(".pager a[rel=prev]").attr("abs:href"));
        List<String> groupDates = new ArrayList<>();
        int groups = 0;
        for (int n = 1; n <= (transcripts + IndexPages.GROUPS_PER_PAGE - 1) / IndexPages.GROUPS_PER_PAGE; n++) {
            Document d = n == 1 ? russia : page("entities/russia/" + n + ".html");
            for (Element g : d.select(".mention-group")) {
                groupDates.add(g.selectFirst("h2 a").attr("href").replace("../", "").substring(0, 10));
                assertEquals(1, g.select("blockquote").size(), "one quote per transcript");
                groups++;
            }
        }
        assertEquals(transcripts, groups, "every transcript once, across the pages");
        List<String> sorted = new ArrayList<>(groupDates);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, groupDates, "transcripts newest first");
        // Each group's count matches the links it shows: the quoted paragraph and the others.
        for (Element g : russia.select(".mention-group")) {
            Matcher m = Pattern.compile("(\\d+) mentions?").matcher(g.selectFirst("p.meta").text());
            assertTrue(m.find(), g.text());
            assertEquals(Integer.parseInt(m.group(1)), 1 + g.select(".also a").size(), g.text());
        }
    }

    @Test
    void countsReadAsWordsEverywhere() throws IOException {
        Pattern wrong = Pattern.compile("\\b(1 (questions|mentions|transcripts|paragraphs|figures|names|topics)"
                + "|0 questions)\\b");
        for (Path p : pages()) {
            String text = Jsoup.parse(p.toFile(), "UTF-8").text();
            Matcher m = wrong.matcher(text);
            assertFalse(m.find(), site.relativize(p) + ": '" + (m.hitEnd() ? "" : m.group()) + "'");
        }
    }

    @Test
    void noPageIsLargerThan500KB() throws IOException {
        Path largest = null;
        for (Path p : pages()) {
            if (largest == null || Files.size(p) > Files.size(largest)) {
                largest = p;
            }
        }
        assertNotNull(largest);
        System.out.printf("ArchivePagesTest: %d pages, largest %s, %,d bytes%n", pages().size(),
                site.relativize(largest), Files.size(largest));
        assertTrue(Files.size(largest) <= MAX_PAGE_BYTES, largest + ": " + Files.size(largest));
    }

    static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
