package dk.skranke.central.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlDialectTest {

    @Test
    void the_identity_of_a_postgresql_table_continues_after_its_highest_value_while_sqlite_does_so_itself() {
        assertThat(SqlDialect.POSTGRESQL.continueIdentity("events", "id")).contains("SELECT setval("
                + "pg_get_serial_sequence('events', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM events");
        assertThat(SqlDialect.SQLITE.continueIdentity("events", "id")).isEmpty();
    }

    @Test
    void json_bound_as_text_is_cast_to_the_column_type_by_postgresql_only() {
        assertThat(SqlDialect.POSTGRESQL.jsonParameter("jsonb")).isEqualTo("CAST(? AS jsonb)");
        assertThat(SqlDialect.SQLITE.jsonParameter("json")).isEqualTo("?");
    }
}
