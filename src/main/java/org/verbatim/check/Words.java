package org.verbatim.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.verbatim.ingest.CleanText;

/**
 * The words of a text (runs of letters and digits) with their offsets; punctuation and spacing are left out, so
 * a restored paragraph break or a label moved into its own element compares equal to the glued source. Invisible
 * formatting (soft hyphen, zero-width characters, bidi controls: {@link CleanText#invisible}) neither splits nor
 * belongs to a word, so "eco\u00ADnomy" is the one word "economy" wherever it is counted.
 */
record Words(List<String> words, List<Integer> offsets) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N}\\p{Cf}]*");

    static Words of(String text) {
        List<String> words = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(visible(text, m.start(), m.end()));
            offsets.add(m.start());
        }
        return new Words(words, offsets);
    }

    /** The word at {@code from..to} without its invisible characters; nearly every word has none, and is kept as is. */
    private static String visible(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.getType(text.charAt(i)) == Character.FORMAT || Character.isSurrogate(text.charAt(i))) {
                return text.substring(from, to).codePoints().filter(cp -> !CleanText.invisible(cp))
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            }
        }
        return text.substring(from, to);
    }
}
