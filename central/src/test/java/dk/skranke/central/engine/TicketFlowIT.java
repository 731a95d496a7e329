package dk.skranke.central.engine;

import static dk.skranke.central.engine.BranchClient.assertError;
import static dk.skranke.central.engine.BranchClient.named;
import static dk.skranke.central.engine.BranchClient.names;
import static dk.skranke.central.testing.TestConfig.DESK_1;
import static dk.skranke.central.testing.TestConfig.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.time.MutableClock;
import dk.skranke.central.testing.SseClient;
import dk.skranke.central.testing.CentralExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issuing, calling in the documented order, serving and finishing walk-in tickets through the API. */
class TicketFlowIT {
    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00+01:00");
    @RegisterExtension
    final CentralExtension central = CentralExtension.on(clock);
    private final BranchClient branch = new BranchClient(central);

    @Test
    void numbers_count_per_service_with_the_service_prefix() {
        // when tickets for two services are issued in turn
        JsonNode p1 = branch.issue("pas");
        JsonNode k1 = branch.issue("koerekort");
        JsonNode p2 = branch.issue("pas");

        // then each service counts on its own
        assertThat(p1.path("number").asText()).isEqualTo("P001");
        assertThat(p2.path("number").asText()).isEqualTo("P002");
        assertThat(k1.path("number").asText()).isEqualTo("K001");
        assertThat(p1.path("kind").asText()).isEqualTo("walk-in");
        assertThat(p1.path("status").asText()).isEqualTo("waiting");
        assertThat(p1.path("branch").asText()).isEqualTo("test");
        assertThat(p1.path("id").asText()).isNotEqualTo(p2.path("id").asText());
    }

