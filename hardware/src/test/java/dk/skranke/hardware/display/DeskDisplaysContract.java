package dk.skranke.hardware.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skranke.core.error.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link DeskDisplays} shares; run against the simulator and the real bus. */
abstract class DeskDisplaysContract {
    protected DeskDisplays displays;

    /** A fresh implementation with displays at addresses 1 and 2 that answer. */
    protected abstract DeskDisplays create();

    /** What the display at {@code address} shows as seen from the device side; empty when blank. */
    protected abstract String shownAt(int address);

    @BeforeEach
    void createDisplays() {
        displays = create();
    }

    @AfterEach
    void closeDisplays() {
        displays.close();
    }

    @Test
    void show_reaches_only_the_addressed_display() {
        // when
        DisplayStatus first = displays.show(1, "P017");
        DisplayStatus second = displays.show(2, "A002");
        // then
        assertThat(first).isEqualTo(DisplayStatus.ok());
        assertThat(second).isEqualTo(DisplayStatus.ok());
        assertThat(shownAt(1)).isEqualTo("P017");
        assertThat(shownAt(2)).isEqualTo("A002");
        assertThat(displays.status(1).isOk()).isTrue();
    }

    @Test
    void clear_blanks_the_addressed_display_and_leaves_the_other() {
        // given
        displays.show(1, "P017");
        displays.show(2, "B-12");
        // when
        DisplayStatus status = displays.clear(1);
        // then
        assertThat(status.isOk()).isTrue();
        assertThat(shownAt(1)).isEmpty();
        assertThat(shownAt(2)).isEqualTo("B-12");
    }

    @Test
    void invalid_text_is_rejected_with_a_clear_message_and_nothing_changes() {
        // given
        displays.show(1, "P017");
        // when / then
        assertThatThrownBy(() -> displays.show(1, "p17")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("allowed are A-Z, 0-9, space and '-'");
        assertThatThrownBy(() -> displays.show(1, "P0170001")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 6");
        assertThat(shownAt(1)).isEqualTo("P017");
    }

    @Test
    void address_outside_1_to_247_is_rejected() {
        assertThatThrownBy(() -> displays.show(0, "P017")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("address");
        assertThatThrownBy(() -> displays.clear(248)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void status_of_a_display_never_written_is_unknown() {
        assertThat(displays.status(5).state()).isEqualTo(DisplayStatus.State.UNKNOWN);
    }

    @Test
    void after_close_requests_report_the_port_unavailable() {
        // given
        displays.close();
        // when
        DisplayStatus status = displays.clear(1);
        // then
        assertThat(status.state()).isEqualTo(DisplayStatus.State.PORT_UNAVAILABLE);
    }
}
