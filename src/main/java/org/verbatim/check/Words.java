package org.verbatim.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a text (runs of letters and digits) with their offsets; punctuation and spacing are left out, so
 * a restored paragraph break or a label moved into its own element compares equal to the glued source.
 */
record Words(List<String> words, List<Integer> offsets) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    static Words of(String text) {
        List<String> words = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
            offsets.add(m.start());
        }
        return new Words(words, offsets);
    }
}
