package dk.skranke.tools.demodata;

import static dk.skranke.tools.demodata.AdminPages.ADMIN;
import static dk.skranke.tools.demodata.AdminPages.ADMIN_PASSWORD;
import static dk.skranke.tools.demodata.AdminPages.BRANCH;
import static dk.skranke.tools.demodata.AdminPages.STAFF;
import static dk.skranke.tools.demodata.AdminPages.STAFF_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.skranke.central.reports.CsvCheck;
import dk.skranke.central.reports.ReportCsv;
import dk.skranke.central.reports.SessionHttp;
import dk.skranke.central.testing.TestCentral;
import dk.skranke.testsupport.browser.Chrome;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The report page in headless Chromium on a quarter of generated traffic: the figures it shows are the
 * JSON API's, its charts are drawn, its CSV links download the same report, and it passes axe-core.
 */
class ReportPageBrowserIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final String REPORTS = "/api/v1/branches/" + BRANCH + "/reports";
    private static final String QUARTER = "?from=2026-07-01&to=2026-09-30&groupBy=week";
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
    void an_admin_sees_the_figures_of_the_api_in_drawn_charts_and_downloads_the_same_report_as_csv()
            throws IOException {
        try (Chrome chrome = Chrome.landscape()) {
            WebDriver driver = chrome.driver();
            // given the admin signs in on her way to the reports: last month is shown first
            AdminPages.signInTo(chrome, central.baseUrl(), "/admin/reports", ADMIN, ADMIN_PASSWORD);
            awaitReport(chrome);
            assertThat(value(driver, "from")).isEqualTo("2026-09-01");
            assertThat(value(driver, "to")).isEqualTo("2026-09-30");

            // when she picks the last quarter, by week
            driver.findElement(By.id("quick-quarter")).click();
            new Select(driver.findElement(By.id("group-by"))).selectByValue("week");
            awaitReport(chrome);
            SessionHttp http = new SessionHttp(central.baseUrl(), driver.manage().getCookieNamed("skranke_session")
                    .getValue());
            JsonNode report = json(http.get(REPORTS + QUARTER + "&shiftShare=1"));

            // then every key figure is the API's, shown in Danish
            List<WebElement> figures = driver.findElements(By.cssSelector("#figures [data-figure]"));
            assertThat(figures).hasSize(16);
            for (WebElement figure : figures) {
                String path = figure.getAttribute("data-figure");
                assertSame(path, figure.findElement(By.tagName("dd")).getAttribute("data-value"),
                        report.path("total").at("/" + path.replace('.', '/')));
            }
            long tickets = report.path("total").path("tickets").asLong();
            assertThat(tickets).isGreaterThan(2000);
            assertThat(figureText(driver, "tickets")).isEqualTo(String.format(DANISH, "%,d", tickets));
            assertThat(figureText(driver, "waitTime.p90Minutes")).isEqualTo(String.format(DANISH, "%.1f min.",
                    report.path("total").path("waitTime").path("p90Minutes").asDouble()).replace(",0 ", " "));

            // and the charts are drawn from the same report
            JsonNode weeks = report.path("byPeriod");
            assertThat(weeks).hasSize(14); // 2026-W27 to 2026-W40
            AdminPages.assertDrawn(driver, "tickets-canvas", 14);
            AdminPages.assertDrawn(driver, "services-canvas", 6);
            AdminPages.assertDrawn(driver, "wait-canvas", openHours(report));
            List<?> series = (List<?>) AdminPages.chart(driver, "tickets-canvas").get("series");
            assertThat(series.get(0)).isEqualTo(longs(weeks, "walkIns"));
            assertThat(series.get(1)).isEqualTo(longs(weeks, "appointments"));
            assertThat(driver.findElements(By.cssSelector("#tickets-table tbody tr"))).hasSize(14);
            long mondayTen = report.path("arrivals").path("citizens").get(0).get(10).asLong();
            assertThat(driver.findElement(By.cssSelector("#heatmap-body tr[data-weekday='monday'] td[data-hour='10']"))
                    .getAttribute("textContent")).isEqualTo(String.format(DANISH, "%,d", mondayTen));

            // when she assumes that half of the digital cases move to self-service
            WebElement share = driver.findElement(By.id("shift-share"));
            share.clear();
            share.sendKeys("50", Keys.TAB);
            chrome.waiting().until(ExpectedConditions.attributeToBe(By.id("cost-table"), "data-shift-share", "0.5"));
            awaitReport(chrome);
            String halfJson = http.get(REPORTS + QUARTER + "&shiftShare=0.5").body();
            JsonNode half = JSON.readTree(halfJson);

            // then the saving is the API's for that share, and the slider shows it too
            assertThat(value(driver, "shift-share-range")).isEqualTo("50");
            assertThat(digits(costCell(driver, "total", 4))).isEqualTo(cents(half.path("channelCost").path("total")
                    .path("savingIfShifted")));
            assertThat(digits(costCell(driver, "pas", 2))).isEqualTo(cents(half.path("channelCost")
                    .path("services").get(0).path("personalCost")));
            AdminPages.screenshot(chrome, "admin-reports");

            // and each CSV link downloads that report, cell for cell, with the session cookie alone
            for (String part : ReportCsv.PARTS) {
                String href = driver.findElement(By.id("csv-" + part)).getAttribute("href");
                assertThat(href).startsWith(central.baseUrl() + REPORTS + "?").contains("shiftShare=0.5")
                        .endsWith("&format=csv&part=" + part);
                HttpResponse<String> csv = http.get(href);
                assertThat(csv.statusCode()).isEqualTo(200);
                assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
                CsvCheck.assertMatches(part, csv.body(), halfJson);
            }
            AdminPages.assertAccessible(driver, "report page");

            // and the page speaks English on request
            driver.findElement(By.id("lang-en")).click();
            chrome.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
            assertThat(driver.findElement(By.cssSelector("#figures [data-figure='tickets'] dt")).getText())
                    .isEqualTo("Citizens (visits)");
            assertThat(figureText(driver, "tickets")).isEqualTo(String.format(Locale.UK, "%,d", tickets));
        }
    }

    @Test
    void a_staff_member_reads_the_reports_of_her_branch_but_not_the_what_if_page() {
        SessionHttp anna = SessionHttp.signIn(central.baseUrl(), STAFF, STAFF_PASSWORD);

        assertThat(anna.get("/admin/reports").statusCode()).isEqualTo(200);
        assertThat(anna.get(REPORTS + QUARTER + "&format=csv&part=arrivals").statusCode()).isEqualTo(200);
        HttpResponse<String> whatIf = anna.get("/admin/what-if");
        assertThat(whatIf.statusCode()).isEqualTo(403);
        assertThat(whatIf.body()).contains("Ingen adgang").contains("Siden er kun for administratorer.");
        assertThat(whatIf.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");

        HttpResponse<String> signedOut = new SessionHttp(central.baseUrl(), null).get("/admin/what-if");
        assertThat(signedOut.statusCode()).isEqualTo(303);
        assertThat(signedOut.headers().firstValue("Location")).hasValue("/staff/login?next=/admin/what-if");
    }

    @Test
    void chart_js_is_served_from_its_webjar_and_the_assets_under_the_page_policy() {
        SessionHttp anonymous = new SessionHttp(central.baseUrl(), null);

        HttpResponse<String> chart = anonymous.get("/admin/assets/chart.umd.js");
        assertThat(chart.statusCode()).isEqualTo(200);
        assertThat(chart.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        assertThat(chart.body()).startsWith("/*!\n * Chart.js v4.4.1");
        assertThat(anonymous.get("/admin/assets/reports.js").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/admin/assets/nothing.js").statusCode()).isEqualTo(404);
        HttpResponse<String> page = SessionHttp.signIn(central.baseUrl(), ADMIN, ADMIN_PASSWORD).get("/admin/reports");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .startsWith("default-src 'none'; script-src 'self'; style-src 'self'");
        assertThat(page.body()).contains("<meta name=\"skranke-today\" content=\"2026-10-05\">")
                .doesNotContain("{{").doesNotContainPattern(" on[a-z]+=");
    }

    /** The hours of the day from the first to the last with any ticket: the points of the wait chart. */
    private static int openHours(JsonNode report) {
        int first = 24;
        int last = -1;
        for (JsonNode hour : report.path("byHour")) {
            if (hour.path("tickets").asLong() > 0) {
                first = Math.min(first, hour.path("key").asInt());
                last = Math.max(last, hour.path("key").asInt());
            }
        }
        return last - first + 1;
    }

    private static void assertSame(String path, String shown, JsonNode expected) {
        assertThat(expected.isMissingNode()).as(path + " in the JSON").isFalse();
        if (expected.isNull()) {
            assertThat(shown).as(path).isEqualTo("null");
        } else {
            assertThat(Double.parseDouble(shown)).as(path).isEqualTo(expected.asDouble());
        }
    }

    private static List<Long> longs(JsonNode slices, String field) {
        List<Long> values = new java.util.ArrayList<>();
        slices.forEach(slice -> values.add(slice.path(field).asLong()));
        return values;
    }

    private static void awaitReport(Chrome chrome) {
        AdminPages.across(chrome).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-report", "shown"));
    }

    private static String value(WebDriver driver, String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    private static String figureText(WebDriver driver, String path) {
        return driver.findElement(By.cssSelector("#figures [data-figure='" + path + "'] dd")).getText();
    }

    private static String costCell(WebDriver driver, String service, int column) {
        return driver.findElements(By.cssSelector("#cost-table tr[data-key='" + service + "'] > *")).get(column)
                .getText();
    }

    private static String digits(String text) {
        return text.replaceAll("[^0-9]", "");
    }

    private static String cents(JsonNode kroner) {
        return Long.toString(Math.round(kroner.asDouble() * 100));
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
