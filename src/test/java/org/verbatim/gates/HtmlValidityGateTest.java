package org.verbatim.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Gate: every page of the seed and corpus sites, and the stylesheet, has no error in the Nu Html Checker. */
class HtmlValidityGateTest {
    static NuChecker checker;

    @BeforeAll
    static void setUp() {
        checker = new NuChecker();
    }

    static Stream<GateSites.Site> sites() {
        return GateSites.withArchive();
    }

    @ParameterizedTest(name = "{0} site")
    @MethodSource("sites")
    void everyPageIsValidHtml(GateSites.Site site) {
        List<String> pages = site.pages();
        assertTrue(pages.size() > 5, "pages found: " + pages);
        List<String> errors = new ArrayList<>();
        for (String page : pages) {
            errors.addAll(checker.checkHtml(site.root().resolve(page), site.name() + "/" + page));
        }
        errors.addAll(checker.checkCss(site.root().resolve("css/site.css"), site.name() + "/css/site.css"));
        assertEquals("", String.join("\n", errors), errors.size() + " Nu Html Checker error(s) in "
                + pages.size() + " pages");
    }

    /** The gate can fail: the checker, set up as above, reports errors in a broken page and a broken sheet. */
    @Test
    void theCheckerReportsRealErrors(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("broken.html"), "<!DOCTYPE html><html lang=en><title>t</title>"
                + "<p id=a>x<p id=a><a href='#a'><div><a href=b>nested</a></div></a><img src=x.png>");
        List<String> html = checker.checkHtml(page, "broken.html");
        assertTrue(html.stream().anyMatch(e -> e.contains("Duplicate ID")), String.join("\n", html));
        assertTrue(html.stream().anyMatch(e -> e.contains("alt")), String.join("\n", html));
        Path sheet = Files.writeString(dir.resolve("broken.css"), "p { colr: red; margin: 1 }\n");
        List<String> css = checker.checkCss(sheet, "broken.css");
        assertTrue(css.stream().anyMatch(e -> e.contains("colr")), String.join("\n", css));
    }
}
