package dk.skranke.hardware.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HwCommandTest {
    private final StringWriter output = new StringWriter();

    private int hw(String... args) {
        return HwCommand.run(new PrintWriter(output, true), args);
    }

    @Test
    void print_test_on_the_simulator_writes_the_ticket_bytes_and_a_preview(@TempDir Path dir) throws Exception {
        int code = hw("print-test", "--simulated", dir.toString(), "--paper", "58");

        assertThat(code).as(output.toString()).isZero();
        assertThat(output.toString()).contains("printer: ok", "printed: test ticket T001");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.endsWith(".bin")).anyMatch(n -> n.endsWith(".png"));
        }
    }

    @Test
    void display_shows_a_number_on_the_simulated_display_and_refuses_bad_text() {
        assertThat(hw("display", "--simulated", "--address", "3", "P017")).isZero();
        assertThat(output.toString()).contains("display 3: ok");

        assertThat(hw("display", "--simulated", "--address", "3", "P{17")).isNotZero();
    }

    @Test
    void say_prints_the_danish_call_it_would_speak() {
        int code = hw("say", "P17", "3", "--simulated");

        assertThat(code).as(output.toString()).isZero();
        assertThat(output.toString()).contains("Nummer P17, skranke 3");
    }

    @Test
    void a_missing_device_choice_is_a_usage_error_with_a_message() {
        assertThat(hw("status")).isEqualTo(2);
        assertThat(output.toString()).contains("--port", "--tcp", "--device", "--simulated");
        assertThat(hw("buttons")).isEqualTo(2);
        assertThat(output.toString()).contains("--pin");
    }
}
