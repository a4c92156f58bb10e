package org.verbatim.write;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.verbatim.HostileCorpus;

/**
 * Random transcripts and sidecars from a seed: speaker labels of every form, Markdown, HTML and template
 * metacharacters, scripts, Unicode of several scripts, invisible and control characters, every line-end style,
 * and sidecar fields holding the same, URLs of any scheme, bad dates and bad keys. The same seed gives the same
 * input, so a failure names the seed that reproduces it.
 */
final class GeneratedInput {

    /** One generated input: the transcript's text, its sidecar as a map and as YAML text. */
    record Input(long seed, String text, Map<String, Object> sidecar, String sidecarYaml) {
        /** The input as Java would write it, to paste into a test. */
        String show() {
            StringBuilder out = new StringBuilder("seed " + seed + "\n--- text:\n");
            text.codePoints().forEach(cp -> out.append(cp < 0x20 && cp != '\n' || cp >= 0x7f && cp < 0xa0
                    || Character.getType(cp) == Character.FORMAT || Character.isSurrogate((char) cp) && cp < 0x10000
                    ? String.format("\\u%04X", cp) : Character.toString(cp)));
            return out.append("\n--- sidecar: ").append(sidecar).toString();
        }
    }

    static final List<String> LABELS = List.of("Question", "Q", "Jane Doe", "President of Russia Vladimir Putin",
            "Putin", "MS. DALTON", "MS. DALOTON", "Interviewer", "Reporter", "Journalist", "Ursula von der Leyen",
            "Note", "Dmitry Peskov", "President of\u00A0Russia Vladimir Putin", "Xi Jinping");
    static final List<String> META = List.of("#", "##", "1.", "12)", ">", "---", "~~~", "```", "|", "| a | b |",
            "[x](y)", "[x](javascript:xss(1))", "![i](x.png)", "<http://x>", "${x}", "<#if x>", "</#if>", "<@x/>",
            "{{x}}", "{% x %}", "<script>xss(2)</script>", "<img src=x onerror=xss(3)>", "&amp;", "&lt;", "&#0;",
            "*", "**", "_", "`", "{#q1-p1 .x}", "{onclick=xss(4)}", "\\", "\"", "'", "</script>", "<!--", "-->",
            "]]>", "-", "+", "=", "!", "?", ":", "Name:", "A B:", "e.g.", "U.S.", "Mr.", "2.5", "!!binary", "%",
            "@", "<?xml?>", "[^1]", "-->", "</article>", "</p>", "<p class=para id=q1-p1>", "\\n", "\u00A7", "¶");
    static final List<String> UNICODE = List.of("é", "Straße", "中文", "Путин", "مرحبا", "שלום", "😀",
            "👩\u200D👩\u200D👧", "e\u0301", "ﬁ", "Ⅻ", "١٢٣", "𝔘𝔫𝔦", "İstanbul", "ǅ");
    static final List<String> ODD = List.of("\u200B", "\u00AD", "\uFEFF", "\u00A0", "\u202E", "\u202C", "\u2066",
            "\u2069", "\u200D", "\u200C", "\u2060", "\u0007", "\u007F", "\u0085", "\u0090", "\u009F", "\u0000",
            "\u001B", "\uD800", "\uDFFF", "\uFFFE", "\uFFFF", "\u2028", "\u2029", "\r", "\r\n", "\t", "\u000B",
            "\u000C", "\u3000", "\u2003");
    static final List<String> WORDS = List.of("the", "economy", "Russia", "China", "cooperation", "said", "year",
            "We", "will", "Tianjin", "Shanghai", "Cooperation", "Organisation", "per", "cent", "2025", "51,000",
            "bank", "As", "I", "have", "already", "noted", "Power", "of", "Siberia", "and", "in", "a", "trade");
    static final List<String> URLS = List.of("https://example.org/a?b=1&c=<x>\"", "http://en.kremlin.ru/events/1",
            "javascript:xss(5)", " JaVaScript:xss(6)", "java\tscript:xss(7)", "data:text/html,<script>xss(8)</script>",
            "mailto:a@b.org", "vbscript:x", "", "file:///etc/passwd",
            "https://example.org/</script><script>xss(9)</script>");

    private final Random r;
    private final long seed;
    private final boolean inMemory;

