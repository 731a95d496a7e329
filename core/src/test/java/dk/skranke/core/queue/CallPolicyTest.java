package dk.skranke.core.queue;

import static dk.skranke.core.testing.TestTickets.at;
import static dk.skranke.core.testing.TestTickets.walkIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.skranke.core.error.ConflictException;
import dk.skranke.core.ticket.Ticket;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallPolicyTest {

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private static final CallPolicy DEFAULTS = new CallPolicy(QueueRules.DEFAULT, CPH);

    // ---- recall ----

    @Test
    void a_recall_before_the_recall_delay_is_refused_with_the_branch_time_it_becomes_allowed() {
        // given a ticket called at 09:00:00 and the default 30 s recall delay
        Ticket called = walkIn("P001", "pas", at("08:50")).call("1", at("09:00:00"));

        // when
        ConflictException refused = catchThrowableOfType(ConflictException.class,
                () -> DEFAULTS.requireRecallAllowed(called, at("09:00:29")));

        // then
        assertThat(refused).isNotNull();
        assertThat(refused.code()).isEqualTo("recall-too-soon");
        assertThat(refused.details()).isEqualTo(Map.of("allowedAt", branchTime("10:00:30")));
        assertThat(refused.getMessage()).contains("30 s");
    }

    @Test
    void a_recall_is_allowed_once_the_recall_delay_has_passed() {
        // given
        Ticket called = walkIn("P001", "pas", at("08:50")).call("1", at("09:00:00"));

        // when / then: the boundary itself is allowed
        assertThatCode(() -> DEFAULTS.requireRecallAllowed(called, at("09:00:30"))).doesNotThrowAnyException();
        assertThatCode(() -> DEFAULTS.requireRecallAllowed(called, at("09:05"))).doesNotThrowAnyException();
    }

    @Test
    void the_recall_delay_runs_from_the_latest_call() {
        // given a ticket called at 09:00:00 and recalled at 09:00:40
        Ticket recalled = walkIn("P001", "pas", at("08:50")).call("1", at("09:00:00")).recall(at("09:00:40"));

        // when
        ConflictException refused = catchThrowableOfType(ConflictException.class,
                () -> DEFAULTS.requireRecallAllowed(recalled, at("09:01:00")));

        // then
        assertThat(refused).isNotNull();
        assertThat(refused.code()).isEqualTo("recall-too-soon");
        assertThat(refused.details()).containsEntry("allowedAt", branchTime("10:01:10"));
    }

    @Test
    void the_recall_delay_comes_from_the_queue_rules() {
        // given a 2 minute recall delay
        CallPolicy policy = new CallPolicy(new QueueRules(2, Duration.ofMinutes(2), Duration.ofMinutes(5)), CPH);
        Ticket called = walkIn("P001", "pas", at("08:50")).call("1", at("09:00"));

        // when
        ConflictException refused = catchThrowableOfType(ConflictException.class,
                () -> policy.requireRecallAllowed(called, at("09:01:59")));

        // then
        assertThat(refused).isNotNull();
        assertThat(refused.getMessage()).contains("120 s");
        assertThatCode(() -> policy.requireRecallAllowed(called, at("09:02"))).doesNotThrowAnyException();
    }

    @Test
    void only_a_called_ticket_can_be_recalled() {
        // given
        Ticket waiting = walkIn("P001", "pas", at("08:50"));
        Ticket serving = waiting.call("1", at("09:00")).start(at("09:01"));

        // when
        ConflictException refusedWaiting = catchThrowableOfType(ConflictException.class,
                () -> DEFAULTS.requireRecallAllowed(waiting, at("10:00")));
        ConflictException refusedServing = catchThrowableOfType(ConflictException.class,
                () -> DEFAULTS.requireRecallAllowed(serving, at("10:00")));

        // then
        assertThat(refusedWaiting.code()).isEqualTo("invalid-transition");
        assertThat(refusedWaiting.details()).isEqualTo(Map.of("status", "waiting"));
        assertThat(refusedServing.code()).isEqualTo("invalid-transition");
        assertThat(refusedServing.details()).isEqualTo(Map.of("status", "serving"));
    }

    // ---- no-show ----

    @Test
    void a_no_show_before_the_minimum_number_of_calls_is_refused_with_the_counts() {
        // given a ticket called once, long ago, and the default minimum of 2 calls
        Ticket calledOnce = walkIn("P001", "pas", at("08:50")).call("1", at("09:00"));

        // when
        ConflictException refused = catchThrowableOfType(ConflictException.class,
                () -> DEFAULTS.requireNoShowAllowed(calledOnce, at("10:00")));

        // then
        assertThat(refused).isNotNull();
        assertThat(refused.code()).isEqualTo("too-few-calls");
        assertThat(refused.details()).isEqualTo(Map.of("calls", 1, "minCalls", 2));
        assertThat(refused.getMessage()).contains("2 times").contains("1 time(s)");
    }

    @Test
    void a_no_show_within_the_recall_delay_of_the_last_call_is_refused() {
        // given a ticket called twice, the second time at 09:01:00
        Ticket calledTwice = walkIn("P001", "pas", at("08:50")).call("1", at("09:00")).recall(at("09:01:00"));

        // when
        ConflictException refused = catchThrowableOfType(ConflictException.class,
                () -> DEFAULTS.requireNoShowAllowed(calledTwice, at("09:01:29")));

        // then
        assertThat(refused).isNotNull();
        assertThat(refused.code()).isEqualTo("no-show-too-soon");
        assertThat(refused.details()).isEqualTo(Map.of("allowedAt", branchTime("10:01:30")));
    }

    @Test
    void a_no_show_is_allowed_after_enough_calls_and_the_delay() {
        // given
        Ticket calledTwice = walkIn("P001", "pas", at("08:50")).call("1", at("09:00")).recall(at("09:01:00"));

        // when / then
        assertThatCode(() -> DEFAULTS.requireNoShowAllowed(calledTwice, at("09:01:30"))).doesNotThrowAnyException();
    }

    @Test
    void the_minimum_number_of_calls_comes_from_the_queue_rules() {
        // given three calls are required
        CallPolicy policy = new CallPolicy(new QueueRules(3, Duration.ofSeconds(30), Duration.ofMinutes(5)), CPH);
        Ticket calledTwice = walkIn("P001", "pas", at("08:50")).call("1", at("09:00")).recall(at("09:01"));
        Ticket calledThrice = calledTwice.recall(at("09:02"));

        // when
        ConflictException refused = catchThrowableOfType(ConflictException.class,
                () -> policy.requireNoShowAllowed(calledTwice, at("10:00")));

        // then
        assertThat(refused.details()).isEqualTo(Map.of("calls", 2, "minCalls", 3));
        assertThatCode(() -> policy.requireNoShowAllowed(calledThrice, at("10:00"))).doesNotThrowAnyException();
    }

    @Test
    void a_single_required_call_still_waits_for_the_delay() {
        // given one call is enough
        CallPolicy policy = new CallPolicy(new QueueRules(1, Duration.ofSeconds(30), Duration.ofMinutes(5)), CPH);
        Ticket calledOnce = walkIn("P001", "pas", at("08:50")).call("1", at("09:00:00"));

        // when
        ConflictException refused = catchThrowableOfType(ConflictException.class,
                () -> policy.requireNoShowAllowed(calledOnce, at("09:00:10")));

        // then
        assertThat(refused.code()).isEqualTo("no-show-too-soon");
        assertThatCode(() -> policy.requireNoShowAllowed(calledOnce, at("09:00:30"))).doesNotThrowAnyException();
    }

    @Test
    void only_a_called_ticket_can_be_marked_no_show() {
        // given a ticket that is being served after two calls
        Ticket serving = walkIn("P001", "pas", at("08:50")).call("1", at("09:00")).recall(at("09:01"))
                .start(at("09:02"));

        // when
        ConflictException refused = catchThrowableOfType(ConflictException.class,
                () -> DEFAULTS.requireNoShowAllowed(serving, at("10:00")));

        // then
        assertThat(refused.code()).isEqualTo("invalid-transition");
        assertThat(refused.details()).isEqualTo(Map.of("status", "serving"));
    }

    /** A time on the test day in Copenhagen (UTC+1 in March), as error details carry it. */
    private static OffsetDateTime branchTime(String time) {
        return OffsetDateTime.parse("2026-03-10T" + time + "+01:00");
    }
}
