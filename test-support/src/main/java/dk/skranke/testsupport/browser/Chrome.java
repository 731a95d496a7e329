package dk.skranke.testsupport.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by /usr/bin/chromedriver. A missing browser fails the test
 * with the command that installs it; it never skips.
 */
public final class Chrome implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path tempProfile;

    private Chrome(ChromeDriver driver, Path tempProfile) {
        this.driver = driver;
        this.tempProfile = tempProfile;
    }

    /** A kiosk-sized page (10" touch screen, 1280x800 landscape). */
    public static Chrome landscape() {
        return open(1280, 800);
    }

    public static Chrome open(int width, int height) {
        requireInstalled(CHROMIUM);
        requireInstalled(CHROMEDRIVER);
        try {
            Path profile = Files.createTempDirectory("skranke-chrome-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toString());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--autoplay-policy=no-user-gesture-required",
                    "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            Chrome chrome = new Chrome(driver, profile);
            chrome.pageSize(width, height);
            return chrome;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireInstalled(Path tool) {
        if (!Files.isExecutable(tool)) {
            throw new AssertionError(tool + " is missing: browser tests need Debian's chromium and chromium-driver"
                    + " (apt-get install -y chromium chromium-driver; .ci/run installs them)");
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Sizes the window so that the page itself (without the browser's frame) gets width x height. */
    public void pageSize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        int frameWidth = pixels("return window.outerWidth - window.innerWidth;");
        int frameHeight = pixels("return window.outerHeight - window.innerHeight;");
        driver.manage().window().setSize(new Dimension(width + frameWidth, height + frameHeight));
    }

    private int pixels(String script) {
        Object value = driver.executeScript(script);
        if (!(value instanceof Number number)) {
            throw new IllegalStateException("'" + script + "' gave " + value + ", not a number");
        }
        return number.intValue();
    }

    /** Emulates a device's viewport (e.g. 360x740 for a phone, with mobile layout rules). */
    public void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Puts the browser in another time zone (e.g. {@code Pacific/Auckland}), as a machine set to it would be. */
    public void timeZone(String zoneId) {
        driver.executeCdpCommand("Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", zoneId));
    }

    public WebDriverWait waiting(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    public WebDriverWait waiting() {
        return waiting(Duration.ofSeconds(10));
    }

    /** Saves a PNG of what the page shows now under {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(tempProfile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(Chrome::deleteQuietlyOne);
        } catch (IOException | UncheckedIOException e) {
            // a leftover temp profile is harmless
        }
    }

    private static void deleteQuietlyOne(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a leftover file of the temp profile is harmless
        }
    }
}
