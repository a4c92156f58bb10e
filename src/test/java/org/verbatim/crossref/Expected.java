package org.verbatim.crossref;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** A hand-made expectation file of src/test/resources/crossref, read as plain maps and lists. */
final class Expected {
    record ExpectedEntity(String name, String kind, List<String> aliases, List<String> paragraphs) {
        List<String> spellings() {
            List<String> all = new ArrayList<>(aliases);
            all.add(0, name);
            return all;
        }
    }

    record ExpectedFigure(String text, String counts, String paragraph) {
    }

    record ExpectedLink(String from, List<String> to) {
    }

    final Map<String, Object> yaml;

    private Expected(Map<String, Object> yaml) {
        this.yaml = yaml;
    }

    static Expected load(String name) {
        try (InputStream in = Expected.class.getResourceAsStream("/crossref/" + name)) {
            return new Expected(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    List<ExpectedEntity> entities() {
        List<ExpectedEntity> list = new ArrayList<>();
        for (Map<String, Object> e : (List<Map<String, Object>>) yaml.get("entities")) {
            list.add(new ExpectedEntity(String.valueOf(e.get("name")), (String) e.get("kind"),
                    strings(e.get("aliases")), strings(e.get("paragraphs"))));
        }
        return list;
    }

    List<String> optional() {
        return strings(yaml.get("optional"));
    }

    @SuppressWarnings("unchecked")
    List<ExpectedFigure> figures(String key) {
        List<ExpectedFigure> list = new ArrayList<>();
        for (Map<String, Object> f : (List<Map<String, Object>>) yaml.getOrDefault(key, List.of())) {
            list.add(new ExpectedFigure(String.valueOf(f.get("text")), (String) f.get("counts"),
                    (String) f.get("paragraph")));
        }
        return list;
    }

    @SuppressWarnings("unchecked")
    List<ExpectedLink> links(String key) {
        List<ExpectedLink> list = new ArrayList<>();
        for (Map<String, Object> l : (List<Map<String, Object>>) yaml.getOrDefault(key, List.of())) {
            list.add(new ExpectedLink((String) l.get("from"), strings(l.get("to"))));
        }
        return list;
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Object o) {
        if (o == null) {
            return List.of();
        }
        return ((List<Object>) o).stream().map(String::valueOf).toList();
    }
}
