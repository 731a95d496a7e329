package dk.skranke.hardware.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skranke.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class DisplayTextTest {

    @Test
    void accepts_ticket_numbers_with_letters_digits_space_and_dash() {
        assertThat(DisplayText.of("P017").value()).isEqualTo("P017");
        assertThat(DisplayText.of("B-12 3").value()).isEqualTo("B-12 3");
    }

    @Test
    void rejects_lower_case_and_danish_letters_naming_what_is_allowed() {
        assertThatThrownBy(() -> DisplayText.of("p017")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("A-Z, 0-9, space and '-'");
        assertThatThrownBy(() -> DisplayText.of("Æ1")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void rejects_more_than_six_characters() {
        assertThatThrownBy(() -> DisplayText.of("P0170001")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 6");
    }

    @Test
    void rejects_empty_text_pointing_to_clear() {
        assertThatThrownBy(() -> DisplayText.of("")).hasMessageContaining("clear()");
    }
}
