package dk.skranke.central.engine;

import static dk.skranke.central.engine.BranchClient.named;
import static dk.skranke.central.engine.BranchClient.names;
import static dk.skranke.central.testing.TestConfig.BRANCH;
import static dk.skranke.central.testing.TestConfig.KIOSK;
import static org.assertj.core.api.Assertions.assertThat;

import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.time.MutableClock;
import dk.skranke.central.testing.SseClient;
import dk.skranke.central.testing.CentralExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The kiosk's nudge answers become events: the raw data of "nudges shown" and "deflections". */
class NudgeIT {
    private static final String NUDGES = "/api/v1/branches/" + BRANCH + "/nudges";
    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00+01:00");
    @RegisterExtension
    final CentralExtension central = CentralExtension.on(clock);
    private final BranchClient branch = new BranchClient(central);

    @Test
    void each_answer_to_the_nudge_is_recorded_once_as_an_event_with_service_and_outcome() {
        // given a citizen who goes online for moving and one who still wants a passport ticket
        Http http = central.http();
        String deflected = "{\"service\":\"flytning\",\"outcome\":\"deflected\",\"language\":\"en\","
                + "\"clientRequestId\":\"kiosk-1-n-1\"}";

        // when the kiosk reports both, and retries the first one
        assertThat(http.post(NUDGES, KIOSK, deflected).status()).isEqualTo(201);
        assertThat(http.post(NUDGES, KIOSK, deflected).status()).isEqualTo(201);
        Http.Response declined = http.post(NUDGES, KIOSK, "{\"service\":\"pas\",\"outcome\":\"declined\"}");
        branch.issue("pas");

        // then two answers are recorded, in order, with what the reports need and nothing personal
        assertThat(declined.json().path("outcome").asText()).isEqualTo("declined");
        List<SseClient.Event> events = branch.eventsUntil(named("ticket.issued", "\"pas\""));
        assertThat(names(events)).containsExactly("nudge.answered", "nudge.answered", "ticket.issued");
        assertThat(events.get(0).data()).contains("\"service\":\"flytning\"", "\"outcome\":\"deflected\"",
                "\"language\":\"en\"");
        assertThat(events.get(1).data()).contains("\"service\":\"pas\"", "\"outcome\":\"declined\"");
    }

    @Test
    void a_reused_client_request_id_with_another_answer_is_refused() {
        Http http = central.http();
        assertThat(http.post(NUDGES, KIOSK, "{\"service\":\"pas\",\"outcome\":\"abandoned\","
                + "\"clientRequestId\":\"n-7\"}").status()).isEqualTo(201);

        Http.Response reused = http.post(NUDGES, KIOSK, "{\"service\":\"pas\",\"outcome\":\"deflected\","
                + "\"clientRequestId\":\"n-7\"}");

        BranchClient.assertError(reused, 409, "client-request-id-reused");
    }
}
