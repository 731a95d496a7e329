package dk.skranke.central.staff;

import dk.skranke.central.testing.TestDatabase;
import static dk.skranke.central.staff.StaffTestConfig.ADMIN;
import static dk.skranke.central.staff.StaffTestConfig.ADMIN_PASSWORD;
import static dk.skranke.central.staff.StaffTestConfig.ANNA;
import static dk.skranke.central.staff.StaffTestConfig.ANNA_PASSWORD;
import static dk.skranke.central.staff.StaffTestConfig.BO;
import static dk.skranke.central.staff.StaffTestConfig.BO_PASSWORD;
import static dk.skranke.central.testing.TestConfig.DESK_1;
import static dk.skranke.central.testing.TestConfig.KIOSK;
import static dk.skranke.central.testing.TestConfig.OTHER_KIOSK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.skranke.central.testing.TestCentral;
import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.time.MutableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A signed-in user acts through API v1 like a token of the user's role and branches; nothing more. */
class StaffAuthorisationIT {
    private static final String BOOKING = "{\"service\":\"pas\",\"start\":\"2026-11-23T11:00:00+01:00\","
            + "\"durationMinutes\":15}";
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
    void a_desk_token_can_neither_open_the_admin_page_nor_book_appointments() {
        // when desk 1's token asks for the admin page and books an appointment
        Http.Response page = http.get("/admin/devices", DESK_1);
        Http.Response booking = http.post("/api/v1/branches/test/appointments", DESK_1, BOOKING);

        // then both are forbidden
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("Ingen adgang", "No access");
        assertThat(booking.status()).isEqualTo(403);
    }

    @Test
    void a_staff_session_cannot_open_the_admin_device_page_but_an_admin_session_can() {
        // given anna (staff) and leder (admin) signed in, and somebody not signed in
        Browser anna = signedIn(ANNA, ANNA_PASSWORD);
        Browser leder = signedIn(ADMIN, ADMIN_PASSWORD);
        Browser nobody = new Browser(central.baseUrl());

        // when each opens the device page
        Browser.Reply forAnna = anna.get("/admin/devices");
        Browser.Reply forLeder = leder.get("/admin/devices");
        Browser.Reply forNobody = nobody.get("/admin/devices");

        // then only the admin sees it; the stranger is sent to sign in first
        assertThat(forAnna.status()).isEqualTo(403);
        assertThat(forLeder.status()).isEqualTo(200);
        assertThat(forLeder.body()).contains("/staff/assets/devices.js").contains("skranke-csrf");
        assertThat(forNobody.status()).isEqualTo(303);
        assertThat(forNobody.location()).isEqualTo("/staff/login?next=/admin/devices");
    }

    @Test
    void a_staff_session_cannot_book_appointments_but_an_admin_session_can() {
        // given anna (staff) and leder (admin) signed in
        Browser anna = signedIn(ANNA, ANNA_PASSWORD);
        Browser leder = signedIn(ADMIN, ADMIN_PASSWORD);

        // when both book an appointment
        Browser.Reply byAnna = anna.post("/api/v1/branches/test/appointments", BOOKING);
        Browser.Reply byLeder = leder.post("/api/v1/branches/test/appointments", BOOKING);

        // then the role decides, as for tokens
        assertThat(byAnna.status()).isEqualTo(403);
        assertThat(byAnna.body()).contains("role staff may not do this");
        assertThat(byLeder.status()).isEqualTo(201);
    }

