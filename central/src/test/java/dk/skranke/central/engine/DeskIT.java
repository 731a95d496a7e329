package dk.skranke.central.engine;

import static dk.skranke.central.engine.BranchClient.assertError;
import static dk.skranke.central.engine.BranchClient.named;
import static dk.skranke.central.engine.BranchClient.names;
import static dk.skranke.central.testing.TestConfig.DESK_1;
import static dk.skranke.central.testing.TestConfig.DESK_ANY;
import static dk.skranke.central.testing.TestConfig.DISPLAY;
import static dk.skranke.central.testing.TestConfig.KIOSK;
import static dk.skranke.central.testing.TestConfig.OTHER_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.time.MutableClock;
import dk.skranke.central.testing.SseClient;
import dk.skranke.central.testing.CentralExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Who may act at which desk, and pausing and re-opening desks. */
class DeskIT {
    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00+01:00");
    @RegisterExtension
    final CentralExtension central = CentralExtension.on(clock);
    private final BranchClient branch = new BranchClient(central);

    @Test
    void a_desk_token_bound_to_desk_1_cannot_call_at_desk_2() {
        // given a waiting passport ticket
        String id = branch.issue("pas").path("id").asText();

        // when desk 1's token calls next at desk 2
        Http.Response response = branch.tryNext("2", DESK_1, null);

        // then it is forbidden and nobody was called
        assertError(response, 403, "forbidden");
        assertThat(branch.ticket(id).path("status").asText()).isEqualTo("waiting");
    }

    @Test
    void an_unbound_desk_token_may_call_at_any_desk() {
        branch.issue("pas");

        Http.Response response = branch.tryNext("2", DESK_ANY, null);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.text("desk")).isEqualTo("2");
    }

    @Test
    void a_desk_token_cannot_act_on_a_ticket_called_at_another_desk() {
        String id = branch.issue("pas").path("id").asText();
        branch.next("2");

        assertError(branch.act(id, "start", DESK_1, null), 403, "forbidden");
        assertThat(branch.ticket(id).path("status").asText()).isEqualTo("called");
    }

    @Test
    void roles_without_desk_rights_and_other_branches_cannot_call_next() {
        branch.issue("pas");

        assertError(branch.tryNext("1", KIOSK, null), 403, "forbidden");
        assertError(branch.tryNext("1", DISPLAY, null), 403, "forbidden");
        assertError(branch.tryNext("1", OTHER_STAFF, null), 403, "forbidden");
        assertError(branch.tryNext("1", null, null), 401, "unauthorized");
        assertError(branch.tryNext("9", DESK_ANY, null), 404, "not-found");
    }

    @Test
    void pausing_a_desk_shows_it_closed_and_sends_desk_changed() {
        // when desk 1 pauses
        Http.Response response = branch.desk("1", "pause", DESK_1);

        // then the answer, the queue view and the event stream show it closed
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("open").asBoolean()).isFalse();
        assertThat(branch.deskInQueue("1").path("open").asBoolean()).isFalse();
        assertThat(branch.deskInQueue("2").path("open").asBoolean()).isTrue();
        List<SseClient.Event> events = branch.eventsUntil(named("desk.changed", "\"open\":false"));
        assertThat(events).last().satisfies(e -> assertThat(e.data()).contains("\"id\":\"1\""));
    }

    @Test
    void next_on_a_paused_desk_opens_it_again() {
        // given desk 1 paused and a waiting ticket
        branch.desk("1", "pause", DESK_1);
        branch.issue("pas");

        // when desk 1 calls next
        branch.next("1");

        // then the desk is open again and the stream says so before the call
        assertThat(branch.deskInQueue("1").path("open").asBoolean()).isTrue();
        assertThat(branch.deskInQueue("1").path("current").path("number").asText()).isEqualTo("P001");
        List<SseClient.Event> events = branch.eventsUntil(named("ticket.called", "P001"));
        assertThat(names(events)).containsExactly("desk.changed", "ticket.issued", "desk.changed", "ticket.called");
        assertThat(events.get(2).data()).contains("\"open\":true");
    }

    @Test
    void opening_a_desk_that_is_open_changes_nothing() {
        branch.desk("1", "open", DESK_1);
        branch.issue("pas");

        assertThat(names(branch.eventsUntil(named("ticket.issued", "P001")))).containsExactly("ticket.issued");
    }
}
