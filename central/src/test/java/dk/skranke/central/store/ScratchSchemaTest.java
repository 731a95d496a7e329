package dk.skranke.central.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class ScratchSchemaTest {
    private static final DatabaseUrl SERVER = new DatabaseUrl("jdbc:postgresql://localhost:1/postgres", null, null);

    @Test
    void a_sqlite_database_is_refused_before_anything_is_connected() {
        assertThatThrownBy(() -> ScratchSchema.create(DatabaseUrl.sqlite(Path.of("data")), "bench", Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:postgresql:");
    }

    @Test
    void a_url_that_already_names_a_schema_is_refused() {
        DatabaseUrl withSchema = new DatabaseUrl("jdbc:postgresql://localhost:1/postgres?currentSchema=live", null,
                null);
        assertThatThrownBy(() -> ScratchSchema.create(withSchema, "bench", Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("currentSchema");
    }

    @Test
    void a_prefix_that_is_not_a_plain_lower_case_name_is_refused() {
        assertThatThrownBy(() -> ScratchSchema.create(SERVER, "Bench; DROP SCHEMA public", Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prefix");
    }
}
