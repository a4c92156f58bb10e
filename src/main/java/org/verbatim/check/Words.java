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
            words.add(m.group().codePoints().filter(cp -> !CleanText.invisible(cp))
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
            offsets.add(m.start());
        }
        return new Words(words, offsets);
    }
}
