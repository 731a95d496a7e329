package dk.skranke.central.engine;

import static dk.skranke.central.engine.BranchClient.assertError;
import static dk.skranke.central.engine.BranchClient.named;
import static dk.skranke.central.engine.BranchClient.names;
import static dk.skranke.central.testing.TestConfig.KIOSK;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.central.testing.CentralExtension;
import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.time.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A kiosk that retries a number-block reservation with the same clientRequestId gets the same block. */
class NumberBlockIdempotencyIT {
    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00+01:00");
    @RegisterExtension
    final CentralExtension central = CentralExtension.on(clock);
    private final BranchClient branch = new BranchClient(central);

    @Test
    void reserving_twice_with_the_same_client_request_id_gives_the_same_block_once() {
        // given a kiosk reserved a block with a clientRequestId
        String body = "{\"service\":\"pas\",\"size\":20,\"clientRequestId\":\"kiosk-1:block-0001\"}";
        JsonNode first = BranchClient.created(reserve(body));

        // when it retries the same request a little later
        clock.advance(Duration.ofSeconds(3));
        Http.Response retry = reserve(body);

        // then it gets 200 with the same block, and only one block was reserved
        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
        assertThat(retry.json()).isEqualTo(first);
        assertThat(first.path("first").asInt()).isEqualTo(501);
        assertThat(first.path("last").asInt()).isEqualTo(520);
        assertThat(BranchClient.created(reserve("{\"service\":\"pas\",\"size\":5}")).path("first").asInt())
                .isEqualTo(521);
        assertThat(branch.issue("pas").path("number").asText()).isEqualTo("P001");
        assertThat(names(branch.eventsUntil(named("ticket.issued", "P001"))))
                .containsExactly("numbers.reserved", "numbers.reserved", "ticket.issued");
    }

    @Test
    void without_a_client_request_id_every_request_reserves_a_new_block() {
        JsonNode first = BranchClient.created(reserve("{\"service\":\"pas\",\"size\":5}"));
        JsonNode second = BranchClient.created(reserve("{\"service\":\"pas\",\"size\":5}"));

        assertThat(second.path("first").asInt()).isEqualTo(first.path("last").asInt() + 1);
    }

    @Test
    void a_client_request_id_reused_for_another_block_or_a_ticket_is_a_conflict() {
        BranchClient.created(reserve("{\"service\":\"pas\",\"size\":5,\"clientRequestId\":\"b-1\"}"));
        BranchClient.created(branch.tryIssue("{\"service\":\"pas\",\"clientRequestId\":\"t-1\"}"));

        assertError(reserve("{\"service\":\"pas\",\"size\":6,\"clientRequestId\":\"b-1\"}"), 409,
                "client-request-id-reused");
        assertError(reserve("{\"service\":\"koerekort\",\"size\":5,\"clientRequestId\":\"b-1\"}"), 409,
                "client-request-id-reused");
        assertError(reserve("{\"service\":\"pas\",\"size\":5,\"clientRequestId\":\"t-1\"}"), 409,
                "client-request-id-reused");
        assertError(branch.tryIssue("{\"service\":\"pas\",\"clientRequestId\":\"b-1\"}"), 409,
                "client-request-id-reused");
    }

    @Test
    void the_same_block_is_returned_after_a_restart() {
        JsonNode first = BranchClient.created(reserve("{\"service\":\"pas\",\"size\":5,\"clientRequestId\":\"b-2\"}"));

        central.restart();
        Http.Response retry = reserve("{\"service\":\"pas\",\"size\":5,\"clientRequestId\":\"b-2\"}");

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json()).isEqualTo(first);
    }

    private Http.Response reserve(String body) {
        return central.http().post(OfflineTicketsIT.BLOCKS, KIOSK, body);
    }
}
