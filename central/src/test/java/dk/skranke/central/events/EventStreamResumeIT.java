package dk.skranke.central.events;

import static dk.skranke.central.testing.TestConfig.BRANCH;
import static dk.skranke.central.testing.TestConfig.DESK_1;
import static dk.skranke.central.testing.TestConfig.DISPLAY;
import static dk.skranke.central.testing.TestConfig.KIOSK;
import static dk.skranke.central.testing.TestConfig.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.time.MutableClock;
import dk.skranke.central.testing.SseClient;
import dk.skranke.central.testing.TestCentral;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EventStreamResumeIT {
    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00+01:00");

    @Test
    void a_client_that_reconnects_with_last_event_id_receives_exactly_the_missed_events_in_order() {
        try (TestCentral central = TestCentral.start(clock)) {
            Http http = central.http();
            // given a subscriber that has seen the first event
            SseClient first = SseClient.connect(central.baseUrl(), BRANCH, DISPLAY, null);
            assertThat(first.status()).isEqualTo(200);
            await().until(() -> central.app().liveSubscribers() == 1);
            issue(http, "pas");
            await().atMost(Duration.ofSeconds(5)).until(() -> first.events().size() == 1);
            long seen = first.events().get(0).id();
            first.close();

            // when 20 state changes happen through the API while it is away
            List<String> expected = twentyChanges(http);

            // then reconnecting with Last-Event-ID delivers exactly those 20, in order, and then live ones
            SseClient again = SseClient.connect(central.baseUrl(), BRANCH, DISPLAY, seen);
            await().atMost(Duration.ofSeconds(5)).until(() -> again.events().size() >= 20);
            assertThat(again.events()).extracting(SseClient.Event::name).containsExactlyElementsOf(expected);
            assertThat(again.events()).extracting(SseClient.Event::id).isSorted().doesNotHaveDuplicates()
                    .allMatch(id -> id > seen);
            issue(http, "flytning");
            await().atMost(Duration.ofSeconds(5)).until(() -> again.events().size() == 21);
            assertThat(again.events().get(20).name()).isEqualTo("ticket.issued");
            again.close();
        }
    }

    @Test
    void a_change_made_by_any_client_reaches_every_subscriber() {
        try (TestCentral central = TestCentral.start(clock)) {
            Http http = central.http();
            SseClient display = SseClient.connect(central.baseUrl(), BRANCH, DISPLAY, null);
            SseClient staff = SseClient.connect(central.baseUrl(), BRANCH, STAFF, null);
            await().until(() -> central.app().liveSubscribers() == 2);
            issue(http, "pas");
            assertThat(http.post("/api/v1/branches/test/desks/1/next", DESK_1, null).status()).isEqualTo(200);
            for (SseClient client : List.of(display, staff)) {
                await().atMost(Duration.ofSeconds(5)).until(() -> client.events().size() == 2);
                assertThat(client.events()).extracting(SseClient.Event::name)
                        .containsExactly("ticket.issued", "ticket.called");
                assertThat(client.events().get(1).data()).contains("\"desk\":\"1\"").contains("\"number\":\"P001\"");
            }
        }
    }

    private static String issue(Http http, String service) {
        Http.Response response = http.post("/api/v1/branches/test/tickets", KIOSK, "{\"service\":\"" + service
                + "\"}");
        assertThat(response.status()).isEqualTo(201);
        return response.text("id");
    }

    /** 20 changes made by kiosk, desk and staff: issue, call, recall, start, finish, cancel, pause, open. */
    private List<String> twentyChanges(Http http) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            issue(http, i % 2 == 0 ? "pas" : "koerekort");
            names.add("ticket.issued");
        }
        // the first ticket (issued before the disconnect) and 8 more wait; desk 1 calls.
        String called = http.post("/api/v1/branches/test/desks/1/next", DESK_1, null).text("id");
        names.add("ticket.called");
        clock.advance(Duration.ofSeconds(31));
        http.post("/api/v1/tickets/" + called + "/recall", DESK_1, null);
        names.add("ticket.recalled");
        http.post("/api/v1/tickets/" + called + "/start", DESK_1, null);
        names.add("ticket.started");
        for (int i = 0; i < 2; i++) {
            http.post("/api/v1/branches/test/desks/1/next", DESK_1, null);
            names.add("ticket.finished");
            names.add("ticket.called");
        }
        String waiting = issue(http, "flytning");
        names.add("ticket.issued");
        http.post("/api/v1/tickets/" + waiting + "/cancel", STAFF, null);
        names.add("ticket.cancelled");
        http.post("/api/v1/branches/test/desks/2/pause", STAFF, null);
        names.add("desk.changed");
        http.post("/api/v1/branches/test/desks/2/open", STAFF, null);
        names.add("desk.changed");
        issue(http, "koerekort");
        names.add("ticket.issued");
        assertThat(names).hasSize(20);
        return names;
    }

    @Test
    void clients_that_connect_in_the_middle_of_a_burst_get_every_event_once_and_in_order() throws Exception {
        try (TestCentral central = TestCentral.start(clock)) {
            // given four kiosks issuing 200 tickets as fast as they can
            Http http = central.http();
            ExecutorService kiosks = Executors.newFixedThreadPool(4);
            List<Future<?>> issuing = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                issuing.add(kiosks.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        issue(http, i % 2 == 0 ? "pas" : "koerekort");
                    }
                }));
            }
            // when displays connect while the burst runs, each replaying from the first event
            List<SseClient> displays = new ArrayList<>();
            for (int d = 0; d < 5; d++) {
                displays.add(SseClient.connect(central.baseUrl(), BRANCH, DISPLAY, 0L));
            }
            for (Future<?> f : issuing) {
                f.get();
            }
            kiosks.shutdown();

            // then every display has all 200 events exactly once, in id order
            for (SseClient display : displays) {
                await().atMost(Duration.ofSeconds(20)).until(() -> display.events().size() >= 200);
                assertThat(display.events()).hasSize(200);
                assertThat(display.events()).extracting(SseClient.Event::id).isSorted().doesNotHaveDuplicates();
                display.close();
            }
        }
    }
}
