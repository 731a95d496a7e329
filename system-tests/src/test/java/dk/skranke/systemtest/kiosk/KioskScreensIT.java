package dk.skranke.systemtest.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.skranke.hardware.printer.PrinterStatus;
import dk.skranke.testsupport.browser.Chrome;
import dk.skranke.testsupport.http.Http;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/**
 * Every kiosk screen in headless Chromium against a real central and the kiosk app with a
 * simulated printer: what the citizen sees, what was printed, and what central recorded. Each
 * screen is saved as a screenshot and checked with axe-core (WCAG 2.1 A and AA).
 */
class KioskScreensIT {
    private static final String ADMIN = "admin-system-secret";
    private static KioskStack stack;
    private static RunningKiosk kiosk;
    private static Chrome chrome;
    private KioskPage page;

    @BeforeAll
    static void start() {
        stack = new KioskStack();
        bookAppointments();
        kiosk = stack.kiosk("kiosk-1");
        chrome = Chrome.landscape();
    }

    /** Booked at 09:00 on the test's Monday; the tests run at 10:00. */
    private static void bookAppointments() {
        stack.clock.set(OffsetDateTime.parse("2026-11-23T09:00:00+01:00").toInstant());
        book("GODTID", "2026-11-23T10:15:00+01:00");
        book("SENTID", "2026-11-23T09:20:00+01:00");
        book("TIDLIG", "2026-11-23T13:00:00+01:00");
        stack.clock.set(OffsetDateTime.parse("2026-11-23T10:00:00+01:00").toInstant());
    }

    private static void book(String code, String start) {
        Http.Response booked = stack.central.http().post("/api/v1/branches/sys/appointments", ADMIN,
                "{\"service\":\"pas\",\"start\":\"" + start + "\",\"durationMinutes\":15,\"code\":\"" + code + "\"}");
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        chrome.close();
        stack.close();
    }

    @BeforeEach
    void freshPage() {
        page = new KioskPage(chrome).open(kiosk, "start");
    }

    @Test
    void the_start_screen_offers_a_number_an_appointment_and_the_digital_channels() {
        page.waitForLanguage("da").check("start");
        assertThat(page.text("#take-ticket")).contains("Tag et nummer");
        assertThat(page.text("#have-appointment")).isNotBlank();
        assertThat(page.present("#offline-mark")).isFalse();
    }

    @Test
    void taking_a_number_prints_the_ticket_and_shows_the_number_and_the_people_ahead() {
        page.tap("#take-ticket").waitFor("services").check("services");
        page.tap("[data-service='koerekort']").waitFor("ticket").check("ticket");

        String number = page.text("#ticket-number");
        assertThat(number).matches("K\\d{3}");
        assertThat(kiosk.printedBytesOf(number)).contains(number);
        assertThat(page.text("#ticket-ahead")).isNotBlank();
        assertThat(stack.database().count("SELECT count(*) FROM tickets WHERE number = ? AND issued_offline = 0",
                number)).isEqualTo(1);

        page.tap("#done").waitFor("start");
    }

    @Test
    void choosing_the_digital_option_records_a_deflection_in_central_and_prints_nothing() {
        int printedBefore = kiosk.printedNumbers().size();
        page.tap("#take-ticket").waitFor("services").tap("[data-service='flytning']").waitFor("nudge")
                .imagesLoaded("#nudge-qr").check("nudge");
        assertThat(page.text("#nudge-text")).contains("borger.dk");

        page.tap("#nudge-online").waitFor("thanks").check("thanks");

        await().atMost(Duration.ofSeconds(10)).until(() -> nudges("deflected", "flytning") == 1);
        assertThat(kiosk.printedNumbers()).hasSize(printedBefore);
    }

    @Test
    void still_wanting_a_number_after_the_nudge_prints_one_and_records_the_choice() {
        page.tap("#take-ticket").waitFor("services").tap("[data-service='pas']").waitFor("nudge");
        page.tap("#nudge-ticket").waitFor("ticket");

        String number = page.text("#ticket-number");
        assertThat(number).matches("P\\d{3}");
        assertThat(kiosk.printedBytesOf(number)).contains(number);
        await().atMost(Duration.ofSeconds(10)).until(() -> nudges("declined", "pas") >= 1);
    }

