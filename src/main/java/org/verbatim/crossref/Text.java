package org.verbatim.crossref;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Lucene text analysis shared by topics, related questions and back-references: one analyzer, one stop list. */
final class Text {
    /** One content word: its stem, where it stands in the source, and its position (gaps mark removed words). */
    record Token(String stem, int start, int end, int position) {
    }

    static final CharArraySet STOP_WORDS = loadStopWords();


    private Text() {
    }

    /** The analyzer of every term statistic of the build: topics, related questions and back-references agree. */
    static Analyzer analyzer() {
        return analyzer(true);
    }

    /** The same chain without the stop list: stems of words that are also stop words ("take" for "taking"). */
    static Analyzer stemmer() {
        return analyzer(false);
    }

    private static Analyzer analyzer(boolean stopWords) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return chain(stopWords);
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new Apostrophes(reader);
            }
        };
    }

    /** Tokenise, drop possessives, lower-case, optionally drop stop words, then Porter-stem. */
    private static Analyzer.TokenStreamComponents chain(boolean stopWords) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        if (stopWords) {
            result = new StopFilter(result, STOP_WORDS);
        }
        result = new PorterStemFilter(result);
        return new Analyzer.TokenStreamComponents(source, result);
    }

    /**
     * Curly apostrophes as straight ones, so that "don’t" and "China’s" meet "don't" and "China's" (the stop list
     * and the possessive filter). One character for one, so offsets need no correction; Lucene's MappingCharFilter
     * would do the same but builds an FST, which costs a fresh JVM some 40 classes and a HotSpot query.
     */
    static final class Apostrophes extends CharFilter {
        Apostrophes(Reader input) {
            super(input);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = input.read(buffer, offset, length);
            for (int i = offset; i < offset + n; i++) {
                if (buffer[i] == '\u2019' || buffer[i] == '\u2018') {
                    buffer[i] = '\'';
                }
            }
            return n;
        }

        @Override
        protected int correct(int currentOff) {
            return currentOff;
        }
    }

    /** Content tokens of {@code text}; numbers and one-letter words are left out, they carry no topic. */
    static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                String stem = term.toString();
                if (stem.length() < 2 || !Character.isLetter(stem.charAt(0))) {
                    continue;
                }
                tokens.add(new Token(stem, offset.startOffset(), offset.endOffset(), position));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static CharArraySet loadStopWords() {
        CharArraySet words = new CharArraySet(600, true);
        for (String line : resourceLines("/verbatim/stopwords.txt")) {
            for (String word : line.trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return CharArraySet.unmodifiableSet(words);
    }

    /** The lines of an editable word list on the class path, without its {@code #} comment lines. */
    static List<String> resourceLines(String path) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Text.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
