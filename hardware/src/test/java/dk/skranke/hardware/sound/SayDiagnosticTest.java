package dk.skranke.hardware.sound;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import javax.sound.sampled.LineUnavailableException;
import org.junit.jupiter.api.Test;

class SayDiagnosticTest {

    private final StringWriter text = new StringWriter();
    private final PrintWriter out = new PrintWriter(text);

    @Test
    void hw_say_P17_3_says_the_danish_call_before_returning() throws Exception {
        // given the simulator
        SimulatedClipPlayer simulated = new SimulatedClipPlayer();

        // when the installer runs hw say P17 3
        int exit = new SayDiagnostic(simulated, Duration.ofSeconds(5)).run(List.of("P17", "3"), out);

        // then the call was said before the command returned, and reported
        assertThat(exit).isEqualTo(SayDiagnostic.OK);
        assertThat(simulated.spokenTexts()).containsExactly("Nummer P17, skranke 3");
        assertThat(text.toString()).contains("said: Nummer P17, skranke 3").contains("sound: OK");
    }

    @Test
    void hw_say_in_english_uses_the_english_clips() throws Exception {
        SimulatedClipPlayer simulated = new SimulatedClipPlayer();

        int exit = new SayDiagnostic(simulated, Duration.ofSeconds(5)).run(List.of("b205", "12", "en"), out);

        assertThat(exit).isEqualTo(SayDiagnostic.OK);
        assertThat(simulated.spoken().get(0).clips()).containsExactly(
                "chime", "number", "b", "two", "hundred", "and", "five", "desk", "twelve");
    }

    @Test
    void without_a_sound_card_hw_say_reports_unavailable_with_exit_code_one() throws Exception {
        // given a real player on a machine without sound
        JavaSoundClipPlayer silent = new JavaSoundClipPlayer(format -> {
            throw new LineUnavailableException("no sound card");
        });

        // when
        int exit = new SayDiagnostic(silent, Duration.ofSeconds(5)).run(List.of("P17", "3"), out);

        // then the installer is told why nothing was heard
        assertThat(exit).isEqualTo(SayDiagnostic.NOT_HEARD);
        assertThat(text.toString()).contains("sound: UNAVAILABLE").contains("no sound card");
    }

    @Test
    void wrong_arguments_print_the_usage_and_say_nothing() throws Exception {
        SimulatedClipPlayer simulated = new SimulatedClipPlayer();

        int exit = new SayDiagnostic(simulated, Duration.ofSeconds(5)).run(List.of("P17", "3", "de"), out);

        assertThat(exit).isEqualTo(SayDiagnostic.USAGE);
        assertThat(text.toString()).contains("must be da or en").contains("usage: hw say");
        assertThat(simulated.spoken()).isEmpty();
    }
}
