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
        SourceText source = SourceText.read(file);
        Path sidecarPath = sidecarOf(file);
        Map<String, Object> sidecar = Map.of();
        if (Files.isRegularFile(sidecarPath)) {
            SourceText side = SourceText.read(sidecarPath);
            sidecar = Header.parseYaml(side, String.join("\n", side.lines()), 1);
        }
        return parse(source, sidecar);
    }

    public Transcript parse(SourceText source, Map<String, Object> sidecar) {
        if (source.lines().stream().allMatch(SourceText::isBlank)) {
            throw new InputError(source.path(), 1, "empty transcript: no text found");
        }
        Header header = Header.read(source, line -> Labels.atStart(line.strip()).isPresent(),
                text(sidecar.get("title")));
        Metadata metadata = metadata(source, header, sidecar);
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
                turns.add(new TurnBuilder(speakers.resolve(known), label, chunk.line(), keep));
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
        List<Turn> built = turns.stream().map(TurnBuilder::build)
                .filter(t -> !t.paragraphs().isEmpty() || t.speaker() != null).toList();
        if (built.stream().allMatch(t -> t.paragraphs().isEmpty())) {
            throw new InputError(source.path(), 1, "no text under the title '" + metadata.title() + "': nothing to"
                    + " publish; add the transcript's text after a blank line, or remove the file");
        }
        String body = String.join("\n", source.lines().subList(Math.min(header.bodyLine() - 1, source.size()),
                source.size()));
        Transcript parsed = new Transcript(source.path(), metadata, speakers.all(), built, body, header.bodyLine());
        return Askers.mark(parsed, interviewers(sidecar));
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

    private static Metadata metadata(SourceText source, Header header, Map<String, Object> sidecar) {
        Map<String, Object> fm = header.fields();
        String title = first(sidecar.get("title"), fm.get("title"), header.title());
        if (title.isEmpty()) {
            title = source.path().getFileName().toString();
        }
        LocalDate date = date(source, first(sidecar.get("date"), fm.get("date")));
        String sourceUrl = first(sidecar.get("source"), sidecar.get("source_url"), fm.get("source_url"),
                fm.get("source"));
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
                    titles.put(Integer.parseInt(String.valueOf(k).replaceAll("^[qQ]", "")), String.valueOf(v));
                } catch (NumberFormatException e) {
                    throw new InputError(sidecarOf(source.path()), 1, "titles: key '" + k + "' is not a question number");
                }
            });
        }
        Map<String, String> speakers = new LinkedHashMap<>();
        if (sidecar.get("speakers") instanceof Map<?, ?> map) {
            map.forEach((k, v) -> speakers.put(Labels.normalise(String.valueOf(k)), String.valueOf(v)));
        }
        return new Metadata(title, date,
                first(sidecar.get("lead"), header.lead(), fm.get("description")),
                publisher, sourceUrl,
                first(sidecar.get("licence"), sidecar.get("license"), fm.get("licence"), fm.get("license")),
                first(sidecar.get("licence_url"), sidecar.get("license_url")),
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
        return value == null ? "" : value.toString().strip();
    }
}
