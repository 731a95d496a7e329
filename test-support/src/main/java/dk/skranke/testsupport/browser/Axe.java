package dk.skranke.testsupport.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (the npm package in tools/browser-test, installed by .ci/run and ./skranke test)
 * on the page the browser shows and reports WCAG 2.1 A and AA violations.
 */
public final class Axe {
    private static final String RELATIVE = "tools/browser-test/node_modules/axe-core/axe.min.js";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Axe() {
    }

    /** Fails with every violation (rule, impact, the elements) unless the page has none. */
    public static void assertNoViolations(WebDriver driver, String page) {
        List<String> violations = violations(driver);
        if (!violations.isEmpty()) {
            throw new AssertionError("axe-core found " + violations.size() + " WCAG 2.1 A/AA violation(s) on "
                    + page + ":\n" + String.join("\n", violations));
        }
    }

    public static List<String> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(source());
        Object raw = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(JSON.stringify(r.violations))).catch(e => done('error: ' + e));");
        String result = String.valueOf(raw);
        if (result.startsWith("error: ")) {
            throw new AssertionError("axe-core failed to run: " + result);
        }
        return describe(result);
    }

    private static List<String> describe(String violationsJson) {
        try {
            List<String> out = new ArrayList<>();
            for (JsonNode v : JSON.readTree(violationsJson)) {
                StringBuilder line = new StringBuilder("- " + v.path("id").asText() + " ("
                        + v.path("impact").asText() + "): " + v.path("help").asText());
                for (JsonNode node : v.path("nodes")) {
                    line.append("\n    ").append(node.path("target").toString()).append(' ')
                            .append(node.path("failureSummary").asText().replace('\n', ' '));
                }
                out.add(line.toString());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String source() {
        Path file = locate();
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** tools/browser-test in this checkout, found from the module's working directory upwards. */
    static Path locate() {
        String configured = System.getProperty("skranke.axe");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("axe-core is not installed: run 'npm ci --prefix tools/browser-test'"
                + " (./skranke test and .ci/run do this)");
    }
}
