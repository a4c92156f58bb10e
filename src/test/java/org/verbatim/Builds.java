package org.verbatim;

import java.nio.file.Path;
import java.util.List;

import org.verbatim.cli.SiteBuild;

/** Real builds for tests: the project's own templates and assets, output in a folder the test owns. */
public final class Builds {
    public static final Path PROJECT = Path.of(".");

    private Builds() {
    }

    public static SiteBuild.Summary build(Path out, Path... inputs) {
        return build(out, "", inputs);
    }

    /** As {@link #build(Path, Path...)}, for a site published at {@code baseUrl} ("" for none). */
    public static SiteBuild.Summary build(Path out, String baseUrl, Path... inputs) {
        return new SiteBuild(PROJECT).run(List.of(inputs), out, baseUrl);
    }
}
