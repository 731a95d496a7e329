package dk.skranke.central.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Remembers the result of writes that carry a clientRequestId, so a retry returns the first result. */
public final class IdempotencyStore {

    public Optional<Entry> find(Connection c, String branch, String clientRequestId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT operation, fingerprint, ticket_id, block_id"
                + " FROM idempotency WHERE branch=? AND client_request_id=?")) {
            Sql.bind(s, branch, clientRequestId);
            try (ResultSet row = s.executeQuery()) {
                return row.next()
                        ? Optional.of(new Entry(row.getString(1), row.getString(2), row.getString(3), row.getString(4)))
                        : Optional.empty();
            }
        }
    }

    public void remember(Connection c, String branch, String clientRequestId, Entry entry, Instant now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO idempotency (branch, client_request_id, operation,"
                + " fingerprint, ticket_id, block_id, created_at) VALUES (?,?,?,?,?,?,?)")) {
            Sql.bind(s, branch, clientRequestId, entry.operation(), entry.fingerprint(), entry.ticketId(),
                    entry.blockId(), now);
            s.executeUpdate();
        }
    }

    /**
     * What a request did: the operation, a fingerprint of its input, and the ticket or number block it
     * produced (either may be null).
     */
    public record Entry(String operation, String fingerprint, String ticketId, String blockId) {

        public Entry(String operation, String fingerprint, String ticketId) {
            this(operation, fingerprint, ticketId, null);
        }
    }
}
