package org.verbatim.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * The URLs input may give the site (a sidecar's {@code source} and {@code licence_url}, a front matter's
 * {@code source_url}): {@code http}, {@code https} and {@code mailto} addresses and relative paths. Anything else
 * ({@code javascript:}, {@code data:}, {@code vbscript:}, {@code file:}...) would run or load something when
 * clicked, so it is dropped.
 */
public final class SafeUrl {

    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");
    /** What RFC 3986 allows in a URL, plus letters beyond ASCII (an IRI, as people copy them from a browser). */
    private static final java.util.regex.Pattern URL_CHARACTERS =
            java.util.regex.Pattern.compile("[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%\\p{L}\\p{M}\\p{N}]*");

    private SafeUrl() {
    }

    /**
     * Whether {@code url} may become an {@code href}. A URL holding a space, a control or a backslash is refused
     * outright: browsers skip such characters when they read a scheme ({@code java\tscript:}), and a real address
     * has them percent-encoded.
     */
    public static boolean allowed(String url) {
        if (url.isEmpty()) {
            return true;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || (c >= 0x7F && c <= 0xA0) || c == '\\' || Character.isWhitespace(c)
                    || CleanText.invisible(c)) {
                return false;
            }
        }
        if (!URL_CHARACTERS.matcher(url).matches()) {
            return false; // a real address percent-encodes anything else; markup in it is no address
        }
        int colon = url.indexOf(':');
        int pathStart = firstOf(url, "/?#");
        if (colon < 0 || (pathStart >= 0 && pathStart < colon)) {
            return true; // no scheme: a relative path ("a/b.html", "//host/x" keeps the page's http(s))
        }
        return SCHEMES.contains(url.substring(0, colon).toLowerCase(Locale.ROOT));
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
