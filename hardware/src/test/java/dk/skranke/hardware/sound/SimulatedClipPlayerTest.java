package dk.skranke.hardware.sound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimulatedClipPlayerTest {

    @Test
    void the_simulated_announcer_records_what_it_would_say_in_order() {
        // given an announcer over the simulator
        SimulatedClipPlayer simulated = new SimulatedClipPlayer();
        try (AnnouncementQueue announcer = AnnouncementQueue.start(simulated)) {

            // when a Danish and an English call are announced
            announcer.announce(Call.danish("P017", "3"));
            announcer.announce(Call.english("K5", "12"));

            // then both sentences are recorded with their clips, and the status is ok
            await().atMost(Duration.ofSeconds(5)).until(() -> simulated.spoken().size() == 2);
            assertThat(simulated.spokenTexts()).containsExactly("Nummer P17, skranke 3", "Number K5, desk 12");
            assertThat(simulated.spoken().get(0).clips())
                    .containsExactly("chime", "nummer", "p", "sytten", "skranke", "tre");
            assertThat(announcer.status().isOk()).isTrue();
        }
    }
}
