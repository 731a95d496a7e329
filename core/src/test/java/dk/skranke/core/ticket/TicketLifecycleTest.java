package dk.skranke.core.ticket;

import static dk.skranke.core.testing.TestTickets.at;
import static dk.skranke.core.testing.TestTickets.walkIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.skranke.core.error.ConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class TicketLifecycleTest {

    private static final Instant ISSUED = at("09:00");
    private static final Instant CALLED = at("09:05");
    private static final Instant STARTED = at("09:06");
    private static final Instant LATER = at("09:20");

    // ---- the full transition matrix ----

    static Stream<Arguments> everyRequestedTransition() {
        List<Arguments> pairs = new ArrayList<>();
        for (TicketStatus from : TicketStatus.values()) {
            for (TicketStatus to : TicketStatus.values()) {
                if (to != TicketStatus.WAITING) {
                    pairs.add(Arguments.of(from, to));
                }
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyRequestedTransition")
    void every_transition_in_the_status_table_works_and_every_other_is_refused(TicketStatus from, TicketStatus to) {
        // given a ticket in the status "from"
        Ticket ticket = ticketIn(from);

        // when the ticket method that leads to "to" is used
        // then it succeeds exactly when the status table allows it
        if (from.canBecome(to)) {
            assertThat(transition(ticket, to).status()).isEqualTo(to);
        } else {
            ConflictException refused = catchThrowableOfType(ConflictException.class, () -> transition(ticket, to));
            assertThat(refused).as("%s -> %s must be refused", from, to).isNotNull();
            assertThat(refused.code()).isEqualTo("invalid-transition");
            assertThat(refused.details()).isEqualTo(Map.of("status", from.wire(), "requested", to.wire()));
            assertThat(refused.getMessage()).as("the message names the current status").contains(from.wire());
        }
    }

    @Test
    void the_status_table_makes_a_ticket_be_called_before_it_is_served_or_judged() {
        // given / when / then
        assertThat(allowedFrom(TicketStatus.WAITING))
                .containsExactlyInAnyOrder(TicketStatus.CALLED, TicketStatus.CANCELLED, TicketStatus.TRANSFERRED);
        assertThat(allowedFrom(TicketStatus.CALLED)).containsExactlyInAnyOrder(TicketStatus.CALLED,
                TicketStatus.SERVING, TicketStatus.DONE, TicketStatus.NO_SHOW, TicketStatus.CANCELLED,
                TicketStatus.TRANSFERRED);
        assertThat(allowedFrom(TicketStatus.SERVING))
                .containsExactlyInAnyOrder(TicketStatus.DONE, TicketStatus.TRANSFERRED);
    }

    @ParameterizedTest
    @EnumSource(value = TicketStatus.class, names = {"DONE", "NO_SHOW", "TRANSFERRED", "CANCELLED"})
    void final_states_are_final(TicketStatus status) {
        // given
        Ticket ticket = ticketIn(status);

        // when / then
        assertThat(status.isFinal()).isTrue();
        assertThat(status.isAtDesk()).isFalse();
        assertThat(allowedFrom(status)).isEmpty();
        assertThatThrownBy(() -> ticket.call("1", LATER)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ticket.recall(LATER)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ticket.start(LATER)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ticket.finish(LATER, List.of())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ticket.noShow(LATER)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ticket.cancel(LATER)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ticket.markTransferred(LATER)).isInstanceOf(ConflictException.class);
    }

    @ParameterizedTest
    @EnumSource(value = TicketStatus.class, names = {"WAITING", "CALLED", "SERVING"})
    void open_states_are_not_final_and_only_called_and_serving_are_at_a_desk(TicketStatus status) {
        // given / when / then
        assertThat(status.isFinal()).isFalse();
        assertThat(status.isAtDesk()).isEqualTo(status != TicketStatus.WAITING);
    }

    @ParameterizedTest
    @EnumSource(value = TicketStatus.class, names = {"WAITING", "CALLED", "SERVING"})
    void the_end_of_day_sweep_closes_a_ticket_left_open_even_one_being_served(TicketStatus status) {
        // given a ticket still open from yesterday
        Ticket leftOver = ticketIn(status);

        // when the day is closed
        Ticket closed = leftOver.closeForDay(at("23:59"));

        // then it is cancelled and keeps what happened to it
        assertThat(closed.status()).isEqualTo(TicketStatus.CANCELLED);
        assertThat(closed.finishedAt()).isEqualTo(at("23:59"));
        assertThat(closed.desk()).isEqualTo(leftOver.desk());
        assertThat(closed.callCount()).isEqualTo(leftOver.callCount());
        assertThat(closed.startedAt()).isEqualTo(leftOver.startedAt());
        assertThat(closed.number()).isEqualTo(leftOver.number());
    }

    @ParameterizedTest
    @EnumSource(value = TicketStatus.class, names = {"DONE", "NO_SHOW", "TRANSFERRED", "CANCELLED"})
    void the_end_of_day_sweep_leaves_final_tickets_alone(TicketStatus status) {
        // given
        Ticket ended = ticketIn(status);

        // when
        ConflictException refused = catchThrowableOfType(ConflictException.class,
                () -> ended.closeForDay(at("23:59")));

        // then
        assertThat(refused).isNotNull();
        assertThat(refused.code()).isEqualTo("invalid-transition");
        assertThat(refused.details()).isEqualTo(Map.of("status", status.wire(), "requested", "cancelled"));
    }

    @Test
    void staff_cannot_cancel_a_ticket_that_is_being_served() {
        // given
        Ticket serving = ticketIn(TicketStatus.SERVING);

        // when
        ConflictException refused = catchThrowableOfType(ConflictException.class, () -> serving.cancel(LATER));

        // then only the end-of-day sweep may close it
        assertThat(refused).isNotNull();
        assertThat(refused.code()).isEqualTo("invalid-transition");
    }

    // ---- what each transition records ----

    @Test
    void calling_a_waiting_ticket_sets_the_desk_time_and_first_call() {
        // given
        Ticket waiting = walkIn("P001", "pas", ISSUED);

        // when
        Ticket called = waiting.call("3", CALLED);

        // then
        assertThat(called.status()).isEqualTo(TicketStatus.CALLED);
        assertThat(called.desk()).isEqualTo("3");
        assertThat(called.calledAt()).isEqualTo(CALLED);
        assertThat(called.callCount()).isEqualTo(1);
        assertThat(called.queuedAt()).isEqualTo(ISSUED);
        assertThat(called.number()).isEqualTo("P001");
        assertThat(waiting.status()).as("tickets are immutable").isEqualTo(TicketStatus.WAITING);
    }

    @Test
    void recalling_counts_another_call_at_the_same_desk_and_moves_the_call_time() {
        // given
        Ticket called = walkIn("P001", "pas", ISSUED).call("3", CALLED);

        // when
        Ticket recalled = called.recall(at("09:06"));
        Ticket again = recalled.recall(at("09:07"));

        // then
        assertThat(recalled.status()).isEqualTo(TicketStatus.CALLED);
        assertThat(recalled.callCount()).isEqualTo(2);
        assertThat(recalled.desk()).isEqualTo("3");
        assertThat(recalled.calledAt()).isEqualTo(at("09:06"));
        assertThat(again.callCount()).isEqualTo(3);
    }

    @Test
    void only_a_called_ticket_can_be_recalled() {
        // given
        Ticket waiting = walkIn("P001", "pas", ISSUED);
        Ticket serving = waiting.call("1", CALLED).start(STARTED);

        // when / then
        assertThatThrownBy(() -> waiting.recall(LATER)).isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).code()).isEqualTo("invalid-transition");
        assertThatThrownBy(() -> serving.recall(LATER)).isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).code()).isEqualTo("invalid-transition");
    }

    @Test
    void call_is_only_for_waiting_tickets_a_called_ticket_is_recalled_instead() {
        // given
        Ticket called = walkIn("P001", "pas", ISSUED).call("1", CALLED);

        // when
        ConflictException refused = catchThrowableOfType(ConflictException.class, () -> called.call("2", LATER));

        // then
        assertThat(refused).isNotNull();
        assertThat(refused.code()).isEqualTo("invalid-transition");
        assertThat(called.recall(LATER).desk()).isEqualTo("1");
    }

    @Test
    void starting_keeps_the_call_and_records_the_start() {
        // given
        Ticket called = walkIn("P001", "pas", ISSUED).call("1", CALLED);

        // when
        Ticket serving = called.start(STARTED);

        // then
        assertThat(serving.status()).isEqualTo(TicketStatus.SERVING);
        assertThat(serving.startedAt()).isEqualTo(STARTED);
        assertThat(serving.calledAt()).isEqualTo(CALLED);
        assertThat(serving.desk()).isEqualTo("1");
        assertThat(serving.callCount()).isEqualTo(1);
    }

    @Test
    void finishing_keeps_the_outcomes_staff_chose() {
        // given
        Ticket serving = walkIn("P001", "pas", ISSUED).call("1", CALLED).start(STARTED);
        List<Outcome> tags = new ArrayList<>(List.of(Outcome.COULD_HAVE_BEEN_DIGITAL, Outcome.HELPED_TO_SELF_SERVICE));

        // when
        Ticket done = serving.finish(LATER, tags);
        tags.clear();

        // then
        assertThat(done.status()).isEqualTo(TicketStatus.DONE);
        assertThat(done.finishedAt()).isEqualTo(LATER);
        assertThat(done.startedAt()).isEqualTo(STARTED);
        assertThat(done.outcomes()).containsExactly(Outcome.COULD_HAVE_BEEN_DIGITAL, Outcome.HELPED_TO_SELF_SERVICE);
    }

    @Test
    void a_called_ticket_can_be_finished_without_being_started() {
        // given
        Ticket called = walkIn("P001", "pas", ISSUED).call("1", CALLED);

        // when
        Ticket done = called.finish(LATER, List.of());

        // then
        assertThat(done.status()).isEqualTo(TicketStatus.DONE);
        assertThat(done.startedAt()).isNull();
        assertThat(done.calledAt()).isEqualTo(CALLED);
        assertThat(done.outcomes()).isEmpty();
    }

    @Test
    void no_show_cancel_and_transfer_record_when_the_ticket_ended() {
        // given
        Ticket called = walkIn("P001", "pas", ISSUED).call("1", CALLED);

        // when
        Ticket noShow = called.noShow(LATER);
        Ticket cancelled = called.cancel(LATER);
        Ticket transferred = called.markTransferred(LATER);

        // then
        assertThat(noShow.status()).isEqualTo(TicketStatus.NO_SHOW);
        assertThat(cancelled.status()).isEqualTo(TicketStatus.CANCELLED);
        assertThat(transferred.status()).isEqualTo(TicketStatus.TRANSFERRED);
        assertThat(List.of(noShow, cancelled, transferred)).allSatisfy(t -> {
            assertThat(t.finishedAt()).isEqualTo(LATER);
            assertThat(t.desk()).isEqualTo("1");
            assertThat(t.callCount()).isEqualTo(1);
        });
    }

    // ---- helpers ----

    private static Set<TicketStatus> allowedFrom(TicketStatus from) {
        Set<TicketStatus> allowed = EnumSet.noneOf(TicketStatus.class);
        for (TicketStatus to : TicketStatus.values()) {
            if (from.canBecome(to)) {
                allowed.add(to);
            }
        }
        return allowed;
    }

    /** A ticket brought into the given status through the ticket's own methods. */
    private static Ticket ticketIn(TicketStatus status) {
        Ticket waiting = walkIn("P001", "pas", ISSUED);
        return switch (status) {
            case WAITING -> waiting;
            case CALLED -> waiting.call("1", CALLED);
            case SERVING -> waiting.call("1", CALLED).start(STARTED);
            case DONE -> waiting.call("1", CALLED).start(STARTED).finish(LATER, List.of());
            case NO_SHOW -> waiting.call("1", CALLED).recall(STARTED).noShow(LATER);
            case TRANSFERRED -> waiting.markTransferred(LATER);
            case CANCELLED -> waiting.cancel(LATER);
        };
    }

    /** The ticket method that leads to the requested status: call (or recall when already called). */
    private static Ticket transition(Ticket ticket, TicketStatus to) {
        return switch (to) {
            case WAITING -> throw new IllegalArgumentException("no method leads back to waiting");
            case CALLED -> ticket.status() == TicketStatus.CALLED ? ticket.recall(LATER) : ticket.call("2", LATER);
            case SERVING -> ticket.start(LATER);
            case DONE -> ticket.finish(LATER, List.of(Outcome.NEEDS_FOLLOW_UP));
            case NO_SHOW -> ticket.noShow(LATER);
            case CANCELLED -> ticket.cancel(LATER);
            case TRANSFERRED -> ticket.markTransferred(LATER);
        };
    }
}
