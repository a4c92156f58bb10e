package org.verbatim;

import java.nio.file.Path;

import org.verbatim.ingest.TranscriptParser;
import org.verbatim.model.Interview;
import org.verbatim.model.Transcript;
import org.verbatim.structure.Structurer;

/** Paths to the real transcripts the tests run on, and one-call parsing of them. */
public final class Fixtures {
    public static final Path SEED = Path.of("transcripts/000_a9627bfb15e6d3a6.txt");
    public static final Path CORPUS = Path.of("src/test/resources/corpus");
    public static final Path K1 = CORPUS.resolve("k1_kremlin_2019-04-25_peoples-daily_written.txt");
    public static final Path K1_GLUED = CORPUS.resolve("k1_kremlin_2019-04-25_peoples-daily_written.glued.txt");
    /** A copy of the 46-page Kremlin archive sample, with expected.tsv, what each page should become. */
    public static final Path KREMLIN_SAMPLE = CORPUS.resolve("kremlin-sample");
    public static final Path W1 = CORPUS.resolve("w1_whitehouse_2023-01-19_gaggle-dalton-criswell.txt");

    private Fixtures() {
    }

    public static Transcript transcript(Path path) {
        return new TranscriptParser().parse(path);
    }

    public static Interview interview(Path path) {
        return new Structurer().structure(transcript(path));
    }
}