    /** @param inMemory whether the input stays a Java string (then lone surrogates may occur; a file cannot hold them) */
    GeneratedInput(long seed, boolean inMemory) {
        this.seed = seed;
        this.r = new Random(seed);
        this.inMemory = inMemory;
    }

    private <T> T pick(List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    private String token() {
        int k = r.nextInt(100);
        if (k < 60) {
            return pick(WORDS);
        }
        if (k < 78) {
            return pick(META);
        }
        if (k < 88) {
            return pick(UNICODE);
        }
        String odd = pick(ODD);
        if (!inMemory && Character.isSurrogate(odd.charAt(0))) {
            odd = "\u200B";
        }
        return r.nextBoolean() ? pick(WORDS) + odd + pick(WORDS) : odd;
    }

    String sentence() {
        int n = 1 + r.nextInt(10);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(r.nextInt(10) == 0 ? "" : " ");
            }
            out.append(token());
        }
        return out.append(pick(List.of(".", "?", "!", "", ".", ":"))).toString();
    }

    private String paragraph() {
        int n = 1 + r.nextInt(2);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(i > 0 ? (r.nextInt(4) == 0 ? "" : " ") : "").append(sentence());
        }
        return out.toString();
    }

    Input next() {
        StringBuilder text = new StringBuilder();
        String eol = pick(List.of("\n", "\n", "\n", "\r\n", "\r"));
        int header = r.nextInt(4);
        if (header == 0) {
            text.append(sentence()).append(eol).append(eol);
            if (r.nextBoolean()) {
                text.append(paragraph()).append(eol).append(eol);
            }
        } else if (header == 1) {
            text.append("---").append(eol).append("title: ").append(HostileCorpus.yaml(sentence())).append(eol);
            if (r.nextBoolean()) {
                text.append("source_url: ").append(HostileCorpus.yaml(pick(URLS))).append(eol);
            }
            if (r.nextBoolean()) {
                text.append("date: ").append(r.nextInt(8) == 0 ? "2020-13-45" : "2021-05-0" + (1 + r.nextInt(9))).append(eol);
            }
            text.append("---").append(eol).append(eol);
        }
        int layout = r.nextInt(3); // 0 glued, 1 a paragraph a line, 2 blank lines between
        int turns = 1 + r.nextInt(5);
        for (int t = 0; t < turns; t++) {
            String label = r.nextInt(6) == 0 ? "" : pick(LABELS);
            String start = label.isEmpty() ? "" : label.equals("Q") && r.nextBoolean() ? "Q " : label + ": ";
            int paragraphs = 1 + r.nextInt(2);
            for (int p = 0; p < paragraphs; p++) {
                String body = (p == 0 ? start : "") + paragraph();
                text.append(body);
                if (layout == 0 && r.nextInt(3) > 0) {
                    continue; // glued to the next
                }
                text.append(eol);
                if (layout == 2) {
                    text.append(eol);
                }
            }
        }
        Map<String, Object> sidecar = new LinkedHashMap<>();
        StringBuilder yaml = new StringBuilder();
        for (String key : List.of("title", "kind", "interviewer", "publisher", "licence", "lead")) {
            if (r.nextInt(3) == 0) {
                String v = sentence();
                sidecar.put(key, v);
                yaml.append(key).append(": ").append(HostileCorpus.yaml(v)).append('\n');
            }
        }
        for (String key : List.of("source", "licence_url")) {
            if (r.nextInt(3) == 0) {
                String v = pick(URLS);
                sidecar.put(key, v);
                yaml.append(key).append(": ").append(HostileCorpus.yaml(v)).append('\n');
            }
        }
        if (r.nextInt(3) == 0) {
            String v = r.nextInt(10) == 0 ? "yesterday" : "2022-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10);
            sidecar.put("date", v);
            yaml.append("date: ").append(v).append('\n');
        }
        if (r.nextInt(4) == 0) {
            String key = r.nextInt(10) == 0 ? "x1" : "q1";
            String v = sentence();
            sidecar.put("titles", Map.of(key, v));
            yaml.append("titles:\n  ").append(key).append(": ").append(HostileCorpus.yaml(v)).append('\n');
        }
        if (r.nextInt(4) == 0) {
            String v = sentence();
            sidecar.put("speakers", Map.of("Jane Doe", v));
            yaml.append("speakers:\n  \"Jane Doe\": ").append(HostileCorpus.yaml(v)).append('\n');
        }
        return new Input(seed, text.toString(), sidecar, yaml.toString());
    }
}
