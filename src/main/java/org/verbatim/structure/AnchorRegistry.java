package org.verbatim.structure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.verbatim.ingest.InputError;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Every question and paragraph id ever published for one transcript, in reading order, with enough of each
 * passage's text to find it again: the file {@code <transcript>.anchors.yml}, committed beside the transcript.
 *
 * <p>The file is YAML, one line per id:
 * <pre>
 * q3: [live, "Chinese-Russian practical cooperation"]
 * q3-p2: [live, "9c0e4b1a7d2f3e58", "1f2e3d 4c5b6a", "Economic relations between Russia and China have reached…"]
 * q3-p4: ["-&gt; q3-p3", "…", "…", "…"]
 * </pre>
 * A question line holds its title; a paragraph line its simhash, its sentence hashes and its opening words (see
 * {@link Fingerprint}). The first field is {@code live} for an id on the site, or {@code -> id} for an id whose
 * passage is gone and which now leads to that surviving passage. Retired ids are never reused.
 */
public final class AnchorRegistry {

    /** Format version written on the {@code format:} line; a reader refuses other versions. */
    static final int FORMAT = 1;
    static final String LIVE = "live";
    static final String ALIAS_PREFIX = "-> ";
    private static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final java.util.regex.Pattern HASH = java.util.regex.Pattern.compile("[0-9a-f]{16}");
    private static final java.util.regex.Pattern SHINGLES = java.util.regex.Pattern.compile("[0-9a-f]{6}( [0-9a-f]{6})*");

    /**
     * One line of the registry.
     *
     * @param target null while the id is on the site, else the live id it leads to
     * @param fingerprint null for a question
     * @param title a question's title; for a paragraph, its excerpt
     */
    record Entry(String id, String target, Fingerprint fingerprint, String title) {
        boolean live() {
            return target == null;
        }

        boolean isQuestion() {
            return fingerprint == null;
        }
    }

    private final List<Entry> entries;
    /** The transcript's folder name on the last site built, empty until one was recorded. */
    private final String slug;

    AnchorRegistry(List<Entry> entries) {
        this(entries, "");
    }

    private AnchorRegistry(List<Entry> entries, String slug) {
        this.entries = List.copyOf(entries);
        this.slug = slug;
    }

    /** The slug the transcript was published under, or "" if none was recorded. */
    public String slug() {
        return slug;
    }

    /** This registry recording that the transcript is published under {@code slug}. */
    public AnchorRegistry withSlug(String slug) {
        return new AnchorRegistry(entries, slug);
    }

    public static AnchorRegistry empty() {
        return new AnchorRegistry(List.of());
    }

