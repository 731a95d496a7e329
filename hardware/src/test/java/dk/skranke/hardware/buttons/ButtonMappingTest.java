package dk.skranke.hardware.buttons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skranke.core.error.InvalidInputException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ButtonMappingTest {

    @Test
    void a_mapping_from_configuration_words_finds_each_button_by_pin_and_by_desk() {
        // given two buttons configured as words
        ButtonMapping mapping = ButtonMapping.of(List.of(
                ButtonBinding.of(17, "3", "next"), ButtonBinding.of(27, "3", "Recall")));
        // then both are found both ways, with the defaults filled in
        assertThat(mapping.atPin(27)).contains(new ButtonBinding(27, "3", ButtonAction.RECALL));
        assertThat(mapping.find("3", ButtonAction.NEXT)).map(ButtonBinding::pin).contains(17);
        assertThat(mapping.atPin(22)).isEmpty();
        assertThat(mapping.wiring()).isEqualTo(ButtonWiring.ACTIVE_LOW);
        assertThat(mapping.debounce()).isEqualTo(Duration.ofMillis(30));
    }

    @Test
    void missing_wiring_and_debounce_take_the_defaults() {
        // given a mapping as a config loader would build it, with optional keys absent
        ButtonMapping mapping = new ButtonMapping(List.of(new ButtonBinding(5, "1", ButtonAction.NEXT)), null, null);
        // then the defaults apply
        assertThat(mapping.wiring()).isEqualTo(ButtonWiring.ACTIVE_LOW);
        assertThat(mapping.debounce()).isEqualTo(ButtonMapping.DEFAULT_DEBOUNCE);
    }

    @Test
    void a_pin_used_twice_is_refused_naming_both_entries() {
        // given the same pin for two desks
        List<ButtonBinding> buttons = List.of(ButtonBinding.of(17, "1", "next"), ButtonBinding.of(17, "2", "next"));
        // then the message names the key, the pin and the earlier entry
        assertThatThrownBy(() -> ButtonMapping.of(buttons))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("buttons[1].pin: GPIO 17 is already used by buttons[0]; each pin can be one button only");
    }

    @Test
    void pins_outside_the_header_are_refused() {
        // given pins that are no usable BCM GPIO on the 40-pin header
        for (int pin : new int[] {-1, 0, 1, 28, 40}) {
            // then each is refused, naming the pin
            assertThatThrownBy(() -> ButtonMapping.of(List.of(ButtonBinding.of(pin, "1", "next"))))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("buttons[0].pin: must be a BCM GPIO number from 2 to 27 (got " + pin + ")");
        }
    }

    @Test
    void a_desk_id_that_is_not_a_desk_id_is_refused() {
        // given a desk id with a space
        List<ButtonBinding> buttons = List.of(ButtonBinding.of(4, "desk 3", "next"));
        // then refused with the key
        assertThatThrownBy(() -> ButtonMapping.of(buttons))
                .hasMessageStartingWith("buttons[0].desk: must be a desk id");
    }

    @Test
    void an_unknown_action_word_is_refused_listing_the_known_ones() {
        // when an action is misspelt, then the message lists the valid words
        assertThatThrownBy(() -> ButtonBinding.of(4, "3", "nxt"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("action: unknown button action 'nxt', expected one of next, recall, pause, open");
    }

    @Test
    void no_buttons_and_unreasonable_debounce_windows_are_refused() {
        List<ButtonBinding> one = List.of(ButtonBinding.of(4, "3", "next"));
        // then an empty list, a zero window and a window over half a second are refused with their keys
        assertThatThrownBy(() -> ButtonMapping.of(List.of())).hasMessageStartingWith("buttons: at least one");
        assertThatThrownBy(() -> new ButtonMapping(one, ButtonWiring.ACTIVE_LOW, Duration.ZERO))
                .hasMessage("debounce: must be more than 0 ms and at most 500 ms (got 0 ms)");
        assertThatThrownBy(() -> new ButtonMapping(one, ButtonWiring.ACTIVE_LOW, Duration.ofMillis(501)))
                .hasMessageStartingWith("debounce:");
    }
}
