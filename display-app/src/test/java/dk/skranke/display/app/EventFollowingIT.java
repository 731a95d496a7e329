package dk.skranke.display.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.skranke.display.FakeCentral;
import dk.skranke.display.TestApps;
import dk.skranke.display.config.DisplayConfig;
import dk.skranke.display.room.CalledTicket;
import dk.skranke.display.room.Connection;
import dk.skranke.hardware.Hardware;
import dk.skranke.hardware.display.SimulatedDeskDisplays;
import dk.skranke.testsupport.http.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventFollowingIT {
    private final Clock clock = Clock.systemUTC();
    private final FakeCentral central = new FakeCentral();
    @TempDir
    Path data;
    private Hardware hardware;
    private DisplayApp app;

    @BeforeEach
    void startCentral() {
        central.start();
    }

    @AfterEach
    void stopAll() {
        if (app != null) {
            app.close();
        }
        if (hardware != null) {
            hardware.close();
        }
        central.close();
    }

    private DisplayApp startApp(DisplayConfig config) {
        hardware = Hardware.create(config.hardwareSettings(), clock);
        app = new DisplayApp(config, clock, hardware).start();
        await().atMost(Duration.ofSeconds(10)).until(() -> app.room().connection() == Connection.LIVE);
        return app;
    }

    private SimulatedDeskDisplays displays() {
        return app.simulatedDisplays().orElseThrow();
    }

    private List<String> history() {
        return app.room().history().stream().map(CalledTicket::number).toList();
    }

    private List<FakeCentral.Received> streamRequests() {
        return central.received("GET", "/events");
    }

    @Test
    void rebuilds_the_room_from_branch_and_queue_when_it_connects() {
        central.call("1");

        startApp(TestApps.config(central, data));

        assertThat(app.room().nowServing()).extracting(CalledTicket::number).containsExactly("P001");
        assertThat(app.room().deskName("1")).isEqualTo("Skranke 1");
        assertThat(app.room().waiting()).containsEntry("pas", 3).containsEntry("koerekort", 1);
        await().untilAsserted(() -> assertThat(displays().shown(1)).isEqualTo("P001"));
        assertThat(streamRequests().get(0).token()).isEqualTo(FakeCentral.DISPLAY_TOKEN);
        assertThat(streamRequests().get(0).lastEventId()).as("a first start has nothing to resume").isNull();
    }

    @Test
    void resumes_with_last_event_id_after_the_stream_is_cut_midway_and_ends_with_every_call_once_in_order() {
        startApp(TestApps.config(central, data));
        central.call("1");
        central.call("2");
        central.call("3");
        await().untilAsserted(() -> assertThat(history()).containsExactly("P003", "P002", "P001"));
        long appliedBeforeCut = app.room().lastEventId();

        central.cutStreams();
        central.call("1");
        central.call("2");
        central.call("3");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(history()).containsExactly("P006", "P005", "P004", "P003", "P002", "P001"));
        assertThat(streamRequests()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(streamRequests().get(1).lastEventId()).isEqualTo(Long.toString(appliedBeforeCut));
        assertThat(app.room().nowServing()).extracting(CalledTicket::number).containsExactly("P006", "P005", "P004");
        assertThat(app.room().lastEventId()).isEqualTo(central.lastEventId());
        await().untilAsserted(() -> assertThat(List.of(displays().shown(1), displays().shown(2), displays().shown(3)))
                .containsExactly("P004", "P005", "P006"));
    }

    @Test
    void resumes_from_the_persisted_event_id_after_a_restart_and_repeats_nothing() throws Exception {
        DisplayConfig config = TestApps.config(central, data);
        startApp(config);
        central.call("1");
        central.call("2");
        await().untilAsserted(() -> assertThat(history()).containsExactly("P002", "P001"));
        long applied = app.room().lastEventId();
        app.close();
        hardware.close();
        assertThat(Files.readString(data.resolve("last-event-id")).trim()).isEqualTo(Long.toString(applied));

        central.call("1");
        central.call("3");
        startApp(config);

        await().untilAsserted(() -> assertThat(history()).containsExactly("P004", "P003"));
        assertThat(streamRequests().get(streamRequests().size() - 1).lastEventId()).isEqualTo(Long.toString(applied));
        assertThat(app.room().nowServing()).extracting(CalledTicket::number).containsExactly("P004", "P003", "P002");
    }

    @Test
    void follows_central_again_when_its_event_ids_restart_below_the_stored_one() throws Exception {
        // given the display last applied event 5000 of a database that central no longer has
        Files.writeString(data.resolve("last-event-id"), "5000");
        startApp(TestApps.config(central, data));

        // when central's new log calls a number
        central.call("1");

        // then the display shows it, and counts from central's new ids on
        await().untilAsserted(() -> assertThat(history()).containsExactly("P001"));
        assertThat(app.room().lastEventId()).isLessThan(5000);
        assertThat(Files.readString(data.resolve("last-event-id")).trim())
                .isEqualTo(Long.toString(app.room().lastEventId()));
    }

    @Test
    void reconnects_when_the_stream_stays_silent_past_the_ping_interval() {
        DisplayConfig config = TestApps.config(central, data);
        startApp(config.withCentral(new DisplayConfig.Central(config.central().url(), config.central().token(),
                config.central().device(), config.central().branch(), config.central().timeout(),
                Duration.ofMillis(600))));
        central.call("1");
        await().untilAsserted(() -> assertThat(history()).containsExactly("P001"));

        central.goSilent(true);
        central.call("2");
        await().atMost(Duration.ofSeconds(10)).until(() -> app.streamConnections() >= 2);
        central.goSilent(false);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(history()).containsExactly("P002", "P001"));
    }

    @Test
    void shows_the_connection_lost_while_central_is_down_and_live_again_when_it_is_back() {
        startApp(TestApps.config(central, data));
        Http page = new Http("http://127.0.0.1:" + app.port());
        assertThat(page.get("/api/room", null).text("connection")).isEqualTo("live");

        central.stop();
        await().atMost(Duration.ofSeconds(10)).until(() -> app.room().connection() == Connection.LOST);
        assertThat(page.get("/api/room", null).text("connection")).isEqualTo("lost");
        assertThat(page.get("/api/health", null).text("central")).isEqualTo("lost");

        central.restart();
        await().atMost(Duration.ofSeconds(15)).until(() -> app.room().connection() == Connection.LIVE);
    }
}
