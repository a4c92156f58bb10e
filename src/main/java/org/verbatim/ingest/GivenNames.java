package org.verbatim.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/** The known given names of {@code verbatim/given-names.txt}, lower case, read once for every stage. */
public final class GivenNames {

    private static final Map<String, Set<String>> SHORT_FORMS = new HashMap<>();
    private static final Set<String> ALL = read();

    private GivenNames() {
    }

    /** Every listed given name, lower case. */
    public static Set<String> all() {
        return ALL;
    }

    /** The full given names a listed short form stands for ("masha" → maria, mariya), lower case; else none. */
    public static Set<String> fullForms(String shortForm) {
        return SHORT_FORMS.getOrDefault(shortForm.toLowerCase(Locale.ROOT), Set.of());
    }

    private static Set<String> read() {
        try (InputStream in = GivenNames.class.getResourceAsStream("/verbatim/given-names.txt")) {
            Set<String> names = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] entry = line.toLowerCase(Locale.ROOT).split("=", 2);
                String name = entry[0].strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                    if (entry.length == 2) {
                        SHORT_FORMS.put(name, Set.of(entry[1].strip().split("\\s+")));
                    }
                }
            }
            return Set.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the list of given names", e);
        }
    }
}
