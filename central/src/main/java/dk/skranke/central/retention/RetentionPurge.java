package dk.skranke.central.retention;

import dk.skranke.central.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes personal data once the retention period is over: the booking code and the booking system's
 * reference of appointments that started more than {@code retentionDays} ago, and the same fields from
 * any stored event that carries them. Ticket timings stay: they are anonymous and feed the reports.
 */
public final class RetentionPurge {
    /** What a purged booking code reads as: never a code a citizen can type (those are upper-case letters and digits). */
    public static final String PURGED_CODE_PREFIX = "purged-";
    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);
    private static final String APPOINTMENTS = "UPDATE appointments SET code = '" + PURGED_CODE_PREFIX
            + "' || id, reference = NULL WHERE start_at < ? AND code NOT LIKE '" + PURGED_CODE_PREFIX + "%'";
    private static final String EVENTS = "UPDATE events SET data = json_remove(data, '$.appointment.code',"
            + " '$.appointment.reference') WHERE type = 'appointment.booked' AND at < ?"
            + " AND (json_extract(data, '$.appointment.code') IS NOT NULL"
            + " OR json_extract(data, '$.appointment.reference') IS NOT NULL)";

    private final Database database;
    private final Duration retention;
    private final Clock clock;

    public RetentionPurge(Database database, int retentionDays, Clock clock) {
        this.database = database;
        this.retention = Duration.ofDays(retentionDays);
        this.clock = clock;
    }

    /** Purges everything older than the retention period, in one transaction; logs the counts only. */
    public Purged purge() {
        Instant cutoff = clock.instant().minus(retention);
        Purged purged = database.inTransaction(c -> new Purged(update(c, APPOINTMENTS, cutoff),
                update(c, EVENTS, cutoff)));
        log.info("retention purge done cutoff={} appointments={} events={}", cutoff, purged.appointments(),
                purged.events());
        return purged;
    }

    private static int update(Connection c, String sql, Instant cutoff) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, cutoff.toEpochMilli());
            return s.executeUpdate();
        }
    }

    /** How many appointments and events had personal fields removed. */
    public record Purged(int appointments, int events) {
    }
}
