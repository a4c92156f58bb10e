package org.verbatim.write;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** File-name-safe keys for names (speakers, years), unique within one set of pages. */
final class Slugs {

    private final Set<String> taken = new HashSet<>();

    /** A lower-case ASCII key for {@code name}; a key already given gets "-2", "-3"... ; "index" is never given. */
    String of(String name) {
        String base = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (base.isEmpty() || base.equals("index")) {
            base = "n-" + base;
        }
        String key = base;
        for (int i = 2; !taken.add(key); i++) {
            key = base + "-" + i;
        }
        return key;
    }
}
