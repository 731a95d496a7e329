package dk.skranke.central.engine;

import static dk.skranke.central.engine.BranchClient.assertError;
import static dk.skranke.central.engine.BranchClient.named;
import static dk.skranke.central.testing.TestConfig.DESK_1;
import static dk.skranke.central.testing.TestConfig.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.time.MutableClock;
import dk.skranke.central.testing.SseClient;
import dk.skranke.central.testing.CentralExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Staff move a ticket to another service; it keeps its number and its place in time. */
class TransferIT {
    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00+01:00");
    @RegisterExtension
    final CentralExtension central = CentralExtension.on(clock);
    private final BranchClient branch = new BranchClient(central);

    @Test
    void a_transferred_ticket_continues_as_a_waiting_ticket_with_the_same_number_in_the_new_service() {
        // given P001 called and being served at desk 1
        String original = branch.issue("pas").path("id").asText();
        branch.next("1");
        branch.act(original, "start", DESK_1, null);

        // when staff transfer it to koerekort
        Http.Response response = transfer(original, "koerekort", STAFF);

        // then a new waiting ticket continues it, and the original is closed as transferred
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode successor = response.json();
        assertThat(successor.path("id").asText()).isNotEqualTo(original);
        assertThat(successor.path("number").asText()).isEqualTo("P001");
        assertThat(successor.path("service").asText()).isEqualTo("koerekort");
        assertThat(successor.path("status").asText()).isEqualTo("waiting");
        assertThat(successor.path("transferredFrom").asText()).isEqualTo(original);
        assertThat(successor.path("desk").isNull()).isTrue();
        assertThat(branch.ticket(original).path("status").asText()).isEqualTo("transferred");
        assertThat(branch.ticket(successor.path("id").asText()).path("status").asText()).isEqualTo("waiting");
        assertThat(branch.deskInQueue("1").path("current").isNull()).isTrue();
        List<SseClient.Event> events = branch.eventsUntil(named("ticket.transferred", "P001"));
        assertThat(events.get(events.size() - 1).data()).contains(successor.path("id").asText())
                .contains("\"from\"");
    }

    @Test
    void a_transferred_ticket_is_called_before_tickets_of_the_new_service_issued_after_it() {
        // given P001 at 10:00, K001 at 10:05, P001 served at desk 1 and transferred at 10:10
        String original = branch.issue("pas").path("id").asText();
        clock.advance(Duration.ofMinutes(5));
        branch.issue("koerekort");
        clock.advance(Duration.ofMinutes(5));
        branch.next("1");
        String successor = transfer(original, "koerekort", STAFF).text("id");
        JsonNode waitingView = branch.ticket(successor);

        // then it is ahead of K001 in the koerekort queue
        assertThat(waitingView.path("waitingAhead").asInt()).isZero();

        // when desk 2 (koerekort first) calls
        JsonNode called = branch.next("2");

        // then it calls the transferred ticket before K001, which was issued later
        assertThat(called.path("id").asText()).isEqualTo(successor);
        assertThat(called.path("number").asText()).isEqualTo("P001");
        assertThat(called.path("service").asText()).isEqualTo("koerekort");
        assertThat(branch.next("2").path("number").asText()).isEqualTo("K001");
    }

    @Test
    void tickets_of_the_new_service_issued_before_the_original_stay_ahead_of_the_transferred_one() {
        // given K001 at 10:00 and P001 at 10:05, P001 transferred to koerekort at 10:10
        branch.issue("koerekort");
        clock.advance(Duration.ofMinutes(5));
        String original = branch.issue("pas").path("id").asText();
        clock.advance(Duration.ofMinutes(5));
        String successor = transfer(original, "koerekort", STAFF).text("id");

        // then K001 is ahead of it
        assertThat(branch.ticket(successor).path("waitingAhead").asInt()).isEqualTo(1);
        assertThat(branch.next("2").path("number").asText()).isEqualTo("K001");
        assertThat(branch.next("2").path("id").asText()).isEqualTo(successor);
    }

    @Test
    void only_staff_may_transfer_and_not_to_the_same_or_an_unknown_service() {
        String id = branch.issue("pas").path("id").asText();
        branch.next("1");

        assertError(transfer(id, "koerekort", DESK_1), 403, "forbidden");
        assertError(transfer(id, "pas", STAFF), 409, "same-service");
        assertError(transfer(id, "nowhere", STAFF), 400, "invalid-input");
        assertThat(branch.ticket(id).path("status").asText()).isEqualTo("called");
    }

    private Http.Response transfer(String id, String service, String token) {
        return branch.act(id, "transfer", token, "{\"service\":\"" + service + "\"}");
    }
}
