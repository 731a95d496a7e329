package dk.skranke.central.retention;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.skranke.central.testing.TestDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import dk.skranke.central.store.Database;
import dk.skranke.testsupport.time.MutableClock;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetentionPurgeIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private final MutableClock clock = new MutableClock(NOW);
    private Database db;

    @BeforeEach
    void open() {
        db = Database.open(TestDatabase.fresh());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void booking_code_and_reference_are_gone_after_the_retention_period_and_kept_before_it() {
        appointment("a_old", NOW.minus(Duration.ofDays(31)), "OLD123", "ref-old");
        appointment("a_new", NOW.minus(Duration.ofDays(29)), "NEW123", "ref-new");

        RetentionPurge.Purged purged = new RetentionPurge(db, 30, clock).purge();

        assertThat(purged.appointments()).isEqualTo(1);
        assertThat(appointments()).containsExactly("a_new NEW123 ref-new", "a_old purged-a_old null");
    }

    @Test
    void an_old_event_that_carries_a_code_or_reference_loses_them_and_keeps_everything_else() {
        event(NOW.minus(Duration.ofDays(40)), "{\"appointment\":{\"id\":\"a_1\",\"service\":\"pas\","
                + "\"code\":\"OLD123\",\"reference\":\"ref-old\"}}");
        event(NOW.minus(Duration.ofDays(40)), "{\"appointment\":{\"id\":\"a_2\",\"service\":\"pas\"}}");
        event(NOW.minus(Duration.ofDays(1)), "{\"appointment\":{\"id\":\"a_3\",\"code\":\"NEW123\"}}");

        RetentionPurge.Purged purged = new RetentionPurge(db, 30, clock).purge();

        assertThat(purged.events()).isEqualTo(1);
        assertThat(events()).containsExactly("{\"appointment\":{\"id\":\"a_1\",\"service\":\"pas\"}}",
                "{\"appointment\":{\"id\":\"a_2\",\"service\":\"pas\"}}",
                "{\"appointment\":{\"id\":\"a_3\",\"code\":\"NEW123\"}}");
    }

    @Test
    void a_second_purge_finds_nothing_more_to_remove() {
        appointment("a_old", NOW.minus(Duration.ofDays(31)), "OLD123", "ref-old");
        RetentionPurge purge = new RetentionPurge(db, 30, clock);
        purge.purge();

        assertThat(purge.purge()).isEqualTo(new RetentionPurge.Purged(0, 0));
    }

    private void appointment(String id, Instant start, String code, String reference) {
        db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO appointments (id, branch, service, start_at,"
                    + " duration_s, code, reference, created_at) VALUES (?, 'test', 'pas', ?, 900, ?, ?, 0)")) {
                s.setString(1, id);
                s.setLong(2, start.toEpochMilli());
                s.setString(3, code);
                s.setString(4, reference);
                return s.executeUpdate();
            }
        });
    }

    private void event(Instant at, String data) {
        db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO events (branch, type, at, actor, data)"
                    + " VALUES ('test', 'appointment.booked', ?, 'booking', ?)")) {
                s.setLong(1, at.toEpochMilli());
                s.setString(2, data);
                return s.executeUpdate();
            }
        });
    }

    private List<String> appointments() {
        return db.read(c -> {
            List<String> rows = new ArrayList<>();
            try (var r = c.createStatement().executeQuery("SELECT id, code, reference FROM appointments ORDER BY id")) {
                while (r.next()) {
                    rows.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3));
                }
            }
            return rows;
        });
    }

    /** The events' data, written compactly: PostgreSQL's JSON functions return it with spaces. */
    private List<String> events() {
        return db.read(c -> {
            List<String> rows = new ArrayList<>();
            try (var r = c.createStatement().executeQuery("SELECT data FROM events ORDER BY id")) {
                while (r.next()) {
                    rows.add(compact(r.getString(1)));
                }
            }
            return rows;
        });
    }

    private static String compact(String json) {
        try {
            return JSON.readTree(json).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
