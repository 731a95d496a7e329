package dk.skranke.tools.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skranke.central.config.ConfigLoader;
import dk.skranke.central.store.Database;
import dk.skranke.central.testing.TestCentral;
import dk.skranke.testsupport.browser.Axe;
import dk.skranke.testsupport.browser.Chrome;
import dk.skranke.testsupport.time.MutableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the admin page browser tests share: central with the sample branch (Dragør) and a generated quarter
 * of its traffic, signing in through the form, and checks that a chart was really drawn.
 */
final class AdminPages {
    static final String ADMIN = "leder";
    static final String ADMIN_PASSWORD = "demo-leder-2026";
    static final String STAFF = "anna";
    static final String STAFF_PASSWORD = "demo-anna-2026";
    static final String ADMIN_TOKEN = "demo-admin-token";
    static final String BRANCH = "dragoer";
    /** Monday 5 October 2026: last week, month and quarter all lie in the generated traffic. */
    static final MutableClock CLOCK = MutableClock.at("2026-10-05T10:00:00+02:00");

    private AdminPages() {
    }

    /** Central on config/sample-borgerservice.yaml with 29 June to 4 October 2026 of demo traffic (seed 1). */
    static TestCentral centralWithDemoTraffic() {
        String yaml = sampleConfig();
        TestCentral central = TestCentral.start(yaml, CLOCK);
        var branch = new ConfigLoader(Map.of()).parse(yaml).branch(BRANCH);
        try (Database db = Database.open(central.database())) {
            new DemoDataGenerator(db, branch, 1, 55, true).generate(LocalDate.parse("2026-06-29"),
                    LocalDate.parse("2026-10-04"));
        }
        central.restart(); // as after `skranke generate-demo-data`: central starts on the filled database
        return central;
    }

    private static String sampleConfig() {
        try {
            return Files.readString(Path.of("../config/sample-borgerservice.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the page, signs in on the sign-in page it leads to, and waits until the page has loaded. */
    static void signInTo(Chrome chrome, String baseUrl, String path, String username, String password) {
        WebDriver driver = chrome.driver();
        recordPolicyViolations(driver);
        driver.get(baseUrl + path);
        across(chrome).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
        across(chrome).until(ExpectedConditions.urlToBe(baseUrl + path + "?lang=da"));
        across(chrome).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "ready"));
    }

    /** From now on every page keeps the Content-Security-Policy violations it meets in window.policyViolations. */
    private static void recordPolicyViolations(WebDriver driver) {
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.policyViolations = [];"
                        + "document.addEventListener('securitypolicyviolation', e => window.policyViolations"
                        + ".push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));"));
    }

    /** Nothing the page did was refused by its Content-Security-Policy (no inline script, style or handler). */
    static void assertNoPolicyViolations(WebDriver driver) {
        Object violations = ((JavascriptExecutor) driver).executeScript("return window.policyViolations;");
        assertThat((java.util.List<?>) violations).as("CSP violations").isNotNull().isEmpty();
    }

    /** A wait that survives a page change under it. */
    static WebDriverWait across(Chrome chrome) {
        return (WebDriverWait) chrome.waiting().ignoring(StaleElementReferenceException.class);
    }

    /** The data points of each series of the chart on the canvas, and how many of its pixels have ink. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> chart(WebDriver driver, String canvasId) {
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
                "const canvas = document.getElementById(arguments[0]);"
                        + "const chart = Chart.getChart(canvas);"
                        + "if (!chart) { return {series: [], drawn: 0, ink: 0}; }"
                        + "const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;"
                        + "let ink = 0;"
                        + "for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) { ink++; } }"
                        + "return {series: chart.data.datasets.map(d => d.data),"
                        + " drawn: chart.getDatasetMeta(0).data.length, ink: ink};", canvasId);
    }

    /** The chart exists, has drawn an element per data point, and left ink on its canvas. */
    static void assertDrawn(WebDriver driver, String canvasId, int points) {
        Map<String, Object> chart = chart(driver, canvasId);
        assertThat(((Number) chart.get("drawn")).intValue()).as(canvasId + " elements").isEqualTo(points);
        assertThat(((Number) chart.get("ink")).longValue()).as(canvasId + " pixels with ink").isGreaterThan(2000);
    }

    /** A screenshot of the whole page (the window grown to the page's height) under target/screenshots. */
    static void screenshot(Chrome chrome, String name) {
        long height = (Long) ((JavascriptExecutor) chrome.driver())
                .executeScript("return document.documentElement.scrollHeight;");
        chrome.pageSize(1280, (int) Math.min(height, 4000));
        chrome.screenshot(name);
        chrome.pageSize(1280, 800);
    }

    /** axe-core with every chart's data table opened, so the tables are checked too. */
    static void assertAccessible(WebDriver driver, String page) {
        ((JavascriptExecutor) driver).executeScript("document.querySelectorAll('details').forEach(d => { d.open = true; });");
        Axe.assertNoViolations(driver, page);
        assertNoPolicyViolations(driver);
    }
}