    /** The registry file of {@code transcript}: {@code name.txt} has {@code name.anchors.yml}. */
    public static Path fileOf(Path transcript) {
        String name = transcript.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return transcript.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".anchors.yml");
    }

    /** Reads {@code file}; a missing file is the empty registry of a transcript never built before. */
    public static AnchorRegistry read(Path file) {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Every id ever published, in reading order, live and retired. */
    public List<String> ids() {
        return entries.stream().map(Entry::id).toList();
    }

    /** The live id that {@code id} leads to: itself while live, its alias target once retired. */
    public Optional<String> resolve(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst()
                .map(e -> e.live() ? e.id() : e.target());
    }

    List<Entry> entries() {
        return entries;
    }

    /** Parses registry text; {@code file} only names the source in error messages. */
    public static AnchorRegistry parse(String text, String file) {
        Object parsed;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            // A transcript of some thousands of questions has a registry above SnakeYAML's 3 MB default; the build
            // must read back what it wrote.
            options.setCodePointLimit(Integer.MAX_VALUE);
            parsed = new Yaml(new SafeConstructor(options)).load(text);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new InputError(file, line, "invalid anchor registry: " + e.getProblem());
        } catch (YAMLException e) {
            throw new InputError(file, 1, "invalid anchor registry: " + e.getMessage());
        }
        if (parsed == null) {
            return empty();
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new InputError(file, 1, "an anchor registry is a mapping of ids to entries");
        }
        Map<String, Integer> lines = lineNumbers(text);
        List<Entry> entries = new ArrayList<>();
        String slug = "";
        for (Map.Entry<?, ?> line : map.entrySet()) {
            String id = String.valueOf(line.getKey());
            if (id.equals("slug")) {
                if (!(line.getValue() instanceof String s) || !SLUG.matcher(s).matches()) {
                    throw new InputError(file, lines.getOrDefault(id, 1), "slug: expected lower-case letters,"
                            + " digits and hyphens, found '" + line.getValue() + "'");
                }
                slug = s;
                continue;
            }
            if (id.equals("format")) {
                if (!String.valueOf(line.getValue()).equals(String.valueOf(FORMAT))) {
                    throw new InputError(file, lines.getOrDefault(id, 1), "anchor registry format " + line.getValue()
                            + " is not supported; this build reads format " + FORMAT);
                }
                continue;
            }
            entries.add(entry(lines.getOrDefault(id, 1), file, id, line.getValue()));
        }
        return new AnchorRegistry(entries, slug);
    }

    private static Entry entry(int lineNumber, String file, String id, Object value) {
        Optional<AnchorId> parsedId = AnchorId.parse(id);
        if (parsedId.isEmpty()) {
            throw new InputError(file, lineNumber, "'" + id + "' is not an anchor id like q3 or q3-p2a");
        }
        if (!(value instanceof List<?> fields) || fields.stream().anyMatch(f -> !(f instanceof String))) {
            throw new InputError(file, lineNumber, id + ": expected a list of quoted strings");
        }
        List<String> f = fields.stream().map(String.class::cast).toList();
        boolean question = parsedId.get().isQuestion();
        if (f.size() != (question ? 2 : 4)) {
            throw new InputError(file, lineNumber, id + ": expected " + (question ? 2 : 4) + " fields, found "
                    + f.size());
        }
        String target = null;
        if (!f.get(0).equals(LIVE)) {
            if (!f.get(0).startsWith(ALIAS_PREFIX) || AnchorId.parse(f.get(0).substring(3)).isEmpty()) {
                throw new InputError(file, lineNumber, id + ": first field must be 'live' or '-> <id>'");
            }
            target = f.get(0).substring(ALIAS_PREFIX.length());
        }
        if (question) {
            return new Entry(id, target, null, f.get(1));
        }
        if (!HASH.matcher(f.get(1)).matches() || !SHINGLES.matcher(f.get(2)).matches()) {
            throw new InputError(file, lineNumber, id + ": fingerprint fields are 16 and 6-digit hex");
        }
        long simhash = Long.parseUnsignedLong(f.get(1), 16);
        return new Entry(id, target, new Fingerprint(simhash, List.of(f.get(2).split(" ")), f.get(3)), f.get(3));
    }

    /** The line of each top-level key, found in one pass, for error messages. */
    private static Map<String, Integer> lineNumbers(String text) {
        Map<String, Integer> lines = new java.util.HashMap<>();
        String[] all = text.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            String line = all[i];
            int colon = line.indexOf(':');
            if (colon > 0 && !line.startsWith(" ") && !line.startsWith("#")) {
                lines.putIfAbsent(line.substring(0, colon).replace("\"", ""), i + 1);
            }
        }
        return lines;
    }

    /** The file's text; the same registry always gives the same bytes, so an unchanged build writes nothing. */
    public String format(String transcriptName) {
        StringBuilder out = new StringBuilder();
        out.append("# Stable anchors of ").append(transcriptName)
                .append(". Written by the build; commit it with the transcript.\n")
                .append("# One line per id ever published, in reading order. 'live' ids are on the site; an id\n")
                .append("# whose passage was removed reads '-> id' and leads there. Paragraph lines hold a simhash,\n")
                .append("# sentence hashes and the opening words, used to keep ids when the text is corrected.\n")
                .append("format: ").append(FORMAT).append('\n');
        if (!slug.isEmpty()) {
            // Kept so that the transcript's address does not change when a file with the same title and date is added.
            out.append("slug: ").append(quote(slug)).append('\n');
        }
        for (Entry e : entries) {
            out.append(e.id()).append(": [")
                    .append(e.live() ? LIVE : quote(ALIAS_PREFIX + e.target())).append(", ");
            if (!e.isQuestion()) {
                out.append(quote(String.format(Locale.ROOT, "%016x", e.fingerprint().simhash()))).append(", ")
                        .append(quote(String.join(" ", e.fingerprint().sentences()))).append(", ");
            }
            out.append(quote(e.title())).append("]\n");
        }
        return out.toString();
    }

    /** Writes the registry to {@code file} unless it already holds exactly this text; true when it wrote. */
    public boolean writeIfChanged(Path file, String transcriptName) {
        String text = format(transcriptName);
        try {
            if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
                return false;
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** A YAML double-quoted scalar; escapes what YAML would refuse or reinterpret. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || c >= 0x7f && c <= 0x9f || c == 0x2028 || c == 0x2029 || c == 0xfeff
                    || c >= 0xd800 && c <= 0xdfff || c == 0xfffe || c == 0xffff) {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }

    /** Entries keyed by id, in order. */
    Map<String, Entry> byId() {
        Map<String, Entry> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.id(), e));
        return map;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnchorRegistry other && entries.equals(other.entries) && slug.equals(other.slug);
    }

    @Override
    public int hashCode() {
        return entries.hashCode() * 31 + slug.hashCode();
    }

    @Override
    public String toString() {
        return format("?");
    }
}
