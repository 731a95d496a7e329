package dk.skranke.core.queue;

import dk.skranke.core.branch.Desk;
import dk.skranke.core.branch.ServiceOrder;
import dk.skranke.core.ticket.Ticket;
import dk.skranke.core.ticket.TicketKind;
import dk.skranke.core.ticket.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Decides who is called next at a desk; the rule is written out in docs/queue-rules.md. */
public final class QueueDiscipline {
    private final QueueRules rules;
    private final ServiceWeights weights;

    public QueueDiscipline(QueueRules rules, ServiceWeights weights) {
        this.rules = rules;
        this.weights = weights;
    }

    /** The ticket the desk should call now, if anyone it serves is waiting. */
    public Optional<Ticket> next(Desk desk, Collection<Ticket> tickets, Instant now) {
        return next(desk, WaitingLine.byService(tickets), now);
    }

    /** The same, on lines kept per service (what central keeps live). */
    public Optional<Ticket> next(Desk desk, Map<String, WaitingLine> lines, Instant now) {
        Optional<Ticket> appointment = firstAppointment(desk, lines, true, now);
        if (appointment.isPresent()) {
            return appointment;
        }
        Optional<Ticket> walkIn = firstWalkIn(desk, lines, now);
        if (walkIn.isPresent()) {
            return walkIn;
        }
        // An idle desk need not wait for the clock: early appointments, earliest start first.
        return firstAppointment(desk, lines, false, now);
    }

    /** How many waiting tickets of the same service would be called before this one. */
    public int waitingAhead(Ticket ticket, Collection<Ticket> tickets, Instant now) {
        WaitingLine line = WaitingLine.byService(tickets).get(ticket.service());
        return line == null ? 0 : waitingAhead(ticket, line, now);
    }

    /** The same, on the ticket's service line. */
    public int waitingAhead(Ticket ticket, WaitingLine line, Instant now) {
        if (ticket.status() != TicketStatus.WAITING) {
            return 0;
        }
        int ahead = line.aheadInOwnKind(ticket);
        return ticket.kind() == TicketKind.APPOINTMENT ? ahead : ahead + line.dueAppointments(t -> isDue(t, now));
    }

    public boolean isDueAppointment(Ticket ticket, Instant now) {
        return ticket.kind() == TicketKind.APPOINTMENT && ticket.status() == TicketStatus.WAITING && isDue(ticket, now);
    }

    private boolean isDue(Ticket appointment, Instant now) {
        return !appointment.dueAt().minus(rules.appointmentLead()).isAfter(now);
    }

    private Optional<Ticket> firstAppointment(Desk desk, Map<String, WaitingLine> lines, boolean dueOnly,
            Instant now) {
        Ticket best = null;
        for (String service : desk.services()) {
            WaitingLine line = lines.get(service);
            Ticket first = line == null ? null : line.firstAppointment().orElse(null);
            if (first != null && (!dueOnly || isDue(first, now))
                    && (best == null || WaitingLine.BY_APPOINTMENT.compare(first, best) < 0)) {
                best = first;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The head of each service line is that service's longest wait; the desk's order picks among
     * the heads: the first service in its list, or the longest weighted wait (list order breaks ties).
     */
    private Optional<Ticket> firstWalkIn(Desk desk, Map<String, WaitingLine> lines, Instant now) {
        Ticket best = null;
        double bestWait = -1;
        for (String service : desk.services()) {
            WaitingLine line = lines.get(service);
            Ticket head = line == null ? null : line.firstWalkIn().orElse(null);
            if (head == null) {
                continue;
            }
            if (desk.order() == ServiceOrder.LIST) {
                return Optional.of(head);
            }
            double wait = weightedWaitSeconds(head, now);
            if (wait > bestWait) {
                best = head;
                bestWait = wait;
            }
        }
        return Optional.ofNullable(best);
    }

    private double weightedWaitSeconds(Ticket ticket, Instant now) {
        long waited = Math.max(0, Duration.between(ticket.queuedAt(), now).toSeconds());
        return waited * weights.of(ticket.service());
    }
}
