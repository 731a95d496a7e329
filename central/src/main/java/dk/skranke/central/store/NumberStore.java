package dk.skranke.central.store;

import dk.skranke.core.numbering.NumberBlock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The per-branch, per-service, per-day sequence. Numbers are taken inside the same transaction
 * as the ticket, so a number is used exactly when its ticket is stored.
 */
public final class NumberStore {

    /** Takes the next {@code count} sequence numbers and returns the first of them. */
    public long take(Connection c, String branch, String service, LocalDate day, int count) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO number_counters (branch, service, day, last_seq)"
                + " VALUES (?,?,?,?) ON CONFLICT (branch, service, day) DO UPDATE SET last_seq = last_seq + ?")) {
            Sql.bind(s, branch, service, day.toString(), count, count);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(
                "SELECT last_seq FROM number_counters WHERE branch=? AND service=? AND day=?")) {
            Sql.bind(s, branch, service, day.toString());
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getLong(1) - count + 1;
            }
        }
    }

    /** Sets a block of numbers aside for one device (a kiosk that may lose its connection). */
    public NumberBlock reserveBlock(Connection c, String id, String branch, String service, LocalDate day,
            String holder, int size, Instant now) throws SQLException {
        long first = take(c, branch, service, day, size);
        NumberBlock block = new NumberBlock(branch, service, day, holder, first, first + size - 1);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO number_blocks (id, branch, service, day, holder,"
                + " first_seq, last_seq, created_at) VALUES (?,?,?,?,?,?,?,?)")) {
            Sql.bind(s, id, branch, service, day.toString(), holder, block.first(), block.last(), now);
            s.executeUpdate();
        }
        return block;
    }
}
