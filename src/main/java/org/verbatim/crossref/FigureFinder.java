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
    /**
     * Counts from five up written in words ("nine atmospheric rivers", "twenty-five countries"); one to four in words
     * ("our two countries", "three times") are how people talk, not quantities to quote.
     */
    private static final String WORD_NUMBER = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
            + "|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
            + "|nineteen";
    /** Where a noun phrase after a number ends: prepositions and adverbs of time or place that are no stop words. */
    private static final Set<String> PHRASE_END = Set.of("across", "amid", "behind", "beside", "beyond", "despite",
            "inside", "near", "outside", "past", "throughout", "till", "underneath", "today", "tomorrow", "yesterday",
            "tonight", "annually", "overall", "alone", "apiece", "worldwide", "nationwide", "abroad", "there",
            "here");
    /** "less than 5,000": a number compared with an earlier one counts what that one counted. */
    private static final Pattern COMPARED = Pattern.compile(
            "(?:less|fewer|more|other)\\s+than\\s+$|(?:over|under|about|around|nearly|almost|roughly|close\\s+to)\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s+$");
    private static final String SCALE = "(?:\\s+(?:thousand|million|billion|trillion))?";
    static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,:/\\-\u2013])(\\$\\s?)?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?![\\d\\p{L}:\u2013])"
                    + SCALE
                    + "|(?<![\\p{L}])(?:one|two|three|four|five|six|seven|eight|nine|ten|a few|several|hundreds of)"
                    + "\\s+(?:thousand|million|billion|trillion)\\b"
                    + "|(?<![\\p{L}\\-])(" + WORD_NUMBER + ")(?![\\p{L}\\-])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** What a number can begin with: a dollar sign, a digit, or the first letter of a number word. */
    static final Starts NUMBER_STARTS = new Starts("$0123456789oOtTfFsSeEnNaAhH");
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
        Matcher m = Starts.prepare(NUMBER.matcher(text));
        for (int from = 0; NUMBER_STARTS.next(m, text, from); from = m.end()) {
            boolean dollars = m.group(1) != null;
            boolean digits = m.group(2) != null;
            boolean words = m.group(3) != null;
            if (digits && isYearOrDate(text, m, dollars)) {
                continue;
            }
            if (digits && !dollars && labelled(text, m.start())) {
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
            if (words && counts == null) {
                continue;
            }
            if (counts == null && digits && !figures.isEmpty()
                    && COMPARED.matcher(text.substring(Math.max(0, start - 20), start)).find()) {
                counts = figures.get(figures.size() - 1).counts();
            }
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
            if (start >= 0 && w.group(2).isEmpty() && lower.equals("and") && AND_OTHER.matcher(text.substring(at))
                    .find()) {
                // "500 FEMA and other federal personnel": the count is of the noun after "and other".
                Matcher other = AND_OTHER.matcher(text.substring(at));
                other.find();
                at += other.end();
                n = -1;
                continue;
            }
            if (Text.STOP_WORDS.contains(lower) && !(start < 0 && QUALIFIERS.contains(lower)) || PHRASE_END.contains(lower)
                    || (start >= 0 && (lower.endsWith("ed") || lower.endsWith("ing")))) {
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
            if (plural(lower) && !AND_OTHER.matcher(text.substring(at)).find()) {
                // A plural noun is what is counted: "50 countries tomorrow", "20 confirmed fatalities across".
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

    /** Stop words that may open the counted phrase: "100 new projects", "five more years". */
    private static final Set<String> QUALIFIERS = Set.of("new", "more", "other", "further");
    private static final Pattern SCALED = Pattern.compile("\\s(?:thousand|million|billion|trillion)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AND_OTHER = Pattern.compile("^\\s*and\\s+other\\s+");

    private static boolean plural(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is");
    }

    /** "Category 4", "Title 42", "Article 5": a number right after a capitalised word mid-sentence is a label. */
    private static boolean labelled(String text, int start) {
        Matcher c = WORD_BEFORE.matcher(text.substring(Math.max(0, start - 30), start));
        if (!c.find() || !Character.isUpperCase(c.group(1).charAt(0))
                || MONTHS.contains(c.group(1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int i = Math.max(0, start - 30) + c.start(1) - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && ".?!:\"\u201c(".indexOf(text.charAt(i)) < 0;
    }

    private static boolean isYearOrDate(String text, Matcher m, boolean dollars) {
        String digits = m.group(2);
        String before = text.substring(Math.max(0, m.start() - 12), m.start()).toLowerCase(Locale.ROOT).trim();
        int wordStart = before.length();
        while (wordStart > 0 && Character.isLetter(before.charAt(wordStart - 1))) {
            wordStart--;
        }
        String previousWord = wordStart == 0 ? before : before.substring(wordStart);
        if (MONTHS.contains(previousWord)) {
            return true;
        }
        boolean scaled = SCALED.matcher(m.group()).find();
        if (!dollars && !scaled && digits.length() == 4 && !digits.contains(",")) {
            int value = Integer.parseInt(digits);
            return value >= 1800 && value <= 2100;
        }
        return false;
    }
}
