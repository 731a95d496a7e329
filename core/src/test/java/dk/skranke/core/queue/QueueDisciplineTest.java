package dk.skranke.core.queue;

import static dk.skranke.core.testing.TestTickets.appointment;
import static dk.skranke.core.testing.TestTickets.at;
import static dk.skranke.core.testing.TestTickets.walkIn;
import static org.assertj.core.api.Assertions.assertThat;

import dk.skranke.core.branch.Desk;
import dk.skranke.core.branch.ServiceOrder;
import dk.skranke.core.ticket.Ticket;
import dk.skranke.core.ticket.TicketStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueueDisciplineTest {

    private static final QueueRules RULES = new QueueRules(2, Duration.ofSeconds(30), Duration.ofMinutes(5));
    private static final QueueDiscipline NEUTRAL = new QueueDiscipline(RULES, service -> 1.0);
    private static final Desk PAS_DESK = new Desk("1", "Skranke 1", List.of("pas"), ServiceOrder.LIST);
    private static final Desk PAS_THEN_KOEREKORT =
            new Desk("1", "Skranke 1", List.of("pas", "koerekort"), ServiceOrder.LIST);

    // ---- appointments ----

    @Test
    void due_checked_in_appointments_go_before_walk_ins_who_waited_longer() {
        // given a walk-in waiting since 09:00 and an appointment at 09:30 checked in at 09:20
        Ticket walkIn = walkIn("P001", "pas", at("09:00"));
        Ticket booked = appointment("P002", "pas", at("09:20"), at("09:30"));

        // when the desk calls at 09:25, when the appointment is due (5 minutes lead)
        Optional<Ticket> next = NEUTRAL.next(PAS_DESK, List.of(walkIn, booked), at("09:25"));

        // then
        assertThat(next).contains(booked);
    }

    @Test
    void a_checked_in_appointment_that_is_not_yet_due_waits_while_walk_ins_are_called() {
        // given an appointment at 10:00 checked in at 09:30, and a walk-in who came later
        Ticket booked = appointment("P001", "pas", at("09:30"), at("10:00"));
        Ticket walkIn = walkIn("P002", "pas", at("09:40"));

        // when the desk calls at 09:54:59, one second before the appointment is due
        Optional<Ticket> next = NEUTRAL.next(PAS_DESK, List.of(booked, walkIn), at("09:54:59"));

        // then the walk-in is called
        assertThat(next).contains(walkIn);
    }

    @Test
    void an_idle_desk_calls_a_checked_in_appointment_before_it_is_due() {
        // given only appointments checked in early (10:30 and 10:00), nobody walking in
        Ticket later = appointment("P001", "pas", at("09:20"), at("10:30"));
        Ticket earlier = appointment("P002", "pas", at("09:30"), at("10:00"));

        // when the desk calls at 09:35, long before either is due
        Optional<Ticket> next = NEUTRAL.next(PAS_DESK, List.of(later, earlier), at("09:35"));

        // then the earliest appointment is called rather than leaving the desk idle
        assertThat(next).contains(earlier);
    }

    @Test
    void an_appointment_becomes_due_exactly_the_appointment_lead_before_its_start() {
        // given an appointment at 10:00 and an earlier walk-in
        Ticket walkIn = walkIn("P001", "pas", at("09:00"));
        Ticket booked = appointment("P002", "pas", at("09:30"), at("10:00"));

        // when / then
        assertThat(NEUTRAL.isDueAppointment(booked, at("09:54:59"))).isFalse();
        assertThat(NEUTRAL.isDueAppointment(booked, at("09:55"))).isTrue();
        assertThat(NEUTRAL.next(PAS_DESK, List.of(walkIn, booked), at("09:55"))).contains(booked);
    }

    @Test
    void the_appointment_lead_comes_from_the_queue_rules() {
        // given a rule that appointments count as due 15 minutes before their start
        QueueDiscipline discipline = new QueueDiscipline(new QueueRules(2, Duration.ofSeconds(30),
                Duration.ofMinutes(15)), service -> 1.0);
        Ticket walkIn = walkIn("P001", "pas", at("09:00"));
        Ticket booked = appointment("P002", "pas", at("09:30"), at("10:00"));

        // when the desk calls at 09:45
        Optional<Ticket> next = discipline.next(PAS_DESK, List.of(walkIn, booked), at("09:45"));

        // then
        assertThat(next).contains(booked);
    }

    @Test
    void among_due_appointments_the_earliest_start_goes_first_whatever_the_check_in_order() {
        // given an appointment at 09:30 checked in at 09:10 and one at 09:25 checked in at 09:24
        Ticket later = appointment("P001", "pas", at("09:10"), at("09:30"));
        Ticket earlier = appointment("P002", "pas", at("09:24"), at("09:25"));

        // when the desk calls at 09:26, when both are due
        Optional<Ticket> next = NEUTRAL.next(PAS_DESK, List.of(later, earlier), at("09:26"));

        // then
        assertThat(next).contains(earlier);
    }

    @Test
    void due_appointments_ignore_the_desk_service_order() {
        // given a desk that lists pas first, and a koerekort appointment that starts before a pas one
        Ticket pas = appointment("P001", "pas", at("09:00"), at("09:30"));
        Ticket koerekort = appointment("K001", "koerekort", at("09:05"), at("09:20"));

        // when
        Optional<Ticket> next = NEUTRAL.next(PAS_THEN_KOEREKORT, List.of(pas, koerekort), at("09:28"));

        // then
        assertThat(next).contains(koerekort);
    }

    // ---- walk-ins ----

    @Test
    void walk_ins_for_one_service_are_called_first_in_first_out() {
        // given three walk-ins, handed over in no particular order
        Ticket first = walkIn("P001", "pas", at("09:00"));
        Ticket second = walkIn("P002", "pas", at("09:01"));
        Ticket third = walkIn("P003", "pas", at("09:02"));

        // when
        Optional<Ticket> next = NEUTRAL.next(PAS_DESK, List.of(third, first, second), at("09:10"));
        Optional<Ticket> afterFirst = NEUTRAL.next(PAS_DESK, List.of(third, second), at("09:10"));

        // then
        assertThat(next).contains(first);
        assertThat(afterFirst).contains(second);
    }

    @Test
    void walk_ins_queued_at_the_same_instant_go_by_ticket_number() {
        // given two walk-ins with the same timestamps
        Ticket two = walkIn("P002", "pas", at("09:00"));
        Ticket one = walkIn("P001", "pas", at("09:00"));

        // when
        Optional<Ticket> next = NEUTRAL.next(PAS_DESK, List.of(two, one), at("09:10"));

        // then
        assertThat(next).contains(one);
    }

    @Test
    void a_desk_only_calls_the_services_it_serves() {
        // given a pas desk and a koerekort walk-in and due koerekort appointment who came first
        Ticket koerekortWalkIn = walkIn("K001", "koerekort", at("09:00"));
        Ticket koerekortBooked = appointment("K002", "koerekort", at("09:01"), at("09:10"));
        Ticket pas = walkIn("P001", "pas", at("09:30"));

        // when
        Optional<Ticket> onlyOthers = NEUTRAL.next(PAS_DESK, List.of(koerekortWalkIn, koerekortBooked),
                at("09:40"));
        Optional<Ticket> withPas = NEUTRAL.next(PAS_DESK, List.of(koerekortWalkIn, koerekortBooked, pas),
                at("09:40"));

        // then
        assertThat(onlyOthers).isEmpty();
        assertThat(withPas).contains(pas);
    }

    @Test
    void tickets_that_are_not_waiting_are_never_called() {
        // given a ticket already called at another desk and one that was cancelled
        Ticket called = walkIn("P001", "pas", at("09:00")).call("2", at("09:05"));
        Ticket cancelled = walkIn("P002", "pas", at("09:01")).cancel(at("09:06"));
        Ticket waiting = walkIn("P003", "pas", at("09:02"));

        // when
        Optional<Ticket> next = NEUTRAL.next(PAS_DESK, List.of(called, cancelled, waiting), at("09:10"));
        Optional<Ticket> none = NEUTRAL.next(PAS_DESK, List.of(called, cancelled), at("09:10"));

        // then
        assertThat(next).contains(waiting);
        assertThat(none).isEmpty();
    }

    @Test
    void nobody_waiting_means_nobody_is_called() {
        // given / when
        Optional<Ticket> next = NEUTRAL.next(PAS_THEN_KOEREKORT, List.of(), at("09:00"));

        // then
        assertThat(next).isEmpty();
    }

    // ---- desk order: list ----

    @Test
    void a_list_desk_calls_the_first_service_in_its_list_even_if_another_service_waited_longer() {
        // given a koerekort walk-in waiting since 09:00 and a pas walk-in since 09:30
        Ticket koerekort = walkIn("K001", "koerekort", at("09:00"));
        Ticket pas = walkIn("P001", "pas", at("09:30"));
        Desk koerekortFirst = new Desk("2", "Skranke 2", List.of("koerekort", "pas"), ServiceOrder.LIST);

        // when
        Optional<Ticket> atPasFirstDesk = NEUTRAL.next(PAS_THEN_KOEREKORT, List.of(koerekort, pas), at("10:00"));
        Optional<Ticket> atKoerekortFirstDesk = NEUTRAL.next(koerekortFirst, List.of(koerekort, pas), at("10:00"));

        // then each desk follows its own list
        assertThat(atPasFirstDesk).contains(pas);
        assertThat(atKoerekortFirstDesk).contains(koerekort);
    }

    @Test
    void a_list_desk_calls_the_next_service_in_its_list_when_the_first_has_nobody_waiting() {
        // given only koerekort walk-ins
        Ticket later = walkIn("K002", "koerekort", at("09:10"));
        Ticket earlier = walkIn("K001", "koerekort", at("09:00"));

        // when
        Optional<Ticket> next = NEUTRAL.next(PAS_THEN_KOEREKORT, List.of(later, earlier), at("10:00"));

        // then
        assertThat(next).contains(earlier);
    }

    @Test
    void a_list_desk_ignores_service_weights() {
        // given koerekort weighs ten times as much as pas, but the desk lists pas first
        QueueDiscipline weighted = new QueueDiscipline(RULES, weights(Map.of("pas", 1.0, "koerekort", 10.0)));
        Ticket koerekort = walkIn("K001", "koerekort", at("09:00"));
        Ticket pas = walkIn("P001", "pas", at("09:59"));

        // when
        Optional<Ticket> next = weighted.next(PAS_THEN_KOEREKORT, List.of(koerekort, pas), at("10:00"));

        // then
        assertThat(next).contains(pas);
    }

    // ---- desk order: waiting time ----

    @Test
    void a_waiting_time_desk_calls_the_longest_wait_across_its_services() {
        // given a desk listing pas first, a koerekort walk-in since 09:00 and a pas walk-in since 09:30
        Desk desk = new Desk("3", "Skranke 3", List.of("pas", "koerekort"), ServiceOrder.WAITING_TIME);
        Ticket koerekort = walkIn("K001", "koerekort", at("09:00"));
        Ticket pas = walkIn("P001", "pas", at("09:30"));

        // when
        Optional<Ticket> next = NEUTRAL.next(desk, List.of(pas, koerekort), at("10:00"));

        // then
        assertThat(next).contains(koerekort);
    }

    @Test
    void a_waiting_time_desk_weighs_each_minute_by_the_service_weight() {
        // given pension counts double; at 10:00 a pas walk-in has waited 30 minutes
        QueueDiscipline weighted = new QueueDiscipline(RULES, weights(Map.of("pas", 1.0, "pension", 2.0)));
        Desk desk = new Desk("3", "Skranke 3", List.of("pas", "pension"), ServiceOrder.WAITING_TIME);
        Ticket pas = walkIn("P001", "pas", at("09:30"));
        Ticket pension16 = walkIn("N001", "pension", at("09:44"));
        Ticket pension14 = walkIn("N002", "pension", at("09:46"));

        // when
        Optional<Ticket> against16 = weighted.next(desk, List.of(pas, pension16), at("10:00"));
        Optional<Ticket> against14 = weighted.next(desk, List.of(pas, pension14), at("10:00"));

        // then 16 min x 2 = 32 beats 30, but 14 min x 2 = 28 does not
        assertThat(against16).contains(pension16);
        assertThat(against14).contains(pas);
    }

    @Test
    void equal_weighted_waits_are_broken_by_the_desk_list_order() {
        // given at 10:00 pas has waited 30 minutes (x1) and pension 15 minutes (x2): both weigh 1800 s
        QueueDiscipline weighted = new QueueDiscipline(RULES, weights(Map.of("pas", 1.0, "pension", 2.0)));
        Desk pasFirst = new Desk("3", "Skranke 3", List.of("pas", "pension"), ServiceOrder.WAITING_TIME);
        Desk pensionFirst = new Desk("4", "Skranke 4", List.of("pension", "pas"), ServiceOrder.WAITING_TIME);
        Ticket pas = walkIn("P001", "pas", at("09:30"));
        Ticket pension = walkIn("N001", "pension", at("09:45"));

        // when
        Optional<Ticket> atPasFirst = weighted.next(pasFirst, List.of(pension, pas), at("10:00"));
        Optional<Ticket> atPensionFirst = weighted.next(pensionFirst, List.of(pas, pension), at("10:00"));

        // then
        assertThat(atPasFirst).contains(pas);
        assertThat(atPensionFirst).contains(pension);
    }

    @Test
    void a_waiting_time_desk_still_calls_due_appointments_first() {
        // given a walk-in who waited an hour and a due appointment
        Desk desk = new Desk("3", "Skranke 3", List.of("pas", "pension"), ServiceOrder.WAITING_TIME);
        Ticket walkIn = walkIn("N001", "pension", at("09:00"));
        Ticket booked = appointment("P001", "pas", at("09:50"), at("10:00"));

        // when
        Optional<Ticket> next = NEUTRAL.next(desk, List.of(walkIn, booked), at("10:00"));

        // then
        assertThat(next).contains(booked);
    }

    // ---- transfers ----

    @Test
    void a_transferred_ticket_keeps_its_place_in_time_in_the_new_service() {
        // given P001 (queued 09:00) was called at pas and transferred to koerekort at 09:15,
        // where K001 has waited since 09:05
        Ticket original = walkIn("P001", "pas", at("09:00")).call("1", at("09:10"));
        Ticket successor = original.successorIn("t_P001b", "koerekort");
        Ticket koerekort = walkIn("K001", "koerekort", at("09:05"));
        Desk koerekortDesk = new Desk("2", "Skranke 2", List.of("koerekort"), ServiceOrder.LIST);

        // when
        Optional<Ticket> next = NEUTRAL.next(koerekortDesk, List.of(koerekort, successor), at("09:20"));

        // then the successor goes first, under the same number and status link
        assertThat(next).contains(successor);
        assertThat(successor.queuedAt()).isEqualTo(at("09:00"));
        assertThat(successor.issuedAt()).isEqualTo(at("09:00"));
        assertThat(successor.number()).isEqualTo("P001");
        assertThat(successor.publicToken()).isEqualTo(original.publicToken());
        assertThat(successor.transferredFrom()).isEqualTo(original.id());
        assertThat(successor.service()).isEqualTo("koerekort");
        assertThat(successor.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(successor.callCount()).isZero();
        assertThat(successor.desk()).isNull();
        assertThat(successor.calledAt()).isNull();
    }

    @Test
    void a_transferred_ticket_waits_behind_tickets_that_were_queued_before_it() {
        // given K001 queued at 08:55, before P001 (09:00) was transferred to koerekort
        Ticket successor = walkIn("P001", "pas", at("09:00")).successorIn("t_P001b", "koerekort");
        Ticket koerekort = walkIn("K001", "koerekort", at("08:55"));
        Desk koerekortDesk = new Desk("2", "Skranke 2", List.of("koerekort"), ServiceOrder.LIST);

        // when
        Optional<Ticket> next = NEUTRAL.next(koerekortDesk, List.of(successor, koerekort), at("09:20"));

        // then
        assertThat(next).contains(koerekort);
    }

    @Test
    void a_transferred_appointment_stays_an_appointment_with_its_start() {
        // given a due appointment transferred to another service
        Ticket booked = appointment("P001", "pas", at("09:50"), at("10:00"));
        Ticket successor = booked.successorIn("t_P001b", "koerekort");
        Ticket walkIn = walkIn("K001", "koerekort", at("09:00"));
        Desk koerekortDesk = new Desk("2", "Skranke 2", List.of("koerekort"), ServiceOrder.LIST);

        // when
        Optional<Ticket> next = NEUTRAL.next(koerekortDesk, List.of(walkIn, successor), at("10:00"));

        // then
        assertThat(successor.dueAt()).isEqualTo(at("10:00"));
        assertThat(successor.appointmentId()).isEqualTo(booked.appointmentId());
        assertThat(next).contains(successor);
    }

    // ---- waiting ahead ----

    @Test
    void a_walk_in_has_earlier_walk_ins_and_due_appointments_of_its_service_ahead() {
        // given, in pas: two earlier walk-ins, one later walk-in, a due appointment, an appointment
        // not yet due and a ticket already called; plus an earlier koerekort walk-in
        Ticket first = walkIn("P001", "pas", at("09:00"));
        Ticket second = walkIn("P002", "pas", at("09:01"));
        Ticket me = walkIn("P003", "pas", at("09:02"));
        Ticket after = walkIn("P004", "pas", at("09:03"));
        Ticket due = appointment("P005", "pas", at("09:04"), at("09:12"));
        Ticket notDue = appointment("P006", "pas", at("09:05"), at("09:40"));
        Ticket called = walkIn("P000", "pas", at("08:50")).call("1", at("09:06"));
        Ticket otherService = walkIn("K001", "koerekort", at("08:00"));
        List<Ticket> all = List.of(first, second, me, after, due, notDue, called, otherService);

        // when
        int ahead = NEUTRAL.waitingAhead(me, all, at("09:10"));
        int aheadOfFirst = NEUTRAL.waitingAhead(first, all, at("09:10"));

        // then
        assertThat(ahead).isEqualTo(3);
        assertThat(aheadOfFirst).isEqualTo(1);
    }

    @Test
    void an_appointment_has_only_appointments_with_an_earlier_start_of_its_service_ahead() {
        // given appointments at 10:00, 10:10 (mine) and 10:20, a long-waiting walk-in, and a
        // koerekort appointment at 09:50
        Ticket earlier = appointment("P001", "pas", at("09:45"), at("10:00"));
        Ticket me = appointment("P002", "pas", at("09:40"), at("10:10"));
        Ticket later = appointment("P003", "pas", at("09:35"), at("10:20"));
        Ticket walkIn = walkIn("P004", "pas", at("09:00"));
        Ticket otherService = appointment("K001", "koerekort", at("09:30"), at("09:50"));
        List<Ticket> all = List.of(earlier, me, later, walkIn, otherService);

        // when
        int ahead = NEUTRAL.waitingAhead(me, all, at("09:50"));

        // then
        assertThat(ahead).isEqualTo(1);
    }

    @Test
    void a_ticket_that_is_not_waiting_has_nobody_ahead() {
        // given
        Ticket waiting = walkIn("P001", "pas", at("09:00"));
        Ticket called = walkIn("P002", "pas", at("09:01")).call("1", at("09:05"));

        // when
        int ahead = NEUTRAL.waitingAhead(called, List.of(waiting, called), at("09:10"));

        // then
        assertThat(ahead).isZero();
    }

    // ---- the worked example in docs/queue-rules.md ----

    @Test
    void the_worked_example_in_the_queue_rules_document_holds() {
        // given the branch, desks and tickets of the example
        QueueDiscipline discipline = new QueueDiscipline(QueueRules.DEFAULT,
                weights(Map.of("pas", 1.0, "koerekort", 1.0, "pension", 1.5)));
        Desk skranke1 = new Desk("1", "Skranke 1", List.of("pas", "koerekort"), ServiceOrder.LIST);
        Desk skranke2 = new Desk("2", "Skranke 2", List.of("pas", "koerekort", "pension"), ServiceOrder.WAITING_TIME);
        Ticket k001 = walkIn("K001", "koerekort", at("09:40"));
        Ticket n001 = walkIn("N001", "pension", at("09:48"));
        Ticket p001 = walkIn("P001", "pas", at("09:50"));
        Ticket p002 = appointment("P002", "pas", at("09:55"), at("10:10"));
        Ticket k002 = walkIn("K002", "koerekort", at("09:58"));

        // when / then: 10:00, Skranke 1 then Skranke 2
        assertThat(discipline.next(skranke1, List.of(k001, n001, p001, p002, k002), at("10:00"))).contains(p001);
        assertThat(discipline.next(skranke2, List.of(k001, n001, p002, k002), at("10:00"))).contains(k001);
        // people ahead at 10:01, with P001 and K001 called
        List<Ticket> at1001 = List.of(p001.call("1", at("10:00")), k001.call("2", at("10:00")), n001, p002, k002);
        assertThat(discipline.waitingAhead(k002, at1001, at("10:01"))).isZero();
        assertThat(discipline.waitingAhead(n001, at1001, at("10:01"))).isZero();
        assertThat(discipline.waitingAhead(p002, at1001, at("10:01"))).isZero();
        // 10:03, Skranke 2 (Skranke 1 would call K002)
        assertThat(discipline.next(skranke2, List.of(n001, p002, k002), at("10:03"))).contains(n001);
        assertThat(discipline.next(skranke1, List.of(n001, p002, k002), at("10:03"))).contains(k002);
        // 10:05, Skranke 1: P002 is due
        assertThat(discipline.next(skranke1, List.of(p002, k002), at("10:05"))).contains(p002);
        // 10:06, P002 transferred to koerekort goes before K002
        Ticket transferred = p002.call("1", at("10:05")).successorIn("t_P002b", "koerekort");
        assertThat(discipline.next(skranke2, List.of(k002, transferred), at("10:06"))).contains(transferred);
        // the tie at 11:00: pas 15 min x 1.0 = pension 10 min x 1.5, pas first in Skranke 2's list
        Ticket pas = walkIn("P010", "pas", at("10:45"));
        Ticket pension = walkIn("N010", "pension", at("10:50"));
        assertThat(discipline.next(skranke2, List.of(pension, pas), at("11:00"))).contains(pas);
    }

    private static ServiceWeights weights(Map<String, Double> weights) {
        return service -> weights.get(service);
    }
}
