package dk.skranke.central.numbering;

import dk.skranke.central.testing.TestDatabase;
import dk.skranke.central.store.DatabaseUrl;
import static org.assertj.core.api.Assertions.assertThat;

import dk.skranke.central.testing.ChildCentral;
import dk.skranke.testsupport.http.Http;
import dk.skranke.central.testing.TestConfig;
import dk.skranke.testsupport.time.ShiftedClock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class KillDashNineIT {
    private static final List<String> SERVICES = List.of("pas", "koerekort", "flytning");

    @Test
    void acknowledged_tickets_survive_kill_dash_nine_and_numbering_continues_without_a_repeat() throws Exception {
        DatabaseUrl data = TestDatabase.fresh();
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // id -> number
        // given central in its own JVM, on a Monday morning whenever the test runs (near midnight the
        // queue's estimated wait would pass closing time, or the day roll over between kill and restart),
        ShiftedClock monday = ShiftedClock.startingAt("2026-11-23T10:00:00+01:00");
        // under a burst of ticket requests from 8 clients
        CountDownLatch enoughAcknowledged = new CountDownLatch(300);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try (ChildCentral central = ChildCentral.start(data, monday.offset())) { // closed if the burst fails
            Http http = central.http();
            for (int c = 0; c < 8; c++) {
                int client = c;
                clients.submit(() -> burst(http, client, acknowledged, enoughAcknowledged));
            }

            // when it is killed with SIGKILL in the middle of the burst
            assertThat(enoughAcknowledged.await(60, TimeUnit.SECONDS)).isTrue();
            central.killHard();
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        // then after a restart on the same data every acknowledged ticket is there with its number
        try (ChildCentral restarted = ChildCentral.start(data, monday.offset())) {
            Http after = restarted.http();
            for (Map.Entry<String, String> ticket : acknowledged.entrySet()) {
                Http.Response r = after.get("/api/v1/tickets/" + ticket.getKey(), TestConfig.STAFF);
                assertThat(r.status()).as("ticket %s", ticket.getKey()).isEqualTo(200);
                assertThat(r.text("number")).isEqualTo(ticket.getValue());
            }
            // and new tickets never repeat a number, acknowledged or not
            for (int i = 0; i < 30; i++) {
                Http.Response r = after.post("/api/v1/branches/test/tickets", TestConfig.KIOSK,
                        "{\"service\":\"" + SERVICES.get(i % 3) + "\"}");
                assertThat(r.status()).isEqualTo(201);
                assertThat(acknowledged.values()).doesNotContain(r.text("number"));
            }
        }
        assertThat(duplicateNumbersIn(data)).isEmpty();
        assertThat(acknowledged.size()).isGreaterThanOrEqualTo(300);
    }

    private static void burst(Http http, int client, Map<String, String> acknowledged, CountDownLatch latch) {
        for (int i = 0; ; i++) {
            try {
                Http.Response r = http.post("/api/v1/branches/test/tickets", TestConfig.KIOSK,
                        "{\"service\":\"" + SERVICES.get((client + i) % 3) + "\"}");
                if (r.status() == 201) {
                    acknowledged.put(r.text("id"), r.text("number"));
                    latch.countDown();
                }
            } catch (RuntimeException connectionLost) {
                return; // the server is gone: this request was never acknowledged
            }
        }
    }

    private static List<String> duplicateNumbersIn(DatabaseUrl db) throws Exception {
        try (Connection c = TestDatabase.connect(db);
                ResultSet r = c.createStatement().executeQuery("SELECT number, COUNT(*) FROM tickets"
                        + " WHERE transferred_from IS NULL GROUP BY branch, day, number HAVING COUNT(*) > 1")) {
            List<String> duplicates = new ArrayList<>();
            while (r.next()) {
                duplicates.add(r.getString(1));
            }
            return duplicates;
        }
    }

}
