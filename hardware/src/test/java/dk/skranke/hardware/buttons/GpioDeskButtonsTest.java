package dk.skranke.hardware.buttons;

import static org.assertj.core.api.Assertions.assertThat;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The GPIO driver on the pi4j mock platform: mapping, debounce and failures as status. */
class GpioDeskButtonsTest {
    private static final DigitalState UP = DigitalState.HIGH;
    private static final DigitalState DOWN = DigitalState.LOW;

    private final TestClock clock = TestClock.atNoon();
    private final Context context = MockGpio.newContext();
    private final List<ButtonPress> presses = new CopyOnWriteArrayList<>();
    private GpioDeskButtons buttons;

    @AfterEach
    void tearDown() {
        if (buttons != null) {
            buttons.close();
        }
        context.shutdown();
    }

    /** Starts active-low buttons and lets go of them all (the mock starts every pin LOW). */
    private void startReleased(ButtonMapping mapping) {
        buttons = GpioDeskButtons.start(context, mapping, clock);
        buttons.subscribe(presses::add);
        mapping.buttons().forEach(b -> MockGpio.level(context, b.pin(), UP));
        clock.advanceMillis(1000);
    }

    /** Drives a pin through levels, the clock moving the given milliseconds after each. */
    private void drive(int pin, Object... levelThenMillis) {
        for (int i = 0; i < levelThenMillis.length; i += 2) {
            MockGpio.level(context, pin, (DigitalState) levelThenMillis[i]);
            clock.advanceMillis((Integer) levelThenMillis[i + 1]);
        }
    }

    @Test
    void a_bouncing_input_gives_one_press() {
        // given one button with a 30 ms window
        startReleased(ButtonMapping.of(List.of(ButtonBinding.of(17, "3", "next"))));
        // when the contact chatters five times within 8 ms, is held, then chatters on release
        drive(17, DOWN, 1, UP, 2, DOWN, 1, UP, 2, DOWN, 150, UP, 3, DOWN, 2, UP, 500);
        // then exactly one press
        assertThat(presses).containsExactly(new ButtonPress("3", ButtonAction.NEXT, TestClock.atNoon().instant()
                .plusMillis(1000)));
    }

    @Test
    void the_pin_to_desk_and_action_mapping_comes_from_the_configuration() {
        // given pin 5 configured as desk 1 next and pin 6 as desk 2 recall
        startReleased(ButtonMapping.of(List.of(ButtonBinding.of(5, "1", "next"), ButtonBinding.of(6, "2", "recall"))));
        // when pin 6 and then pin 5 are pressed
        drive(6, DOWN, 100, UP, 200);
        drive(5, DOWN, 100, UP, 200);
        // then desk 2 recalled, then desk 1 asked for next
        assertThat(presses).extracting(p -> p.deskId() + " " + p.action().word())
                .containsExactly("2 recall", "1 next");
    }

    @Test
    void a_held_button_gives_one_press() {
        // given a button, when it is held for a minute (the level reported again changes nothing)
        startReleased(ButtonMapping.of(List.of(ButtonBinding.of(17, "3", "next"))));
        drive(17, DOWN, 30_000, DOWN, 30_000, UP, 100);
        // then one press
        assertThat(presses).hasSize(1);
    }

    @Test
    void two_presses_further_apart_than_the_window_give_two() {
        // given a button, when pressed twice with 60 ms released between (window 30 ms)
        startReleased(ButtonMapping.of(List.of(ButtonBinding.of(17, "3", "recall"))));
        drive(17, DOWN, 80, UP, 60, DOWN, 80, UP, 100);
        // then two presses, 140 ms apart
        assertThat(presses).hasSize(2);
        assertThat(Duration.between(presses.get(0).at(), presses.get(1).at())).isEqualTo(Duration.ofMillis(140));
    }

    @Test
    void the_configured_debounce_window_is_used() {
        // given a 100 ms window, when the contact rests released only 60 ms between closings
        startReleased(new ButtonMapping(List.of(ButtonBinding.of(17, "3", "next")), null, Duration.ofMillis(100)));
        drive(17, DOWN, 80, UP, 60, DOWN, 80, UP, 100);
        // then it counts as one press
        assertThat(presses).hasSize(1);
    }

    @Test
    void active_low_wiring_asks_for_pull_up_and_active_high_for_pull_down() {
        // given one mapping of each wiring
        buttons = GpioDeskButtons.start(context, new ButtonMapping(List.of(ButtonBinding.of(17, "3", "next")),
                ButtonWiring.ACTIVE_LOW, null), clock);
        Context other = MockGpio.newContext();
        GpioDeskButtons high = GpioDeskButtons.start(other, new ButtonMapping(List.of(ButtonBinding.of(17, "3", "next")),
                ButtonWiring.ACTIVE_HIGH, null), clock);
        // then the inputs are configured with the matching pull resistor
        assertThat(MockGpio.pin(context, 17).pull()).isEqualTo(PullResistance.PULL_UP);
        assertThat(MockGpio.pin(other, 17).pull()).isEqualTo(PullResistance.PULL_DOWN);
        high.close();
        other.shutdown();
    }