    @Test
    void a_staff_user_of_one_branch_gets_403_in_another_branch() {
        // given a waiting ticket in each branch, anna works in "test" and bo in "other"
        String otherTicket = http.post("/api/v1/branches/other/tickets", OTHER_KIOSK, "{\"service\":\"pas\"}")
                .text("id");
        http.post("/api/v1/branches/test/tickets", KIOSK, "{\"service\":\"pas\"}");
        Browser anna = signedIn(ANNA, ANNA_PASSWORD);
        Browser bo = signedIn(BO, BO_PASSWORD);

        // when each acts in the other's branch
        List<Browser.Reply> refused = List.of(anna.post("/api/v1/branches/other/desks/1/next", null),
                anna.get("/api/v1/branches/other/queue"), anna.get("/api/v1/branches/other/events"),
                anna.post("/api/v1/tickets/" + otherTicket + "/transfer", "{\"service\":\"pas\"}"),
                anna.get("/api/v1/branches/other/waiting"), bo.post("/api/v1/branches/test/desks/1/next", null),
                bo.get("/api/v1/branches/test/devices"));

        // then every request is forbidden, and in their own branch they may act
        assertThat(refused).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(403));
        assertThat(anna.get("/api/v1/branches/other/queue").body())
                .contains("this token is not valid for branch other");
        assertThat(anna.post("/api/v1/branches/test/desks/1/next", null).status()).isEqualTo(200);
        assertThat(bo.post("/api/v1/branches/other/desks/1/next", null).status()).isEqualTo(200);
    }

    @Test
    void what_a_signed_in_user_does_is_recorded_as_done_by_user_and_username() throws SQLException {
        // given anna signed in and a waiting ticket
        Browser anna = signedIn(ANNA, ANNA_PASSWORD);
        String id = anna.post("/api/v1/branches/test/tickets", "{\"service\":\"pas\"}").body()
                .replaceAll(".*\"id\":\"(t_[a-z0-9]+)\".*", "$1");

        // when she calls and finishes it with an outcome
        assertThat(anna.post("/api/v1/branches/test/desks/1/next", null).status()).isEqualTo(200);
        Browser.Reply finished = anna.post("/api/v1/tickets/" + id + "/finish",
                "{\"outcomes\":[\"could-have-been-digital\"]}");

        // then the ticket carries the outcome and the event log names her as the actor
        assertThat(finished.body()).contains("\"status\":\"done\"", "could-have-been-digital");
        assertThat(actors()).containsExactly("user:anna", "user:anna", "user:anna");
    }

    @Test
    void the_branch_event_stream_and_the_waiting_list_accept_the_session_cookie() {
        // given anna signed in, following the branch's events with her cookie as EventSource does
        Browser anna = signedIn(ANNA, ANNA_PASSWORD);
        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> stream = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(
                URI.create(central.baseUrl() + "/api/v1/branches/test/events")).header("Accept", "text/event-stream")
                .header("Cookie", "skranke_session=" + anna.session()).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().forEach(lines::add));
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains(": ping"));

        // when the kiosk issues two tickets
        http.post("/api/v1/branches/test/tickets", KIOSK, "{\"service\":\"pas\"}");
        http.post("/api/v1/branches/test/tickets", KIOSK, "{\"service\":\"pas\"}");

        // then the console's stream gets them, and the waiting list shows both in order
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream()
                .filter(l -> l.equals("event: ticket.issued")).count() == 2);
        Browser.Reply waiting = anna.get("/api/v1/branches/test/waiting");
        assertThat(waiting.status()).isEqualTo(200);
        assertThat(waiting.body()).containsSubsequence("\"service\":\"pas\"", "\"number\":\"P001\"",
                "\"number\":\"P002\"", "\"service\":\"koerekort\",\"tickets\":[]").doesNotContain("statusUrl");
        assertThat(http.get("/api/v1/branches/test/waiting", KIOSK).status()).isEqualTo(403);
        stream.cancel(true);
    }

    private Browser signedIn(String username, String password) {
        Browser browser = new Browser(central.baseUrl());
        assertThat(browser.signIn(username, password).status()).isEqualTo(303);
        return browser;
    }

    private List<String> actors() throws SQLException {
        try (Connection c = TestDatabase.connect(central.database());
                ResultSet r = c.createStatement().executeQuery("SELECT actor FROM events WHERE branch='test' ORDER BY id")) {
            List<String> actors = new ArrayList<>();
            while (r.next()) {
                actors.add(r.getString(1));
            }
            return actors;
        }
    }
}
