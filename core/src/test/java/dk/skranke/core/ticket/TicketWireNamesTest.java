package dk.skranke.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.skranke.core.error.InvalidInputException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TicketWireNamesTest {

    @Test
    void wire_names_are_lower_case_with_dashes() {
        // given / when / then
        assertThat(TicketStatus.NO_SHOW.wire()).isEqualTo("no-show");
        assertThat(TicketStatus.WAITING.wire()).isEqualTo("waiting");
        assertThat(TicketKind.WALK_IN.wire()).isEqualTo("walk-in");
        assertThat(TicketKind.APPOINTMENT.wire()).isEqualTo("appointment");
        assertThat(Outcome.COULD_HAVE_BEEN_DIGITAL.wire()).isEqualTo("could-have-been-digital");
        assertThat(Outcome.wires()).containsExactly("could-have-been-digital", "helped-to-self-service",
                "needs-follow-up", "referred-elsewhere");
    }

    @ParameterizedTest
    @EnumSource(TicketStatus.class)
    void every_status_round_trips_through_its_wire_name(TicketStatus status) {
        // when / then
        assertThat(TicketStatus.fromWire(status.wire())).contains(status);
    }

    @ParameterizedTest
    @EnumSource(TicketKind.class)
    void every_kind_round_trips_through_its_wire_name(TicketKind kind) {
        // when / then
        assertThat(TicketKind.fromWire(kind.wire())).isEqualTo(kind);
    }

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void every_outcome_round_trips_through_its_wire_name(Outcome outcome) {
        // when / then
        assertThat(Outcome.fromWire(outcome.wire())).isEqualTo(outcome);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NO_SHOW", "no_show", "No-Show", "", "done "})
    void unknown_status_names_are_not_recognised(String value) {
        // when / then
        assertThat(TicketStatus.fromWire(value)).isEmpty();
    }

    @Test
    void an_unknown_kind_is_refused() {
        // when / then
        assertThatThrownBy(() -> TicketKind.fromWire("WALK_IN")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("WALK_IN");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"COULD_HAVE_BEEN_DIGITAL", "digital", ""})
    void outcome_from_wire_refuses_unknown_values_with_a_message_naming_the_field_and_the_choices(String value) {
        // when
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> Outcome.fromWire(value));

        // then
        assertThat(refused).isNotNull();
        assertThat(refused.code()).isEqualTo("invalid-input");
        assertThat(refused.details()).containsEntry("field", "outcomes");
        assertThat(refused.getMessage()).startsWith("outcomes: unknown outcome '" + value + "'");
        Arrays.stream(Outcome.values()).forEach(o -> assertThat(refused.getMessage()).contains(o.wire()));
    }
}
