package dk.skranke.core.queue;

import static dk.skranke.core.testing.TestTickets.appointment;
import static dk.skranke.core.testing.TestTickets.at;
import static dk.skranke.core.testing.TestTickets.walkIn;
import static org.assertj.core.api.Assertions.assertThat;

import dk.skranke.core.branch.Desk;
import dk.skranke.core.branch.ServiceOrder;
import dk.skranke.core.ticket.Ticket;
import dk.skranke.core.ticket.TicketKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WaitingLineTest {
    private static final List<String> SERVICES = List.of("pas", "koerekort", "flytning");
    private static final Map<String, Double> WEIGHTS = Map.of("pas", 1.0, "koerekort", 1.5, "flytning", 2.0);
    private static final QueueRules RULES = new QueueRules(2, Duration.ofSeconds(30), Duration.ofMinutes(5));
    private static final QueueDiscipline DISCIPLINE = new QueueDiscipline(RULES, WEIGHTS::get);

    @Test
    void a_transferred_ticket_with_an_earlier_place_in_time_goes_into_the_middle_of_the_line() {
        // given a line of three walk-ins
        WaitingLine line = new WaitingLine();
        Ticket first = walkIn("K001", "koerekort", at("09:00"));
        Ticket third = walkIn("K002", "koerekort", at("09:20"));
        line.add(first);
        line.add(third);

        // when a ticket queued at 09:10 arrives by transfer
        Ticket transferred = walkIn("P005", "pas", at("09:10")).successorIn("t_moved", "koerekort");
        line.add(transferred);

        // then it stands second, and leaving the line works for each of them
        assertThat(DISCIPLINE.waitingAhead(transferred, line, at("09:30"))).isEqualTo(1);
        assertThat(DISCIPLINE.waitingAhead(third, line, at("09:30"))).isEqualTo(2);
        assertThat(line.remove(first)).isTrue();
        assertThat(line.remove(first)).isFalse();
        assertThat(line.firstWalkIn()).contains(transferred);
        assertThat(line.size()).isEqualTo(2);
    }

    /**
     * The live lines must call exactly whom the written rule (docs/queue-rules.md) names: here the
     * rule is spelled out as a plain scan over all tickets and compared on random queues.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void the_lines_call_and_count_exactly_as_the_written_rule_on_random_queues(long seed) {
        Random random = new Random(seed);
        List<Ticket> tickets = randomQueue(random, 150);
        Map<String, WaitingLine> lines = WaitingLine.byService(tickets);
        Instant now = at("11:00");
        for (Desk desk : List.of(new Desk("1", "Skranke 1", List.of("pas", "koerekort"), ServiceOrder.LIST),
                new Desk("2", "Skranke 2", List.of("flytning", "pas", "koerekort"), ServiceOrder.WAITING_TIME),
                new Desk("3", "Skranke 3", List.of("koerekort"), ServiceOrder.WAITING_TIME))) {
            assertThat(DISCIPLINE.next(desk, lines, now)).isEqualTo(byTheRule(desk, tickets, now));
        }
        for (Ticket ticket : tickets) {
            assertThat(DISCIPLINE.waitingAhead(ticket, lines.get(ticket.service()), now))
                    .as(ticket.number()).isEqualTo(aheadByTheRule(ticket, tickets, now));
        }
    }

    private static List<Ticket> randomQueue(Random random, int size) {
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            String service = SERVICES.get(random.nextInt(SERVICES.size()));
            String number = service.substring(0, 1).toUpperCase() + String.format("%03d", i);
            Instant issued = at("08:00").plusSeconds(random.nextInt(3 * 3600));
            tickets.add(random.nextInt(5) == 0
                    ? appointment(number, service, issued, at("10:30").plusSeconds(60L * random.nextInt(90)))
                    : walkIn(number, service, issued));
        }
        return tickets;
    }

    // ---- the rule, written as plainly as possible ----

    private static final Comparator<Ticket> FIFO = Comparator.comparing(Ticket::queuedAt)
            .thenComparing(Ticket::issuedAt).thenComparing(Ticket::number).thenComparing(Ticket::id);
    private static final Comparator<Ticket> BY_START = Comparator.comparing(Ticket::dueAt).thenComparing(FIFO);

    private static Optional<Ticket> byTheRule(Desk desk, List<Ticket> tickets, Instant now) {
        List<Ticket> mine = tickets.stream().filter(t -> desk.serves(t.service())).toList();
        Optional<Ticket> due = mine.stream().filter(t -> isDue(t, now)).min(BY_START);
        if (due.isPresent()) {
            return due;
        }
        Comparator<Ticket> rank = Comparator.comparingInt(t -> desk.rankOf(t.service()));
        Comparator<Ticket> order = desk.order() == ServiceOrder.LIST ? rank.thenComparing(FIFO)
                : Comparator.<Ticket>comparingDouble(t -> -weightedWait(t, now)).thenComparing(rank)
                        .thenComparing(FIFO);
        Optional<Ticket> walkIn = mine.stream().filter(t -> t.kind() == TicketKind.WALK_IN).min(order);
        return walkIn.isPresent() ? walkIn
                : mine.stream().filter(t -> t.kind() == TicketKind.APPOINTMENT).min(BY_START);
    }

    private static int aheadByTheRule(Ticket ticket, List<Ticket> tickets, Instant now) {
        return (int) tickets.stream()
                .filter(o -> o != ticket && o.service().equals(ticket.service()))
                .filter(o -> ticket.kind() == TicketKind.APPOINTMENT
                        ? o.kind() == TicketKind.APPOINTMENT && BY_START.compare(o, ticket) < 0
                        : isDue(o, now) || o.kind() == TicketKind.WALK_IN && FIFO.compare(o, ticket) < 0)
                .count();
    }

    private static boolean isDue(Ticket t, Instant now) {
        return t.kind() == TicketKind.APPOINTMENT && !t.dueAt().minus(RULES.appointmentLead()).isAfter(now);
    }

    private static double weightedWait(Ticket t, Instant now) {
        return Math.max(0, Duration.between(t.queuedAt(), now).toSeconds()) * WEIGHTS.get(t.service());
    }
}
