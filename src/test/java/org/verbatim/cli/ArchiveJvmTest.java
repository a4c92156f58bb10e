package org.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The child JVM of a large build starts with a heap near what the build will use, within fixed bounds. */
class ArchiveJvmTest {

    @Test
    void theStartingHeapIs34TimesTheInputsBetween256MbAnd1Gb() {
        assertEquals(256, ArchiveJvm.initialHeapMb(4096), "4 MB of inputs, the threshold");
        assertEquals(1003, ArchiveJvm.initialHeapMb(30208), "the 1,000-transcript bench archive, 29.5 MB");
        assertEquals(1024, ArchiveJvm.initialHeapMb(300 * 1024), "a ten-times larger archive");
    }
}
