package org.verbatim.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.verbatim.model.Metadata;
import org.verbatim.model.Transcript;

/**
 * Gives every transcript of a build its own folder name: safe (lower-case ASCII letters, digits and hyphens, at
 * most {@value #MAX_LENGTH} characters, never empty, never a name the site uses at its top level), and distinct.
 * Two transcripts with the same default slug both get a suffix taken from themselves (the source URL's page id, else
 * a hash of the file name), never from their order, so the same input always gives the same addresses; a slug
 * recorded by an earlier build is kept, so that adding a file suffixes only the newcomer. Two explicit sidecar
 * slugs that collide are an error naming both files.
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
    public static List<Transcript> assign(List<Transcript> transcripts, Predicate<Transcript> explicit,
                                          Problems problems) {
        return assign(transcripts, explicit, t -> "", problems);
    }

    /**
     * As {@link #assign(List, Predicate, Problems)}, keeping the slug each transcript was last published under
     * ({@code recorded}, "" if none): a transcript that kept its plain slug while it was alone keeps it when a file
     * with the same title and date is added, and only the newcomer gets a suffix. A recorded slug is kept while it
     * still is the transcript's default slug, with or without a suffix, and no sidecar claims it.
     */
    public static List<Transcript> assign(List<Transcript> transcripts, Predicate<Transcript> explicit,
                                          Function<Transcript, String> recorded, Problems problems) {
        Map<String, Transcript> taken = new HashMap<>();
        Map<Transcript, String> chosen = new HashMap<>();
        for (Transcript t : transcripts) {
            if (!explicit.test(t)) {
                continue;
            }
            String slug = t.metadata().slug();
            Transcript holder = taken.putIfAbsent(slug, t);
            if (holder == null) {
                chosen.put(t, slug);
            } else {
                problems.error(new InputError(TranscriptParser.sidecarOf(t.source()), 1, "slug '" + slug
                        + "' is already given to " + holder.source() + " by its sidecar; give one of them a"
                        + " different 'slug:'"));
            }
        }
        List<Transcript> newcomers = new ArrayList<>();
        for (Transcript t : transcripts) {
            if (explicit.test(t)) {
                continue;
            }
            String before = recorded.apply(t);
            String slug = t.metadata().slug();
            boolean still = before.equals(slug) || before.startsWith(slug + "-");
            if (still && taken.putIfAbsent(before, t) == null) {
                chosen.put(t, before);
            } else {
                newcomers.add(t);
            }
        }
        Map<String, List<Transcript>> bySlug = new LinkedHashMap<>();
        newcomers.forEach(t -> bySlug.computeIfAbsent(t.metadata().slug(), k -> new ArrayList<>()).add(t));
        for (Map.Entry<String, List<Transcript>> e : bySlug.entrySet()) {
            List<Transcript> group = e.getValue();
            if (group.size() == 1 && !taken.containsKey(e.getKey())) {
                taken.put(e.getKey(), group.get(0));
                chosen.put(group.get(0), e.getKey());
                continue;
            }
            // Every newcomer of a shared slug takes a suffix of its own, never its rank, so that the order in which
            // files are found or added changes nothing.
            for (Transcript t : group) {
                String slug = safe(e.getKey() + "-" + suffix(t), t.source().toString(), t.metadata().title());
                if (taken.containsKey(slug)) {
                    slug = safe(slug + "-" + hash(t.source().getFileName().toString()), t.source().toString(),
                            t.metadata().title());
                }
                taken.put(slug, t);
                chosen.put(t, slug);
            }
        }
        List<Transcript> out = new ArrayList<>();
        for (Transcript t : transcripts) {
            String slug = chosen.get(t);
            if (slug != null) {
                out.add(slug.equals(t.metadata().slug()) ? t : withSlug(t, slug));
            }
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
