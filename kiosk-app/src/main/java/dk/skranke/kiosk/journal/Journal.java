package dk.skranke.kiosk.journal;

import dk.skranke.core.numbering.TicketNumbers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's durable memory ({@code <data>/journal.db}, SQLite, WAL, synchronous=FULL): the last branch
 * configuration and queue from central, the number blocks reserved for this kiosk, and the outbox of offline
 * tickets and nudge answers central must still get. Every method commits before it returns; nothing is ever
 * deleted automatically. One connection, used under a private lock.
 */
public final class Journal implements AutoCloseable {
    /** Times as central writes them: ISO-8601 with offset and milliseconds. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    private static final Logger log = LoggerFactory.getLogger(Journal.class);
    private static final String OUTBOX_COLUMNS = "id, kind, client_request_id, service, language, day, number, "
            + "issued_at, public_token, outcome, state, error";

    private final Path file;
    private final Connection db;
    // guards db; a private lock, because every service holds (and could lock) the Journal itself
    private final Object lock = new Object();

    private Journal(Path file, Connection db) {
        this.file = file;
        this.db = db;
    }

    /** Opens (or creates) {@code journal.db} in {@code dataDir}. */
    public static Journal open(Path dataDir) {
        Path file = dataDir.resolve("journal.db");
        try {
            Files.createDirectories(dataDir);
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA busy_timeout=5000");
                JournalSchema.create(s);
            }
            log.info("journal opened file={}", file);
            return new Journal(file, db);
        } catch (SQLException | java.io.IOException e) {
            throw new JournalException("cannot open the journal " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    // ---- cache of central's answers

    public void saveCache(String name, String json, Instant fetchedAt) {
        synchronized (lock) {
            update("INSERT INTO cache (name, json, fetched_ms) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET "
                    + "json = excluded.json, fetched_ms = excluded.fetched_ms", name, json, fetchedAt.toEpochMilli());
        }
    }

    public Optional<CachedJson> cache(String name) {
        synchronized (lock) {
            return query("SELECT json, fetched_ms FROM cache WHERE name = ?", rs -> new CachedJson(rs.getString(1),
                    Instant.ofEpochMilli(rs.getLong(2))), name).stream().findFirst();
        }
    }

    // ---- number blocks

    /** Records a block central reserved for this kiosk; false if it was already known (a repeated answer). */
    public boolean addBlock(String service, LocalDate day, long first, long last, Instant reservedAt) {
        synchronized (lock) {
            return update("INSERT OR IGNORE INTO number_blocks (service, day, first, last, next_unused, reserved_ms) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", service, day.toString(), first, last, first,
                    reservedAt.toEpochMilli()) > 0;
        }
    }

    public List<StoredBlock> blocks() {
        synchronized (lock) {
            return query("SELECT service, day, first, last, next_unused FROM number_blocks "
                    + "ORDER BY day, service, first", rs -> new StoredBlock(rs.getString(1),
                            LocalDate.parse(rs.getString(2)), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
        }
    }

    /** Numbers still unused in this service's blocks of {@code day}. */
    public long remaining(String service, LocalDate day) {
        synchronized (lock) {
            return query("SELECT COALESCE(SUM(last - next_unused + 1), 0) FROM number_blocks "
                    + "WHERE service = ? AND day = ? AND next_unused <= last", rs -> rs.getLong(1), service,
                    day.toString()).get(0);
        }
    }

    /**
     * Takes the next unused number of the service's blocks of {@code day} and writes the ticket to the outbox, in
     * one transaction. Empty when no number is left. Blocks of other days are never used.
     */
    public Optional<OfflineTicket> issueOffline(String service, String prefix, LocalDate day,
            String language, OffsetDateTime issuedAt, String publicToken, String clientRequestId) {
        synchronized (lock) {
            return inTransaction(() -> {
                List<long[]> free = query("SELECT first, next_unused FROM number_blocks WHERE service = ? "
                        + "AND day = ? AND next_unused <= last ORDER BY first LIMIT 1",
                        rs -> new long[] {rs.getLong(1), rs.getLong(2)}, service, day.toString());
                if (free.isEmpty()) {
                    return Optional.<OfflineTicket>empty();
                }
                long sequence = free.get(0)[1];
                update("UPDATE number_blocks SET next_unused = next_unused + 1 "
                        + "WHERE service = ? AND day = ? AND first = ?", service, day.toString(), free.get(0)[0]);
                String number = TicketNumbers.format(prefix, sequence);
                long id = insert("INSERT INTO outbox (kind, client_request_id, service, language, day, number, "
                        + "sequence, issued_at, public_token, state, created_ms) "
                        + "VALUES ('ticket', ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)", clientRequestId, service,
                        language, day.toString(), number, sequence, TIME.format(issuedAt), publicToken,
                        issuedAt.toInstant().toEpochMilli());
                return Optional.of(new OfflineTicket(id, clientRequestId, service, number, sequence, language,
                        issuedAt, publicToken));
            });
        }
    }

    // ---- outbox

    /** Writes a nudge answer to the outbox (pending) and returns its id. */
    public long addNudge(String clientRequestId, String service, String outcome, String language,
            OffsetDateTime answeredAt) {
        synchronized (lock) {
            return insert("INSERT INTO outbox (kind, client_request_id, service, language, issued_at, outcome, state, "
                    + "created_ms) VALUES ('nudge', ?, ?, ?, ?, ?, 'pending', ?)", clientRequestId, service, language,
                    TIME.format(answeredAt), outcome, answeredAt.toInstant().toEpochMilli());
        }
    }

    /** Pending entries in the order they happened. */
    public List<OutboxEntry> pending() {
        synchronized (lock) {
            return query("SELECT " + OUTBOX_COLUMNS + " FROM outbox WHERE state = 'pending' ORDER BY id",
                    Journal::entry);
        }
    }

    /** Every entry ever written, oldest first. */
    public List<OutboxEntry> outbox() {
        synchronized (lock) {
            return query("SELECT " + OUTBOX_COLUMNS + " FROM outbox ORDER BY id", Journal::entry);
        }
    }

    public int pendingCount() {
        synchronized (lock) {
            return query("SELECT COUNT(*) FROM outbox WHERE state = 'pending'", rs -> rs.getInt(1)).get(0);
        }
    }

    public void markSent(long id, Instant at) {
        synchronized (lock) {
            update("UPDATE outbox SET state = 'sent', sent_ms = ?, attempts = attempts + 1, error = NULL WHERE id = ?",
                    at.toEpochMilli(), id);
        }
    }

    public void markRejected(long id, String error) {
        synchronized (lock) {
            update("UPDATE outbox SET state = 'rejected', attempts = attempts + 1, error = ? WHERE id = ?", error, id);
        }
    }

    /**
     * Per service, the offline tickets of {@code day} that a queue read at {@code queueReadAt} cannot contain yet:
     * still pending, or sent to central after that read.
     */
    public Map<String, Integer> offlineTicketsSince(LocalDate day, Instant queueReadAt) {
        synchronized (lock) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            query("SELECT service, COUNT(*) FROM outbox WHERE kind = 'ticket' AND day = ? AND (state = 'pending' "
                    + "OR (state = 'sent' AND sent_ms > ?)) GROUP BY service", rs -> counts.put(rs.getString(1),
                    rs.getInt(2)), day.toString(), queueReadAt == null ? 0L : queueReadAt.toEpochMilli());
            return counts;
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            try {
                db.close();
            } catch (SQLException e) {
                log.warn("journal close failed: {}", e.getMessage());
            }
        }
    }

    private static OutboxEntry entry(ResultSet rs) throws SQLException {
        return new OutboxEntry(rs.getLong(1), OutboxEntry.Kind.valueOf(rs.getString(2).toUpperCase()),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getString(10), OutboxEntry.State.valueOf(rs.getString(11).toUpperCase()),
                rs.getString(12));
    }

    // ---- plain JDBC helpers

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private interface Work<T> {
        T run();
    }

    private <T> T inTransaction(Work<T> work) {
        try {
            db.setAutoCommit(false);
            try {
                T result = work.run();
                db.commit();
                return result;
            } catch (RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new JournalException("journal transaction failed: " + e.getMessage(), e);
        }
    }

    private <T> List<T> query(String sql, Row<T> row, Object... args) {
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rs.next()) {
                result.add(row.read(rs));
            }
            return result;
        } catch (SQLException e) {
            throw new JournalException("journal read failed: " + e.getMessage(), e);
        }
    }

    private int update(String sql, Object... args) {
        try (PreparedStatement ps = prepare(sql, args)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new JournalException("journal write failed: " + e.getMessage(), e);
        }
    }

    private long insert(String sql, Object... args) {
        try (PreparedStatement ps = prepare(sql, args)) {
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new JournalException("journal write failed: " + e.getMessage(), e);
        }
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement ps = db.prepareStatement(sql);
        try {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps;
        } catch (SQLException | RuntimeException e) {
            // the caller's try-with-resources only sees a statement we return: close the one we could not bind
            try {
                ps.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }
}
