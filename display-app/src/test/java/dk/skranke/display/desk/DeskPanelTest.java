package dk.skranke.display.desk;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skranke.display.config.DisplayConfig;
import dk.skranke.hardware.display.SimulatedDeskDisplays;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeskPanelTest {
    private static final Instant T1 = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant T2 = T1.plusSeconds(90);
    private final SimulatedDeskDisplays displays = new SimulatedDeskDisplays();
    private final DeskPanel panel = new DeskPanel(displays, List.of(new DisplayConfig.DeskSetup("1", 1, null)),
            Duration.ofSeconds(3));

    @AfterEach
    void close() {
        panel.close();
    }

    @Test
    void a_call_older_than_the_one_shown_is_ignored() {
        // given P002 (called at T2) shown from the answer to a press
        panel.call("1", new DeskCall("t_2", "P002", T2));
        // when the late event of the earlier call P001 (T1) arrives
        panel.call("1", new DeskCall("t_1", "P001", T1));
        // then P002 stays, written once
        assertThat(displays.written(1)).containsExactly("P002");
    }

    @Test
    void the_event_of_a_call_already_shown_writes_nothing_but_a_recall_of_it_does() {
        // given P001 shown from the press answer
        panel.call("1", new DeskCall("t_1", "P001", T1));
        // when its event arrives, then a recall (a new call time)
        panel.call("1", new DeskCall("t_1", "P001", T1));
        panel.call("1", new DeskCall("t_1", "P001", null));
        panel.call("1", new DeskCall("t_1", "P001", T2));
        // then
        assertThat(displays.written(1)).containsExactly("P001", "P001");
    }

    @Test
    void the_end_of_a_ticket_blanks_the_desk_only_while_that_ticket_is_shown() {
        // given P002 shown
        panel.call("1", new DeskCall("t_2", "P002", T2));
        // when the previous ticket's late "finished" arrives, then P002's own
        panel.ended("1", "t_1");
        assertThat(displays.shown(1)).isEqualTo("P002");
        panel.ended("1", "t_2");
        // then
        assertThat(displays.written(1)).containsExactly("P002", "");
        assertThat(panel.shownAt("1")).isEmpty();
    }

    @Test
    void a_call_whose_time_is_unknown_replaces_another_ticket() {
        // given P001 shown, and a queue snapshot after a reconnect that has K002 at the desk (no call time)
        panel.call("1", new DeskCall("t_1", "P001", T1));
        panel.call("1", new DeskCall("t_7", "K002", null));
        // then the snapshot is central's word
        assertThat(displays.shown(1)).isEqualTo("K002");
    }
}
