package dk.skranke.display.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.skranke.display.FakeCentral;
import dk.skranke.display.TestApps;
import dk.skranke.display.config.DisplayConfig;
import dk.skranke.display.room.Connection;
import dk.skranke.hardware.Hardware;
import dk.skranke.hardware.sound.AnnouncementQueue;
import dk.skranke.hardware.sound.SimulatedClipPlayer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnouncementsIT {
    private final Clock clock = Clock.systemUTC();
    private final FakeCentral central = new FakeCentral();
    private final SimulatedClipPlayer player = new SimulatedClipPlayer();
    private final AnnouncementQueue announcer = AnnouncementQueue.start(player);
    @TempDir
    Path data;
    private Hardware hardware;
    private DisplayApp app;

    @BeforeEach
    void start() {
        central.start();
        DisplayConfig config = TestApps.config(central, data);
        hardware = Hardware.create(config.hardwareSettings(), clock);
        app = new DisplayApp(config, clock, hardware, announcer).start();
        await().atMost(Duration.ofSeconds(10)).until(() -> app.room().connection() == Connection.LIVE);
    }

    @AfterEach
    void stop() {
        app.close();
        hardware.close();
        announcer.close();
        central.close();
    }

    @Test
    void three_desks_calling_within_one_second_are_announced_one_after_another_in_call_order() {
        central.call("1");
        central.call("2");
        central.call("3");

        await().untilAsserted(() -> assertThat(player.spokenTexts())
                .containsExactly("Nummer P1, skranke 1", "Nummer P2, skranke 2", "Nummer P3, skranke 3"));
        assertThat(app.simulatedDisplays().orElseThrow().shown(3)).isEqualTo("P003");
    }

    @Test
    void a_ticket_taken_in_english_is_called_in_english() {
        central.call("2", "en", OffsetDateTime.now(ZoneOffset.UTC));

        await().untilAsserted(() -> assertThat(player.spokenTexts()).containsExactly("Number P1, desk 2"));
    }

    @Test
    void a_call_replayed_long_after_it_happened_is_shown_but_not_said_again() {
        central.call("1", "da", FakeCentral.minutesAgo(30));
        central.call("2");

        await().untilAsserted(() -> assertThat(player.spokenTexts()).containsExactly("Nummer P2, skranke 2"));
        assertThat(app.simulatedDisplays().orElseThrow().shown(1)).isEqualTo("P001");
    }
}
