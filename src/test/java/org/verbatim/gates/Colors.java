package org.verbatim.gates;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads CSS computed colours ("rgb(22, 23, 26)") for the gates' assertions about colour schemes. */
final class Colors {
    private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)(?:, ([\\d.]+))?\\)");

    private Colors() {
    }

    /** WCAG relative luminance of an opaque computed colour, 0 (black) to 1 (white). */
    static double luminance(String css) {
        Matcher m = RGB.matcher(css);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a computed rgb() colour: " + css);
        }
        return 0.2126 * channel(m.group(1)) + 0.7152 * channel(m.group(2)) + 0.0722 * channel(m.group(3));
    }

    private static double channel(String value) {
        double c = Integer.parseInt(value) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
