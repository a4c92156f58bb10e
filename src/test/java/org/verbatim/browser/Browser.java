package org.verbatim.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium session driven by Selenium, on the machine's own Chromium and chromedriver: nothing is
 * downloaded and Selenium Manager never runs. Start one per test class and reuse it across pages.
 */
public final class Browser implements AutoCloseable {
    /** The browser and driver Debian installs (`.ci/run` installs them); overridable for other machines. */
    public static final Path CHROMIUM = Path.of(System.getProperty("verbatim.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("verbatim.chromedriver", "/usr/bin/chromedriver"));

    public static final String SKIPPED = "browser gates skipped: " + CHROMIUM + " or " + CHROMEDRIVER
            + " is missing (install Debian's chromium and chromium-driver, as .ci/run does, to run them)";

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /**
     * Skips the calling test (a JUnit assumption, reported as skipped) with {@link #SKIPPED} when Chromium or
     * chromedriver is not installed, except under CI ({@code CI=true}), where that fails the test. Call it from {@code @BeforeEach}: an assumption failing in {@code @BeforeAll}
     * makes Surefire report no test at all rather than skipped ones.
     */
    public static void assumeAvailable() {
        if (!available()) {
            System.err.println("[verbatim] " + SKIPPED);
            // CI installs both (.ci/run): there, a missing browser is a broken set-up, not a reason to skip.
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("browser gates cannot run under CI: " + CHROMIUM + " or " + CHROMEDRIVER
                        + " is missing, and .ci/run should have installed them");
            }
        }
        Assumptions.assumeTrue(available(), SKIPPED);
    }

    /** Starts Chromium headless, or returns null when it is not installed (see {@link #assumeAvailable()}). */
    public static Browser start() {
        if (!available()) {
            return null;
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("verbatim-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Root on a small shared machine without network: no sandbox, no GPU, no /dev/shm, no background fetches.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        // An explicit driver executable is what keeps Selenium Manager (which would go online) from running.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // Generous: CI runs on a busy two-core machine, where a page or axe-core can take many seconds.
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(2 * PATIENCE));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(2 * PATIENCE));
        return new Browser(driver, profile);
    }

    /**
     * How long a test waits for something the page does by itself, in seconds: far more than it takes even on a
     * loaded two-core machine (load 4 made 5-second waits fail), and paid only when the page is really broken.
     */
    public static final int PATIENCE = 60;

    /** As {@link #waitUntil(String, int)}, but says whether the condition came true instead of failing. */
    public boolean eventually(String condition, int seconds) {
        try {
            waitUntil(condition, seconds);
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    public Object asyncScript(String js, Object... args) {
        return driver.executeAsyncScript(js, args);
    }

    /**
     * Has Chromium run {@code js} in every document this session opens from now on, before the page's own scripts:
     * a large library (axe-core) is sent over the driver once instead of once per page.
     */
    public void addScriptToEveryPage(String js) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", js));
    }

    /**
     * Waits until the script {@code condition} (an expression) is truthy on the page, for at most {@code seconds}
     * (use {@link #PATIENCE}: a limit, not a delay; the wait ends as soon as the condition holds).
     */
    public void waitUntil(String condition, int seconds) {
        // A condition read while a click's navigation is under way may run on the page being left, where the
        // elements it reads are missing: that throws, and is tried again like a false (a broken condition still
        // fails at the time limit, with the last error as the cause).
        new WebDriverWait(driver, Duration.ofSeconds(seconds))
                .withMessage(() -> "waited " + seconds + " s for " + condition + " on " + driver.getCurrentUrl())
                .ignoring(org.openqa.selenium.JavascriptException.class)
                .until(d -> Boolean.TRUE.equals(driver.executeScript("return !!(" + condition + ")")));
    }

    /** Emulates the system colour scheme ("light" or "dark") for {@code prefers-color-scheme}, on screen. */
    public void colorScheme(String scheme) {
        emulate("screen", scheme);
    }

    /**
     * Emulates a media type ("screen", "print") and colour scheme together: the DevTools call replaces both at
     * once, so they are always set as a pair. The emulation stays for the pages opened after it.
     */
    public void emulate(String media, String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media,
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Lays pages out at this viewport size, as a phone (width below 600) or a desktop. */
    public void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Saves a PNG of the page from its top, down to {@code maxHeight} CSS pixels of it (the page may be shorter). */
    public Path screenshot(Path file, int maxHeight) {
        Number width = (Number) script("return document.documentElement.clientWidth");
        Number height = (Number) script("return Math.min(arguments[0], document.documentElement.scrollHeight)",
                maxHeight);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height,
                        "scale", 1)));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Prints the current page as Chromium would to paper (A4, backgrounds off), returning the PDF. */
    public byte[] printToPdf() {
        Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF", Map.of("paperWidth", 8.27,
                "paperHeight", 11.69, "printBackground", false));
        return Base64.getDecoder().decode((String) pdf.get("data"));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // A profile left in /tmp is harmless; the test's result stands.
            }
        }
    }
}
