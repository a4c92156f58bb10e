package org.verbatim.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The known given names of {@code verbatim/given-names.txt}, lower case, read once for every stage. */
public final class GivenNames {

    private static final Set<String> ALL = read();

    private GivenNames() {
    }

    /** Every listed given name, lower case. */
    public static Set<String> all() {
        return ALL;
    }

    private static Set<String> read() {
        try (InputStream in = GivenNames.class.getResourceAsStream("/verbatim/given-names.txt")) {
            Set<String> names = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name.toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the list of given names", e);
        }
    }
}
