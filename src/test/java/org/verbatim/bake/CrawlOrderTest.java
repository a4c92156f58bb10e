package org.verbatim.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Pages written in memory are crawled in JBake's order: each folder's entries sorted by name, depth first. The
 * expected list was worked out by hand from that rule ('-' sorts before '.', a folder before a longer name it begins).
 */
class CrawlOrderTest {

    @Test
    void pathsSortAsTheCrawlerVisitsThem() {
        List<String> written = List.of("x.md", "a.md", "x/a.md", "b.md", "about.md", "x-y/c.md", "a/z.md", "a-b.md",
                "x/b/c.md", "x/a-b.md");
        List<String> crawled = written.stream().map(Path::of).sorted(PageReader::crawlOrder).map(Path::toString)
                .toList();
        assertEquals(List.of("a/z.md", "a-b.md", "a.md", "about.md", "b.md", "x/a-b.md", "x/a.md", "x/b/c.md",
                "x-y/c.md", "x.md"), crawled);
    }
}
