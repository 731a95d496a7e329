package dk.skranke.hardware.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dk.skranke.testsupport.serial.SocatPair;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SerialDeskDisplayBusFaultsIT {
    private static final Duration REPLY_TIMEOUT = Duration.ofMillis(200);
    private final SocatPair pair = SocatPair.open();
    private FakeDisplayBus device;
    private SerialDeskDisplayBus displays;

    @AfterEach
    void tearDown() {
        if (displays != null) {
            displays.close();
        }
        if (device != null) {
            device.close();
        }
        pair.close();
    }

    private SerialDeskDisplayBus startBus() {
        return SerialDeskDisplayBus.start(DisplayBusConfig.forPort(pair.driverEnd().toString())
                .withReplyTimeout(REPLY_TIMEOUT));
    }

    @Test
    void a_silent_display_times_out_as_no_answer_and_the_other_still_gets_its_frame() {
        // given display 1 answers, display 2 is silent (unplugged)
        device = FakeDisplayBus.start(pair.deviceEnd(), FakeDisplayBus.Wire.ASCII, 1);
        displays = startBus();
        // when / then: both requests are done well within two reply timeouts plus slack
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertThat(displays.show(2, "P002").state()).isEqualTo(DisplayStatus.State.NO_ANSWER);
            assertThat(displays.show(1, "P001")).isEqualTo(DisplayStatus.ok());
        });
        assertThat(device.heard()).contains(2, 1);
        assertThat(device.shown(1)).isEqualTo("P001");
        assertThat(displays.status(2).detail()).contains("no reply within 200 ms");
    }

    @Test
    void requests_to_a_silent_display_from_another_thread_never_starve_the_answering_one() throws Exception {
        // given display 2 is silent and a desk keeps calling it from another thread
        device = FakeDisplayBus.start(pair.deviceEnd(), FakeDisplayBus.Wire.ASCII, 1);
        displays = startBus();
        CountDownLatch silentBusy = new CountDownLatch(1);
        CompletableFuture<Void> silentCaller = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 5; i++) {
                displays.show(2, "P00" + i);
                silentBusy.countDown();
            }
        });
        assertThat(silentBusy.await(5, TimeUnit.SECONDS)).isTrue();
        // when
        DisplayStatus[] answered = new DisplayStatus[1];
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            answered[0] = displays.show(1, "A001");
        });
        // then
        assertThat(answered[0]).isEqualTo(DisplayStatus.ok());
        assertThat(device.shown(1)).isEqualTo("A001");
        silentCaller.get(10, TimeUnit.SECONDS);
    }

    @Test
    void a_killed_and_recreated_port_is_reported_then_recovered_without_restarting_the_driver() {
        // given both displays show a number
        device = FakeDisplayBus.start(pair.deviceEnd(), FakeDisplayBus.Wire.ASCII, 1, 2);
        displays = startBus();
        assertThat(displays.show(1, "P017").isOk()).isTrue();
        assertThat(displays.show(2, "A002").isOk()).isTrue();
        // when the adapter vanishes
        device.close();
        pair.kill();
        // then requests report it as status, not as an exception
        assertThat(displays.show(1, "P018").state()).isEqualTo(DisplayStatus.State.PORT_UNAVAILABLE);
        assertThat(displays.status(2).state()).isEqualTo(DisplayStatus.State.PORT_UNAVAILABLE);
        // when it comes back on the same path
        pair.start();
        device = FakeDisplayBus.start(pair.deviceEnd(), FakeDisplayBus.Wire.ASCII, 1, 2);
        // then the next show works and display 2 gets its last wanted number again
        await().atMost(Duration.ofSeconds(10)).until(() -> displays.show(1, "P019").isOk());
        assertThat(device.shown(1)).isEqualTo("P019");
        await().atMost(Duration.ofSeconds(10)).until(() -> "A002".equals(device.shown(2)));
        assertThat(displays.status(2).isOk()).isTrue();
    }

    @Test
    void after_recreation_the_background_watch_restores_the_wanted_texts_without_any_request() {
        // given
        device = FakeDisplayBus.start(pair.deviceEnd(), FakeDisplayBus.Wire.MODBUS, 1, 2);
        displays = SerialDeskDisplayBus.start(DisplayBusConfig.forPort(pair.driverEnd().toString())
                .withProtocol(new ModbusRtuProtocol()));
        displays.show(1, "P017");
        displays.clear(2);
        device.close();
        pair.kill();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> displays.status(1).state() == DisplayStatus.State.PORT_UNAVAILABLE);
        // when
        pair.start();
        device = FakeDisplayBus.start(pair.deviceEnd(), FakeDisplayBus.Wire.MODBUS, 1, 2);
        // then
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "P017".equals(device.shown(1)) && "".equals(device.shown(2)));
    }

    @Test
    void a_display_that_starts_answering_again_gets_its_wanted_text_from_the_background_retry() {
        // given display 2 is silent when its number is sent
        device = FakeDisplayBus.start(pair.deviceEnd(), FakeDisplayBus.Wire.ASCII, 1);
        displays = startBus();
        assertThat(displays.show(2, "P002").state()).isEqualTo(DisplayStatus.State.NO_ANSWER);
        // when it is plugged in again (the port itself stayed up)
        device.close();
        device = FakeDisplayBus.start(pair.deviceEnd(), FakeDisplayBus.Wire.ASCII, 1, 2);
        // then without any new request it shows the number and reports ok
        await().atMost(Duration.ofSeconds(10)).until(() -> "P002".equals(device.shown(2)));
        await().atMost(Duration.ofSeconds(5)).until(() -> displays.status(2).isOk());
    }

    @Test
    void the_first_show_after_a_quick_unplug_and_replug_succeeds() {
        // given
        device = FakeDisplayBus.start(pair.deviceEnd(), FakeDisplayBus.Wire.ASCII, 1, 2);
        displays = startBus();
        assertThat(displays.show(1, "P017").isOk()).isTrue();
        // when the pty pair is re-created between two requests (often on the same /dev/pts numbers)
        device.close();
        pair.kill();
        pair.start();
        device = FakeDisplayBus.start(pair.deviceEnd(), FakeDisplayBus.Wire.ASCII, 1, 2);
        // then the very next request is delivered: a stale port is noticed and reopened within the call
        assertThat(displays.show(1, "P018")).isEqualTo(DisplayStatus.ok());
        assertThat(device.shown(1)).isEqualTo("P018");
    }
}
