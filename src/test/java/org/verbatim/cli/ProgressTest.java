package org.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/** A preview reuses one progress for every rebuild: a rebuild's first stage must not count the idle time before it. */
class ProgressTest {

    @Test
    void eachBuildStartsItsOwnClock() throws Exception {
        StringWriter text = new StringWriter();
        Progress progress = new Progress(new PrintWriter(text, true), Progress.Level.NORMAL);
        progress.stage("first build, last stage");
        Thread.sleep(1500); // the preview waiting for a change
        progress.begin();
        progress.stage("second build, first stage");
        String line = text.toString().lines().filter(l -> l.contains("second build")).findFirst().orElseThrow();
        double seconds = Double.parseDouble(line.replaceAll(".*\\s([0-9.]+) s$", "$1"));
        assertTrue(seconds < 1.0, "the wait before the rebuild is not part of its first stage: " + line);
    }
}
