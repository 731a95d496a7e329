package dk.skranke.display.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dk.skranke.display.FakeCentral;
import dk.skranke.display.TestApps;
import dk.skranke.display.config.DisplayConfig;
import dk.skranke.display.desk.DeskPanel;
import dk.skranke.display.desk.DeskPresses;
import dk.skranke.display.room.CalledTicket;
import dk.skranke.display.room.Connection;
import dk.skranke.hardware.Hardware;
import dk.skranke.hardware.buttons.ButtonAction;
import dk.skranke.hardware.buttons.SimulatedDeskButtons;
import dk.skranke.hardware.display.SimulatedDeskDisplays;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class DeskButtonsIT {
    private final Clock clock = Clock.systemUTC();
    private final FakeCentral central = new FakeCentral();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger pressLog = (Logger) LoggerFactory.getLogger(DeskPresses.class);
    @TempDir
    Path data;
    private Hardware hardware;
    private DisplayApp app;

    @BeforeEach
    void start() {
        central.start();
        logs.start();
        pressLog.addAppender(logs);
    }

    @AfterEach
    void stop() {
        pressLog.detachAppender(logs);
        if (app != null) {
            app.close();
        }
        if (hardware != null) {
            hardware.close();
        }
        central.close();
    }

    private void startApp(DisplayConfig config) {
        hardware = Hardware.create(config.hardwareSettings(), clock);
        app = new DisplayApp(config, clock, hardware).start();
        await().atMost(Duration.ofSeconds(10)).until(() -> app.room().connection() == Connection.LIVE);
    }

    private SimulatedDeskButtons buttons() {
        return app.simulatedButtons().orElseThrow();
    }

    private SimulatedDeskDisplays displays() {
        return app.simulatedDisplays().orElseThrow();
    }

    @Test
    void a_next_press_calls_next_for_that_desk_with_its_token_and_the_desk_display_shows_the_number() {
        startApp(TestApps.config(central, data));

        buttons().press("2", ButtonAction.NEXT);

        await().untilAsserted(() -> assertThat(displays().shown(2)).isEqualTo("P001"));
        List<FakeCentral.Received> next = central.received("POST", "/desks/2/next#body");
        assertThat(next).hasSize(1);
        assertThat(next.get(0).token()).isEqualTo("desk-2-token");
        assertThat(next.get(0).clientRequestId()).startsWith("display-1:2:").hasSizeLessThanOrEqualTo(100);
        await().untilAsserted(() -> assertThat(app.room().currentAt("2")).get()
                .extracting(CalledTicket::number).isEqualTo("P001"));
        assertThat(displays().shown(1)).isEmpty();
    }

    @Test
    void a_late_event_never_puts_an_older_number_on_the_desk_display_and_each_call_is_written_once() {
        // given a running display whose desk 1 display was brought in line at connect, and a lagging stream
        startApp(TestApps.config(central, data));
        await().until(() -> !displays().written(1).isEmpty());
        int atStart = displays().written(1).size();
        Runnable releaseEvents = central.holdEvents();

        // when desk 1 calls twice, and the events of both calls arrive after both answers
        buttons().press("1", ButtonAction.NEXT);
        buttons().press("1", ButtonAction.NEXT);
        await().untilAsserted(() -> assertThat(displays().shown(1)).isEqualTo("P002"));
        releaseEvents.run();
        // (events are carried out in order: once a later call shows at desk 2, desk 1's events are all done)
        String atDesk2 = central.call("2");
        await().untilAsserted(() -> assertThat(displays().shown(2)).isEqualTo(atDesk2));

        // then the display showed each number once, in call order: never P001 again, never blank in between
        List<String> written = displays().written(1);
        assertThat(written.subList(atStart, written.size())).containsExactly("P001", "P002");
    }

    @Test
    void presses_are_handled_in_the_order_they_were_made() {
        startApp(TestApps.config(central, data));

        buttons().press("1", ButtonAction.NEXT);
        buttons().press("2", ButtonAction.NEXT);
        buttons().press("3", ButtonAction.NEXT);

        await().untilAsserted(() -> assertThat(List.of(displays().shown(1), displays().shown(2), displays().shown(3)))
                .containsExactly("P001", "P002", "P003"));
    }

    @Test
    void a_press_while_central_is_down_shows_the_failure_text_then_the_previous_number_and_is_logged() {
        startApp(TestApps.config(central, data));
        buttons().press("1", ButtonAction.NEXT);
        await().untilAsserted(() -> assertThat(displays().shown(1)).isEqualTo("P001"));
        central.stop();

        buttons().press("1", ButtonAction.NEXT);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(displays().shown(1)).isEqualTo(DeskPanel.FAILURE));
        await().untilAsserted(() -> assertThat(displays().shown(1)).isEqualTo("P001"));
        assertThat(app.pressOutcomes()).last().extracting(DeskPresses.Outcome::result)
                .isEqualTo(DeskPresses.Result.UNREACHABLE);
        List<String> warnings = new ArrayList<>();
        logs.list.stream().filter(e -> e.getLevel() == Level.WARN).forEach(e -> warnings.add(e.getFormattedMessage()));
        assertThat(warnings).anyMatch(w -> w.startsWith("desk 1 next: central is unreachable") && w.endsWith("trying once more"));
        assertThat(warnings).anyMatch(w -> w.startsWith("desk 1 next press failed") && w.contains("FEJL"));
        assertThat(warnings).noneMatch(w -> w.contains("desk-1-token"));
    }

    @Test
    void a_retry_after_a_lost_answer_uses_the_same_client_request_id_so_only_one_citizen_is_called() {
        DisplayConfig config = TestApps.config(central, data);
        startApp(config.withCentral(new DisplayConfig.Central(config.central().url(), config.central().token(),
                config.central().device(), config.central().branch(), Duration.ofMillis(400),
                config.central().streamSilence())));
        CountDownLatch slow = central.holdNextAnswer();

        buttons().press("3", ButtonAction.NEXT);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(displays().shown(3)).isEqualTo("P001"));
        slow.countDown();
        List<FakeCentral.Received> attempts = central.received("POST", "/desks/3/next#body");
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(1).clientRequestId()).isEqualTo(attempts.get(0).clientRequestId());
        assertThat(app.pressOutcomes()).last().extracting(DeskPresses.Outcome::result).isEqualTo(DeskPresses.Result.DONE);
        assertThat(central.lastEventId()).as("one ticket.called event, no second call").isEqualTo(1);
    }

    @Test
    void a_recall_press_recalls_the_ticket_called_at_that_desk() {
        startApp(TestApps.config(central, data));
        buttons().press("3", ButtonAction.NEXT);
        await().untilAsserted(() -> assertThat(app.room().currentAt("3")).isPresent());
        String ticket = app.room().currentAt("3").orElseThrow().ticketId();

        buttons().press("3", ButtonAction.RECALL);

        await().untilAsserted(() -> assertThat(app.room().currentAt("3")).get()
                .extracting(CalledTicket::callCount).isEqualTo(2));
        List<FakeCentral.Received> recalls = central.received("POST", "/tickets/" + ticket + "/recall");
        assertThat(recalls).hasSize(1);
        assertThat(recalls.get(0).token()).isEqualTo("desk-3-token");
        assertThat(displays().shown(3)).isEqualTo("P001");
    }

    @Test
    void a_recall_press_with_no_ticket_at_the_desk_shows_dashes_and_calls_nobody() {
        startApp(TestApps.config(central, data));

        buttons().press("2", ButtonAction.RECALL);

        await().untilAsserted(() -> assertThat(displays().shown(2)).isEqualTo(DeskPanel.NOBODY));
        await().untilAsserted(() -> assertThat(displays().shown(2)).isEmpty());
        assertThat(central.received("POST", "/recall")).isEmpty();
    }

    @Test
    void a_press_that_central_refuses_shows_the_failure_text_and_is_logged() {
        List<DisplayConfig.DeskSetup> desks = new ArrayList<>(TestApps.desks());
        desks.set(0, new DisplayConfig.DeskSetup("1", 1, "desk-2-token"));
        startApp(TestApps.config(central, data, desks));

        buttons().press("1", ButtonAction.NEXT);

        await().untilAsserted(() -> assertThat(displays().shown(1)).isEqualTo(DeskPanel.FAILURE));
        assertThat(app.pressOutcomes()).last().extracting(DeskPresses.Outcome::result)
                .isEqualTo(DeskPresses.Result.REFUSED);
        assertThat(logs.list).anyMatch(e -> e.getLevel() == Level.WARN
                && e.getFormattedMessage().startsWith("desk 1 next press refused by central: status=403"));
    }

    @Test
    void presses_that_waited_behind_unanswered_ones_are_dropped_with_the_failure_text_not_sent_late() throws Exception {
        // given a central that accepts connections and never answers, and a 300 ms request timeout
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0)) {
            DisplayConfig base = TestApps.config(central, data);
            DisplayConfig config = base.withCentral(new DisplayConfig.Central("http://127.0.0.1:" + silent.getLocalPort(),
                    base.central().token(), base.central().device(), base.central().branch(), Duration.ofMillis(300),
                    base.central().streamSilence()));
            hardware = Hardware.create(config.hardwareSettings(), clock);
            app = new DisplayApp(config, clock, hardware).start();

            // when staff press "next" five times while the first press is still waiting for central
            for (int i = 0; i < 5; i++) {
                buttons().press("1", ButtonAction.NEXT);
            }

            // then the first press fails as unreachable, and the presses queued behind it are dropped, not sent
            await().atMost(Duration.ofSeconds(10)).until(() -> app.pressOutcomes().size() == 5);
            List<DeskPresses.Result> results = app.pressOutcomes().stream().map(DeskPresses.Outcome::result).toList();
            assertThat(results.get(0)).isEqualTo(DeskPresses.Result.UNREACHABLE);
            assertThat(results.subList(2, 5)).containsOnly(DeskPresses.Result.IGNORED);
            assertThat(logs.list).anyMatch(e -> e.getFormattedMessage().startsWith("desk 1 next press dropped"));
        }
    }
}
