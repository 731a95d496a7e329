package dk.skranke.central.store;

import dk.skranke.core.numbering.NumberBlock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

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

    /** A block by its id. */
    public Optional<NumberBlock> block(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT branch, service, day, holder, first_seq, last_seq"
                + " FROM number_blocks WHERE id=?")) {
            Sql.bind(s, id);
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.of(new NumberBlock(row.getString(1), row.getString(2),
                        LocalDate.parse(row.getString(3)), row.getString(4), row.getLong(5), row.getLong(6)))
                        : Optional.empty();
            }
        }
    }

    /** Whether the holder has a block of this service and day that contains the sequence number. */
    public boolean isReserved(Connection c, String branch, String service, LocalDate day, String holder,
            long sequence) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM number_blocks WHERE branch=? AND service=?"
                + " AND day=? AND holder=? AND first_seq<=? AND last_seq>=?")) {
            Sql.bind(s, branch, service, day.toString(), holder, sequence, sequence);
            try (ResultSet row = s.executeQuery()) {
                return row.next();
            }
        }
    }
}
