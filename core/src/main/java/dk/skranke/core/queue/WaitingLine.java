package dk.skranke.core.queue;

import dk.skranke.core.ticket.Ticket;
import dk.skranke.core.ticket.TicketKind;
import dk.skranke.core.ticket.TicketStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The waiting tickets of one service, kept in call order: walk-ins first in, first out (by their
 * place in time), appointments by booked start. Positions are found by binary search, so a long
 * queue costs no more per command than a short one. Not thread-safe; the owner serialises.
 */
public final class WaitingLine {
    /** First in, first out by place in time; P999 before P1000 when all times are equal. */
    static final Comparator<Ticket> FIFO = Comparator.comparing(Ticket::queuedAt)
            .thenComparing(Ticket::issuedAt)
            .thenComparingInt(t -> t.number().length())
            .thenComparing(Ticket::number)
            .thenComparing(Ticket::id);
    /** Appointments by booked start, then first in, first out. */
    static final Comparator<Ticket> BY_APPOINTMENT = Comparator.comparing(Ticket::dueAt).thenComparing(FIFO);

    private final List<Ticket> walkIns = new ArrayList<>();
    private final List<Ticket> appointments = new ArrayList<>();

    /** The waiting tickets of the collection, one line per service. */
    public static Map<String, WaitingLine> byService(Collection<Ticket> tickets) {
        Map<String, WaitingLine> lines = new HashMap<>();
        for (Ticket ticket : tickets) {
            if (ticket.status() == TicketStatus.WAITING) {
                lines.computeIfAbsent(ticket.service(), s -> new WaitingLine()).add(ticket);
            }
        }
        return lines;
    }

    public void add(Ticket ticket) {
        if (ticket.status() != TicketStatus.WAITING) {
            throw new IllegalArgumentException("only waiting tickets stand in line");
        }
        List<Ticket> list = listOf(ticket);
        int at = Collections.binarySearch(list, ticket, orderOf(ticket));
        if (at >= 0) {
            throw new IllegalArgumentException("ticket " + ticket.id() + " is already in line");
        }
        list.add(-at - 1, ticket);
    }

    /** Removes the ticket (found by its order, as it was added); false if it was not in line. */
    public boolean remove(Ticket ticket) {
        List<Ticket> list = listOf(ticket);
        int at = Collections.binarySearch(list, ticket, orderOf(ticket));
        if (at < 0) {
            return false;
        }
        list.remove(at);
        return true;
    }

    public int size() {
        return walkIns.size() + appointments.size();
    }

    /** The walk-in who has waited longest. */
    public Optional<Ticket> firstWalkIn() {
        return walkIns.isEmpty() ? Optional.empty() : Optional.of(walkIns.get(0));
    }

    /** The appointment with the earliest start, due or not. */
    public Optional<Ticket> firstAppointment() {
        return appointments.isEmpty() ? Optional.empty() : Optional.of(appointments.get(0));
    }

    /** Walk-ins ahead of this walk-in, or appointments ahead of this appointment (excluding itself). */
    int aheadInOwnKind(Ticket ticket) {
        int at = Collections.binarySearch(listOf(ticket), ticket, orderOf(ticket));
        return at >= 0 ? at : -at - 1;
    }

    /** Appointments that are due (in start order, so the count stops at the first one not due). */
    int dueAppointments(Predicate<Ticket> isDue) {
        int due = 0;
        while (due < appointments.size() && isDue.test(appointments.get(due))) {
            due++;
        }
        return due;
    }

    private List<Ticket> listOf(Ticket ticket) {
        return ticket.kind() == TicketKind.APPOINTMENT ? appointments : walkIns;
    }

    private static Comparator<Ticket> orderOf(Ticket ticket) {
        return ticket.kind() == TicketKind.APPOINTMENT ? BY_APPOINTMENT : FIFO;
    }
}
