package dk.skranke.central.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Kiosks and displays as last reported by their heartbeat. */
public final class DeviceStore {

    public Optional<DeviceRecord> find(Connection c, String id) throws SQLException {
        List<DeviceRecord> found = query(c, "SELECT id, branch, role, printer, version, details, last_seen FROM devices"
                + " WHERE id=?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public List<DeviceRecord> inBranch(Connection c, String branch) throws SQLException {
        return query(c, "SELECT id, branch, role, printer, version, details, last_seen FROM devices WHERE branch=?"
                + " ORDER BY id", branch);
    }

    public void save(Connection c, DeviceRecord d) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO devices (id, branch, role, printer, version, details,"
                + " last_seen) VALUES (?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET branch=excluded.branch,"
                + " role=excluded.role, printer=excluded.printer, version=excluded.version,"
                + " details=excluded.details, last_seen=excluded.last_seen")) {
            Sql.bind(s, d.id(), d.branch(), d.role(), d.printer(), d.version(), d.details(), d.lastSeen());
            s.executeUpdate();
        }
    }

    private static List<DeviceRecord> query(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            Sql.bind(s, args);
            try (ResultSet r = s.executeQuery()) {
                List<DeviceRecord> list = new ArrayList<>();
                while (r.next()) {
                    list.add(new DeviceRecord(r.getString("id"), r.getString("branch"), r.getString("role"),
                            r.getString("printer"), r.getString("version"), r.getString("details"),
                            Sql.instant(r, "last_seen")));
                }
                return list;
            }
        }
    }

    /** A device's last heartbeat. {@code details} is JSON. */
    public record DeviceRecord(String id, String branch, String role, String printer, String version, String details,
            java.time.Instant lastSeen) {
    }
}
