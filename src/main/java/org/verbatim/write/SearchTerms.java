package org.verbatim.write;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How search reads text into terms, the same at build time (here) and in the reader's browser (search.js): words
 * are runs of letters and digits, with inner dots and apostrophes kept ("u.s", "o'brien"), lower-cased, a final
 * possessive "'s" dropped; single letters and Lucene's English stop words are skipped; the rest is Porter-stemmed.
 *
 * <p>Stemming is Lucene's Porter stemmer here and lunr's Porter stemmer in the browser. The two differ in one
 * place only, a final "y" after a vowel ("day": Lucene "dai", lunr "day"; "dry": Lucene "dry", lunr "dri"), so
 * both sides read a stem's final "y" as "i". {@code SearchInBrowserTest} checks the two give the same stems for every
 * word of the test transcripts.
 */
public final class SearchTerms {

    /** A word: the browser uses the same expression (with the u flag). */
    public static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.][\\p{L}\\p{N}]+)*");

    private final Map<String, String> stems = new HashMap<>();

    /** The stop words, sorted; written into the index so that the browser skips the same ones. */
    public static List<String> stopWords() {
        Set<String> sorted = new TreeSet<>();
        for (Object w : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
            sorted.add(new String((char[]) w));
        }
        return List.copyOf(sorted);
    }

    private static final CharArraySet STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    /** The terms of {@code text} in order, repeats included. */
    public List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String term = term(m.group());
            if (term != null) {
                out.add(term);
            }
        }
        return out;
    }

    /** One word's term, or null when the word is skipped. */
    public String term(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() < 2 && !Character.isDigit(w.isEmpty() ? 'a' : w.charAt(0)) || STOP.contains(w)) {
            return null;
        }
        return stems.computeIfAbsent(w, SearchTerms::stem);
    }

    private static String stem(String word) {
        try (KeywordTokenizer tokenizer = new KeywordTokenizer()) {
            tokenizer.setReader(new StringReader(word));
            try (TokenStream stream = new PorterStemFilter(tokenizer)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                stream.incrementToken();
                String stem = term.toString();
                stream.end();
                return stem.endsWith("y") ? stem.substring(0, stem.length() - 1) + "i" : stem;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
