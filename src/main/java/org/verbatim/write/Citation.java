package org.verbatim.write;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.verbatim.model.Interview;
import org.verbatim.model.Metadata;
import org.verbatim.model.Passage;
import org.verbatim.model.Speaker;

/**
 * The ways to cite one paragraph: a quote with its attribution, APA 7, Chicago 17 (notes and bibliography) and
 * BibTeX, as plain text (no markup; escape for HTML or JSON where embedded).
 *
 * <p>Which URL goes where: the paragraph's own URL is where a reader finds the quoted words, so the quote line,
 * the APA reference (as APA does for an archived copy), the Chicago note and BibTeX's {@code url} use it; the
 * source's own URL identifies the work, so the Chicago bibliography entry and BibTeX's {@code note} use it.
 *
 * <p>The speaker of the paragraph is the author; a paragraph of the interviewing side is credited to the
 * interviewer named in the metadata (else the publisher) as a group author. Personal names are taken to be
 * given names first ("Vladimir Putin"); titles are left as published, since sentence case (APA) cannot be
 * derived without knowing the proper nouns; APA's and Chicago's italics are lost in plain text.
 *
 * @param speaker who says the paragraph; null for unattributed text (place and time lines)
 * @param passageId the paragraph's stable id, e.g. {@code q3-p2}; it gives the locator "Q3 ¶2"
 * @param url the paragraph's absolute URL, see {@link #paragraphUrl}
 */