    @Test
    void numbers_never_repeat_when_kiosks_issue_at_the_same_time() throws Exception {
        // when 30 tickets are asked for concurrently
        ExecutorService kiosks = Executors.newFixedThreadPool(8);
        try {
            List<Future<Http.Response>> responses = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                responses.add(kiosks.submit(() -> branch.tryIssue("{\"service\":\"pas\"}")));
            }
            List<String> numbers = new ArrayList<>();
            for (Future<Http.Response> response : responses) {
                Http.Response issued = response.get(30, TimeUnit.SECONDS);
                assertThat(issued.status()).as(issued.body()).isEqualTo(201);
                numbers.add(issued.text("number"));
            }

            // then every number from P001 to P030 is used exactly once
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                    IntStream.rangeClosed(1, 30).mapToObj(i -> String.format("P%03d", i)).toList());
            assertThat(branch.issue("pas").path("number").asText()).isEqualTo("P031");
        } finally {
            kiosks.shutdownNow();
        }
    }

    @Test
    void a_list_order_desk_calls_its_first_service_before_a_longer_waiting_second_service() {
        // given a driving-licence ticket that has waited longer than a passport ticket
        branch.issue("koerekort");
        clock.advance(Duration.ofMinutes(5));
        branch.issue("pas");
        clock.advance(Duration.ofMinutes(1));

        // when desk 1 (pas, koerekort) calls twice
        JsonNode first = branch.next("1");
        JsonNode second = branch.next("1");

        // then passport comes first, the driving licence after it
        assertThat(first.path("number").asText()).isEqualTo("P001");
        assertThat(second.path("number").asText()).isEqualTo("K001");
        assertThat(second.path("status").asText()).isEqualTo("called");
        assertThat(second.path("desk").asText()).isEqualTo("1");
    }

    @Test
    void a_desk_with_the_other_list_order_calls_the_other_service_first() {
        // given a passport ticket that has waited longer than a driving-licence ticket
        branch.issue("pas");
        clock.advance(Duration.ofMinutes(5));
        branch.issue("koerekort");

        // when desk 2 (koerekort, pas) calls
        JsonNode called = branch.next("2");

        // then it takes the driving licence
        assertThat(called.path("number").asText()).isEqualTo("K001");
    }

    @Test
    void within_one_service_tickets_are_called_first_come_first_served() {
        branch.issue("pas");
        clock.advance(Duration.ofSeconds(10));
        branch.issue("pas");
        clock.advance(Duration.ofSeconds(10));
        branch.issue("pas");

        assertThat(List.of(branch.next("1"), branch.next("2"), branch.next("1")))
                .extracting(t -> t.path("number").asText()).containsExactly("P001", "P002", "P003");
    }

    @Test
    void a_waiting_time_desk_picks_the_ticket_with_the_longest_weighted_wait() {
        // given P001 at 10:00 and F001 (flytning, weight 2) at 10:03
        branch.issue("pas");
        clock.advance(Duration.ofMinutes(3));
        branch.issue("flytning");

        // when desk 3 calls at 10:05: pas waited 300 s x 1, flytning 120 s x 2 = 240
        clock.advance(Duration.ofMinutes(2));
        JsonNode first = branch.next("3");

        // then passport goes first although flytning comes first in the desk's list
        assertThat(first.path("number").asText()).isEqualTo("P001");

        // when P002 is issued at 10:05 and desk 3 calls at 10:10: pas 300 s, flytning 420 s x 2 = 840
        branch.issue("pas");
        clock.advance(Duration.ofMinutes(5));
        JsonNode second = branch.next("3");

        // then flytning's weight wins against the passport ticket issued before it was called
        assertThat(second.path("number").asText()).isEqualTo("F001");
    }

    @Test
    void next_finishes_the_ticket_the_desk_was_serving() {
        // given desk 1 serving P001 and P002 waiting
        String p1 = branch.issue("pas").path("id").asText();
        branch.issue("pas");
        branch.next("1");
        branch.act(p1, "start", DESK_1, null);
        clock.advance(Duration.ofMinutes(4));

        // when desk 1 presses next
        JsonNode called = branch.next("1");

        // then P001 is done and a ticket.finished event precedes the call of P002
        assertThat(called.path("number").asText()).isEqualTo("P002");
        JsonNode finished = branch.ticket(p1);
        assertThat(finished.path("status").asText()).isEqualTo("done");
        assertThat(finished.path("finishedAt").isNull()).isFalse();
        List<SseClient.Event> events = branch.eventsUntil(named("ticket.called", "P002"));
        assertThat(names(events)).containsSubsequence("ticket.started", "ticket.finished", "ticket.called");
        assertThat(events.get(events.size() - 2).data()).contains(p1).contains("\"status\":\"done\"");
    }

    @Test
    void next_answers_204_when_nobody_waits_for_the_desk() {
        // given only a flytning ticket, which desk 1 does not serve
        branch.issue("flytning");

        // when desk 1 calls
        Http.Response response = branch.tryNext("1", DESK_1, null);

        // then nobody is called
        assertThat(response.status()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void finish_stores_and_returns_the_outcomes_staff_chose() {
        // given P001 being served at desk 1
        String id = branch.issue("pas").path("id").asText();
        branch.next("1");
        Http.Response started = branch.act(id, "start", DESK_1, null);
        assertThat(started.status()).isEqualTo(200);
        assertThat(started.text("status")).isEqualTo("serving");
        clock.advance(Duration.ofMinutes(7));

        // when the desk finishes it as "could have been digital"
        Http.Response finished = branch.act(id, "finish", DESK_1,
                "{\"outcomes\":[\"could-have-been-digital\"]}");

        // then the answer and the stored ticket carry the outcome
        assertThat(finished.status()).as(finished.body()).isEqualTo(200);
        assertThat(finished.text("status")).isEqualTo("done");
        assertThat(finished.json().path("outcomes")).extracting(JsonNode::asText)
                .containsExactly("could-have-been-digital");
        JsonNode stored = branch.ticket(id);
        assertThat(stored.path("status").asText()).isEqualTo("done");
        assertThat(stored.path("outcomes")).extracting(JsonNode::asText).containsExactly("could-have-been-digital");
    }

    @Test
    void finish_rejects_an_unknown_outcome_and_names_the_field() {
        String id = branch.issue("pas").path("id").asText();
        branch.next("1");

        Http.Response response = branch.act(id, "finish", DESK_1, "{\"outcomes\":[\"was-rude\"]}");

        assertError(response, 400, "invalid-input");
        assertThat(response.text("field")).isEqualTo("outcomes");
        assertThat(branch.ticket(id).path("status").asText()).isEqualTo("called");
    }

    @Test
    void waiting_ahead_and_estimated_wait_fall_as_others_are_served() {
        // given three passport tickets
        branch.issue("pas");
        branch.issue("pas");
        String third = branch.issue("pas").path("id").asText();
        JsonNode before = branch.ticket(third);
        assertThat(before.path("waitingAhead").asInt()).isEqualTo(2);
        assertThat(before.path("estimatedWaitMinutes").asInt()).isPositive();

        // when desk 1 calls the first one
        clock.advance(Duration.ofMinutes(1));
        branch.next("1");
        JsonNode afterOne = branch.ticket(third);

        // then one fewer is ahead and the estimate is shorter
        assertThat(afterOne.path("waitingAhead").asInt()).isEqualTo(1);
        assertThat(afterOne.path("estimatedWaitMinutes").asInt())
                .isLessThan(before.path("estimatedWaitMinutes").asInt()).isPositive();

        // when desk 2 calls the second one, nobody is ahead any more
        clock.advance(Duration.ofMinutes(1));
        branch.next("2");
        JsonNode afterTwo = branch.ticket(third);
        assertThat(afterTwo.path("waitingAhead").asInt()).isZero();
        assertThat(afterTwo.path("estimatedWaitMinutes").asInt()).isZero();
    }

    @Test
    void staff_can_cancel_a_waiting_ticket_and_it_is_never_called() {
        // given a waiting ticket
        String id = branch.issue("pas").path("id").asText();

        // when staff cancel it
        Http.Response cancelled = branch.act(id, "cancel");

        // then it is cancelled, counted out of the queue, and desk 1 finds nobody
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.text("status")).isEqualTo("cancelled");
        assertThat(branch.ticket(id).path("status").asText()).isEqualTo("cancelled");
        assertThat(branch.queue().path("services")).filteredOn(s -> s.path("service").asText().equals("pas"))
                .extracting(s -> s.path("waiting").asInt()).containsExactly(0);
        assertThat(branch.tryNext("1", DESK_1, null).status()).isEqualTo(204);
        assertThat(names(branch.eventsUntil(named("ticket.cancelled", id))))
                .containsExactly("ticket.issued", "ticket.cancelled");
    }

    @Test
    void a_finished_ticket_cannot_change_again() {
        String id = branch.issue("pas").path("id").asText();
        branch.next("1");
        branch.act(id, "finish", STAFF, null);

        assertError(branch.act(id, "cancel"), 409, "invalid-transition");
        assertError(branch.act(id, "start"), 409, "invalid-transition");
    }
}
