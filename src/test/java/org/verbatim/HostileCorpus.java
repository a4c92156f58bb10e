package org.verbatim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A payload corpus: script-injection vectors in the style of OWASP's XSS filter-evasion list (written for this
 * project, in {@code src/test/resources/hostile/vectors.txt}), placed in transcript text, speaker labels' display
 * names, titles, every sidecar field, front matter and file names. Each vector calls {@code xss(n)} (or sets
 * {@code window.__pwned}) when it runs.
 */
public final class HostileCorpus {
    public static final Path VECTORS = Path.of("src/test/resources/hostile/vectors.txt");

    private HostileCorpus() {
    }

    public static List<String> vectors() {
        try {
            return Files.readAllLines(VECTORS).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A YAML double-quoted string holding {@code s} exactly. */
    public static String yaml(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** Writes the corpus into {@code dir}; returns the transcripts. */
    public static List<Path> write(Path dir) {
        List<String> vectors = vectors();
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            // 1. Every vector as a paragraph of an answer, one paragraph a line.
            StringBuilder text = new StringBuilder("Payloads in the text of an answer\n\n");
            text.append("Question: Which of these run on the page?\n");
            text.append("Jane Doe: None of them should.\n");
            vectors.forEach(v -> text.append(v).append('\n'));
            text.append("Question: And as questions?\n");
            vectors.forEach(v -> text.append("Question: ").append(v).append(" Is that safe?\n").append("Jane Doe: It is.\n"));
            files.add(Files.writeString(dir.resolve("text.txt"), text));
            Files.writeString(dir.resolve("text.yml"), "date: 2021-01-01\nslug: payload-text\n");

            // 2. Vectors in every sidecar field, one transcript per vector so that each reaches every place.
            for (int i = 0; i < vectors.size(); i++) {
                String v = vectors.get(i);
                String body = "Question: What about " + v + " here?\nJane Doe: Nothing, " + v + " stays text.\n"
                        + "Question: Another?\nJane Doe: No.\n";
                Path t = Files.writeString(dir.resolve(String.format("field-%02d.txt", i)), "Field payload " + i + "\n\n" + body);
                files.add(t);
                // A vector that is itself a well-formed relative path (%3Cscript...) would name a missing page, which
                // the build's link check refuses: it gets a script scheme instead.
                String source = i % 3 == 0 && !org.verbatim.ingest.SafeUrl.allowed(v) ? v
                        : i % 3 != 2 ? "javascript:xss(" + (1000 + i) + ")" : "https://example.org/?q=" + v;
                Files.writeString(dir.resolve(String.format("field-%02d.yml", i)), String.join("\n",
                        "title: " + yaml("Title " + i + " " + v),
                        "date: 2021-02-" + String.format("%02d", 1 + i % 28),
                        "slug: field-" + i,
                        "kind: " + yaml(v),
                        "interviewer: " + yaml("Outlet " + v),
                        "publisher: " + yaml("Publisher " + v),
                        "source: " + yaml(source),
                        "licence: " + yaml("Licence " + v),
                        "licence_url: " + yaml(i % 2 == 0 ? "jAvAsCrIpT:xss(" + (2000 + i) + ")" : "data:text/html," + v),
                        "lead: " + yaml("A lead " + v),
                        "titles:",
                        "  q1: " + yaml("Question title " + v),
                        "speakers:",
                        "  \"Jane Doe\": " + yaml("Jane " + v),
                        ""));
            }

            // 3. Front matter, and a file name that is itself a payload (the title comes from it).
            Files.writeString(dir.resolve("front.md"), String.join("\n", "---",
                    "title: " + yaml("Front matter <script>xss(3001)</script>"),
                    "date: 2021-03-01",
                    "source_url: " + yaml("javascript:xss(3002)"),
                    "description: " + yaml("<img src=x onerror=xss(3003)>"),
                    "---", "", "Question: Front?", "", "Jane Doe: Matter.", ""));
            files.add(dir.resolve("front.md"));
            Path named = dir.resolve("Named \"><svg onload=xss(3004)> 'x' <script>xss(3005)<\\script>.txt");
            Files.writeString(named, "Question: Is the name shown?\nJane Doe: As text.\n");
            Files.writeString(dir.resolve("Named \"><svg onload=xss(3004)> 'x' <script>xss(3005)<\\script>.yml"),
                    "date: 2021-04-01\n");
            files.add(named);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
