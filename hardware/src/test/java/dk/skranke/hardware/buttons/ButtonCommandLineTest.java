package dk.skranke.hardware.buttons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skranke.core.error.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ButtonCommandLineTest {
    private final TestClock clock = TestClock.atNoon();
    private final SimulatedDeskButtons buttons = new SimulatedDeskButtons(clock);
    private final List<ButtonPress> presses = new CopyOnWriteArrayList<>();

    @Test
    void a_line_names_the_action_then_the_desk_in_any_case_and_spacing() {
        assertThat(ButtonCommandLine.parse("  NEXT   3 ")).isEqualTo(new ButtonCommandLine.Command(ButtonAction.NEXT, "3"));
        assertThat(ButtonCommandLine.parse("recall A-2")).isEqualTo(new ButtonCommandLine.Command(ButtonAction.RECALL, "A-2"));
    }

    @Test
    void a_line_that_is_not_a_press_is_refused_with_a_usage_hint() {
        assertThatThrownBy(() -> ButtonCommandLine.parse("next")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("expected '<action> <desk>', e.g. 'next 3'");
        assertThatThrownBy(() -> ButtonCommandLine.parse("call 3")).hasMessageContaining("unknown button action 'call'");
    }

    @Test
    void typed_lines_press_the_simulated_buttons_until_quit() throws IOException {
        // given a listener on the simulator
        buttons.subscribe(presses::add);
        StringWriter out = new StringWriter();
        // when a developer types two presses, a typo, quit, and one more line
        new ButtonCommandLine(buttons).run(new StringReader("next 3\n\nnxt 3\nrecall 4\nquit\nnext 9\n"),
                new PrintWriter(out));
        // then the two presses arrive in order, the typo is explained and nothing after quit counts
        assertThat(presses).extracting(p -> p.action().word() + " " + p.deskId()).containsExactly("next 3", "recall 4");
        assertThat(out.toString()).contains("pressed next at desk 3", "unknown button action 'nxt'",
                "pressed recall at desk 4");
    }
}
