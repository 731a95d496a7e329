package dk.skranke.central.status;

import static dk.skranke.central.testing.TestConfig.BRANCH;
import static dk.skranke.central.testing.TestConfig.DESK_1;
import static dk.skranke.central.testing.TestConfig.KIOSK;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.central.testing.CentralExtension;
import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.time.MutableClock;
import dk.skranke.testsupport.browser.Axe;
import dk.skranke.testsupport.browser.Chrome;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The citizen's status page in a phone-sized headless Chromium: live place in the queue, the call, languages. */
class StatusPageBrowserIT {
    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00+01:00");
    @RegisterExtension
    final CentralExtension central = CentralExtension.reachableOn(clock);

    @Test
    void a_citizen_follows_the_ticket_on_the_phone_until_called_and_can_switch_to_english() {
        // given three pas tickets; the citizen holds the third
        issue();
        issue();
        String statusUrl = issue().path("statusUrl").asText();
        assertThat(statusUrl).startsWith(central.baseUrl() + "/t/");

        try (Chrome chrome = Chrome.open(360, 740)) {
            WebDriver driver = chrome.driver();
            // when the QR code is scanned
            driver.get(statusUrl);

            // then the page shows the ticket waiting with two ahead, in Danish
            chrome.waiting().until(ExpectedConditions.textToBe(By.id("ahead"), "2"));
            assertThat(status(driver)).isEqualTo("waiting");
            assertThat(text(driver, "number")).isEqualTo("P003");
            assertThat(text(driver, "service")).isEqualTo("Pas");
            assertThat(text(driver, "estimate")).isNotBlank();
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("da");
            assertThat(driver.findElement(By.id("call")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.id("connection")).isDisplayed()).isFalse();
            chrome.screenshot("status-waiting");
            Axe.assertNoViolations(driver, "status page waiting");

            // when desk 1 calls the two before it
            next();
            next();

            // then nobody is ahead any more
            chrome.waiting().until(ExpectedConditions.textToBe(By.id("ahead"), "0"));

            // when the desk calls the citizen
            next();

            // then the page says where to go
            chrome.waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-status", "called"));
            chrome.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("call")));
            assertThat(text(driver, "call")).isEqualTo("Du bliver kaldt til Skranke 1");
            chrome.screenshot("status-called");
            Axe.assertNoViolations(driver, "status page called");

            // when the citizen switches to English
            driver.findElement(By.id("lang-en")).click();

            // then the page speaks English
            chrome.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
            assertThat(text(driver, "call")).isEqualTo("Please go to Skranke 1");
            assertThat(text(driver, "service")).isEqualTo("Passport");
            assertThat(driver.findElement(By.id("lang-en")).getAttribute("aria-pressed")).isEqualTo("true");
            chrome.screenshot("status-called-en");
        }
    }

    @Test
    void a_guessed_or_sequential_token_gets_the_same_small_not_found_page() {
        // given a real ticket
        String statusUrl = issue().path("statusUrl").asText();
        String token = statusUrl.substring(statusUrl.lastIndexOf('/') + 1);
        String sequential = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        Http http = central.http();

        // when a guessed, a sequential and a malformed token are tried
        Http.Response real = http.get("/t/" + token, null);
        Http.Response guessed = http.get("/t/" + randomToken(), null);
        Http.Response next = http.get("/t/" + sequential, null);
        Http.Response malformed = http.get("/t/" + "x".repeat(65), null);

        // then only the real one is found, and the others look alike
        assertThat(real.status()).isEqualTo(200);
        assertThat(real.contentType()).startsWith("text/html");
        for (Http.Response missing : new Http.Response[] {guessed, next, malformed}) {
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.contentType()).startsWith("text/html");
            assertThat(missing.body()).contains("Vi kan ikke finde din billet").contains("We cannot find your ticket")
                    .isEqualTo(guessed.body());
        }
        try (Chrome chrome = Chrome.open(360, 740)) {
            chrome.driver().get(central.baseUrl() + "/t/" + randomToken());
            chrome.screenshot("status-not-found");
            Axe.assertNoViolations(chrome.driver(), "status page not found");
        }
    }

    private JsonNode issue() {
        Http.Response response = central.http().post("/api/v1/branches/" + BRANCH + "/tickets", KIOSK,
                "{\"service\":\"pas\",\"language\":\"da\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private void next() {
        Http.Response response = central.http().post("/api/v1/branches/" + BRANCH + "/desks/1/next", DESK_1, null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private static String status(WebDriver driver) {
        return driver.findElement(By.tagName("body")).getAttribute("data-status");
    }

    private static String text(WebDriver driver, String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private static String randomToken() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
        SecureRandom random = new SecureRandom();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            token.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return token.toString();
    }
}
