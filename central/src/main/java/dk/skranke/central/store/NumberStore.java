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
 * as the ticket, so a number is used exactly when its ticket is stored; numbers reserved for kiosks'
 * offline blocks come from {@link #FIRST_RESERVED} on and are never taken for another ticket.
 */
public final class NumberStore {

    /**
     * Numbers for kiosks' offline blocks start here, so the day's walk-ins start at 001 even when kiosks
     * reserve their blocks at opening, and staff can tell an offline ticket by its number.
     */
    public static final long FIRST_RESERVED = 501;

    /** Takes the next sequence number for a ticket, stepping over every number reserved in a block. */
    public long take(Connection c, String branch, String service, LocalDate day) throws SQLException {
        long seq = counter(c, branch, service, day) + 1;
        for (long blockEnd = reservedUpTo(c, branch, service, day, seq); blockEnd > 0;
                blockEnd = reservedUpTo(c, branch, service, day, seq)) {
            seq = blockEnd + 1;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO number_counters (branch, service, day, last_seq)"
                + " VALUES (?,?,?,?) ON CONFLICT (branch, service, day) DO UPDATE SET last_seq = ?")) {
            Sql.bind(s, branch, service, day.toString(), seq, seq);
            s.executeUpdate();
        }
        return seq;
    }

    /**
     * Sets a block of numbers aside for one device (a kiosk that may lose its connection): from
     * {@link #FIRST_RESERVED} on, after every earlier block and every number already taken.
     */
    public NumberBlock reserveBlock(Connection c, String id, String branch, String service, LocalDate day,
            String holder, int size, Instant now) throws SQLException {
        long first = Math.max(FIRST_RESERVED, Math.max(counter(c, branch, service, day),
                lastReserved(c, branch, service, day)) + 1);
        NumberBlock block = new NumberBlock(branch, service, day, holder, first, first + size - 1);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO number_blocks (id, branch, service, day, holder,"
                + " first_seq, last_seq, created_at) VALUES (?,?,?,?,?,?,?,?)")) {
            Sql.bind(s, id, branch, service, day.toString(), holder, block.first(), block.last(), now);
            s.executeUpdate();
        }
        return block;
    }

    /** The last number taken for a ticket that day (0 before the first). */
    private long counter(Connection c, String branch, String service, LocalDate day) throws SQLException {
        return single(c, "SELECT last_seq FROM number_counters WHERE branch=? AND service=? AND day=?",
                branch, service, day.toString());
    }

    /** The end of the block that holds {@code seq}, or 0 when no block does. */
    private long reservedUpTo(Connection c, String branch, String service, LocalDate day, long seq)
            throws SQLException {
        return single(c, "SELECT MAX(last_seq) FROM number_blocks WHERE branch=? AND service=? AND day=?"
                + " AND first_seq<=? AND last_seq>=?", branch, service, day.toString(), seq, seq);
    }

    private long lastReserved(Connection c, String branch, String service, LocalDate day) throws SQLException {
        return single(c, "SELECT MAX(last_seq) FROM number_blocks WHERE branch=? AND service=? AND day=?",
                branch, service, day.toString());
    }

    private static long single(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            Sql.bind(s, args);
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? row.getLong(1) : 0; // NULL (no row, no block) reads as 0
            }
        }
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
