package org.verbatim.crossref;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quotable quantities ("1,235 aircraft", "2.8 million people", "$100 billion", "93 percent") and the noun they
 * count. Years, dates, times, ordinals and decades are not figures; neither is a small number written in words
 * ("our two countries"), which is rarely what a reader wants to quote.
 */
final class FigureFinder {
    private static final String SCALE = "(?:\\s+(?:thousand|million|billion|trillion))?";
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,:/\\-\u2013])(\\$\\s?)?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?![\\d\\p{L}:\u2013])"
                    + SCALE
                    + "|(?<![\\p{L}])(?:one|two|three|four|five|six|seven|eight|nine|ten|a few|several|hundreds of)"
                    + "\\s+(?:thousand|million|billion|trillion)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern UNIT = Pattern.compile("^\\s*(percent|per cent|%|times)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WORD = Pattern.compile("^\\s*([\\p{L}][\\p{L}\\-']*)([,.;:!?)\u2014\u2013]?)",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern OF_BEFORE = Pattern.compile("(\\p{L}+)\\s+of\\s+$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");

    List<Figure> find(String text, String paragraphId) {
        List<Figure> figures = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String number = m.group();
            boolean dollars = m.group(1) != null;
            boolean digits = m.group(2) != null;
            if (digits && isYearOrDate(text, m, dollars)) {
                continue;
            }
            int end = m.end();
            String counts = null;
            Matcher unit = UNIT.matcher(text.substring(end));
            if (unit.find()) {
                counts = unit.group(1).equals("%") ? "percent" : unit.group(1).toLowerCase(Locale.ROOT);
                end += unit.end();
            } else if (dollars) {
                counts = "dollars";
            } else {
                int[] noun = countedNoun(text, end);
                if (noun != null) {
                    String phrase = text.substring(noun[0], noun[1]);
                    counts = phrase.substring(phrase.lastIndexOf(' ') + 1);
                    end = noun[1];
                }
            }
            int start = m.start();
            if (counts == null) {
                Matcher of = OF_BEFORE.matcher(text.substring(Math.max(0, start - 40), start));
                if (!of.find() || Text.STOP_WORDS.contains(of.group(1).toLowerCase(Locale.ROOT))) {
                    continue;
                }
                counts = of.group(1);
                start = Math.max(0, start - 40) + of.start();
            }
            figures.add(new Figure(text.substring(start, end), counts.toLowerCase(Locale.ROOT), paragraphId));
        }
        return figures;
    }

    /**
     * The span of the noun phrase after a number: up to three words, stopping at function words, at punctuation
     * and at a past participle once a noun has been read ("29 sites included"). The last word is what is counted.
     */
    private static int[] countedNoun(String text, int from) {
        int at = from;
        int start = -1;
        int end = -1;
        for (int n = 0; n < 3; n++) {
            Matcher w = WORD.matcher(text.substring(at));
            if (!w.find()) {
                break;
            }
            String word = w.group(1);
            String lower = word.toLowerCase(Locale.ROOT);
            if (Text.STOP_WORDS.contains(lower) || (start >= 0 && (lower.endsWith("ed") || lower.endsWith("ing")))) {
                break;
            }
            if (start < 0) {
                start = at + w.start(1);
            }
            end = at + w.end(1);
            at += w.end();
            if (!w.group(2).isEmpty()) {
                break;
            }
        }
        if (start < 0) {
            return null;
        }
        String last = text.substring(start, end);
        String lastWord = last.substring(last.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (lastWord.endsWith("ed") || lastWord.endsWith("ing") || MONTHS.contains(lastWord)) {
            return null;
        }
        return new int[] {start, end};
    }

    private static boolean isYearOrDate(String text, Matcher m, boolean dollars) {
        String digits = m.group(2);
        String before = text.substring(Math.max(0, m.start() - 12), m.start()).toLowerCase(Locale.ROOT).trim();
        String previousWord = before.replaceAll(".*[^\\p{L}]", "");
        if (MONTHS.contains(previousWord)) {
            return true;
        }
        boolean scaled = m.group().matches("(?is).*\\s(thousand|million|billion|trillion)$");
        if (!dollars && !scaled && digits.length() == 4 && !digits.contains(",")) {
            int value = Integer.parseInt(digits);
            return value >= 1800 && value <= 2100;
        }
        return false;
    }
}
