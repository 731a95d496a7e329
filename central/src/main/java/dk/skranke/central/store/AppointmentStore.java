package dk.skranke.central.store;

import dk.skranke.core.appointment.Appointment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Booked appointments. Code and reference are personal data (purged by retention). */
public final class AppointmentStore {
    private static final String COLUMNS =
            "id, branch, service, start_at, duration_s, code, reference, checked_in_at, ticket_id";

    public void insert(Connection c, Appointment a, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO appointments (" + COLUMNS
                + ", created_at) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            Sql.bind(s, a.id(), a.branch(), a.service(), a.start(), a.duration().toSeconds(), a.code(), a.reference(),
                    a.checkedInAt(), a.ticketId(), now);
            s.executeUpdate();
        }
    }

    public void markCheckedIn(Connection c, Appointment a) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE appointments SET checked_in_at=?, ticket_id=? WHERE id=?")) {
            Sql.bind(s, a.checkedInAt(), a.ticketId(), a.id());
            s.executeUpdate();
        }
    }

    public boolean codeExists(Connection c, String branch, String code) throws SQLException {
        return findByCode(c, branch, code).isPresent();
    }

    public Optional<Appointment> findByCode(Connection c, String branch, String code) throws SQLException {
        List<Appointment> found = query(c, "SELECT " + COLUMNS + " FROM appointments WHERE branch=? AND code=?",
                branch, code);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public List<Appointment> between(Connection c, String branch, Instant from, Instant to) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM appointments WHERE branch=? AND start_at>=? AND start_at<?"
                + " ORDER BY start_at, id", branch, from, to);
    }

    private static List<Appointment> query(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            Sql.bind(s, args);
            try (ResultSet r = s.executeQuery()) {
                List<Appointment> list = new ArrayList<>();
                while (r.next()) {
                    list.add(new Appointment(r.getString("id"), r.getString("branch"), r.getString("service"),
                            Sql.instant(r, "start_at"), Duration.ofSeconds(r.getLong("duration_s")),
                            r.getString("code"), r.getString("reference"), Sql.instant(r, "checked_in_at"),
                            r.getString("ticket_id")));
                }
                return list;
            }
        }
    }
}
