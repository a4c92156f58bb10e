package org.verbatim.crossref;

/** Quote snippets: an exact substring of the paragraph around a span, cut at word boundaries. */
final class Snippets {
    static final int CONTEXT = 90;

    private Snippets() {
    }

    /**
     * A snippet: the exact text, and whether it was cut inside a sentence before or after (where a reader expects
     * an ellipsis; the text itself stays an exact substring of the paragraph).
     */
    record Snippet(String text, boolean cutBefore, boolean cutAfter) {
    }

    /** The sentence around {@code [start, end)}, or a window of about {@link #CONTEXT} characters each side. */
    static Snippet around(String text, int start, int end) {
        int from = sentenceStart(text, start);
        int to = sentenceEnd(text, end);
        boolean cutBefore = false;
        boolean cutAfter = false;
        if (start - from > CONTEXT) {
            from = text.indexOf(' ', start - CONTEXT) + 1;
            cutBefore = true;
        }
        if (to - end > CONTEXT) {
            int space = text.lastIndexOf(' ', end + CONTEXT);
            cutAfter = space > end;
            to = space > end ? space : to;
        }
        return new Snippet(text.substring(from, to).strip(), cutBefore, cutAfter);
    }

    /** Where the sentence holding {@code at} starts: after the last ". ", "? " or "! " before it, or 0. */
    static int sentenceStart(String text, int at) {
        for (int i = at - 1; i > 0; i--) {
            char c = text.charAt(i - 1);
            if ((c == '.' || c == '?' || c == '!') && text.charAt(i) == ' ' && !listNumber(text, i - 1)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Just after the first ".", "?" or "!" from {@code at} on that ends a sentence, or the text's end. */
    static int sentenceEnd(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && (i + 1 == text.length() || text.charAt(i + 1) == ' ')
                    && !listNumber(text, i)) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** Whether the full stop at {@code dot} follows a number that opens the paragraph ("1. The bank..."). */
    private static boolean listNumber(String text, int dot) {
        return text.charAt(dot) == '.' && dot > 0 && dot <= 3 && text.substring(0, dot).chars().allMatch(Character::isDigit);
    }
}
