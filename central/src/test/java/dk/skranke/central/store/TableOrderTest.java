package dk.skranke.central.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TableOrderTest {

    @Test
    void tables_without_foreign_keys_are_filled_by_name() {
        assertThat(TableOrder.sorted(Map.of("tickets", Set.of(), "events", Set.of(), "devices", Set.of())))
                .containsExactly("devices", "events", "tickets");
    }

    @Test
    void a_table_comes_after_every_table_it_refers_to() {
        // given appointments refer to tickets, and tickets to services
        Map<String, Set<String>> references = Map.of("appointments", Set.of("tickets"), "tickets",
                Set.of("services"), "services", Set.of(), "devices", Set.of());

        // then services, then tickets, then appointments; devices where its name puts it
        assertThat(TableOrder.sorted(references)).containsExactly("devices", "services", "tickets", "appointments");
    }

    @Test
    void tables_that_refer_to_each_other_are_refused_naming_them() {
        Map<String, Set<String>> references = Map.of("a", Set.of("b"), "b", Set.of("a"), "c", Set.of());

        assertThatThrownBy(() -> TableOrder.sorted(references)).isInstanceOf(CopyRefusedException.class)
                .hasMessageContaining("[a, b]");
    }
}
