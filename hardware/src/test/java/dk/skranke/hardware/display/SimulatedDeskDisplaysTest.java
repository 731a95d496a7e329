package dk.skranke.hardware.display;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimulatedDeskDisplaysTest extends DeskDisplaysContract {
    private SimulatedDeskDisplays simulated;

    @Override
    protected DeskDisplays create() {
        simulated = new SimulatedDeskDisplays();
        return simulated;
    }

    @Override
    protected String shownAt(int address) {
        return simulated.shown(address);
    }

    @Test
    void a_display_set_to_fail_reports_its_status_and_keeps_its_text() {
        // given
        simulated.show(3, "P001");
        simulated.failWith(3, DisplayStatus.noAnswer("unplugged"));
        // when
        DisplayStatus status = simulated.show(3, "P002");
        // then
        assertThat(status.state()).isEqualTo(DisplayStatus.State.NO_ANSWER);
        assertThat(simulated.status(3).detail()).isEqualTo("unplugged");
        assertThat(simulated.shown(3)).isEqualTo("P001");
    }

    @Test
    void a_display_answering_normally_again_takes_the_next_text() {
        // given
        simulated.failWith(3, DisplayStatus.noAnswer("unplugged"));
        // when
        simulated.answerNormally(3);
        // then
        assertThat(simulated.show(3, "P002").isOk()).isTrue();
        assertThat(simulated.shown(3)).isEqualTo("P002");
    }
}
