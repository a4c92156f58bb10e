package org.verbatim.browser;

import java.util.List;
import java.util.Map;

/**
 * The system clipboard of a headless {@link Browser}, for checking what a page copied. Chromium is granted the
 * clipboard permissions over DevTools ({@code Browser.grantPermissions}), so the test reads the real clipboard
 * with {@code navigator.clipboard.readText()} instead of intercepting the page's calls: whichever way the page
 * copies (the Clipboard API or the {@code execCommand("copy")} fallback), the text read is what a user would
 * paste. Headless Chromium keeps its own clipboard, so tests on one machine do not see each other's.
 */
public final class Clipboard {
    /** Written before each copy under test, so that a copy that did nothing cannot pass for the right text. */
    public static final String EMPTY = "(nothing copied yet)";

    private final Browser browser;

    private Clipboard(Browser browser) {
        this.browser = browser;
    }

    /**
     * Grants the page read and write access to the clipboard, for every origin (file:// included), and has the page
     * count as focused: the Clipboard API refuses an unfocused document, and a headless window is not always
     * focused (when no earlier test clicked in it, and more often on a loaded machine).
     */
    public static Clipboard of(Browser browser) {
        browser.driver().executeCdpCommand("Browser.grantPermissions", Map.of("permissions",
                List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        browser.driver().executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
        return new Clipboard(browser);
    }

    /** What the clipboard holds now. */
    public String read() {
        return (String) browser.asyncScript("const done = arguments[arguments.length - 1];"
                + " navigator.clipboard.readText().then(done, e => done('clipboard unreadable: ' + e))");
    }

    /** Puts {@link #EMPTY} on the clipboard. */
    public void clear() {
        Object result = browser.asyncScript("const done = arguments[arguments.length - 1];"
                + " navigator.clipboard.writeText(arguments[0]).then(() => done('ok'), e => done(String(e)))", EMPTY);
        if (!"ok".equals(result)) {
            throw new IllegalStateException("cannot reset the clipboard: " + result);
        }
    }

    /** Waits until the clipboard no longer holds {@link #EMPTY} (copying is asynchronous), and returns it. */
    public String awaitCopy() {
        long until = System.nanoTime() + java.time.Duration.ofSeconds(Browser.PATIENCE).toNanos();
        String text = read();
        while (EMPTY.equals(text) && System.nanoTime() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            text = read();
        }
        return text;
    }
}
