package org.verbatim.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.verbatim.model.Interview;
import org.verbatim.model.Kind;
import org.verbatim.model.Passage;
import org.verbatim.model.Question;
import org.verbatim.model.Speaker;

/**
 * The ways into an archive: the home page, newest first and paged; the same list per kind and per speaker; and
 * an archive by year and month. Every list page carries its own entries (JBake renders it without a store query)
 * and every link in it is written from the site root, which the template prefixes with the page's root path.
 */
final class ArchivePages {

    /** At most this many transcripts on one list page. */
    static final int PER_PAGE = 100;
    /** Past this many speakers, the speaker index is split into one page per initial. */
    static final int SPEAKERS_ON_ONE_PAGE = 400;

    private final List<Interview> newestFirst;
    private final Function<Interview, Map<String, Object>> summary;
    private final Map<Kind, List<Interview>> byKind = new LinkedHashMap<>();
    private final Map<String, List<Interview>> bySpeaker = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    /** Each speaker's roles as their labels give them ("President of Russia"), newest transcript first, once each. */
    private final Map<String, Set<String>> roles = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    /** A speaker page names at most this many of the speaker's roles, the newest. */
    static final int ROLES_SHOWN = 3;

    /** @param summary an interview's list entry (title, date, kind, counts...), links written from the root */
    ArchivePages(List<Interview> newestFirst, Function<Interview, Map<String, Object>> summary) {
        this.newestFirst = newestFirst;
        this.summary = summary;
        for (Kind kind : Kind.values()) {
            List<Interview> of = newestFirst.stream().filter(i -> i.kind() == kind).toList();
            if (!of.isEmpty()) {
                byKind.put(kind, of);
            }
        }
        for (Interview interview : newestFirst) {
            for (String name : speakerNames(interview)) {
                bySpeaker.computeIfAbsent(name, n -> new ArrayList<>()).add(interview);
            }
            for (Question q : interview.questions()) {
                for (Passage p : q.passages()) {
                    Speaker s = p.speaker();
                    if (s != null && s.listed() && !s.role().isBlank()) {
                        roles.computeIfAbsent(s.name(), n -> new LinkedHashSet<>()).add(s.role().strip());
                    }
                }
            }
        }
    }

    /** "Transcripts in which X speaks, as President of Russia, newest first.": the newest roles, when known. */
    private String speakerIntro(String name) {
        List<String> known = roles.getOrDefault(name, Set.of()).stream().limit(ROLES_SHOWN).toList();
        String as = known.isEmpty() ? "" : ", as " + String.join("; ", known);
        return "Transcripts in which " + name + " speaks" + as + ", newest first.";
    }

    /** The named speakers of a transcript (not the asking side), each once, in order of first turn. */
    static List<String> speakerNames(Interview interview) {
        List<String> names = new ArrayList<>();
        for (Question q : interview.questions()) {
            for (Passage p : q.passages()) {
                Speaker s = p.speaker();
                if (s != null && s.listed() && !names.contains(s.name())) {
                    names.add(s.name());
                }
            }
        }
        return names;
    }

    int writeTo(ContentFolder content) {
        int written = 0;
        written += pages(content, "", "Transcripts", "All transcripts, newest first.", newestFirst, "all");
        for (Map.Entry<Kind, List<Interview>> kind : byKind.entrySet()) {
            String plural = kind.getKey().plural();
            written += pages(content, "kinds/" + kind.getKey().key(), cap(plural),
                    cap(plural) + ", newest first.", kind.getValue(), kind.getKey().key());
        }
        Slugs slugs = new Slugs();
        List<Map<String, Object>> speakers = new ArrayList<>();
        for (Map.Entry<String, List<Interview>> speaker : bySpeaker.entrySet()) {
            String key = slugs.of(speaker.getKey());
            written += pages(content, "speakers/" + key, speaker.getKey(), speakerIntro(speaker.getKey()),
                    speaker.getValue(), "speaker");
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", speaker.getKey());
            entry.put("uri", "speakers/" + key + ".html");
            entry.put("count", speaker.getValue().size());
            entry.put("count_text", Counted.of(speaker.getValue().size(), "transcript"));
            speakers.add(entry);
        }
        written += speakerIndex(content, speakers);
        written += yearArchive(content);
        return written;
    }

