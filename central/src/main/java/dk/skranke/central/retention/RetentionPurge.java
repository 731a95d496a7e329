package dk.skranke.central.retention;

import dk.skranke.central.store.Database;
import dk.skranke.central.store.RetentionStore;
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
    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

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
        RetentionStore store = new RetentionStore(database.dialect());
        Purged purged = database.inTransaction(c -> new Purged(store.purgeAppointments(c, cutoff),
                store.purgeEvents(c, cutoff)));
        log.info("retention purge done cutoff={} appointments={} events={}", cutoff, purged.appointments(),
                purged.events());
        return purged;
    }

    /** How many appointments and events had personal fields removed. */
    public record Purged(int appointments, int events) {
    }
}
