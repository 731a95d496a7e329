package dk.skranke.tools.demodata;

import static dk.skranke.tools.demodata.AdminPages.ADMIN;
import static dk.skranke.tools.demodata.AdminPages.ADMIN_PASSWORD;
import static dk.skranke.tools.demodata.AdminPages.ADMIN_TOKEN;
import static dk.skranke.tools.demodata.AdminPages.BRANCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.central.testing.TestCentral;
import dk.skranke.testsupport.browser.Chrome;
import dk.skranke.testsupport.http.Http;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The what-if page in headless Chromium: two proposals side by side, a run with progress to done, the
 * comparison equal to the API's for the request the page should have built, and axe-core.
 */
class WhatIfPageBrowserIT {
    /** The page's two starting proposals, with Monday's desks of B raised to 4, as the API takes them. */
    private static final String EXPECTED_REQUEST = """
            {"from":"2026-07-01","to":"2026-09-30","seed":1,"closedPolicy":"shift",
             "proposalA":{"name":"Man, tir og tor 10-14","hours":{"zone":"Europe/Copenhagen","weekly":{
               "monday":["10:00-14:00"],"tuesday":["10:00-14:00"],"thursday":["10:00-14:00"]}},
               "desks":3,"appointmentShare":0.2},
             "proposalB":{"name":"Man-fre 10-13","hours":{"zone":"Europe/Copenhagen","weekly":{
               "monday":["10:00-13:00"],"tuesday":["10:00-13:00"],"wednesday":["10:00-13:00"],
               "thursday":["10:00-13:00"],"friday":["10:00-13:00"]}},
               "desks":{"default":3,"hours":[{"days":["monday"],"from":0,"to":24,"desks":4}]},"appointmentShare":0.2}}
            """;
    private static TestCentral central;

    @BeforeAll
    static void start() {
        central = AdminPages.centralWithDemoTraffic();
    }

    @AfterAll
    static void stop() {
        central.close();
    }

    @Test
    void an_admin_runs_two_proposals_sees_the_progress_reach_done_and_the_comparison_of_the_api() {
        try (Chrome chrome = Chrome.landscape()) {
            WebDriver driver = chrome.driver();
            // given the admin opens the what-if page: last quarter, replayed, two proposals
            AdminPages.signInTo(chrome, central.baseUrl(), "/admin/what-if", ADMIN, ADMIN_PASSWORD);
            assertThat(value(driver, "from")).isEqualTo("2026-07-01");
            assertThat(value(driver, "to")).isEqualTo("2026-09-30");
            assertThat(value(driver, "a-name")).isEqualTo("Man, tir og tor 10-14");
            assertThat(driver.findElement(By.id("a-wednesday-open")).isSelected()).isFalse();
            assertThat(driver.findElement(By.id("b-wednesday-open")).isSelected()).isTrue();

            // when proposal A has no desk staffed, central's refusal is shown with the field it names
            type(driver, "a-desks", "0");
            driver.findElement(By.id("run")).click();
            chrome.waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-run", "failed"));
            assertThat(driver.findElement(By.id("run-status")).getText()).startsWith("Tjek indtastningen")
                    .contains("proposalA.desks");

            // when A gets its 3 desks back, B 4 desks on Mondays, and the comparison runs
            type(driver, "a-desks", "3");
            type(driver, "b-monday-desks", "4");
            ((JavascriptExecutor) driver).executeScript("window.runStates = [];"
                    + "new MutationObserver(() => window.runStates.push(document.body.dataset.run))"
                    + ".observe(document.body, {attributes: true, attributeFilter: ['data-run']});");
            driver.findElement(By.id("run")).click();

            // then the progress bar goes to done and the comparison appears
            chrome.waiting(Duration.ofSeconds(30)).until(ExpectedConditions.attributeToBe(By.tagName("body"),
                    "data-run", "done"));
            List<?> states = (List<?>) ((JavascriptExecutor) driver).executeScript("return window.runStates;");
            assertThat(states.get(0)).isEqualTo("starting");
            assertThat(states.get(1)).isIn("queued", "running");
            assertThat(states.get(states.size() - 1)).isEqualTo("done");
            assertThat(driver.findElement(By.id("progress")).getAttribute("value")).isEqualTo("100");
            assertThat(driver.findElement(By.id("progress-text")).getText()).isEqualTo("100 % færdig");
            assertThat(driver.findElement(By.id("cancel")).isEnabled()).isFalse();
            chrome.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("comparison")));

            // and it is exactly what the API answers for the request the page should have sent
            JsonNode expected = runThroughTheApi();
            List<WebElement> rows = driver.findElements(By.cssSelector("#comparison tbody tr"));
            assertThat(rows).hasSize(expected.path("rows").size()).hasSize(12);
            for (JsonNode row : expected.path("rows")) {
                String measure = row.path("measure").asText();
                for (String column : List.of("first", "second", "difference")) {
                    String shown = driver.findElement(By.cssSelector("#comparison tr[data-key='" + measure + "'] td."
                            + column)).getAttribute("data-value");
                    assertThat(Double.parseDouble(shown)).as(measure + " " + column)
                            .isEqualTo(row.path(column).asDouble());
                }
            }
            assertThat(driver.findElements(By.cssSelector("#comparison thead th")).get(1).getText())
                    .isEqualTo("Man, tir og tor 10-14");
            assertThat(cell(driver, "closed.total", "first")).isEqualTo(String.format(Locale.forLanguageTag("da-DK"), "%,d",
                    expected.path("first").path("closed").path("total").asLong()));

            // and the chart shows the wait by hour of both proposals
            List<?> series = (List<?>) AdminPages.chart(driver, "what-if-canvas").get("series");
            assertThat(series).hasSize(2);
            int hours = ((List<?>) series.get(0)).size();
            assertThat(hours).isGreaterThanOrEqualTo(4);
            AdminPages.assertDrawn(driver, "what-if-canvas", hours);
            AdminPages.screenshot(chrome, "admin-what-if");
            AdminPages.assertAccessible(driver, "what-if page");

            // when the same proposals meet a calculated demand of 30 citizens an hour, 9 to 15 on weekdays
            driver.findElement(By.id("demand-synthetic")).click();
            type(driver, "per-hour", "30");
            driver.findElement(By.id("run")).click();

            // then central draws those citizens instead of replaying the quarter's
            chrome.waiting(Duration.ofSeconds(30)).until(ExpectedConditions.attributeToBe(By.tagName("body"),
                    "data-run", "done"));
            double citizens = Double.parseDouble(driver.findElement(By.cssSelector(
                    "#comparison tr[data-key='arrivals'] td.first")).getAttribute("data-value"));
            assertThat(citizens).isBetween(0.8 * 30 * 6 * 65, 1.2 * 30 * 6 * 65); // 65 weekdays in the quarter
        }
    }

    private JsonNode runThroughTheApi() {
        Http http = central.http();
        Http.Response started = http.post("/api/v1/branches/" + BRANCH + "/what-if", ADMIN_TOKEN, EXPECTED_REQUEST);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String id = started.json().path("id").asText();
        JsonNode[] job = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            job[0] = http.get("/api/v1/what-if/" + id, ADMIN_TOKEN).json();
            return job[0].path("state").asText().equals("done");
        });
        return job[0].path("result");
    }

    private static void type(WebDriver driver, String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static String value(WebDriver driver, String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    private static String cell(WebDriver driver, String measure, String column) {
        return driver.findElement(By.cssSelector("#comparison tr[data-key='" + measure + "'] td." + column)).getText();
    }
}
