package dk.skranke.central.engine;

import dk.skranke.central.store.EventStore;
import dk.skranke.central.store.EventStore.EventDraft;
import dk.skranke.central.store.EventStore.StoredEvent;
import dk.skranke.central.store.TicketStore;
import dk.skranke.central.view.Json;
import dk.skranke.core.event.EventType;
import dk.skranke.core.ticket.Ticket;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One state change in progress inside a database transaction: every ticket write also updates the
 * live state, and every event is appended to the log in the same transaction.
 */
final class Change {
    private final Connection connection;
    private final BranchState state;
    private final TicketStore tickets;
    private final EventStore events;
    private final String branch;
    private final String actor;
    private final Instant now;
    private final List<StoredEvent> recorded = new ArrayList<>();
    private final List<Runnable> undo = new ArrayList<>();

    Change(Connection connection, BranchState state, TicketStore tickets, EventStore events, String branch,
            String actor, Instant now) {
        this.connection = connection;
        this.state = state;
        this.tickets = tickets;
        this.events = events;
        this.branch = branch;
        this.actor = actor;
        this.now = now;
    }

    Connection connection() {
        return connection;
    }

    Instant now() {
        return now;
    }

    void insert(Ticket ticket, LocalDate day, long seq, Integer estimatedWaitMinutes) throws SQLException {
        tickets.insert(connection, ticket, day, seq, estimatedWaitMinutes);
        undo.add(state.put(ticket));
    }

    void update(Ticket ticket) throws SQLException {
        tickets.update(connection, ticket);
        undo.add(state.put(ticket));
    }

    /** Records a ticket event whose data is the ticket and the waiting counts after the change. */
    void ticketEvent(EventType type, Ticket ticket, Map<String, Object> extra) throws SQLException {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ticket", state.view(ticket, now, null));
        data.putAll(extra);
        data.put("waiting", state.waitingPerService());
        record(type, ticket.id(), ticket.desk(), ticket.service(), data);
    }

    void record(EventType type, String ticketId, String desk, String service, Object data) throws SQLException {
        recorded.add(events.append(connection, new EventDraft(branch, type.wire(), now, actor, ticketId, desk,
                service, Json.write(data))));
    }

    /** Registers how to take back a change of the live state if the transaction fails. */
    void onRollback(Runnable action) {
        undo.add(action);
    }

    /** Takes back the live-state changes, newest first. */
    void rollBack() {
        for (int i = undo.size() - 1; i >= 0; i--) {
            undo.get(i).run();
        }
    }

    List<StoredEvent> recorded() {
        return recorded;
    }
}
