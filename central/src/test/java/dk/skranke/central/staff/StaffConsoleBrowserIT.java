package dk.skranke.central.staff;

import static dk.skranke.central.staff.StaffTestConfig.ADMIN;
import static dk.skranke.central.staff.StaffTestConfig.ADMIN_PASSWORD;
import static dk.skranke.central.staff.StaffTestConfig.ANNA;
import static dk.skranke.central.staff.StaffTestConfig.ANNA_PASSWORD;
import static dk.skranke.central.testing.TestConfig.DISPLAY;
import static dk.skranke.central.testing.TestConfig.KIOSK;
import static dk.skranke.central.testing.TestConfig.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.central.testing.TestCentral;
import dk.skranke.testsupport.browser.Axe;
import dk.skranke.testsupport.browser.Chrome;
import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.time.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The staff console and the admin device page in headless Chromium: every action, live updates, alerts. */
class StaffConsoleBrowserIT {
    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00+01:00");
    private TestCentral central;
    private Http http;

    @BeforeEach
    void start() {
        central = TestCentral.start(StaffTestConfig.yaml(), clock);
        http = central.http();
    }

    @AfterEach
    void stop() {
        central.close();
    }

    @Test
    void a_desk_worker_signs_in_and_serves_citizens_with_buttons_and_keys_while_the_queue_updates_live() {
        try (Chrome chrome = Chrome.landscape()) {
            WebDriver driver = chrome.driver();
            // given anna opens the console and is asked to sign in
            driver.get(central.baseUrl() + "/staff");
            chrome.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            assertThat(driver.getCurrentUrl()).endsWith("/staff/login?next=/staff");
            chrome.screenshot("staff-login");
            Axe.assertNoViolations(driver, "sign-in page");

            // when she mistypes her password, she is told so on the page
            signIn(driver, ANNA, "forkert-kodeord");
            across(chrome).until(ExpectedConditions.textToBe(By.id("login-error"),
                    "Brugernavn eller adgangskode er forkert."));
            Axe.assertNoViolations(driver, "sign-in page with an error");

            // when she signs in and chooses desk 1
            signIn(driver, ANNA, ANNA_PASSWORD);
            awaitReady(chrome, "/staff?lang=da");
            new Select(driver.findElement(By.id("desk"))).selectByValue("1");
            assertThat(text(driver, "desk-name")).isEqualTo("Skranke 1");
            assertThat(text(driver, "current-number")).isEqualTo("Ingen borger ved skranken");

            // and three citizens take a number at the kiosk
            issue("pas");
            issue("pas");
            issue("pas");

            // then the queue shows them without a reload
            chrome.waiting().until(d -> cell(d, "pas", "numbers").equals("P001 P002 P003"));
            assertThat(cell(driver, "pas", "count")).isEqualTo("3");
            assertThat(cell(driver, "pas", "estimate")).endsWith("min.");
            chrome.screenshot("staff-console-queue");
            Axe.assertNoViolations(driver, "staff console with a queue");

            // when she calls the next citizen
            driver.findElement(By.id("next")).click();
            awaitCurrent(chrome, "P001", "called");
            chrome.waiting().until(d -> cell(d, "pas", "numbers").equals("P002 P003"));

            // and recalls at once (R): central's 409 is shown in Danish
            key(driver, "r");
            awaitError(chrome, "recall-too-soon");
            assertThat(text(driver, "message")).isEqualTo("Vent lidt: du kan kalde igen kl. 10:00:30.");

            // when 31 seconds have passed, the recall works
            clock.advance(Duration.ofSeconds(31));
            key(driver, "r");
            chrome.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-detail"),
                    "kaldt 2 gange"));

            // start (S) and finish (button) with the outcome "could have been done digitally"
            key(driver, "s");
            awaitCurrent(chrome, "P001", "serving");
            String p001 = ticketAtDesk1();
            driver.findElement(By.id("outcome-could-have-been-digital")).click();
            driver.findElement(By.id("finish")).click();
            chrome.waiting().until(ExpectedConditions.attributeToBe(By.id("current-number"), "data-status", "none"));
            JsonNode finished = http.get("/api/v1/tickets/" + p001, STAFF).json();
            assertThat(finished.path("status").asText()).isEqualTo("done");
            assertThat(finished.path("outcomes").toString()).isEqualTo("[\"could-have-been-digital\"]");
            assertThat(driver.findElement(By.id("outcome-could-have-been-digital")).isSelected()).isFalse();

