package org.verbatim.cli;

import java.io.PrintWriter;

/**
 * What a build tells the terminal: one line per stage with counts and time; with {@code --verbose} also page
 * counts during a long bake, at most one line every two seconds; nothing at all with {@code --quiet}.
 */
public final class Progress {

    /** How much to say. */
    public enum Level { QUIET, NORMAL, VERBOSE }

    private static final long INTERVAL_NANOS = 2_000_000_000L;

    private final PrintWriter out;
    private final Level level;
    private long stageStart = System.nanoTime();
    private long lastTick = System.nanoTime();

    public Progress(PrintWriter out, Level level) {
        this.out = out;
        this.level = level;
    }

    /** A progress that prints nothing, for tests and embedding. */
    public static Progress silent() {
        return new Progress(new PrintWriter(PrintWriter.nullWriter()), Level.QUIET);
    }

    /** Starts the clock of a build's first stage: a preview reuses one progress for every rebuild. */
    void begin() {
        stageStart = System.nanoTime();
        lastTick = stageStart;
    }

    void stage(String done) {
        long now = System.nanoTime();
        if (level != Level.QUIET) {
            out.printf("  %-52s %6.2f s%n", done, (now - stageStart) / 1e9);
            out.flush();
        }
        stageStart = now;
        lastTick = now;
    }

    /** Called for every page baked; prints now and then on long bakes. */
    void page(int done, int total) {
        long now = System.nanoTime();
        if (level != Level.QUIET && total >= 500 && now - lastTick > INTERVAL_NANOS && done < total) {
            out.printf("  baking: %d of %d pages%n", done, total);
            out.flush();
            lastTick = now;
        }
    }

    void detail(String message) {
        if (level == Level.VERBOSE) {
            out.println("    " + message);
            out.flush();
        }
    }

    void say(String message) {
        if (level != Level.QUIET) {
            out.println(message);
            out.flush();
        }
    }
}
