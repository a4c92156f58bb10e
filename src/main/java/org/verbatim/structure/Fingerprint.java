package org.verbatim.structure;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A compact, deterministic summary of a paragraph's text, enough to recognise the paragraph after it was corrected.
 *
 * <p>The anchor registry cannot hold whole paragraphs (it would be a second copy of the transcript), so it keeps:
 * a hash per sentence, which finds paragraphs that were split, merged or had one sentence edited, and tells which
 * part of a split paragraph holds its opening; a 64-bit simhash over words and word pairs, which finds a
 * paragraph whose every sentence changed a little (a typo in a one-sentence paragraph); and the opening words, for
 * people reading the registry and for comparing short paragraphs word by word.
 *
 * @param simhash simhash of the set of lower-cased words and adjacent word pairs
 * @param sentences a 24-bit hash per sentence, in order, as six hex digits; case, punctuation and spacing are
 *                  ignored so that such fixes leave a sentence's hash unchanged
 * @param excerpt the paragraph's opening, at most {@value #EXCERPT_LENGTH} characters, cut at a word and ended
 *                with "…" when shortened
 */
record Fingerprint(long simhash, List<String> sentences, String excerpt) {

    static final int EXCERPT_LENGTH = 64;
    static final String ELLIPSIS = "…";

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!…][”\"’)]?)\\s+(?=[\\p{Lu}\\p{N}“\"‘(«])");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:—–-]+$");

    Fingerprint {
        sentences = List.copyOf(sentences);
    }

    static Fingerprint of(String text) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text.strip())) {
            String normal = normalise(sentence);
            if (!normal.isEmpty()) {
                sentences.add(hex24(hash(normal)));
            }
        }
        if (sentences.isEmpty()) {
            // Text without letters or digits ("—"): its exact characters are all there is to recognise.
            sentences.add(hex24(hash(text.strip())));
        }
        return new Fingerprint(simhash(words(text)), sentences, excerpt(text));
    }

    /** Lower-cased words, punctuation dropped: "U.S." and "US" differ only in case fixes we choose to ignore. */
    static List<String> words(String text) {
        String normal = normalise(text);
        return normal.isEmpty() ? List.of() : Arrays.asList(normal.split(" "));
    }

    /** True when the excerpt is the whole paragraph, so its words can be compared directly. */
    boolean complete() {
        return !excerpt.endsWith(ELLIPSIS);
    }

    /** Number of bits in which two simhashes differ: 0 for the same word set, about 32 for unrelated texts. */
    static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    static String normalise(String text) {
        return NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    static String excerpt(String text) {
        String flat = SPACES.matcher(text.strip()).replaceAll(" ");
        if (flat.length() <= EXCERPT_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', EXCERPT_LENGTH - 1);
        String head = flat.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH - 1);
        return TRAILING_PUNCTUATION.matcher(head).replaceAll("") + ELLIPSIS;
    }

    private static long simhash(List<String> words) {
        Set<String> features = new LinkedHashSet<>(words);
        for (int i = 1; i < words.size(); i++) {
            features.add(words.get(i - 1) + " " + words.get(i));
        }
        int[] votes = new int[64];
        for (String feature : features) {
            long h = hash(feature);
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += (h >>> bit & 1) == 1 ? 1 : -1;
            }
        }
        long result = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                result |= 1L << bit;
            }
        }
        return result;
    }

    /** FNV-1a over UTF-8, then the SplitMix64 finaliser so that every output bit depends on every input byte. */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h = (h ^ h >>> 30) * 0xbf58476d1ce4e5b9L;
        h = (h ^ h >>> 27) * 0x94d049bb133111ebL;
        return h ^ h >>> 31;
    }

    private static String hex24(long h) {
        return String.format(Locale.ROOT, "%06x", h >>> 40);
    }
}
