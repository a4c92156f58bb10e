package org.verbatim.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.verbatim.model.Metadata;
import org.verbatim.model.Transcript;

/**
 * Gives every transcript of a build its own folder name: safe (lower-case ASCII letters, digits and hyphens, at
 * most {@value #MAX_LENGTH} characters, never empty, never a name the site uses at its top level), and distinct.
 * Two transcripts with the same default slug both get a suffix taken from themselves (the source URL's page id, else
 * a hash of the file name), never from their order, so the same input always gives the same addresses. Two explicit
 * sidecar slugs that collide are an error naming both files.
 */
public final class Slugs {

    static final int MAX_LENGTH = 80;
    /** Names at the top of the site (pages, folders) that a transcript's folder must not take. */
    public static final Set<String> RESERVED = Set.of("index", "search", "entities", "topics", "figures", "css",
            "js", "assets", "404", "feed", "sitemap", "robots", "about", "content", "site");
    private static final Pattern PAGE_ID = Pattern.compile("(\\d{2,12})/?(?:[?#].*)?$");

    private Slugs() {
    }

    /** The default slug of a title and date: the date, then the title's first six words. */
    static String byDefault(String title, java.time.LocalDate date) {
        String[] words = Speakers.slug(title).split("-");
        String head = String.join("-", java.util.Arrays.copyOf(words, Math.min(words.length, 6)));
        return Speakers.slug((date == null ? "" : date + "-") + head);
    }

    /** Whether {@code t}'s slug is the one made from its title and date (no sidecar {@code slug:}). */
    public static boolean isDefault(Transcript t) {
        Metadata m = t.metadata();
        return m.slug().equals(safe(byDefault(m.title(), m.date()), t.source().toString(), m.title()));
    }

    /** A safe slug for {@code slug} of the transcript read from {@code file}. */
    static String safe(String slug, String file, String title) {
        String s = Speakers.slug(slug);
        if (s.length() > MAX_LENGTH) {
            int cut = s.lastIndexOf('-', MAX_LENGTH);
            s = s.substring(0, cut > 20 ? cut : MAX_LENGTH).replaceAll("-+$", "");
        }
        if (!s.matches(".*[a-z].*")) {
            // No Latin letters (a title in another script, or none): a hash of the title keeps it stable.
            s = (s.isEmpty() ? "" : s + "-") + "t" + hash(title.isEmpty() ? file : title);
        }
        if (RESERVED.contains(s)) {
            s = s + "-transcript";
        }
        return s;
    }

    /**
     * Makes the slugs of {@code transcripts} distinct; {@code explicit} tells whose slug a sidecar set. Transcripts
     * whose explicit slug is taken by another explicit slug are reported to {@code problems} and left out.
     */
    public static List<Transcript> assign(List<Transcript> transcripts, java.util.function.Predicate<Transcript> explicit,
                                          Problems problems) {
        Map<String, List<Transcript>> bySlug = new LinkedHashMap<>();
        transcripts.forEach(t -> bySlug.computeIfAbsent(t.metadata().slug(), k -> new ArrayList<>()).add(t));
        Map<Transcript, String> chosen = new LinkedHashMap<>();
        for (Map.Entry<String, List<Transcript>> e : bySlug.entrySet()) {
            List<Transcript> group = e.getValue();
            List<Transcript> set = group.stream().filter(explicit).toList();
            for (int i = 1; i < set.size(); i++) {
                problems.error(new InputError(TranscriptParser.sidecarOf(set.get(i).source()), 1, "slug '"
                        + e.getKey() + "' is already given to " + set.get(0).source() + " by its sidecar; give one of"
                        + " them a different 'slug:'"));
            }
            if (group.size() == 1) {
                chosen.put(group.get(0), e.getKey());
                continue;
            }
            if (!set.isEmpty()) {
                chosen.put(set.get(0), e.getKey());
            }
            for (Transcript t : group) {
                if (!explicit.test(t)) {
                    chosen.put(t, safe(e.getKey() + "-" + suffix(t), t.source().toString(), t.metadata().title()));
                }
            }
        }
        // A suffixed slug may meet another transcript's slug; then the file's own hash settles it.
        Map<String, Transcript> taken = new LinkedHashMap<>();
        List<Transcript> out = new ArrayList<>();
        for (Transcript t : transcripts) {
            String slug = chosen.get(t);
            if (slug == null) {
                continue;
            }
            if (taken.containsKey(slug)) {
                slug = safe(slug + "-" + hash(t.source().getFileName().toString()), t.source().toString(),
                        t.metadata().title());
            }
            taken.put(slug, t);
            out.add(slug.equals(t.metadata().slug()) ? t : withSlug(t, slug));
        }
        return out;
    }

    private static String suffix(Transcript t) {
        Matcher m = PAGE_ID.matcher(t.metadata().sourceUrl());
        return m.find() ? m.group(1) : hash(t.source().getFileName().toString());
    }

    private static Transcript withSlug(Transcript t, String slug) {
        Metadata m = t.metadata();
        Metadata changed = new Metadata(m.title(), m.date(), m.lead(), m.publisher(), m.sourceUrl(), m.licence(),
                m.licenceUrl(), m.language(), m.kind(), m.interviewer(), slug, m.titles(), m.speakers());
        return new Transcript(t.source(), changed, t.speakers(), t.turns(), t.body(), t.bodyLine());
    }

    static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return String.format("%02x%02x%02x%02x", d[0], d[1], d[2], d[3]);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
