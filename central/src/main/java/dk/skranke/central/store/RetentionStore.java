package dk.skranke.central.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/** Removes the personal fields of appointments, and of the events that recorded them, before a cutoff. */
public final class RetentionStore {
    /** What a purged booking code reads as: never a code a citizen can type (those are upper-case letters and digits). */
    public static final String PURGED_CODE_PREFIX = "purged-";
    private static final String APPOINTMENTS = "UPDATE appointments SET code = '" + PURGED_CODE_PREFIX
            + "' || id, reference = NULL WHERE start_at < ? AND code NOT LIKE '" + PURGED_CODE_PREFIX + "%'";

    private final String events;

    public RetentionStore(SqlDialect dialect) {
        events = "UPDATE events SET data = " + dialect.jsonWithout("data", "appointment.code",
                "appointment.reference") + " WHERE type = 'appointment.booked' AND at < ?"
                + " AND (" + dialect.jsonText("data", "appointment", "code") + " IS NOT NULL"
                + " OR " + dialect.jsonText("data", "appointment", "reference") + " IS NOT NULL)";
    }

    /** Appointments that started before the cutoff lose their booking code and reference; returns how many. */
    public int purgeAppointments(Connection c, Instant cutoff) throws SQLException {
        return Sql.update(c, APPOINTMENTS, cutoff);
    }

    /** Booked-appointment events before the cutoff lose the same fields; returns how many. */
    public int purgeEvents(Connection c, Instant cutoff) throws SQLException {
        return Sql.update(c, events, cutoff);
    }
}
