package dk.skranke.core.branch;

import static dk.skranke.core.branch.ServiceTest.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DeskTest {

    @Test
    void a_desk_ranks_its_services_in_its_own_order() {
        // given
        Desk desk = new Desk("2", "Skranke 2", List.of("koerekort", "pas", "flytning"), ServiceOrder.LIST);

        // when / then
        assertThat(desk.rankOf("koerekort")).isZero();
        assertThat(desk.rankOf("pas")).isEqualTo(1);
        assertThat(desk.rankOf("flytning")).isEqualTo(2);
        assertThat(desk.serves("pas")).isTrue();
        assertThat(desk.serves("pension")).isFalse();
    }

    @Test
    void ranking_a_service_the_desk_does_not_serve_is_refused() {
        // given
        Desk desk = new Desk("2", "Skranke 2", List.of("pas"), ServiceOrder.LIST);

        // when / then
        assertThatThrownBy(() -> desk.rankOf("pension")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("desk 2 does not serve pension");
    }

    @Test
    void the_desk_keeps_its_own_copy_of_the_service_list() {
        // given
        List<String> services = new ArrayList<>(List.of("pas", "koerekort"));
        Desk desk = new Desk("1", "Skranke 1", services, ServiceOrder.LIST);

        // when
        services.add(0, "pension");

        // then
        assertThat(desk.services()).containsExactly("pas", "koerekort");
    }

    @Test
    void a_desk_must_serve_at_least_one_service() {
        // when / then
        assertInvalid(() -> new Desk("1", "Skranke 1", List.of(), ServiceOrder.LIST),
                "services", "a desk must serve at least one service");
    }

    @Test
    void a_desk_lists_each_service_once() {
        // when / then
        assertInvalid(() -> new Desk("1", "Skranke 1", List.of("pas", "koerekort", "pas"), ServiceOrder.LIST),
                "services", "a service is listed twice");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"-1", "desk 1", "skranke_1", "a12345678901234567890"})
    void the_id_must_be_up_to_twenty_letters_digits_and_dashes(String id) {
        // when / then
        assertInvalid(() -> new Desk(id, "Skranke", List.of("pas"), ServiceOrder.LIST),
                "id", "must be letters, digits and '-', at most 20 (got '" + id + "')");
    }

    @Test
    void an_id_of_twenty_characters_is_accepted() {
        // when / then
        assertThat(new Desk("Skranke-123456789012", "Skranke", List.of("pas"), ServiceOrder.WAITING_TIME).id())
                .hasSize(20);
    }
}
