package dk.skranke.systemtest.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.kiosk.config.KioskConfig;
import dk.skranke.kiosk.sync.ReplayResult;
import dk.skranke.systemtest.net.CuttableProxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's offline guarantee end to end: two kiosks keep issuing while central is down, from the
 * number blocks central reserved for each, and every ticket reaches central later with its
 * original time and number, also when the replay is cut in the middle and when it is repeated.
 */
class OfflineKiosksIT {
    private static final String REPLAY = "POST /api/v1/branches/sys/offline-tickets";

    @Test
    void sixty_tickets_issued_offline_by_two_kiosks_reach_central_with_their_times_and_distinct_numbers()
            throws Exception {
        try (KioskStack stack = new KioskStack();
                CuttableProxy network = new CuttableProxy(port(stack.central.baseUrl()), REPLAY)) {
            RunningKiosk one = stack.kiosk("kiosk-1", c -> throughProxy(c, network));
            RunningKiosk two = stack.kiosk("kiosk-2", c -> throughProxy(c, network));

            // given central is down, both kiosks issue 30 tickets each, interleaved, 7 s apart
            stack.central.stop();
            Map<String, Instant> issued = new HashMap<>();
            for (int i = 0; i < 30; i++) {
                for (RunningKiosk kiosk : List.of(one, two)) {
                    stack.clock.advance(Duration.ofSeconds(7));
                    JsonNode ticket = kiosk.http().post("/api/tickets", null,
                            "{\"service\":\"pas\",\"language\":\"da\"}").json();
                    assertThat(ticket.path("offline").asBoolean()).as("issued offline: %s", ticket).isTrue();
                    assertThat(ticket.path("printed").asBoolean()).isTrue();
                    Instant at = OffsetDateTime.parse(ticket.path("issuedAt").asText()).toInstant();
                    assertThat(at).isEqualTo(stack.clock.instant());
                    assertThat(issued.put(ticket.path("number").asText(), at)).as("number repeated").isNull();
                }
            }
            assertThat(issued).hasSize(60);
            assertThat(one.printedNumbers()).hasSize(30);

            // when central is back but the network fails after 10 replayed tickets
            network.cutAfter(10);
            stack.central.startAgain();
            one.app().replayer().replayNow();
            two.app().replayer().replayNow();
            await().atMost(Duration.ofSeconds(10)).until(() -> pending(one) + pending(two) == 50);
            assertThat(network.passed()).isEqualTo(10);
            assertThat(offlineTicketsInCentral(stack)).isEqualTo(10);

            // and then the network heals and both kiosks replay
            network.heal();
            await().atMost(Duration.ofSeconds(20)).until(() -> one.app().replayer().replayNow().pending() == 0
                    && two.app().replayer().replayNow().pending() == 0);

            // then every ticket is in central once, with its original time, number and kiosk
            assertCentralHolds(stack, issued);

            // and repeating the whole replay (a kiosk that lost what it had sent) changes nothing
            markEverythingPending(two);
            ReplayResult repeated = two.app().replayer().replayNow();
            assertThat(repeated.sent()).isEqualTo(30);
            assertThat(repeated.rejected()).isZero();
            assertCentralHolds(stack, issued);
        }
    }

    private static void assertCentralHolds(KioskStack stack, Map<String, Instant> issued) {
        List<List<String>> rows = stack.database().rows(
                "SELECT number, issued_at, queued_at, status FROM tickets WHERE issued_offline = 1");
        Map<String, Instant> stored = new HashMap<>();
        for (List<String> row : rows) {
            assertThat(stored.put(row.get(0), Instant.ofEpochMilli(Long.parseLong(row.get(1))))).isNull();
            assertThat(row.get(2)).as("place in time = issue time").isEqualTo(row.get(1));
            assertThat(row.get(3)).isEqualTo("waiting");
        }
        assertThat(stored).isEqualTo(issued);
    }

    private static int pending(RunningKiosk kiosk) {
        return kiosk.app().journal().pendingCount();
    }

    private static long offlineTicketsInCentral(KioskStack stack) {
        return stack.database().count("SELECT count(*) FROM tickets WHERE issued_offline = 1");
    }

    /** As if the kiosk lost power after central stored its tickets but before it wrote that down. */
    private static void markEverythingPending(RunningKiosk kiosk) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + kiosk.app().journal().file());
                Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("UPDATE outbox SET state = 'pending', sent_ms = NULL WHERE kind = 'ticket'"))
                    .isEqualTo(30);
        }
    }

    private static KioskConfig throughProxy(KioskConfig config, CuttableProxy proxy) {
        KioskConfig.Central c = config.central();
        return config.withCentral(new KioskConfig.Central(proxy.url(), c.token(), c.device(), c.branch(),
                Duration.ofMillis(1500), c.heartbeat(), c.refresh()));
    }

    private static int port(String url) {
        return Integer.parseInt(url.substring(url.lastIndexOf(':') + 1));
    }
}