    /**
     * One list, paged: the first page at {@code base}.md (or index.md for the home page), page n at
     * {@code base}/n.md (page/n.md for the home page).
     */
    private int pages(ContentFolder content, String base, String heading, String intro, List<Interview> list, String filter) {
        int pageCount = Math.max(1, (list.size() + PER_PAGE - 1) / PER_PAGE);
        for (int page = 1; page <= pageCount; page++) {
            int from = (page - 1) * PER_PAGE;
            int to = Math.min(list.size(), from + PER_PAGE);
            Map<String, Object> fm = PageFiles.fields("home", page == 1 ? heading : heading + ", page " + page, null);
            fm.put("heading", heading);
            fm.put("intro", intro);
            fm.put("filter", filter);
            // Which filter is current is decided here, not in the template: FreeMarker compares strings with a
            // collator, which took 46 ms to set up in a seed build.
            fm.put("by_speaker", "speaker".equals(filter));
            fm.put("kinds", kindLinks(filter));
            fm.put("total_text", Counted.of(list.size(), "transcript"));
            fm.put("range_text", list.isEmpty() ? "" : pageCount == 1 ? "" : String.format(java.util.Locale.ROOT,
                    "%,d–%,d of %,d", from + 1, to, list.size()));
            fm.put("interviews", list.subList(from, to).stream().map(summary).toList());
            fm.put("pager", pager(base, page, pageCount));
            content.write(file(base, page), fm, "");
        }
        return pageCount;
    }

    /** The Markdown file of page {@code page} of the list at {@code base}. */
    static String file(String base, int page) {
        if (base.isEmpty()) {
            return page == 1 ? "index.md" : "page/" + page + ".md";
        }
        return page == 1 ? base + ".md" : base + "/" + page + ".md";
    }

    /** The address of a page from the site root. */
    static String uri(String base, int page) {
        return file(base, page).replaceAll("\\.md$", ".html");
    }

