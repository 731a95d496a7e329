package dk.skranke.central.engine;

import dk.skranke.central.view.DeskView;
import dk.skranke.central.view.TicketView;
import dk.skranke.core.branch.Branch;
import dk.skranke.core.branch.Desk;
import dk.skranke.core.branch.Service;
import dk.skranke.core.queue.QueueDiscipline;
import dk.skranke.core.queue.ServiceTimes;
import dk.skranke.core.queue.WaitEstimate;
import dk.skranke.core.queue.WaitingLine;
import dk.skranke.core.ticket.Ticket;
import dk.skranke.core.ticket.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The live state of one branch's day: open tickets and desks. Not thread-safe; the engine serialises. */
final class BranchState {
    private final Branch branch;
    private final QueueDiscipline discipline;
    private final ServiceTimes serviceTimes = new ServiceTimes(20);
    /** Every ticket of the day that is not final, by id. */
    private final Map<String, Ticket> active = new LinkedHashMap<>();
    /** The waiting ones, in call order per service. */
    private final Map<String, WaitingLine> lines = new HashMap<>();
    /** The ticket called or being served at each desk. */
    private final Map<String, Ticket> atDesk = new HashMap<>();
    private final Map<String, Boolean> deskOpen = new HashMap<>();

    BranchState(Branch branch, QueueDiscipline discipline) {
        this.branch = branch;
        this.discipline = discipline;
        branch.desks().forEach(d -> deskOpen.put(d.id(), true));
        branch.services().forEach(s -> lines.put(s.id(), new WaitingLine()));
    }

    /** Stores the ticket's new version (a final one leaves the live state) and returns an undo. */
    Runnable put(Ticket ticket) {
        Ticket previous = remove(ticket.id());
        if (!ticket.status().isFinal()) {
            add(ticket);
        }
        return () -> {
            remove(ticket.id());
            if (previous != null) {
                add(previous);
            }
        };
    }

    private void add(Ticket ticket) {
        active.put(ticket.id(), ticket);
        if (ticket.status() == TicketStatus.WAITING) {
            lines.get(ticket.service()).add(ticket);
        } else if (ticket.status().isAtDesk()) {
            atDesk.put(ticket.desk(), ticket);
        }
    }

    private Ticket remove(String ticketId) {
        Ticket previous = active.remove(ticketId);
        if (previous != null) {
            lines.get(previous.service()).remove(previous);
            atDesk.remove(previous.desk(), previous);
        }
        return previous;
    }

    Optional<Ticket> find(String ticketId) {
        return Optional.ofNullable(active.get(ticketId));
    }

    void replaceTickets(List<Ticket> tickets) {
        List.copyOf(active.keySet()).forEach(this::remove);
        tickets.forEach(this::put);
    }


    /** Sets the desk open or paused and returns an undo. */
    Runnable setDeskOpen(String desk, boolean open) {
        Boolean previous = deskOpen.put(desk, open);
        return () -> deskOpen.put(desk, previous == null || previous);
    }

    boolean isDeskOpen(String desk) {
        return deskOpen.getOrDefault(desk, true);
    }

    void recordServiceTime(Ticket finished) {
        Instant begin = finished.startedAt() != null ? finished.startedAt() : finished.calledAt();
        if (begin != null && finished.finishedAt() != null) {
            serviceTimes.record(finished.service(), Duration.between(begin, finished.finishedAt()));
        }
    }

    Optional<Ticket> atDesk(String desk) {
        return Optional.ofNullable(atDesk.get(desk));
    }

    Optional<Ticket> nextFor(Desk desk, Instant now) {
        return discipline.next(desk, lines, now);
    }

    /** Estimate for a ticket already in the queue. */
    WaitEstimate estimateFor(Ticket ticket, Instant now) {
        return estimate(ticket.service(), discipline.waitingAhead(ticket, lines.get(ticket.service()), now));
    }

    /** Estimate for a walk-in ticket taken now: everyone waiting for the service is ahead. */
    WaitEstimate estimateForNew(String service) {
        return estimate(service, waitingCount(service));
    }

    private WaitEstimate estimate(String service, int ahead) {
        Service s = branch.service(service);
        long openDesks = branch.desks().stream().filter(d -> d.serves(service) && isDeskOpen(d.id())).count();
        return WaitEstimate.of(ahead, (int) openDesks, serviceTimes.mean(service, s.defaultServiceTime()));
    }

    int waitingCount(String service) {
        return lines.get(service).size();
    }

    Map<String, Integer> waitingPerService() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        branch.services().forEach(s -> counts.put(s.id(), waitingCount(s.id())));
        return counts;
    }

    DeskView deskView(Desk desk) {
        DeskView.CurrentTicket current = atDesk(desk.id())
                .map(t -> new DeskView.CurrentTicket(t.id(), t.number(), t.service(), t.status().wire(), t.callCount()))
                .orElse(null);
        return new DeskView(desk.id(), desk.name(), desk.services(), desk.order().name().toLowerCase()
                .replace('_', '-'), isDeskOpen(desk.id()), current);
    }

    List<DeskView> deskViews() {
        return branch.desks().stream().map(this::deskView).toList();
    }

    TicketView view(Ticket ticket, Instant now, String statusUrl) {
        WaitEstimate estimate = estimateFor(ticket, now);
        return TicketView.of(ticket, branch.hours().zone(), estimate.waitingAhead(), estimate.minutes(), statusUrl);
    }
}
