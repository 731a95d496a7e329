package dk.skranke.central.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The append-only log of state changes: the SSE stream's replay source and the reports' raw data. */
public final class EventStore {

    /** Appends an event and returns it with its id. */
    public StoredEvent append(Connection c, EventDraft draft) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO events (branch, type, at, actor, ticket_id, desk,"
                + " service, data) VALUES (?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            Sql.bind(s, draft.branch(), draft.type(), draft.at(), draft.actor(), draft.ticketId(), draft.desk(),
                    draft.service(), draft.data());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return new StoredEvent(keys.getLong(1), draft.branch(), draft.type(), draft.at(), draft.data());
            }
        }
    }

    /** Events of a branch after the given id, oldest first, at most {@code limit}. */
    public List<StoredEvent> after(Connection c, String branch, long afterId, int limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, branch, type, at, data FROM events WHERE branch=? AND id>? ORDER BY id LIMIT ?")) {
            Sql.bind(s, branch, afterId, limit);
            try (ResultSet row = s.executeQuery()) {
                List<StoredEvent> events = new ArrayList<>();
                while (row.next()) {
                    events.add(new StoredEvent(row.getLong("id"), row.getString("branch"), row.getString("type"),
                            Instant.ofEpochMilli(row.getLong("at")), row.getString("data")));
                }
                return events;
            }
        }
    }

    public long lastId(Connection c, String branch) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM events WHERE branch=?")) {
            Sql.bind(s, branch);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** What to record; the id is assigned on append. */
    public record EventDraft(String branch, String type, Instant at, String actor, String ticketId, String desk,
            String service, String data) {
    }

    /** A recorded event. */
    public record StoredEvent(long id, String branch, String type, Instant at, String data) {
    }
}
