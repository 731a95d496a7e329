package dk.skranke.central.store;

import dk.skranke.core.appointment.Appointment;
import dk.skranke.core.ticket.Outcome;
import dk.skranke.core.ticket.Ticket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;

/** Writes generated rows in JDBC batches, in the same tables and formats as the live stores. */
public final class HistoryWriter implements AutoCloseable {
    private static final int BATCH = 2000;
    private final PreparedStatement tickets;
    private final PreparedStatement events;
    private final PreparedStatement appointments;
    private final PreparedStatement counters;
    private int pending;

    public HistoryWriter(Connection c, SqlDialect dialect) throws SQLException {
        tickets = c.prepareStatement("INSERT INTO tickets (id, branch, service, day, seq, number, kind, status,"
                + " language, issued_at, queued_at, due_at, called_at, started_at, finished_at, desk, call_count,"
                + " outcomes, appointment_id, transferred_from, public_token, issued_offline, estimated_wait_minutes)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        events = c.prepareStatement("INSERT INTO events (branch, type, at, actor, ticket_id, desk, service, data)"
                + " VALUES (?,?,?,?,?,?,?,?)");
        appointments = c.prepareStatement("INSERT INTO appointments (id, branch, service, start_at, duration_s,"
                + " code, reference, checked_in_at, ticket_id, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)");
        counters = c.prepareStatement("INSERT INTO number_counters (branch, service, day, last_seq) VALUES (?,?,?,?)"
                + " ON CONFLICT (branch, service, day) DO UPDATE SET last_seq = "
                + dialect.greatest("number_counters.last_seq", "excluded.last_seq"));
    }

    public void ticket(Ticket t, LocalDate day, long seq, Integer estimate) throws SQLException {
        Sql.bind(tickets, t.id(), t.branch(), t.service(), day.toString(), seq, t.number(), t.kind().wire(),
                t.status().wire(), t.language().code(), t.issuedAt(), t.queuedAt(), t.dueAt(), t.calledAt(),
                t.startedAt(), t.finishedAt(), t.desk(), t.callCount(),
                t.outcomes().stream().map(Outcome::wire).collect(Collectors.joining(",")), t.appointmentId(),
                t.transferredFrom(), t.publicToken(), t.issuedOffline() ? 1 : 0, estimate);
        add(tickets);
    }

    public void event(String branch, String type, Instant at, String actor, String ticketId, String desk, String service,
            String data) throws SQLException {
        Sql.bind(events, branch, type, at, actor, ticketId, desk, service, data);
        add(events);
    }

    public void appointment(Appointment a, Instant bookedAt) throws SQLException {
        Sql.bind(appointments, a.id(), a.branch(), a.service(), a.start(), a.duration().toSeconds(), a.code(),
                a.reference(), a.checkedInAt(), a.ticketId(), bookedAt);
        add(appointments);
    }

    public void counter(String branch, String service, LocalDate day, long lastSeq) throws SQLException {
        Sql.bind(counters, branch, service, day.toString(), lastSeq);
        add(counters);
    }

    /** Sends whatever is still batched. */
    public void flush() throws SQLException {
        for (PreparedStatement s : new PreparedStatement[] {tickets, events, appointments, counters}) {
            s.executeBatch();
        }
        pending = 0;
    }

    private void add(PreparedStatement statement) throws SQLException {
        statement.addBatch();
        if (++pending >= BATCH) {
            flush();
        }
    }

    @Override
    public void close() throws SQLException {
        tickets.close();
        events.close();
        appointments.close();
        counters.close();
    }
}
