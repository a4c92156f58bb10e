package org.verbatim.ingest;

/**
 * The one place that decides which characters of the input a page can carry, used by the parser for the text and
 * by the lossless check for counting words, so that the two always agree.
 *
 * <p>Three kinds of character are treated apart. <b>Unshowable</b> ones (C0 controls other than tab and line
 * feed, DEL, C1 controls, lone surrogates, noncharacters such as U+FFFE) are not allowed in HTML or XML text and
 * make YAML store a string as binary: each becomes a space, and the parser reports it. <b>Invisible formatting</b>
 * (Unicode category Cf: soft hyphen, zero-width space and joiners, word joiner, a BOM inside the text, bidi
 * controls) is kept as received, since it shapes how the text is shown, and is ignored when words are counted.
 * Line ends are LF: CR LF and a lone CR become LF.
 */
public final class CleanText {

    private CleanText() {
    }

    /** Whether no page may carry {@code cp}; see the class comment. */
    public static boolean unshowable(int cp) {
        if (cp == '\t' || cp == '\n') {
            return false;
        }
        return cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || (cp >= 0xD800 && cp <= 0xDFFF)
                || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    /** Whether {@code cp} is invisible formatting, skipped when words are counted (it never splits a word). */
    public static boolean invisible(int cp) {
        return Character.getType(cp) == Character.FORMAT;
    }

    /** LF line ends, and a space for every unshowable character (a lone surrogate included). */
    public static String clean(String text) {
        String lf = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        if (firstUnshowable(lf) < 0) {
            return lf;
        }
        StringBuilder out = new StringBuilder(lf.length());
        lf.codePoints().forEach(cp -> {
            if (unshowable(cp)) {
                out.append(' ');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** The index of the first unshowable character of {@code text} (CR counts, as it is not kept), or -1. */
    public static int firstUnshowable(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (unshowable(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** How many unshowable characters {@code text} holds. */
    public static long countUnshowable(String text) {
        return text.codePoints().filter(CleanText::unshowable).count();
    }
}
