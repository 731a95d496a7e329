package dk.skranke.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.kiosk.journal.OutboxEntry;
import dk.skranke.kiosk.testing.FakeCentral;
import dk.skranke.kiosk.testing.RunningKiosk;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayerIT {
    @TempDir
    Path data;
    RunningKiosk kiosk;
    FakeCentral central;

    @BeforeEach
    void start() {
        kiosk = new RunningKiosk(data).ready();
        central = kiosk.central;
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    private Replayer replayer() {
        return kiosk.app().replayer();
    }

    @Test
    void sends_offline_tickets_and_nudges_in_the_order_they_happened() {
        central.mode(FakeCentral.Mode.DOWN);
        kiosk.issue("pas");
        kiosk.api().post("/api/nudges", "{\"service\":\"koerekort\",\"outcome\":\"deflected\"}");
        kiosk.issue("koerekort");
        kiosk.issue("pas");
        assertThat(replayer().replayNow()).isEqualTo(new ReplayResult(0, 0, 4, false));

        central.mode(FakeCentral.Mode.NORMAL);
        ReplayResult result = replayer().replayNow();

        assertThat(result.pending()).isZero();
        List<String> order = central.requests("").stream()
                .filter(r -> r.path().endsWith("/offline-tickets") || r.path().endsWith("/nudges"))
                .map(r -> r.body().path("number").asText("nudge")).distinct().toList();
        assertThat(order).containsExactly("P001", "nudge", "K001", "P002");
        JsonNode first = central.offlineTickets().get(0);
        OutboxEntry journaled = kiosk.app().journal().outbox().get(0);
        assertThat(first.path("clientRequestId").asText()).isEqualTo(journaled.clientRequestId());
        assertThat(first.path("service").asText()).isEqualTo("pas");
        assertThat(first.path("language").asText()).isEqualTo("da");
        assertThat(first.path("issuedAt").asText()).isEqualTo("2026-11-23T10:15:00.000+01:00");
        assertThat(first.path("publicToken").asText()).isEqualTo(journaled.publicToken()).hasSize(32);
        assertThat(kiosk.app().journal().outbox()).extracting(OutboxEntry::state).containsOnly(OutboxEntry.State.SENT);
    }

    @Test
    void resends_with_the_same_request_id_when_an_answer_was_lost_and_central_keeps_one() {
        central.mode(FakeCentral.Mode.DOWN);
        kiosk.issue("pas");
        kiosk.issue("pas");
        central.loseNextOfflineAnswer();
        central.mode(FakeCentral.Mode.NORMAL);

        replayer().replayNow();
        await().atMost(Duration.ofSeconds(5)).until(() -> !kiosk.app().online());
        central.mode(FakeCentral.Mode.NORMAL);
        await().atMost(Duration.ofSeconds(10)).until(() -> replayer().replayNow().pending() == 0);

        assertThat(central.offlineTickets()).extracting(t -> t.path("number").asText()).containsExactly("P001", "P002");
        String lost = kiosk.app().journal().outbox().get(0).clientRequestId();
        assertThat(central.bodies("/offline-tickets")).filteredOn(b -> b.path("clientRequestId").asText().equals(lost))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(kiosk.app().journal().outbox()).extracting(OutboxEntry::state).containsOnly(OutboxEntry.State.SENT);
    }

    @Test
    void keeps_a_rejected_ticket_with_central_s_error_and_sends_the_rest() {
        central.mode(FakeCentral.Mode.DOWN);
        kiosk.issue("pas");
        kiosk.issue("pas");
        kiosk.issue("pas");
        central.rejectOfflineNumber("P002");
        central.mode(FakeCentral.Mode.NORMAL);

        await().atMost(Duration.ofSeconds(10)).until(() -> replayer().replayNow().pending() == 0);
        int requestsAfter = central.requests("/offline-tickets").size();
        replayer().replayNow();

        List<OutboxEntry> outbox = kiosk.app().journal().outbox();
        assertThat(outbox).extracting(OutboxEntry::state).containsExactly(OutboxEntry.State.SENT,
                OutboxEntry.State.REJECTED, OutboxEntry.State.SENT);
        assertThat(outbox.get(1).error()).startsWith("409 ").contains("number-taken");
        assertThat(central.offlineTickets()).extracting(t -> t.path("number").asText()).containsExactly("P001", "P003");
        assertThat(central.requests("/offline-tickets")).hasSize(requestsAfter);
    }

    @Test
    void a_restarted_kiosk_replays_what_it_journaled_before() {
        central.mode(FakeCentral.Mode.DOWN);
        kiosk.issue("pas");
        kiosk.issue("andet");

        kiosk.restart();
        assertThat(kiosk.app().journal().pendingCount()).isEqualTo(2);
        central.mode(FakeCentral.Mode.NORMAL);

        // by itself: the next backoff round (at most 10 s away) or the next heartbeat finds central back
        await().atMost(Duration.ofSeconds(30)).until(() -> kiosk.app().journal().pendingCount() == 0);
        assertThat(central.offlineTickets()).extracting(t -> t.path("number").asText()).containsExactly("P001", "A001");
        assertThat(kiosk.issue("pas").json().path("offline").asBoolean()).isFalse();
    }

    @Test
    void a_round_stopped_by_a_refusal_is_retried_by_itself_while_central_stays_reachable() {
        // given a ticket issued offline, and central back but refusing uploads for a while (a proxy's 429)
        central.mode(FakeCentral.Mode.DOWN);
        kiosk.issue("pas");
        central.mode(FakeCentral.Mode.NORMAL);
        central.refuseOfflineUploads(429);
        replayer().trigger();
        await().atMost(Duration.ofSeconds(10)).until(() -> central.requests("/offline-tickets").size() > 0);

        // when the refusals stop, with no restart, heartbeat or connection change to wake the replayer
        central.refuseOfflineUploads(0);

        // then the replayer's own backoff (at most 10 s) sends the ticket
        await().atMost(Duration.ofSeconds(30)).until(() -> central.offlineTickets().size() == 1);
        assertThat(kiosk.app().journal().pendingCount()).isZero();
    }
}
