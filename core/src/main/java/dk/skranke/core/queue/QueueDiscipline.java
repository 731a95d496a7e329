package dk.skranke.core.queue;

import dk.skranke.core.branch.Desk;
import dk.skranke.core.branch.ServiceOrder;
import dk.skranke.core.ticket.Ticket;
import dk.skranke.core.ticket.TicketKind;
import dk.skranke.core.ticket.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Decides who is called next at a desk; the rule is written out in docs/queue-rules.md. */
public final class QueueDiscipline {

    private static final Comparator<Ticket> FIFO = Comparator.comparing(Ticket::queuedAt)
            .thenComparing(Ticket::issuedAt)
            .thenComparingInt(t -> t.number().length()) // P999 before P1000
            .thenComparing(Ticket::number);
    private static final Comparator<Ticket> BY_APPOINTMENT = Comparator.comparing(Ticket::dueAt).thenComparing(FIFO);

    private final QueueRules rules;
    private final ServiceWeights weights;

    public QueueDiscipline(QueueRules rules, ServiceWeights weights) {
        this.rules = rules;
        this.weights = weights;
    }

    /** The ticket the desk should call now, if anyone it serves is waiting. */
    public Optional<Ticket> next(Desk desk, Collection<Ticket> tickets, Instant now) {
        Optional<Ticket> appointment = tickets.stream()
                .filter(t -> isWaitingFor(desk, t) && isDueAppointment(t, now))
                .min(BY_APPOINTMENT);
        if (appointment.isPresent()) {
            return appointment;
        }
        Optional<Ticket> walkIn = tickets.stream()
                .filter(t -> isWaitingFor(desk, t) && t.kind() == TicketKind.WALK_IN)
                .min(walkInOrder(desk, now));
        if (walkIn.isPresent()) {
            return walkIn;
        }
        // An idle desk need not wait for the clock: early appointments, earliest start first.
        return tickets.stream()
                .filter(t -> isWaitingFor(desk, t) && t.kind() == TicketKind.APPOINTMENT)
                .min(BY_APPOINTMENT);
    }

    /** How many waiting tickets of the same service would be called before this one. */
    public int waitingAhead(Ticket ticket, Collection<Ticket> tickets, Instant now) {
        if (ticket.status() != TicketStatus.WAITING) {
            return 0;
        }
        boolean isAppointment = ticket.kind() == TicketKind.APPOINTMENT;
        return (int) tickets.stream()
                .filter(other -> other.status() == TicketStatus.WAITING && other.service().equals(ticket.service()))
                .filter(other -> !other.id().equals(ticket.id()))
                .filter(other -> isAppointment
                        ? other.kind() == TicketKind.APPOINTMENT && BY_APPOINTMENT.compare(other, ticket) < 0
                        : isDueAppointment(other, now) || other.kind() == TicketKind.WALK_IN && FIFO.compare(other, ticket) < 0)
                .count();
    }

    public boolean isDueAppointment(Ticket ticket, Instant now) {
        return ticket.kind() == TicketKind.APPOINTMENT
                && ticket.status() == TicketStatus.WAITING
                && !ticket.dueAt().minus(rules.appointmentLead()).isAfter(now);
    }

    private static boolean isWaitingFor(Desk desk, Ticket ticket) {
        return ticket.status() == TicketStatus.WAITING && desk.serves(ticket.service());
    }

    private Comparator<Ticket> walkInOrder(Desk desk, Instant now) {
        Comparator<Ticket> byDeskRank = Comparator.comparingInt(t -> desk.rankOf(t.service()));
        if (desk.order() == ServiceOrder.LIST) {
            return byDeskRank.thenComparing(FIFO);
        }
        Comparator<Ticket> byWeightedWait = Comparator.comparingDouble(t -> -weightedWaitSeconds(t, now));
        return byWeightedWait.thenComparing(byDeskRank).thenComparing(FIFO);
    }

    private double weightedWaitSeconds(Ticket ticket, Instant now) {
        long waited = Math.max(0, Duration.between(ticket.queuedAt(), now).toSeconds());
        return waited * weights.of(ticket.service());
    }
}
