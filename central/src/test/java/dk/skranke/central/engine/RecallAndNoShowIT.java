package dk.skranke.central.engine;

import static dk.skranke.central.engine.BranchClient.assertError;
import static dk.skranke.central.testing.TestConfig.DESK_1;
import static org.assertj.core.api.Assertions.assertThat;

import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.time.MutableClock;
import dk.skranke.central.testing.CentralExtension;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Recall and no-show are guarded by the recall delay (30 s) and the minimum number of calls (2). */
class RecallAndNoShowIT {
    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00+01:00");
    @RegisterExtension
    final CentralExtension central = CentralExtension.on(clock);
    private final BranchClient branch = new BranchClient(central);
    private String called;

    @BeforeEach
    void start() {
        // given P001 called at desk 1 at 10:00:00
        called = branch.issue("pas").path("id").asText();
        branch.next("1");
    }

    @Test
    void a_recall_within_the_recall_delay_is_refused() {
        clock.advance(Duration.ofSeconds(29));

        Http.Response response = branch.act(called, "recall", DESK_1, null);

        assertError(response, 409, "recall-too-soon");
        assertThat(response.json().has("allowedAt")).isTrue();
        assertThat(branch.ticket(called).path("callCount").asInt()).isEqualTo(1);
    }

    @Test
    void a_recall_after_the_delay_calls_the_ticket_again() {
        clock.advance(Duration.ofSeconds(31));

        Http.Response response = branch.act(called, "recall", DESK_1, null);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.text("status")).isEqualTo("called");
        assertThat(response.json().path("callCount").asInt()).isEqualTo(2);
        assertThat(response.text("desk")).isEqualTo("1");
    }

    @Test
    void a_ticket_called_once_cannot_be_marked_no_show() {
        clock.advance(Duration.ofMinutes(5));

        Http.Response response = branch.act(called, "no-show", DESK_1, null);

        assertError(response, 409, "too-few-calls");
        assertThat(branch.ticket(called).path("status").asText()).isEqualTo("called");
    }

    @Test
    void a_ticket_called_twice_becomes_a_no_show_once_the_delay_after_the_last_call_passed() {
        // given a recall 31 s after the first call
        clock.advance(Duration.ofSeconds(31));
        assertThat(branch.act(called, "recall", DESK_1, null).status()).isEqualTo(200);

        // when the desk marks no-show right after the recall, it is too soon
        assertError(branch.act(called, "no-show", DESK_1, null), 409, "no-show-too-soon");

        // when it tries again after the delay
        clock.advance(Duration.ofSeconds(31));
        Http.Response response = branch.act(called, "no-show", DESK_1, null);

        // then the ticket is a no-show and the desk is free
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.text("status")).isEqualTo("no-show");
        assertThat(branch.ticket(called).path("status").asText()).isEqualTo("no-show");
        assertThat(branch.deskInQueue("1").path("current").isNull()).isTrue();
    }

    @Test
    void a_waiting_ticket_cannot_be_recalled() {
        String waiting = branch.issue("pas").path("id").asText();

        assertError(branch.act(waiting, "recall"), 409, "invalid-transition");
    }
}
