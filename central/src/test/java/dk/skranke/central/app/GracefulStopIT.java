package dk.skranke.central.app;

import dk.skranke.central.testing.TestDatabase;
import dk.skranke.central.store.DatabaseUrl;
import static org.assertj.core.api.Assertions.assertThat;

import dk.skranke.central.testing.ChildCentral;
import dk.skranke.central.testing.TestConfig;
import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.time.ShiftedClock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A graceful stop (SIGTERM, as systemd sends it) under 50 tickets a second: what central answered
 * 201 is stored, and what it stored was answered 201 or not answered at all (then a retry with the
 * same clientRequestId returns it). Before the fix the event hub shut down first, so committed
 * tickets were answered 500 "nothing was changed" and a caller without clientRequestId issued again.
 */
class GracefulStopIT {
    private static final String ISSUE = "/api/v1/branches/test/tickets";
    private static final List<String> SERVICES = List.of("pas", "koerekort", "flytning");
    private static final int PER_SECOND = 50;

    /** How one request ended: an HTTP answer, or none (the connection closed or was refused). */
    private record Outcome(int status, String ticketId, String body) {
        static final Outcome NO_ANSWER = new Outcome(-1, null, null);
    }

    @Test
    void every_ticket_answered_201_is_stored_and_every_stored_ticket_was_answered_201_or_not_at_all()
            throws Exception {
        DatabaseUrl data = TestDatabase.fresh();
        Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
        // on a Monday morning whatever the hour, so no run meets closing time or midnight
        ShiftedClock monday = ShiftedClock.startingAt("2026-11-23T10:00:00+01:00");
        ChildCentral central = ChildCentral.start(data, monday.offset());
        Http http = central.http();

        // given central issuing 50 tickets a second, each request with its own clientRequestId
        CountDownLatch running = new CountDownLatch(100);
        ExecutorService senders = Executors.newFixedThreadPool(32);
        ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger sent = new AtomicInteger();
        pace.scheduleAtFixedRate(() -> {
            String key = "graceful-" + sent.incrementAndGet();
            senders.submit(() -> {
                outcomes.put(key, issue(http, key));
                running.countDown();
            });
        }, 0, 1000 / PER_SECOND, TimeUnit.MILLISECONDS);
        assertThat(running.await(60, TimeUnit.SECONDS)).isTrue();

        // when it is stopped with SIGTERM in the middle of it, and the load goes on until it has exited
        assertThat(central.stop()).as("exit status after SIGTERM").isEqualTo(143);
        int sentBeforeExit = sent.get();
        pace.shutdown();
        senders.shutdown();
        assertThat(senders.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(outcomes).hasSizeGreaterThan(sentBeforeExit - 1);

        // then no request got a server error other than the stop's own 503 refusal
        assertThat(outcomes.values().stream().filter(o -> o.status() >= 500 && o.status() != 503).toList()).isEmpty();
        assertThat(outcomes.values().stream().filter(o -> o.status() == 503).toList())
                .allMatch(o -> o.body().contains("\"error\":\"unavailable\"") && o.body().contains("stopping"));
        Map<String, String> stored = storedTickets(data);
        outcomes.forEach((key, outcome) -> {
            if (outcome.status() == 201) {
                assertThat(stored.get(key)).as("answered 201, so stored: %s", key).isEqualTo(outcome.ticketId());
            } else if (outcome != Outcome.NO_ANSWER) {
                assertThat(stored).as("answered %s, so not stored: %s", outcome.body(), key).doesNotContainKey(key);
            }
        });
        stored.keySet().forEach(key -> assertThat(outcomes.get(key).status()).as("stored: %s", key)
                .isIn(201, Outcome.NO_ANSWER.status()));
        assertThat(outcomes.values().stream().filter(o -> o.status() == 201).count()).isGreaterThanOrEqualTo(100);

        // and after a restart a retry of every unanswered request returns the stored ticket, or issues it once
        try (ChildCentral restarted = ChildCentral.start(data, monday.offset())) {
            Http after = restarted.http();
            Map<String, Outcome> unanswered = new HashMap<>(outcomes);
            unanswered.values().removeIf(o -> o != Outcome.NO_ANSWER);
            for (String key : unanswered.keySet()) {
                Outcome retry = issue(after, key);
                assertThat(retry.status()).as("retry of %s: %s", key, retry.body()).isEqualTo(201);
                if (stored.containsKey(key)) {
                    assertThat(retry.ticketId()).isEqualTo(stored.get(key));
                }
            }
        }
    }

    private static Outcome issue(Http http, String clientRequestId) {
        int n = Integer.parseInt(clientRequestId.substring(clientRequestId.lastIndexOf('-') + 1));
        try {
            Http.Response r = http.post(ISSUE, TestConfig.KIOSK, "{\"service\":\"" + SERVICES.get(n % 3)
                    + "\",\"clientRequestId\":\"" + clientRequestId + "\"}");
            return new Outcome(r.status(), r.status() == 201 ? r.text("id") : null, r.body());
        } catch (RuntimeException connectionClosedOrRefused) {
            return Outcome.NO_ANSWER;
        }
    }

    /** clientRequestId to ticket id, for every ticket the database holds. */
    private static Map<String, String> storedTickets(DatabaseUrl db) throws Exception {
        Map<String, String> stored = new HashMap<>();
        try (Connection c = TestDatabase.connect(db);
                ResultSet r = c.createStatement().executeQuery("SELECT i.client_request_id, t.id FROM idempotency i"
                        + " JOIN tickets t ON t.id = i.ticket_id")) {
            while (r.next()) {
                stored.put(r.getString(1), r.getString(2));
            }
        }
        return stored;
    }
}
