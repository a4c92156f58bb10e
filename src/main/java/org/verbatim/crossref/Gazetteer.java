package org.verbatim.crossref;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The editable word lists and alias table of {@code /verbatim/gazetteer.yml}, read once. */
final class Gazetteer {
    private static final Gazetteer DEFAULT = load("/verbatim/gazetteer.yml");

    /** normalised spelling -> canonical name */
    private final Map<String, String> canonical = new HashMap<>();
    private final Map<String, EntityKind> kinds = new HashMap<>();
    final Set<String> roles = new HashSet<>();
    final Map<String, EntityKind> cuesBefore = new HashMap<>();
    final Map<String, EntityKind> cuesAfter = new HashMap<>();
    final Map<String, EntityKind> heads = new HashMap<>();
    final Set<String> leadingPlaceHeads = new HashSet<>();
    final Set<String> demonyms = new HashSet<>();
    final Set<String> notNames = new HashSet<>();

    static Gazetteer standard() {
        return DEFAULT;
    }

    @SuppressWarnings("unchecked")
    static Gazetteer load(String resource) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Gazetteer g = new Gazetteer();
            Map<String, Map<String, Object>> entities = (Map<String, Map<String, Object>>) yaml.get("entities");
            entities.forEach((name, spec) -> {
                g.canonical.put(Names.normalise(name), name);
                g.kinds.put(name, kind((String) spec.get("kind")));
                for (Object alias : (List<Object>) spec.getOrDefault("aliases", List.of())) {
                    g.canonical.put(Names.normalise(String.valueOf(alias)), name);
                }
            });
            g.roles.addAll((List<String>) yaml.get("roles"));
            kindLists(yaml.get("cues_before"), g.cuesBefore);
            kindLists(yaml.get("cues_after"), g.cuesAfter);
            kindLists(yaml.get("heads"), g.heads);
            g.leadingPlaceHeads.addAll((List<String>) yaml.get("leading_place_heads"));
            g.demonyms.addAll((List<String>) yaml.get("demonyms"));
            g.notNames.addAll(((List<Object>) yaml.get("not_names")).stream().map(String::valueOf).toList());
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void kindLists(Object section, Map<String, EntityKind> into) {
        ((Map<String, List<String>>) section).forEach((kind, words) -> words.forEach(w -> into.put(w, kind(kind))));
    }

    private static EntityKind kind(String label) {
        return EntityKind.valueOf(label.toUpperCase(Locale.ROOT));
    }

    /** The canonical name the gazetteer gives this spelling, if it knows it. */
    Optional<String> canonical(String name) {
        return Optional.ofNullable(canonical.get(Names.normalise(name)));
    }

    Optional<EntityKind> kindOf(String canonicalName) {
        return Optional.ofNullable(kinds.get(canonicalName));
    }

    Collection<String> knownSpellings() {
        return canonical.keySet();
    }
}
