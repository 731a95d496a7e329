package dk.skranke.central.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Whether each desk is open or paused. */
public final class DeskStateStore {

    public void save(Connection c, String branch, String desk, boolean open, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO desk_states (branch, desk, is_open, changed_at)"
                + " VALUES (?,?,?,?) ON CONFLICT (branch, desk) DO UPDATE SET is_open=excluded.is_open,"
                + " changed_at=excluded.changed_at")) {
            Sql.bind(s, branch, desk, open, now);
            s.executeUpdate();
        }
    }

    /** Desk id to open flag, for desks that have ever changed. */
    public Map<String, Boolean> load(Connection c, String branch) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT desk, is_open FROM desk_states WHERE branch=?")) {
            Sql.bind(s, branch);
            try (ResultSet r = s.executeQuery()) {
                Map<String, Boolean> states = new HashMap<>();
                while (r.next()) {
                    states.put(r.getString(1), r.getInt(2) == 1);
                }
                return states;
            }
        }
    }
}
