package dk.skranke.central.engine;

import static dk.skranke.central.engine.BranchClient.assertError;
import static dk.skranke.central.engine.BranchClient.named;
import static dk.skranke.central.engine.BranchClient.names;
import static dk.skranke.central.testing.TestConfig.DESK_1;
import static dk.skranke.central.testing.TestConfig.DESK_ANY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.time.MutableClock;
import dk.skranke.central.testing.CentralExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A device that retries a write with the same clientRequestId gets the first result, not a second action. */
class IdempotencyIT {
    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00+01:00");
    @RegisterExtension
    final CentralExtension central = CentralExtension.on(clock);
    private final BranchClient branch = new BranchClient(central);

    @Test
    void issuing_twice_with_the_same_client_request_id_gives_the_same_ticket_once() {
        // given a kiosk issued a ticket with a clientRequestId
        String body = "{\"service\":\"pas\",\"clientRequestId\":\"kiosk-1:0001\"}";
        JsonNode first = BranchClient.created(branch.tryIssue(body));

        // when it retries the same request a little later
        clock.advance(Duration.ofSeconds(5));
        Http.Response retry = branch.tryIssue(body);

        // then it gets the same ticket, and the sequence did not move
        assertThat(retry.status()).as(retry.body()).isBetween(200, 201);
        assertThat(retry.text("id")).isEqualTo(first.path("id").asText());
        assertThat(retry.text("number")).isEqualTo("P001");
        assertThat(retry.text("statusUrl")).isEqualTo(first.path("statusUrl").asText());
        assertThat(branch.issue("pas").path("number").asText()).isEqualTo("P002");
        assertThat(names(branch.eventsUntil(named("ticket.issued", "P002"))))
                .containsExactly("ticket.issued", "ticket.issued");
        assertThat(branch.queue().path("services").get(0).path("waiting").asInt()).isEqualTo(2);
    }

    @Test
    void a_client_request_id_reused_for_another_service_is_a_conflict() {
        BranchClient.created(branch.tryIssue("{\"service\":\"pas\",\"clientRequestId\":\"r-1\"}"));

        Http.Response other = branch.tryIssue("{\"service\":\"koerekort\",\"clientRequestId\":\"r-1\"}");

        assertError(other, 409, "client-request-id-reused");
        assertThat(branch.issue("koerekort").path("number").asText()).isEqualTo("K001");
    }

    @Test
    void a_malformed_client_request_id_is_rejected_naming_the_field() {
        Http.Response response = branch.tryIssue("{\"service\":\"pas\",\"clientRequestId\":\"a b\"}");

        assertError(response, 400, "invalid-input");
        assertThat(response.text("field")).isEqualTo("clientRequestId");
    }

    @Test
    void next_repeated_with_the_same_client_request_id_returns_the_same_call() {
        // given two waiting tickets and a desk button press with a clientRequestId
        branch.issue("pas");
        branch.issue("pas");
        Http.Response first = branch.tryNext("1", DESK_1, "{\"clientRequestId\":\"desk-1:press-17\"}");
        assertThat(first.status()).as(first.body()).isEqualTo(200);

        // when the button box retries the press
        clock.advance(Duration.ofSeconds(2));
        Http.Response retry = branch.tryNext("1", DESK_1, "{\"clientRequestId\":\"desk-1:press-17\"}");

        // then the same ticket is returned, still called, and P002 still waits
        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
        assertThat(retry.text("id")).isEqualTo(first.text("id"));
        assertThat(retry.text("number")).isEqualTo("P001");
        assertThat(branch.ticket(first.text("id")).path("status").asText()).isEqualTo("called");
        assertThat(branch.deskInQueue("1").path("current").path("number").asText()).isEqualTo("P001");
        branch.issue("koerekort");
        assertThat(names(branch.eventsUntil(named("ticket.issued", "K001"))))
                .containsExactly("ticket.issued", "ticket.issued", "ticket.called", "ticket.issued");
    }

    @Test
    void next_repeated_after_an_empty_answer_stays_empty_even_when_someone_arrived() {
        // given a press that found nobody
        Http.Response first = branch.tryNext("1", DESK_1, "{\"clientRequestId\":\"desk-1:press-1\"}");
        assertThat(first.status()).isEqualTo(204);

        // when a citizen arrives and the same press is retried
        branch.issue("pas");
        Http.Response retry = branch.tryNext("1", DESK_1, "{\"clientRequestId\":\"desk-1:press-1\"}");

        // then the retry repeats the first answer and the citizen still waits for a new press
        assertThat(retry.status()).isEqualTo(204);
        assertThat(branch.next("1").path("number").asText()).isEqualTo("P001");
    }

    @Test
    void a_client_request_id_used_for_next_at_one_desk_is_a_conflict_at_another() {
        branch.issue("pas");
        branch.issue("pas");
        assertThat(branch.tryNext("1", DESK_1, "{\"clientRequestId\":\"press-9\"}").status()).isEqualTo(200);

        assertError(branch.tryNext("3", DESK_ANY, "{\"clientRequestId\":\"press-9\"}"), 409,
                "client-request-id-reused");
    }
}
