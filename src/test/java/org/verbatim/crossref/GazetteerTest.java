package org.verbatim.crossref;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The shipped gazetteer reads as written: YAML's booleans must not turn listed words into "true" and "false". */
class GazetteerTest {

    @Test
    void yesAndNoAreWordsThatNameNothing() {
        Gazetteer g = Gazetteer.standard();
        assertTrue(g.notNames.contains("Yes"), "Yes");
        assertTrue(g.notNames.contains("No"), "No");
        assertFalse(g.notNames.contains("true"), "no boolean read as a word");
        assertFalse(g.notNames.contains("false"), "no boolean read as a word");
    }
}
