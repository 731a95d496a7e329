package dk.skranke.hardware.buttons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real gpiod provider on a machine without GPIO chips (build servers, laptops); skipped on a Pi. */
class GpiodWithoutGpioTest {

    @Test
    void on_a_machine_without_gpio_chips_the_gpiod_buttons_are_unavailable_instead_of_crashing() {
        // given a machine with no /dev/gpiochip0
        assertThat(Files.exists(Path.of("/dev/gpiochip0"))).as("this test runs on build machines, which have no GPIO").isFalse();
        // when the production buttons open
        GpioDeskButtons buttons = GpioDeskButtons.openOnGpiod(
                ButtonMapping.of(List.of(ButtonBinding.of(17, "3", "next"))), TestClock.atNoon());
        // then they say why they are unavailable, and closing is harmless
        assertThat(buttons.status().state()).isEqualTo(ButtonsStatus.State.UNAVAILABLE);
        assertThat(buttons.status().detail()).startsWith("GPIO 17: ");
        buttons.close();
        assertThat(buttons.status()).isEqualTo(ButtonsStatus.unavailable("closed"));
    }
}
