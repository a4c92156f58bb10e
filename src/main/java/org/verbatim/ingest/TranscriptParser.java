package org.verbatim.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.verbatim.model.Metadata;
import org.verbatim.model.Paragraph;
import org.verbatim.model.Speaker;
import org.verbatim.model.Transcript;
import org.verbatim.model.Turn;

/**
 * Reads one transcript file (and its optional {@code .yml} sidecar) into a {@link Transcript}.
 *
 * <p>Three layouts are understood: a body whose paragraphs and labels are glued together; one paragraph a line;
 * and Markdown hard-wrapped at about 72 columns with blank lines between paragraphs. Lines longer than
 * {@value #WRAP_WIDTH} characters mean the text is not hard-wrapped.
 */
public final class TranscriptParser {

    static final int WRAP_WIDTH = 100;

    private final Problems problems;

    /** A parser whose warnings are kept in a collector of its own ({@link #problems()}). */
    public TranscriptParser() {
        this(new Problems());
    }

    /** A parser that reports warnings (things dropped or guessed while reading) to {@code problems}. */
    public TranscriptParser(Problems problems) {
        this.problems = problems;
    }

    public Problems problems() {
        return problems;
    }

    /** The sidecar of {@code transcript}: same name, extension {@code .yml}. */
    public static Path sidecarOf(Path transcript) {
        String name = transcript.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return transcript.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".yml");
    }

    public Transcript parse(Path file) {
        SourceText source = SourceText.read(file, problems);
        Path sidecarPath = sidecarOf(file);
        Map<String, Object> sidecar = Map.of();
        SourceText side = null;
        if (Files.isRegularFile(sidecarPath)) {
            side = SourceText.read(sidecarPath, problems);
            sidecar = Header.parseYaml(side, String.join("\n", side.lines()), 1);
        }
        return parse(source, side, sidecar);
    }

    public Transcript parse(SourceText source, Map<String, Object> sidecar) {
        return parse(source, null, sidecar);
    }

    /** @param side the sidecar's text, to name the line of a field that is reported; null when there is none */
    private Transcript parse(SourceText source, SourceText side, Map<String, Object> sidecar) {
        if (source.lines().stream().allMatch(SourceText::isBlank)) {
            throw new InputError(source.path(), 1, "empty transcript: no text found");
        }
        Header header = Header.read(source, line -> Labels.atStart(line.strip()).isPresent(),
                text(sidecar.get("title")));
        Metadata metadata = metadata(source, header, new Fields(source, side, header, sidecar, problems));
        Speakers speakers = new Speakers(metadata.speakers(), metadata.interviewer());
        List<Chunk> chunks = chunks(source, header.bodyLine(), wrapped(source, header.bodyLine(), sidecar));

        List<String> keep = new ArrayList<>();
        if (sidecar.get("not_paragraph_breaks") instanceof List<?> spans) {
            spans.forEach(span -> keep.add(String.valueOf(span)));
        }
        List<String> plainLabels = chunks.stream().map(c -> Labels.atStart(c.text())).flatMap(Optional::stream)
                .map(f -> Labels.normalise(f.label())).filter(l -> Labels.words(l).length >= 2).distinct().toList();
        List<TurnBuilder> turns = new ArrayList<>();
        for (Chunk chunk : chunks) {
            String text = chunk.text();
            Optional<Labels.Found> start = Labels.atStart(text);
            Optional<String> introduced = start.isPresent() ? Optional.empty() : Labels.introducing(text, plainLabels);
            int from = 0;
            if (start.isPresent()) {
                turns.add(new TurnBuilder(speakers.resolve(start.get().label()), start.get().label(), chunk.line(), keep));
                from = start.get().textStart();
            } else if (introduced.isPresent()) {
                // "Alisa Shmelyova, metrology engineer:" names a speaker whose plain label comes later.
                String label = text.substring(0, text.indexOf(':'));
                String known = plainLabels.stream().filter(k -> Labels.introduces(label, k)).findFirst().orElseThrow();
                Speaker plainSpeaker = speakers.resolve(known);
                speakers.introduced(plainSpeaker, label);
                turns.add(new TurnBuilder(plainSpeaker, label, chunk.line(), keep));
                from = text.indexOf(':') + 1;
                while (from < text.length() && (Character.isWhitespace(text.charAt(from)) || text.charAt(from) == '\u00A0')) {
                    from++;
                }
            } else if (turns.isEmpty()) {
                turns.add(new TurnBuilder(null, "", chunk.line(), keep));
            }
            Optional<Labels.Found> glued;
            while ((glued = Labels.nextGlued(text, from, speakers::isKnown)).isPresent()) {
                Labels.Found label = glued.get();
                turns.get(turns.size() - 1).add(text.substring(from, label.start()), chunk.line());
                turns.add(new TurnBuilder(speakers.resolve(label.label()), label.label(), chunk.line(), keep));
                from = label.textStart();
            }
            turns.get(turns.size() - 1).add(text.substring(from), chunk.line());
        }
        Map<Speaker, Speaker> plain = speakers.plainNames();
        List<Turn> built = withoutEmptyTurns(turns).stream().map(t -> t.speaker() == null
                || !plain.containsKey(t.speaker()) ? t : new Turn(plain.get(t.speaker()), t.label(), t.line(),
                t.paragraphs())).toList();
        if (built.stream().allMatch(t -> t.paragraphs().isEmpty())) {
            throw new InputError(source.path(), 1, "no text under the title '" + metadata.title() + "': nothing to"
                    + " publish; add the transcript's text after a blank line, or remove the file");
        }
        String body = String.join("\n", source.lines().subList(Math.min(header.bodyLine() - 1, source.size()),
                source.size()));
        Transcript parsed = new Transcript(source.path(), metadata, speakers.all().stream()
                .map(sp -> plain.getOrDefault(sp, sp)).toList(), built, body, header.bodyLine());
        return Askers.mark(parsed, interviewers(sidecar));
    }

    /**
     * A label followed by nothing (the last line, or straight before another label) would give a turn with no
     * paragraph, whose label no page could show: its words stay in the text, as a paragraph "Label:" of the turn
     * before (or of an unlabelled opening turn).
     */
    private static List<Turn> withoutEmptyTurns(List<TurnBuilder> builders) {
        List<TurnBuilder> kept = new ArrayList<>();
        for (TurnBuilder turn : builders) {
            if (turn.paragraphs.isEmpty() && turn.speaker != null) {
                if (kept.isEmpty()) {
                    kept.add(new TurnBuilder(null, "", turn.line, turn.keep));
                }
                kept.get(kept.size() - 1).paragraphs.add(new Paragraph(turn.label + ":", turn.line));
            } else if (!turn.paragraphs.isEmpty()) {
                kept.add(turn);
            }
        }
        return kept.stream().map(TurnBuilder::build).toList();
    }

    /** The sidecar's {@code interviewers:}, a list of labels or names (or one). */
    private static List<String> interviewers(Map<String, Object> sidecar) {
        Object value = sidecar.get("interviewers");
        if (value instanceof List<?> list) {
            return list.stream().map(TranscriptParser::text).filter(v -> !v.isEmpty()).toList();
        }
        String one = text(value);
        return one.isEmpty() ? List.of() : List.of(one);
    }

    /** A run of source text that starts a paragraph (or a labelled turn), with its first line. */
    private record Chunk(String text, int line) {
    }

    private static final class TurnBuilder {
        private final Speaker speaker;
        private final String label;
        private final int line;
        private final List<String> keep;
        private final List<Paragraph> paragraphs = new ArrayList<>();

        TurnBuilder(Speaker speaker, String label, int line, List<String> keep) {
            this.speaker = speaker;
            this.label = label;
            this.line = line;
            this.keep = keep;
        }

        void add(String text, int sourceLine) {
            for (String piece : Glue.split(text, keep)) {
                paragraphs.add(new Paragraph(piece, sourceLine));
            }
        }

        Turn build() {
            return new Turn(speaker, label, line, paragraphs);
        }
    }

    private static boolean wrapped(SourceText source, int bodyLine, Map<String, Object> sidecar) {
        String format = text(sidecar.get("format")).toLowerCase(Locale.ROOT);
        if (!format.isEmpty()) {
            return format.equals("wrapped");
        }
        List<String> body = source.lines().subList(bodyLine - 1, source.size());
        long nonBlank = body.stream().filter(l -> !SourceText.isBlank(l)).count();
        long shortLines = body.stream().filter(l -> !SourceText.isBlank(l) && l.strip().length() <= WRAP_WIDTH).count();
        boolean blankBetween = body.stream().anyMatch(SourceText::isBlank);
        return blankBetween && nonBlank > 1 && shortLines * 10 >= nonBlank * 9;
    }

    /**
     * Cuts the body into chunks: one per line, or, for hard-wrapped text, one per blank-line block, with a new
     * chunk wherever a line opens with a speaker label (the speaker may change without a blank line).
     */
    private static List<Chunk> chunks(SourceText source, int bodyLine, boolean wrapped) {
        List<Chunk> chunks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        int blockLine = 0;
        for (int n = bodyLine; n <= source.size(); n++) {
            String line = source.line(n).strip();
            boolean blank = SourceText.isBlank(line);
            boolean opensTurn = !blank && Labels.atStart(line).isPresent();
            if (block.length() > 0 && (blank || opensTurn || !wrapped)) {
                chunks.add(new Chunk(block.toString(), blockLine));
                block.setLength(0);
            }
            if (!blank) {
                if (block.length() == 0) {
                    blockLine = n;
                } else {
                    block.append(' ');
                }
                block.append(line);
            }
        }
        if (block.length() > 0) {
            chunks.add(new Chunk(block.toString(), blockLine));
        }
        return chunks;
    }

    private static Metadata metadata(SourceText source, Header header, Fields fields) {
        Map<String, Object> sidecar = fields.sidecar();
        Map<String, Object> fm = header.fields();
        String title = first(sidecar.get("title"), fm.get("title"), header.title());
        if (title.isEmpty()) {
            title = source.path().getFileName().toString();
        }
        LocalDate date = date(source, first(sidecar.get("date"), fm.get("date")));
        String sourceUrl = fields.url("source", "source_url");
        String publisher = first(sidecar.get("publisher"), fm.get("publisher"), host(sourceUrl));
        String slug = first(sidecar.get("slug"));
        if (slug.isEmpty()) {
            slug = Slugs.byDefault(title, date);
        }
        slug = Slugs.safe(slug, source.path().toString(), title);
        Map<Integer, String> titles = new LinkedHashMap<>();
        if (sidecar.get("titles") instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                try {
                    titles.put(Integer.parseInt(String.valueOf(k).replaceAll("^[qQ]", "")), text(v));
                } catch (NumberFormatException e) {
                    throw new InputError(sidecarOf(source.path()), 1, "titles: key '" + k + "' is not a question number");
                }
            });
        }
        Map<String, String> speakers = new LinkedHashMap<>();
        if (sidecar.get("speakers") instanceof Map<?, ?> map) {
            map.forEach((k, v) -> speakers.put(Labels.normalise(text(k)), text(v)));
        }
        return new Metadata(title, date,
                first(sidecar.get("lead"), header.lead(), fm.get("description")),
                publisher, sourceUrl,
                first(sidecar.get("licence"), sidecar.get("license"), fm.get("licence"), fm.get("license")),
                fields.url("licence_url", "license_url"),
                first(sidecar.get("language"), fm.get("language"), "en"),
                first(sidecar.get("kind"), "Transcript"),
                first(sidecar.get("interviewer"), fm.get("interviewer")),
                slug, titles, speakers);
    }

    private static LocalDate date(SourceText source, String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new InputError(source.path(), 1, "date '" + value + "' is not in the form YYYY-MM-DD");
        }
    }

    private static String host(String url) {
        return url.replaceFirst("^[a-z]+://", "").replaceFirst("[/?#].*$", "").replaceFirst("^www\\.", "");
    }

    private static String first(Object... values) {
        for (Object value : values) {
            String s = text(value);
            if (!s.isEmpty()) {
                return s;
            }
        }
        return "";
    }

    private static String text(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
        }
        // A YAML escape ("\x07", "\uD800") can put into a value what SourceText kept out of the file itself.
        return value == null ? "" : CleanText.clean(value.toString()).strip();
    }

    /**
     * The sidecar's and the front matter's fields, with the URLs among them checked: a URL with another scheme
     * than http, https or mailto is dropped with a warning naming the line that gave it.
     */
    private record Fields(SourceText source, SourceText side, Header header, Map<String, Object> sidecar,
                          Problems problems) {

        /** The first of the sidecar's {@code keys}, then the front matter's, given as an allowed URL; or "". */
        String url(String... keys) {
            for (boolean inSidecar : new boolean[] {true, false}) {
                Map<String, Object> map = inSidecar ? sidecar : header.fields();
                for (String key : keys) {
                    String url = text(map.get(key));
                    if (url.isEmpty()) {
                        continue;
                    }
                    if (SafeUrl.allowed(url)) {
                        return url;
                    }
                    SourceText where = inSidecar ? side : source;
                    Path file = where != null ? where.path() : sidecarOf(source.path());
                    problems.warn(file, lineOf(where, key), "'" + key + "' is not an http, https or mailto address"
                            + " or a relative path, so it is left out of the site: " + quoted(url));
                }
            }
            return "";
        }

        private static int lineOf(SourceText text, String key) {
            if (text != null) {
                for (int n = 1; n <= text.size(); n++) {
                    if (text.line(n).matches("\\s*[\"']?" + java.util.regex.Pattern.quote(key) + "[\"']?\\s*:.*")) {
                        return n;
                    }
                }
            }
            return 1;
        }

        /** The URL as a Java string literal would show it, so that a tab or control is visible in the message. */
        private static String quoted(String url) {
            StringBuilder out = new StringBuilder("\"");
            url.codePoints().limit(120).forEach(cp -> out.append(cp < 0x20 || cp == 0x7f || Character.getType(cp)
                    == Character.FORMAT ? String.format("\\u%04X", cp) : Character.toString(cp)));
            return out.append(url.length() > 120 ? "...\"" : "\"").toString();
        }
    }
}