    @Test
    void with_active_high_wiring_a_high_level_is_the_press() {
        // given active-high buttons (the mock's LOW start is "released" here)
        buttons = GpioDeskButtons.start(context, new ButtonMapping(List.of(ButtonBinding.of(17, "3", "next")),
                ButtonWiring.ACTIVE_HIGH, null), clock);
        buttons.subscribe(presses::add);
        clock.advanceMillis(1000);
        // when the pin goes HIGH, then LOW
        drive(17, UP, 100, DOWN, 100);
        // then one press, at the rising edge
        assertThat(presses).singleElement().extracting(ButtonPress::at).isEqualTo(TestClock.atNoon().instant()
                .plusMillis(1000));
    }

    @Test
    void a_button_already_down_when_watching_starts_is_not_a_press() {
        // given active-low buttons and the mock's pins LOW (held) at start
        buttons = GpioDeskButtons.start(context, ButtonMapping.of(List.of(ButtonBinding.of(17, "3", "next"))), clock);
        buttons.subscribe(presses::add);
        // when it is let go with a bounce, and pressed again later
        clock.advanceMillis(500);
        drive(17, UP, 2, DOWN, 1, UP, 200);
        assertThat(presses).isEmpty();
        drive(17, DOWN, 100, UP, 100);
        // then only the later press counts
        assertThat(presses).hasSize(1);
    }

    @Test
    void a_context_without_a_gpio_provider_makes_the_buttons_unavailable_instead_of_throwing() {
        // given a pi4j context that has no digital input provider (as on a PC)
        Context empty = Pi4J.newContextBuilder().build();
        // when buttons start on it
        GpioDeskButtons none = GpioDeskButtons.start(empty, ButtonMapping.of(List.of(ButtonBinding.of(17, "3", "next"))), clock);
        // then the status says so, naming the pin
        assertThat(none.status().state()).isEqualTo(ButtonsStatus.State.UNAVAILABLE);
        assertThat(none.status().detail()).startsWith("GPIO 17: ");
        none.close();
        empty.shutdown();
    }

    @Test
    void a_missing_native_library_makes_the_buttons_unavailable_instead_of_throwing() {
        // given a context factory that fails like a provider without its native library
        GpioDeskButtons none = GpioDeskButtons.open(() -> {
            throw new UnsatisfiedLinkError("no pi4j-gpiod in java.library.path");
        }, ButtonMapping.of(List.of(ButtonBinding.of(17, "3", "next"))), clock);
        // then unavailable with the reason, and close is harmless
        assertThat(none.status()).isEqualTo(ButtonsStatus.unavailable(
                "GPIO could not be initialised: UnsatisfiedLinkError: no pi4j-gpiod in java.library.path"));
        none.close();
        assertThat(none.status().state()).isEqualTo(ButtonsStatus.State.UNAVAILABLE);
    }

    @Test
    void a_pin_that_cannot_be_claimed_degrades_the_status_while_the_other_buttons_work() {
        // given pin 17 already claimed in the context by someone else
        context.create(DigitalInput.newConfigBuilder(context).id(GpioDeskButtons.inputId(17)).address(17));
        // when buttons for pins 17 and 27 start
        startReleasedExceptClaimed();
        // then the status is degraded naming pin 17, and pin 27 still delivers
        assertThat(buttons.status().state()).isEqualTo(ButtonsStatus.State.DEGRADED);
        assertThat(buttons.status().detail()).startsWith("GPIO 17: ");
        drive(27, DOWN, 100, UP, 100);
        assertThat(presses).extracting(ButtonPress::action).containsExactly(ButtonAction.RECALL);
    }

    private void startReleasedExceptClaimed() {
        buttons = GpioDeskButtons.start(context, ButtonMapping.of(List.of(
                ButtonBinding.of(17, "3", "next"), ButtonBinding.of(27, "3", "recall"))), clock);
        buttons.subscribe(presses::add);
        MockGpio.level(context, 27, UP);
        clock.advanceMillis(1000);
    }

    @Test
    void an_opened_context_is_shut_down_on_close_but_a_lent_one_is_not() {
        // given buttons on a lent context and buttons on a context they opened themselves
        buttons = GpioDeskButtons.start(context, ButtonMapping.of(List.of(ButtonBinding.of(17, "3", "next"))), clock);
        Context[] opened = new Context[1];
        GpioDeskButtons own = GpioDeskButtons.open(() -> opened[0] = MockGpio.newContext(),
                ButtonMapping.of(List.of(ButtonBinding.of(17, "3", "next"))), clock);
        MockDigitalInput lentInput = MockGpio.pin(context, 17);
        // when both close
        buttons.close();
        own.close();
        // then only the opened context is shut down, and the lent one no longer holds our input
        assertThat(opened[0].isShutdown()).isTrue();
        assertThat(context.isShutdown()).isFalse();
        assertThat(context.hasIO(lentInput.id())).isFalse();
    }
}
