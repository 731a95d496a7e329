package dk.skranke.tools.demodata;

import dk.skranke.central.store.HistoryWriter;
import dk.skranke.central.view.Json;
import dk.skranke.central.view.TicketView;
import dk.skranke.core.event.EventType;
import dk.skranke.core.ticket.Ticket;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The events of one generated day, collected out of order and written in time order with the waiting
 * counts per service after each change, as the live engine records them.
 */
final class DayLog {
    private final String branch;
    private final ZoneId zone;
    private final List<String> services;
    private final boolean allEvents;
    private final List<Entry> entries = new ArrayList<>();

    DayLog(String branch, ZoneId zone, List<String> services, boolean allEvents) {
        this.branch = branch;
        this.zone = zone;
        this.services = services;
        this.allEvents = allEvents;
    }

    /** A ticket event; {@code waitingDelta} is how the ticket's service's queue changes (+1 joins, -1 leaves). */
    void ticket(EventType type, Ticket ticket, String actor, int waitingDelta, int ahead, int estimate, Ticket from) {
        entries.add(new Entry(at(type, ticket, from), type, ticket, actor, waitingDelta, ahead, estimate, from,
                null));
    }

    void other(EventType type, Instant at, String actor, String service, Map<String, Object> data) {
        entries.add(new Entry(at, type, null, actor, 0, 0, 0, null, new Other(service, data)));
    }

    private static Instant at(EventType type, Ticket t, Ticket from) {
        return switch (type) {
            case TICKET_ISSUED -> t.queuedAt();
            case TICKET_CALLED, TICKET_RECALLED -> t.calledAt();
            case TICKET_STARTED -> t.startedAt();
            case TICKET_TRANSFERRED -> from.finishedAt();
            default -> t.finishedAt();
        };
    }

    void write(HistoryWriter writer) throws SQLException {
        entries.sort(Comparator.comparing(Entry::at));
        Map<String, Integer> waiting = new LinkedHashMap<>();
        services.forEach(s -> waiting.put(s, 0));
        for (Entry e : entries) {
            if (e.other() != null) {
                writer.event(branch, e.type().wire(), e.at(), e.actor(), null, null, e.other().service(),
                        Json.write(e.other().data()));
                continue;
            }
            waiting.merge(e.ticket().service(), e.waitingDelta(), Integer::sum);
            if (allEvents || e.type() == EventType.TICKET_CALLED) {
                writer.event(branch, e.type().wire(), e.at(), e.actor(), e.ticket().id(), e.ticket().desk(),
                        e.ticket().service(), Json.write(data(e, waiting)));
            }
        }
    }

    private Map<String, Object> data(Entry e, Map<String, Integer> waiting) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ticket", TicketView.of(e.ticket(), zone, e.ahead(), e.estimate(), null));
        if (e.from() != null) {
            data.put("from", TicketView.of(e.from(), zone, 0, 0, null));
        }
        data.put("waiting", waiting);
        return data;
    }

    private record Entry(Instant at, EventType type, Ticket ticket, String actor, int waitingDelta, int ahead,
            int estimate, Ticket from, Other other) {
    }

    private record Other(String service, Map<String, Object> data) {
    }
}