            // next (N), then no-show (U) after one call: refused with the rule in Danish
            key(driver, "n");
            awaitCurrent(chrome, "P002", "called");
            key(driver, "u");
            awaitError(chrome, "too-few-calls");
            assertThat(text(driver, "message")).isEqualTo("Borgeren skal kaldes 2 gange, før du kan melde udeblevet."
                    + " Kaldt indtil nu: 1.");

            // after a second call and the recall delay, the no-show is accepted
            String p002 = ticketAtDesk1();
            clock.advance(Duration.ofSeconds(31));
            key(driver, "r");
            chrome.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-detail"),
                    "kaldt 2 gange"));
            clock.advance(Duration.ofSeconds(31));
            key(driver, "u");
            chrome.waiting().until(ExpectedConditions.attributeToBe(By.id("current-number"), "data-status", "none"));
            assertThat(http.get("/api/v1/tickets/" + p002, STAFF).text("status")).isEqualTo("no-show");

            // transfer: P003 moves to the driving-licence queue
            driver.findElement(By.id("next")).click();
            awaitCurrent(chrome, "P003", "called");
            new Select(driver.findElement(By.id("transfer-service"))).selectByValue("koerekort");
            driver.findElement(By.id("transfer")).click();
            chrome.waiting().until(ExpectedConditions.attributeToBe(By.id("current-number"), "data-status", "none"));
            chrome.waiting().until(d -> cell(d, "koerekort", "numbers").equals("P003"));
            assertThat(cell(driver, "pas", "numbers")).isEqualTo("ingen");

            // pause (P) and open again (button)
            key(driver, "p");
            chrome.waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-desk-open", "false"));
            assertThat(text(driver, "desk-state")).isEqualTo("Pause");
            assertThat(text(driver, "pause")).startsWith("Åbn");
            assertThat(http.get("/api/v1/branches/test/queue", STAFF).json().path("desks").get(0).path("open")
                    .asBoolean()).isFalse();
            chrome.screenshot("staff-console-paused");
            Axe.assertNoViolations(driver, "staff console, desk paused");
            driver.findElement(By.id("pause")).click();
            chrome.waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-desk-open", "true"));

            // and the console speaks English on request, the call shown as in Danish
            driver.findElement(By.id("next")).click();
            awaitCurrent(chrome, "P003", "called");
            driver.findElement(By.id("lang-en")).click();
            chrome.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
            assertThat(text(driver, "next")).isEqualTo("Next N");
            assertThat(text(driver, "current-detail")).isEqualTo("Driving licence · Called · called once");
            assertThat(text(driver, "message")).isEqualTo("P003 has been called.");

            // and a number taken for a citizen at the desk joins the queue
            new Select(driver.findElement(By.id("issue-service"))).selectByValue("pas");
            driver.findElement(By.id("issue")).click();
            chrome.waiting().until(ExpectedConditions.textToBe(By.id("message"), "Number P004 has been taken for"
                    + " Passport."));
            chrome.waiting().until(d -> cell(d, "pas", "numbers").equals("P004"));
            chrome.screenshot("staff-console-en");
            Axe.assertNoViolations(driver, "staff console in English");
        }
    }

    @Test
    void an_admin_sees_a_paper_out_alert_live_on_the_device_page_and_in_the_console() {
        // given a display and a kiosk that report as fine
        heartbeat("display-1", DISPLAY, "{\"version\":\"1.4.0\"}");
        heartbeat("kiosk-1", KIOSK, "{\"printer\":\"ok\",\"version\":\"1.4.0\"}");
        try (Chrome chrome = Chrome.landscape()) {
            WebDriver driver = chrome.driver();
            // when the admin opens the device page and signs in
            driver.get(central.baseUrl() + "/admin/devices");
            signIn(driver, ADMIN, ADMIN_PASSWORD);
            awaitReady(chrome, "/admin/devices?lang=da");

            // then both devices are listed, without alerts
            chrome.waiting().until(d -> d.findElements(By.cssSelector("#device-rows tr")).size() == 2);
            assertThat(row(driver, "kiosk-1", "printer")).isEqualTo("Klar");
            assertThat(row(driver, "display-1", "printer")).isEqualTo("Ingen printer");
            assertThat(row(driver, "kiosk-1", "state")).isEqualTo("Svarer");
            assertThat(driver.findElement(By.id("no-alerts")).isDisplayed()).isTrue();
            chrome.screenshot("admin-devices-ok");
            Axe.assertNoViolations(driver, "admin device page");

            // when the kiosk reports that its printer is out of paper
            heartbeat("kiosk-1", KIOSK, "{\"printer\":\"paper-out\",\"version\":\"1.4.0\"}");

            // then the page raises the alert at once
            By alert = By.cssSelector("#alert-list li[data-kind='paper-out'][data-device='kiosk-1']");
            chrome.waiting().until(ExpectedConditions.visibilityOfElementLocated(alert));
            assertThat(driver.findElement(alert).getText())
                    .isEqualTo("kiosk-1: printeren er løbet tør for papir. Skift rullen.");
            assertThat(row(driver, "kiosk-1", "printer")).isEqualTo("Tør for papir");
            assertThat(driver.findElement(By.id("no-alerts")).isDisplayed()).isFalse();
            chrome.screenshot("admin-devices-paper-out");
            Axe.assertNoViolations(driver, "admin device page with an alert");

            // and the console shows the same alert, compactly
            driver.findElement(By.linkText("Skrankekonsol")).click();
            awaitReady(chrome, "/staff");
            chrome.waiting().until(ExpectedConditions.visibilityOfElementLocated(alert));
            chrome.screenshot("staff-console-alert");
            Axe.assertNoViolations(driver, "staff console with an alert");
        }
    }

    private void signIn(WebDriver driver, String username, String password) {
        driver.findElement(By.id("username")).clear();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
    }

    /** Waits for the page at this path to have loaded its data and opened its event stream. */
    private void awaitReady(Chrome chrome, String path) {
        across(chrome).until(ExpectedConditions.urlToBe(central.baseUrl() + path));
        across(chrome).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "ready"));
        across(chrome).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-live", "true"));
    }

    /** A wait that survives a page change under it (an element of the old page read while the new one loads). */
    private static WebDriverWait across(Chrome chrome) {
        return (WebDriverWait) chrome.waiting().ignoring(StaleElementReferenceException.class);
    }

    private static void awaitCurrent(Chrome chrome, String number, String status) {
        chrome.waiting().until(ExpectedConditions.textToBe(By.id("current-number"), number));
        chrome.waiting().until(ExpectedConditions.attributeToBe(By.id("current-number"), "data-status", status));
    }

    private static void awaitError(Chrome chrome, String code) {
        chrome.waiting().until(ExpectedConditions.attributeToBe(By.id("message"), "data-error", code));
    }

    private static void key(WebDriver driver, String key) {
        new Actions(driver).sendKeys(key).perform();
    }

    private static String text(WebDriver driver, String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private static String cell(WebDriver driver, String service, String column) {
        return driver.findElement(By.cssSelector("#queue-body tr[data-service='" + service + "'] td." + column))
                .getText();
    }

    private static String row(WebDriver driver, String device, String column) {
        return driver.findElement(By.cssSelector("#device-rows tr[data-device='" + device + "'] td." + column))
                .getText();
    }

    private String ticketAtDesk1() {
        return http.get("/api/v1/branches/test/queue", STAFF).json().path("desks").get(0).path("current").path("id")
                .asText();
    }

    private void issue(String service) {
        assertThat(http.post("/api/v1/branches/test/tickets", KIOSK, "{\"service\":\"" + service + "\"}").status())
                .isEqualTo(201);
    }

    private void heartbeat(String device, String token, String body) {
        assertThat(http.post("/api/v1/devices/" + device + "/heartbeat", token, body).status()).isEqualTo(200);
    }
}