public record Citation(Metadata metadata, Speaker speaker, String passageId, String url) {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_DAY_YEAR = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter APA_DATE = DateTimeFormatter.ofPattern("yyyy, MMMM d", Locale.ENGLISH);
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};

    /** The citations of {@code passage} in {@code interview}, published at {@code url}. */
    public static Citation of(Interview interview, Passage passage, String url) {
        return new Citation(interview.metadata(), passage.speaker(), passage.id(), url);
    }

    /** {@code base} + {@code page} + {@code #id}, with exactly one slash between base and page. */
    public static String paragraphUrl(String base, String page, String id) {
        String left = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        String right = page.startsWith("/") ? page.substring(1) : page;
        return left + "/" + right + "#" + id;
    }

    /** The "Q3 ¶2" of {@code q3-p2}: the question and paragraph labels of a stable id, suffixes kept. */
    public String locator() {
        return question() + " ¶" + paragraph();
    }

    /** The quote line: {@code “text” — Vladimir Putin, written interview to Xinhua, 30 August 2025, Q3 ¶2, URL}. */
    public String quote(String text) {
        List<String> parts = new ArrayList<>();
        parts.add(speakerName());
        String kind = lowerFirst(metadata.kind());
        if (!kind.isEmpty()) {
            boolean interview = kind.toLowerCase(Locale.ROOT).contains("interview");
            parts.add(metadata.interviewer().isEmpty() || metadata.interviewer().equals(speakerName()) ? kind
                    : kind + (interview ? " to " : " with ") + metadata.interviewer());
        }
        if (metadata.date() != null) {
            parts.add(metadata.date().format(DAY_MONTH_YEAR));
        }
        parts.add(locator());
        parts.add(url);
        return "“" + text.strip() + "” — " + String.join(", ", parts.stream().filter(s -> !s.isEmpty()).toList());
    }

    /** APA 7 reference entry, after APA's speech-transcript example: author, date, title [kind], site, URL. */
    public String apa() {
        StringBuilder out = new StringBuilder();
        out.append(personal() ? apaName() : withPeriod(groupAuthor())).append(' ');
        out.append('(').append(metadata.date() == null ? "n.d." : metadata.date().format(APA_DATE)).append("). ");
        out.append(metadata.title()).append(" [").append(transcriptKind()).append("]. ");
        String site = site();
        if (!site.isEmpty() && !site.equals(groupAuthorIfAny())) {
            out.append(site).append(". ");
        }
        return out.append(url).toString();
    }

    /** APA 7 parenthetical citation with a section and paragraph locator: {@code (Putin, 2025, Q3, para. 2)}. */
    public String apaInText() {
        String who = personal() ? nameParts().family() : groupAuthor();
        String year = metadata.date() == null ? "n.d." : String.valueOf(metadata.date().getYear());
        return "(" + who + ", " + year + ", " + question() + ", para. " + paragraph() + ")";
    }

    /** Chicago 17 full note for a published interview, with the locator and the paragraph's URL. */
    public String chicagoNote() {
        List<String> parts = new ArrayList<>();
        String by = interviewBy();
        if (!by.isEmpty()) {
            parts.add(by);
        }
        if (!site().isEmpty()) {
            parts.add(site());
        }
        parts.add(metadata.date() == null ? "n.d." : metadata.date().format(MONTH_DAY_YEAR));
        parts.add(question() + ", par. " + paragraph());
        parts.add(url);
        // The comma after the title goes inside its quotation marks.
        return speakerName() + ", " + quoted(metadata.title(), ",") + " " + String.join(", ", parts) + ".";
    }

    /** Chicago 17 bibliography entry for the work, with the source's own URL. */
    public String chicagoBibliography() {
        StringBuilder out = new StringBuilder();
        if (personal()) {
            Name name = nameParts();
            out.append(name.family());
            if (!name.given().isEmpty()) {
                out.append(", ").append(name.given());
            }
            if (!name.suffix().isEmpty()) {
                out.append(", ").append(name.suffix());
            }
        } else {
            out.append(groupAuthor());
        }
        out.replace(0, out.length(), withPeriod(out.toString())).append(' ');
        out.append(quoted(metadata.title(), ".")).append(' ');
        String by = interviewBy();
        if (!by.isEmpty()) {
            out.append(upperFirst(by)).append(". ");
        }
        List<String> publication = new ArrayList<>();
        if (!site().isEmpty()) {
            publication.add(site());
        }
        publication.add(metadata.date() == null ? "n.d." : metadata.date().format(MONTH_DAY_YEAR));
        out.append(withPeriod(String.join(", ", publication)));
        if (!metadata.sourceUrl().isEmpty()) {
            out.append(' ').append(metadata.sourceUrl()).append('.');
        }
        return out.toString();
    }

    /** A BibTeX {@code @misc} entry; text fields are escaped for LaTeX, URLs only where BibTeX would break. */
    public String bibtex() {
        List<String[]> fields = new ArrayList<>();
        if (personal()) {
            Name name = nameParts();
            String author = name.family() + (name.suffix().isEmpty() ? "" : ", " + name.suffix())
                    + (name.given().isEmpty() ? "" : ", " + name.given());
            fields.add(new String[] {"author", "{" + latex(author) + "}"});
        } else {
            fields.add(new String[] {"author", "{{" + latex(groupAuthor()) + "}}"});
        }
        fields.add(new String[] {"title", "{{" + latex(metadata.title()) + "}}"});
        List<String> how = new ArrayList<>();
        if (!interviewBy().isEmpty()) {
            how.add(upperFirst(interviewBy()));
        }
        if (!site().isEmpty()) {
            how.add(site());
        }
        if (!how.isEmpty()) {
            fields.add(new String[] {"howpublished", "{" + latex(String.join(", ", how)) + "}"});
        }
        LocalDate date = metadata.date();
        if (date != null) {
            fields.add(new String[] {"year", "{" + date.getYear() + "}"});
            fields.add(new String[] {"month", MONTHS[date.getMonthValue() - 1]});
            fields.add(new String[] {"date", "{" + date + "}"});
        }
        String note = latex(question()) + ", para.~" + latex(paragraph()) + ".";
        if (!metadata.sourceUrl().isEmpty()) {
            note += " Source: \\url{" + bibtexUrl(metadata.sourceUrl()).replace("%", "\\%").replace("#", "\\#") + "}";
        }
        fields.add(new String[] {"note", "{" + note + "}"});
        fields.add(new String[] {"url", "{" + bibtexUrl(url) + "}"});
        StringBuilder out = new StringBuilder("@misc{").append(bibtexKey()).append(",\n");
        for (int i = 0; i < fields.size(); i++) {
            out.append("  ").append(fields.get(i)[0]).append(" = ").append(fields.get(i)[1])
                    .append(i + 1 < fields.size() ? ",\n" : "\n");
        }
        return out.append("}").toString();
    }

    /** Key of the BibTeX entry: ASCII family name, year and paragraph id, e.g. {@code putin2025-q3-p2}. */
    public String bibtexKey() {
        String who = personal() ? nameParts().family() : groupAuthor();
        String ascii = Normalizer.normalize(who, Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]", "")
                .toLowerCase(Locale.ROOT);
        if (ascii.isEmpty()) {
            ascii = "transcript";
        }
        return ascii + (metadata.date() == null ? "" : String.valueOf(metadata.date().getYear())) + "-" + passageId;
    }

    // --- parts ---

    private boolean personal() {
        return speaker != null && !speaker.interviewer() && !speaker.name().isBlank();
    }

    private String speakerName() {
        return personal() ? speaker.name().strip() : groupAuthor();
    }

    private String groupAuthorIfAny() {
        return personal() ? null : groupAuthor();
    }

    /** For the interviewing side or unattributed text: the interviewer named in the metadata, else the site. */
    private String groupAuthor() {
        if (speaker != null && speaker.interviewer() && !metadata.interviewer().isEmpty()) {
            return metadata.interviewer();
        }
        return site().isEmpty() ? metadata.title() : site();
    }

    private static final java.util.regex.Pattern DOMAIN_AFTER =
            java.util.regex.Pattern.compile("\\s*\\([^()\\s]*\\.[^()\\s]*\\)$");

    /** The publisher without a trailing domain in parentheses: "President of Russia (kremlin.ru)". */
    private String site() {
        return DOMAIN_AFTER.matcher(metadata.publisher()).replaceFirst("").strip();
    }

    /** "written interview by Xinhua"; without "by" when the interviewer is unknown or is the author. */
    private String interviewBy() {
        String kind = lowerFirst(metadata.kind());
        String interviewer = metadata.interviewer();
        if (interviewer.isEmpty() || interviewer.equals(speakerName())) {
            return kind;
        }
        return kind.isEmpty() ? "interview by " + interviewer : kind + " by " + interviewer;
    }

    private String transcriptKind() {
        String kind = metadata.kind().strip();
        if (kind.isEmpty() || kind.toLowerCase(Locale.ROOT).endsWith("transcript")) {
            return kind.isEmpty() ? "Transcript" : upperFirst(kind);
        }
        return upperFirst(kind) + " transcript";
    }

    private String question() {
        int dash = passageId.indexOf("-p");
        String q = dash < 0 ? passageId : passageId.substring(0, dash);
        return q.equals("q0") ? "Opening" : "Q" + q.substring(1);
    }

    private String paragraph() {
        int dash = passageId.indexOf("-p");
        return dash < 0 ? "" : passageId.substring(dash + 2);
    }

    /** A personal name split for inverting: family name (with particles like "von der"), given names, suffix. */
    private record Name(String family, String given, String suffix) {
    }

    private Name nameParts() {
        List<String> words = new ArrayList<>(Arrays.asList(speaker.name().strip().replace(",", " ").split("\\s+")));
        while (words.size() > 1 && HONORIFICS.contains(bare(words.get(0)))) {
            words.remove(0);
        }
        String suffix = "";
        if (words.size() > 2 && SUFFIXES.contains(bare(words.get(words.size() - 1)))) {
            suffix = words.remove(words.size() - 1);
        }
        int family = words.size() - 1;
        for (int i = 1; i < words.size() - 1; i++) {
            if (Character.isLowerCase(words.get(i).charAt(0))) {
                family = i;
                break;
            }
        }
        return new Name(String.join(" ", words.subList(family, words.size())),
                String.join(" ", words.subList(0, family)), suffix);
    }

    private static String bare(String word) {
        return word.replace(".", "").toLowerCase(Locale.ROOT);
    }

    /** "Putin, V.", "Jean-Pierre, K.", "King, M. L., Jr.". */
    private String apaName() {
        Name name = nameParts();
        StringBuilder out = new StringBuilder(name.family());
        if (!name.given().isEmpty()) {
            List<String> initials = new ArrayList<>();
            for (String given : name.given().split(" ")) {
                initials.add(String.join("-", Arrays.stream(given.split("-"))
                        .filter(part -> !part.isEmpty())
                        .map(part -> part.substring(0, part.offsetByCodePoints(0, 1)) + ".").toList()));
            }
            out.append(", ").append(String.join(" ", initials));
        }
        if (!name.suffix().isEmpty()) {
            out.append(", ").append(name.suffix());
        }
        return withPeriod(out.toString());
    }

    /** Ends an element with one full stop: "Jr." and "n.d." already have theirs. */
    private static String withPeriod(String s) {
        return s.endsWith(".") ? s : s + ".";
    }

    /** A title in quotation marks with {@code mark} inside, unless the title ends in its own ? or !. */
    private static String quoted(String title, String mark) {
        String t = title.strip();
        return "“" + t + (t.endsWith("?") || t.endsWith("!") ? "" : mark) + "”";
    }

    private static String lowerFirst(String s) {
        String t = s.strip();
        if (t.length() > 1 && Character.isUpperCase(t.charAt(0)) && Character.isLowerCase(t.charAt(1))) {
            return Character.toLowerCase(t.charAt(0)) + t.substring(1);
        }
        return t;
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Escapes LaTeX's special characters; braces become commands so that BibTeX's brace count stays balanced. */
    static String latex(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{' -> out.append("\\textbraceleft{}");
                case '}' -> out.append("\\textbraceright{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '~' -> out.append("\\textasciitilde{}");
                case '$', '&', '%', '#', '_' -> out.append('\\').append(c);
                default -> out.append(Character.isWhitespace(c) ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** A URL that BibTeX reads back unchanged: braces, backslashes, quotes and white space are percent-encoded. */
    static String bibtexUrl(String url) {
        StringBuilder out = new StringBuilder();
        url.strip().codePoints().forEach(c -> {
            if (c == '{' || c == '}' || c == '\\' || c == '"' || Character.isWhitespace(c)) {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    out.append(String.format(Locale.ROOT, "%%%02X", b & 0xff));
                }
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