    @Test
    void a_valid_booking_code_typed_on_the_keypad_checks_in_and_prints_a_ticket() {
        page.tap("#have-appointment").waitFor("checkin");
        for (char c : "GODTID".toCharArray()) {
            page.tap("button[data-key='" + c + "']");
        }
        assertThat(page.element("#code-input").getAttribute("value")).isEqualTo("GODTID");
        page.check("checkin");

        page.tap("#checkin-submit").waitFor("ticket");
        String number = page.text("#ticket-number");
        assertThat(kiosk.printedBytesOf(number)).contains(number);
        assertThat(stack.database().count("SELECT count(*) FROM appointments WHERE code = 'GODTID'"
                + " AND checked_in_at IS NOT NULL")).isEqualTo(1);
    }

    @Test
    void a_scanned_code_too_early_says_when_check_in_opens() {
        scan("TIDLIG").waitFor("checkin-error");
        assertThat(page.element("#checkin-message").getAttribute("data-error")).isEqualTo("too-early");
        assertThat(page.text("#checkin-message")).contains("12.30"); // check-in opens 30 min before 13.00
        page.check("checkin-too-early");
    }

    @Test
    void a_scanned_code_too_late_sends_the_citizen_to_the_desk() {
        scan("SENTID").waitFor("checkin-error");
        assertThat(page.element("#checkin-message").getAttribute("data-error")).isEqualTo("too-late");
        page.check("checkin-too-late");
    }

    @Test
    void an_unknown_code_asks_the_citizen_to_check_it() {
        scan("UKENDT9").waitFor("checkin-error");
        assertThat(page.element("#checkin-message").getAttribute("data-error")).isEqualTo("unknown-code");
        page.check("checkin-unknown");
        page.tap("#checkin-retry").waitFor("checkin");
    }

    @Test
    void outside_opening_hours_the_kiosk_says_when_it_opens_and_shows_the_digital_channels() {
        RunningKiosk closed = stack.closedBranchKiosk();
        page.open(closed, "closed").imagesLoaded("#closed-channels img").check("closed");
        assertThat(page.text("#closed-opens")).contains("10.00");
        assertThat(page.text("#closed-channels")).contains("borger.dk");
        assertThat(page.present("#take-ticket")).isFalse();
    }

    @Test
    void with_the_printer_out_of_paper_the_number_is_shown_on_screen_and_central_sees_the_fault() {
        int printedBefore = kiosk.printedNumbers().size();
        kiosk.printer().setStatus(PrinterStatus.PAPER_OUT);
        try {
            page.tap("#take-ticket").waitFor("services").tap("[data-service='andet']").waitFor("fallback")
                    .imagesLoaded("#fallback-qr").check("fallback");

            assertThat(page.text("#fallback-number")).matches("A\\d{3}");
            assertThat(kiosk.printedNumbers()).hasSize(printedBefore);
            await().atMost(Duration.ofSeconds(10)).until(() -> "paper-out".equals(printerSeenByCentral()));
        } finally {
            kiosk.printer().setStatus(PrinterStatus.OK);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> "ok".equals(printerSeenByCentral()));
    }

    @Test
    void the_citizen_can_switch_to_english_and_every_text_follows() {
        String danish = page.text("#take-ticket");
        page.tap("#lang-en").waitForLanguage("en");
        assertThat(page.text("#take-ticket")).contains("Take a number").isNotEqualTo(danish);
        page.check("start-en");
        page.tap("#take-ticket").waitFor("services").check("services-en");
        page.tap("#back").waitFor("start");
    }

    @Test
    void in_portrait_the_start_and_service_screens_fit_and_stay_accessible() {
        try (Chrome portrait = Chrome.open(800, 1280)) {
            KioskPage upright = new KioskPage(portrait).open(kiosk, "start").check("portrait-start");
            upright.tap("#take-ticket").waitFor("services").check("portrait-services");
            Long overflow = (Long) ((JavascriptExecutor) portrait.driver()).executeScript(
                    "return document.documentElement.scrollHeight - window.innerHeight;");
            assertThat(overflow).as("the service menu needs no scrolling").isLessThanOrEqualTo(0L);
        }
    }

    private KioskPage scan(String code) {
        page.tap("#have-appointment").waitFor("checkin");
        page.driver().switchTo().activeElement().sendKeys(code + Keys.ENTER);
        return page;
    }

    private static long nudges(String outcome, String service) {
        return stack.database().count("SELECT count(*) FROM events WHERE type = 'nudge.answered' AND service = ?"
                + " AND data LIKE ?", service, "%\"outcome\":\"" + outcome + "\"%");
    }

    private static String printerSeenByCentral() {
        for (var device : stack.central.http().get("/api/v1/branches/sys/devices", "staff-1-system-secret").json()) {
            if (device.path("id").asText().equals("kiosk-1")) {
                return device.path("printer").asText();
            }
        }
        return null;
    }
}
