package dk.skranke.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.skranke.kiosk.testing.FakeCentral;
import dk.skranke.kiosk.testing.LocalApi;
import dk.skranke.kiosk.testing.RunningKiosk;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stop (SIGTERM, an update) while a citizen's ticket is being issued: the ticket is finished,
 * answered and kept. Before the fix the stop closed the connection and interrupted the request,
 * so the page showed an error for a number that was already taken.
 */
class KioskStopIT {
    @TempDir
    Path data;

    @Test
    void a_ticket_being_issued_when_the_kiosk_stops_is_answered_and_kept() throws Exception {
        try (RunningKiosk kiosk = new RunningKiosk(data).ready()) {
            // given a ticket request in flight: central hangs, so the kiosk waits before issuing offline
            kiosk.central.mode(FakeCentral.Mode.HANG);
            int asked = kiosk.central.requests("/tickets").size();
            CompletableFuture<LocalApi.Reply> reply = CompletableFuture.supplyAsync(() -> kiosk.issue("pas"));
            await().atMost(Duration.ofSeconds(5)).until(() -> kiosk.central.requests("/tickets").size() > asked);

            // when the kiosk is stopped meanwhile
            kiosk.app().close();

            // then the citizen still gets the ticket, and the journal holds it for the replay to central
            LocalApi.Reply answer = reply.get(10, TimeUnit.SECONDS);
            assertThat(answer.status()).as(answer.body()).isEqualTo(201);
            assertThat(answer.json().path("offline").asBoolean()).isTrue();
            String number = answer.json().path("number").asText();
            kiosk.restart();
            assertThat(kiosk.app().journal().pending()).extracting(e -> e.number()).containsExactly(number);
        }
    }
}
