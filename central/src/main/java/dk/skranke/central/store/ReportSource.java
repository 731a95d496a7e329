package dk.skranke.central.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Reads the raw material of the reports from the database in one pass per table. */
public final class ReportSource {
    private static final String TICKETS = "SELECT t.service, t.kind, t.status, t.day, t.issued_at, t.queued_at,"
            + " t.called_at, t.started_at, t.finished_at, t.desk, t.outcomes,"
            + " CASE WHEN t.transferred_from IS NULL THEN 1 ELSE 0 END,"
            + " t.estimated_wait_minutes, p.finished_at,"
            + " CASE WHEN t.call_count > 1 THEN (SELECT MIN(e.at) FROM events e WHERE e.ticket_id = t.id"
            + " AND e.type = 'ticket.called') END"
            + " FROM tickets t LEFT JOIN tickets p ON p.id = t.transferred_from"
            + " WHERE t.branch = ? AND t.day >= ? AND t.day <= ?";
    private static final String NUDGES = "SELECT service, at, %s FROM events"
            + " WHERE branch = ? AND type = 'nudge.answered' AND at >= ? AND at < ?";
    private static final String BOOKINGS = "SELECT service, start_at, checked_in_at FROM appointments"
            + " WHERE branch = ? AND start_at >= ? AND start_at < ?";

    private final String nudges;

    /** Strings repeat a lot (services, statuses, days, desks): keep one copy of each. */
    private final Map<String, String> strings = new HashMap<>();
    private final Map<String, Integer> tags = new HashMap<>();

    public ReportSource(SqlDialect dialect) {
        nudges = NUDGES.formatted(dialect.jsonText("data", "nudge", "outcome"));
    }

    public void tickets(Connection c, String branch, LocalDate from, LocalDate to, Consumer<TicketRow> sink)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(TICKETS)) {
            s.setString(1, branch);
            s.setString(2, from.toString());
            s.setString(3, to.toString());
            s.setFetchSize(5000);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    sink.accept(row(r));
                }
            }
        }
    }

    private TicketRow row(ResultSet r) throws SQLException {
        long queuedAt = r.getLong(6);
        long calledAt = time(r, 7);
        long recalledFirst = time(r, 15);
        long firstCalled = recalledFirst != TicketRow.NONE ? recalledFirst : calledAt;
        boolean head = r.getInt(12) == 1;
        long transferredAt = time(r, 14);
        int estimate = r.getInt(13);
        if (r.wasNull()) {
            estimate = -1;
        }
        return new TicketRow(intern(r.getString(1)), "walk-in".equals(r.getString(2)), intern(r.getString(3)),
                intern(r.getString(4)), r.getLong(5), queuedAt, firstCalled, calledAt, time(r, 8), time(r, 9),
                intern(r.getString(10)), tags.computeIfAbsent(r.getString(11), TicketRow::tagsOf), head, estimate,
                head || transferredAt == TicketRow.NONE ? queuedAt : transferredAt);
    }

    /** Each answer to the kiosk's nudge: service, when, outcome. */
    public void nudges(Connection c, String branch, Instant from, Instant to, NudgeSink sink) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(nudges)) {
            s.setString(1, branch);
            s.setLong(2, from.toEpochMilli());
            s.setLong(3, to.toEpochMilli());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    sink.accept(intern(r.getString(1)), r.getLong(2), intern(r.getString(3)));
                }
            }
        }
    }

    /** Each appointment booked to start in the period: service, start, whether the citizen checked in. */
    public void bookings(Connection c, String branch, Instant from, Instant to, BookingSink sink) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(BOOKINGS)) {
            s.setString(1, branch);
            s.setLong(2, from.toEpochMilli());
            s.setLong(3, to.toEpochMilli());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    sink.accept(intern(r.getString(1)), r.getLong(2), time(r, 3) != TicketRow.NONE);
                }
            }
        }
    }

    private static long time(ResultSet r, int column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? TicketRow.NONE : value;
    }

    private String intern(String value) {
        return value == null ? null : strings.computeIfAbsent(value, v -> v);
    }

    /** Receives nudge answers. */
    @FunctionalInterface
    public interface NudgeSink {
        void accept(String service, long at, String outcome);
    }

    /** Receives booked appointments. */
    @FunctionalInterface
    public interface BookingSink {
        void accept(String service, long start, boolean checkedIn);
    }
}
