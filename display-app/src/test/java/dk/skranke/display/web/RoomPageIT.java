package dk.skranke.display.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.skranke.core.i18n.LocalizedText;
import dk.skranke.display.FakeCentral;
import dk.skranke.display.TestApps;
import dk.skranke.display.app.DisplayApp;
import dk.skranke.display.config.DisplayConfig;
import dk.skranke.display.room.Connection;
import dk.skranke.hardware.Hardware;
import dk.skranke.testsupport.browser.Axe;
import dk.skranke.testsupport.browser.Chrome;
import dk.skranke.testsupport.http.Http;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

class RoomPageIT {
    private final Clock clock = Clock.systemUTC();
    private final FakeCentral central = new FakeCentral();
    @TempDir
    Path data;
    private Hardware hardware;
    private DisplayApp app;
    private String url;

    @BeforeEach
    void start() {
        central.start();
        DisplayConfig config = TestApps.config(central, data).withInfo(new DisplayConfig.Info(Duration.ofSeconds(5),
                List.of(new LocalizedText("Mange ting kan du klare selv på borger.dk med MitID.",
                        "Many things can be done yourself on borger.dk with MitID."))));
        hardware = Hardware.create(config.hardwareSettings(), clock);
        app = new DisplayApp(config, clock, hardware).start();
        await().atMost(Duration.ofSeconds(10)).until(() -> app.room().connection() == Connection.LIVE);
        url = "http://127.0.0.1:" + app.port() + "/";
        central.call("1");
        central.call("2");
        central.call("1");
        await().until(() -> app.room().history().size() == 3);
    }

    @AfterEach
    void stop() {
        app.close();
        hardware.close();
        central.close();
    }

    private static WebElement call(WebDriver driver, String number, String desk) {
        return driver.findElement(By.cssSelector("#now-serving [data-number='" + number + "'][data-desk='" + desk + "']"));
    }

    @Test
    void a_call_appears_on_the_landscape_page_live_and_the_page_meets_wcag_aa() {
        try (Chrome chrome = Chrome.open(1920, 1080)) {
            chrome.viewport(1920, 1080);
            WebDriver driver = chrome.driver();
            driver.get(url);
            chrome.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#now-serving [data-number='P003'][data-desk='1']")));

            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("da");
            assertThat(call(driver, "P003", "1").getText()).contains("P003").contains("Skranke 1");
            assertThat(call(driver, "P002", "2").isDisplayed()).isTrue();
            assertThat(driver.findElement(By.cssSelector("#history [data-number='P001']")).getText()).contains("Skranke 1");
            assertThat(driver.findElement(By.cssSelector("#waiting [data-service='pas']")).getText())
                    .contains("Pas").contains("Passport").contains("3");
            assertThat(driver.findElement(By.id("info")).getText()).contains("borger.dk");
            assertThat(driver.findElement(By.id("connection")).isDisplayed()).isFalse();

            central.call("3");
            chrome.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#now-serving li:first-child[data-number='P004'][data-desk='3'].fresh")));
            chrome.screenshot("display-landscape");
            Axe.assertNoViolations(driver, "waiting-room page, landscape");
        }
    }

    @Test
    void the_clock_and_the_call_times_are_the_branchs_even_when_the_browser_runs_in_another_zone() {
        // given the TV's browser on a machine set to New Zealand time
        try (Chrome chrome = Chrome.open(1920, 1080)) {
            chrome.viewport(1920, 1080);
            chrome.timeZone("Pacific/Auckland");
            WebDriver driver = chrome.driver();
            String before = branchClock(clock.instant());
            // when the page shows the room
            driver.get(url);
            By firstCallTime = By.cssSelector("#history [data-number='P001'] time");
            chrome.waiting().until(ExpectedConditions.presenceOfElementLocated(firstCallTime));
            chrome.waiting().until(d -> !d.findElement(By.id("clock")).getText().isBlank());
            String shownClock = driver.findElement(By.id("clock")).getText();
            String after = branchClock(clock.instant());
            // then the clock and the time of a call are Copenhagen's
            assertThat(shownClock).isIn(before, after);
            java.time.Instant calledAt = app.room().history().stream().filter(c -> c.number().equals("P001"))
                    .findFirst().orElseThrow().calledAt();
            assertThat(driver.findElement(firstCallTime).getText()).isEqualTo(branchClock(calledAt));
        }
    }

    /** 10.15: how the page writes a time in Danish, at the branch. */
    private static String branchClock(java.time.Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("HH.mm").withZone(java.time.ZoneId.of("Europe/Copenhagen"))
                .format(at);
    }

    @Test
    void the_portrait_page_shows_the_same_room_and_meets_wcag_aa() {
        try (Chrome chrome = Chrome.open(1080, 1920)) {
            chrome.viewport(1080, 1920);
            WebDriver driver = chrome.driver();
            driver.get(url);
            chrome.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#now-serving [data-number='P003'][data-desk='1']")));
            assertThat(call(driver, "P002", "2").isDisplayed()).isTrue();
            assertThat(driver.findElement(By.cssSelector("#waiting [data-service='koerekort']")).isDisplayed()).isTrue();

            chrome.screenshot("display-portrait");
            Axe.assertNoViolations(driver, "waiting-room page, portrait");
        }
    }

    @Test
    void the_page_shows_a_discreet_marker_while_central_is_lost() {
        try (Chrome chrome = Chrome.open(1920, 1080)) {
            chrome.viewport(1920, 1080);
            WebDriver driver = chrome.driver();
            driver.get(url);
            chrome.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#now-serving [data-number='P003']")));

            central.stop();
            chrome.waiting(Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(By.id("connection")));

            assertThat(driver.findElement(By.id("connection")).getText()).contains("Forbindelsen er afbrudt");
            assertThat(call(driver, "P003", "1").isDisplayed()).as("the last known room stays on screen").isTrue();
            chrome.screenshot("display-connection-lost");
            Axe.assertNoViolations(driver, "waiting-room page, connection lost");
        }
    }

    @Test
    void serves_the_room_and_both_text_bundles_as_json() {
        Http http = new Http("http://127.0.0.1:" + app.port());

        var room = http.get("/api/room", null).json();
        var da = http.get("/api/texts/da", null).json();
        var en = http.get("/api/texts/en", null).json();

        assertThat(room.path("nowServing").get(0).path("number").asText()).isEqualTo("P003");
        assertThat(room.path("nowServing").get(0).path("deskName").asText()).isEqualTo("Skranke 1");
        assertThat(room.path("history").get(0).path("number").asText()).isEqualTo("P001");
        assertThat(room.toString()).doesNotContain("t_fake").doesNotContain("token");
        assertThat(da.path("now.title").asText()).isEqualTo("Nu kaldes");
        assertThat(en.path("now.title").asText()).isEqualTo("Now serving");
        assertThat(da.size()).isEqualTo(en.size());
        assertThat(http.get("/api/texts/de", null).status()).isEqualTo(404);
    }
}
