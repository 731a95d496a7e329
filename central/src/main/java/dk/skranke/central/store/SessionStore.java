package dk.skranke.central.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Staff sign-in sessions: the hash of the cookie's id, whose session it is, its CSRF value, its use. */
public final class SessionStore {

    public void insert(Connection c, Row row) throws SQLException {
        Sql.update(c, "INSERT INTO staff_sessions (session_key, username, credential, csrf, started_at, last_used)"
                + " VALUES (?,?,?,?,?,?)", row.key(), row.username(), row.credential(), row.csrf(), row.startedAt(),
                row.lastUsed());
    }

    public Optional<Row> find(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT session_key, username, credential, csrf, started_at,"
                + " last_used FROM staff_sessions WHERE session_key=?")) {
            Sql.bind(s, key);
            try (ResultSet row = s.executeQuery()) {
                return row.next()
                        ? Optional.of(new Row(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                                Sql.instant(row, "started_at"), Sql.instant(row, "last_used")))
                        : Optional.empty();
            }
        }
    }

    public void touch(Connection c, String key, Instant at) throws SQLException {
        Sql.update(c, "UPDATE staff_sessions SET last_used=? WHERE session_key=?", at, key);
    }

    public void delete(Connection c, String key) throws SQLException {
        Sql.update(c, "DELETE FROM staff_sessions WHERE session_key=?", key);
    }

    /** Removes the sessions last used before the cutoff; returns how many. */
    public int deleteUnusedSince(Connection c, Instant cutoff) throws SQLException {
        return Sql.update(c, "DELETE FROM staff_sessions WHERE last_used < ?", cutoff);
    }

    /** One session as stored; {@code key} is the SHA-256 of the cookie's id, never the id. */
    public record Row(String key, String username, String credential, String csrf, Instant startedAt,
            Instant lastUsed) {
    }
}