    /** Previous, next, and numbered links: the first, the last, and two either side of the current page. */
    static Map<String, Object> pager(String base, int page, int pageCount) {
        Map<String, Object> pager = new LinkedHashMap<>();
        pager.put("page", page);
        pager.put("pages", pageCount);
        if (page > 1) {
            pager.put("prev", uri(base, page - 1));
        }
        if (page < pageCount) {
            pager.put("next", uri(base, page + 1));
        }
        List<Map<String, Object>> links = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= pageCount; n++) {
            if (n == 1 || n == pageCount || Math.abs(n - page) <= 2) {
                if (n > last + 1) {
                    links.add(Map.of("gap", true));
                }
                Map<String, Object> link = new LinkedHashMap<>();
                link.put("n", n);
                link.put("uri", uri(base, n));
                link.put("current", n == page);
                links.add(link);
                last = n;
            }
        }
        pager.put("links", links);
        return pager;
    }

    private List<Map<String, Object>> kindLinks(String filter) {
        List<Map<String, Object>> links = new ArrayList<>();
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("key", "all");
        all.put("label", "All");
        all.put("uri", "index.html");
        all.put("count", newestFirst.size());
        all.put("current", "all".equals(filter));
        links.add(all);
        for (Map.Entry<Kind, List<Interview>> kind : byKind.entrySet()) {
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("key", kind.getKey().key());
            link.put("label", cap(kind.getKey().plural()));
            link.put("uri", uri("kinds/" + kind.getKey().key(), 1));
            link.put("count", kind.getValue().size());
            link.put("current", kind.getKey().key().equals(filter));
            links.add(link);
        }
        return links;
    }

    /** All speakers with their counts; split by initial when there are too many for one page. */
    private int speakerIndex(ContentFolder content, List<Map<String, Object>> speakers) {
        Map<String, List<Map<String, Object>>> byInitial = new TreeMap<>();
        for (Map<String, Object> s : speakers) {
            byInitial.computeIfAbsent(initial((String) s.get("name")), k -> new ArrayList<>()).add(s);
        }
        boolean split = speakers.size() > SPEAKERS_ON_ONE_PAGE;
        List<Map<String, Object>> letters = new ArrayList<>();
        byInitial.forEach((letter, of) -> {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("letter", letter);
            l.put("uri", split ? "speakers/by/" + letterKey(letter) + ".html" : "speakers/index.html#letter-"
                    + letterKey(letter));
            l.put("id", "letter-" + letterKey(letter));
            l.put("speakers", of);
            letters.add(l);
        });
        int written = 1;
        Map<String, Object> fm = PageFiles.fields("speakers", "Speakers", null);
        fm.put("total_text", Counted.of(speakers.size(), "speaker"));
        fm.put("letters", split ? letters.stream().map(l -> {
            Map<String, Object> head = new LinkedHashMap<>(l);
            head.remove("speakers");
            return head;
        }).toList() : letters);
        fm.put("split", split);
        content.write("speakers/index.md", fm, "");
        if (split) {
            for (Map<String, Object> l : letters) {
                Map<String, Object> page = PageFiles.fields("speakers", "Speakers: " + l.get("letter"), null);
                page.put("total_text", Counted.of(((List<?>) l.get("speakers")).size(), "speaker"));
                page.put("letters", List.of(l));
                page.put("split", false);
                page.put("letter", l.get("letter"));
                content.write("speakers/by/" + letterKey((String) l.get("letter")) + ".md", page, "");
                written++;
            }
        }
        return written;
    }

    /** The archive by year: an index of years and months with counts, and one page per year grouped by month. */
    private int yearArchive(ContentFolder content) {
        Map<String, Map<String, List<Interview>>> years = new LinkedHashMap<>();
        for (Interview interview : newestFirst) {
            var date = interview.metadata().date();
            String year = date == null ? "undated" : String.valueOf(date.getYear());
            String month = date == null ? "" : date.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                    java.util.Locale.ENGLISH);
            years.computeIfAbsent(year, y -> new LinkedHashMap<>()).computeIfAbsent(month, m -> new ArrayList<>())
                    .add(interview);
        }
        List<Map<String, Object>> index = new ArrayList<>();
        int written = 0;
        for (Map.Entry<String, Map<String, List<Interview>>> year : years.entrySet()) {
            List<Map<String, Object>> months = new ArrayList<>();
            int count = 0;
            for (Map.Entry<String, List<Interview>> month : year.getValue().entrySet()) {
                Map<String, Object> m = new LinkedHashMap<>();
                String id = month.getKey().isEmpty() ? "undated" : "m-" + month.getKey().toLowerCase(java.util.Locale.ROOT);
                m.put("name", month.getKey().isEmpty() ? "Undated" : month.getKey() + " " + year.getKey());
                m.put("short", month.getKey().isEmpty() ? "Undated" : month.getKey().substring(0, 3));
                m.put("id", id);
                m.put("uri", "archive/" + year.getKey() + ".html#" + id);
                m.put("count", month.getValue().size());
                m.put("count_text", Counted.of(month.getValue().size(), "transcript"));
                m.put("interviews", month.getValue().stream().map(summary).toList());
                months.add(m);
                count += month.getValue().size();
            }
            Map<String, Object> fm = PageFiles.fields("archive", year.getKey().equals("undated") ? "Undated"
                    : "Transcripts of " + year.getKey(), null);
            fm.put("year", year.getKey());
            fm.put("total_text", Counted.of(count, "transcript"));
            fm.put("months", months);
            content.write("archive/" + year.getKey() + ".md", fm, "");
            written++;
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("year", year.getKey().equals("undated") ? "Undated" : year.getKey());
            y.put("uri", "archive/" + year.getKey() + ".html");
            y.put("count", count);
            y.put("count_text", Counted.of(count, "transcript"));
            y.put("months", months.stream().map(m -> {
                Map<String, Object> head = new LinkedHashMap<>(m);
                head.remove("interviews");
                return head;
            }).toList());
            index.add(y);
        }
        Map<String, Object> fm = PageFiles.fields("archive", "Archive by year", null);
        fm.put("years", index);
        fm.put("total_text", Counted.of(newestFirst.size(), "transcript"));
        content.write("archive/index.md", fm, "");
        return written + 1;
    }

    private static String initial(String name) {
        String n = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        char c = n.isEmpty() ? '#' : Character.toUpperCase(n.charAt(0));
        return c >= 'A' && c <= 'Z' ? String.valueOf(c) : "#";
    }

    private static String letterKey(String letter) {
        return letter.equals("#") ? "other" : letter.toLowerCase(java.util.Locale.ROOT);
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
