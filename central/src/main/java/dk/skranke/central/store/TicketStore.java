package dk.skranke.central.store;

import dk.skranke.core.i18n.Language;
import dk.skranke.core.ticket.Outcome;
import dk.skranke.core.ticket.Ticket;
import dk.skranke.core.ticket.TicketKind;
import dk.skranke.core.ticket.TicketStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Tickets in the database: one row per ticket version's current state. */
public final class TicketStore {

    private static final String COLUMNS = "id, branch, service, day, seq, number, kind, status, language, issued_at,"
            + " queued_at, due_at, called_at, started_at, finished_at, desk, call_count, outcomes, appointment_id,"
            + " transferred_from, public_token, issued_offline, estimated_wait_minutes";

    public void insert(Connection c, Ticket t, LocalDate day, long seq, Integer estimatedWaitMinutes)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO tickets (" + COLUMNS
                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            Sql.bind(s, t.id(), t.branch(), t.service(), day.toString(), seq, t.number(), t.kind().wire(),
                    t.status().wire(), t.language().code(), t.issuedAt(), t.queuedAt(), t.dueAt(), t.calledAt(),
                    t.startedAt(), t.finishedAt(), t.desk(), t.callCount(), outcomes(t), t.appointmentId(),
                    t.transferredFrom(), t.publicToken(), t.issuedOffline(), estimatedWaitMinutes);
            s.executeUpdate();
        }
    }

    /** Writes the mutable part of a ticket (status, times, desk, calls, outcomes). */
    public void update(Connection c, Ticket t) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE tickets SET status=?, called_at=?, started_at=?,"
                + " finished_at=?, desk=?, call_count=?, outcomes=? WHERE id=?")) {
            Sql.bind(s, t.status().wire(), t.calledAt(), t.startedAt(), t.finishedAt(), t.desk(), t.callCount(),
                    outcomes(t), t.id());
            if (s.executeUpdate() != 1) {
                throw new SQLException("ticket " + t.id() + " vanished during update");
            }
        }
    }

    public Optional<Ticket> find(Connection c, String id) throws SQLException {
        return first(query(c, "SELECT " + COLUMNS + " FROM tickets WHERE id=?", id));
    }

    /** The newest ticket of a transfer chain reached by the citizen's public token. */
    public Optional<Ticket> findByPublicToken(Connection c, String token) throws SQLException {
        return first(query(c, "SELECT " + COLUMNS + " FROM tickets WHERE public_token=? AND status<>'transferred'"
                + " ORDER BY issued_at DESC", token));
    }

    /** Whether a ticket of the branch already has this number that day (transfer successors included). */
    public boolean numberTaken(Connection c, String branch, LocalDate day, String number) throws SQLException {
        return exists(c, "SELECT 1 FROM tickets WHERE branch=? AND day=? AND number=?", branch, day.toString(),
                number);
    }

    /** Whether any ticket, in any branch, already has this public token. */
    public boolean tokenTaken(Connection c, String token) throws SQLException {
        return exists(c, "SELECT 1 FROM tickets WHERE public_token=?", token);
    }

    /** Whether the branch has any ticket on the days {@code first..last}. */
    public boolean anyOn(Connection c, String branch, LocalDate first, LocalDate last) throws SQLException {
        return exists(c, "SELECT 1 FROM tickets WHERE branch=? AND day>=? AND day<=?", branch, first.toString(),
                last.toString());
    }

    /** Tickets of the day that are still waiting or at a desk. */
    public List<Ticket> activeOn(Connection c, String branch, LocalDate day) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM tickets WHERE branch=? AND day=? AND status IN"
                + " ('waiting','called','serving')", branch, day.toString());
    }

    /** Tickets left waiting or at a desk from earlier days. */
    public List<Ticket> activeBefore(Connection c, String branch, LocalDate day) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM tickets WHERE branch=? AND day<? AND status IN"
                + " ('waiting','called','serving')", branch, day.toString());
    }

    /** The most recently finished tickets per service, for the service-time estimate. */
    public List<Ticket> recentlyFinished(Connection c, String branch, int limit) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM tickets WHERE branch=? AND status='done'"
                + " ORDER BY finished_at DESC LIMIT ?", branch, limit);
    }

    public List<Ticket> allOn(Connection c, String branch, LocalDate day) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM tickets WHERE branch=? AND day=? ORDER BY issued_at, number",
                branch, day.toString());
    }

    private static boolean exists(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql + " LIMIT 1")) {
            Sql.bind(s, args);
            try (ResultSet row = s.executeQuery()) {
                return row.next();
            }
        }
    }

    private static String outcomes(Ticket t) {
        return t.outcomes().stream().map(Outcome::wire).collect(Collectors.joining(","));
    }

    private static Optional<Ticket> first(List<Ticket> tickets) {
        return tickets.isEmpty() ? Optional.empty() : Optional.of(tickets.get(0));
    }

    private static List<Ticket> query(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            Sql.bind(s, args);
            try (ResultSet row = s.executeQuery()) {
                List<Ticket> tickets = new ArrayList<>();
                while (row.next()) {
                    tickets.add(map(row));
                }
                return tickets;
            }
        }
    }

    private static Ticket map(ResultSet r) throws SQLException {
        String tags = r.getString("outcomes");
        List<Outcome> outcomes = tags.isEmpty() ? List.of()
                : Arrays.stream(tags.split(",")).map(Outcome::fromWire).toList();
        return new Ticket(r.getString("id"), r.getString("number"), r.getString("branch"), r.getString("service"),
                TicketKind.fromWire(r.getString("kind")),
                TicketStatus.fromWire(r.getString("status")).orElseThrow(),
                Language.fromCode(r.getString("language")).orElse(Language.DA),
                Sql.instant(r, "issued_at"), Sql.instant(r, "queued_at"), Sql.instant(r, "due_at"),
                Sql.instant(r, "called_at"), Sql.instant(r, "started_at"), Sql.instant(r, "finished_at"),
                r.getString("desk"), r.getInt("call_count"), outcomes, r.getString("appointment_id"),
                r.getString("transferred_from"), r.getString("public_token"), r.getInt("issued_offline") == 1);
    }
}
