package dk.skranke.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.skranke.hardware.printer.EscPosPrinterSettings;
import dk.skranke.hardware.printer.EscPosTicketPrinter;
import dk.skranke.hardware.printer.FakeNetworkPrinter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real printer gets exactly one status poller, however it was built and started. */
class HardwarePrinterPollingIT {
    /** Far longer than the test: only the poll at start-up happens. */
    private static final EscPosPrinterSettings ONE_POLL = new EscPosPrinterSettings(Duration.ofMillis(500),
            Duration.ofMinutes(10));
    /** A second poller would ask right after the first (both start at once): this long without it is enough. */
    private static final Duration QUIET = Duration.ofMillis(700);

    @Test
    void a_real_printer_built_by_hardware_is_asked_for_its_status_by_one_poller(@TempDir Path dir) throws Exception {
        // given a network printer
        try (FakeNetworkPrinter device = new FakeNetworkPrinter()) {
            HardwareSettings settings = new HardwareSettings(HardwareMode.REAL,
                    new PrinterConnection("tcp", "127.0.0.1:" + device.port(), 19200), null, null, false, dir);

            // when the kiosk's hardware is created (status polled at once, then every 30 s)
            try (Hardware hardware = Hardware.create(settings, Clock.systemUTC())) {
                // then one status round of four requests is made at start, not two
                await().atMost(Duration.ofSeconds(5)).until(() -> device.statusRequests() >= 4);
                await().during(QUIET).atMost(QUIET.multipliedBy(3))
                        .untilAsserted(() -> assertThat(device.statusRequests()).as("status requests").isEqualTo(4));
            }
        }
    }

    @Test
    void starting_a_printer_that_is_already_started_adds_no_second_poller() throws Exception {
        // given a printer whose factory started its polling
        try (FakeNetworkPrinter device = new FakeNetworkPrinter();
                EscPosTicketPrinter printer = EscPosTicketPrinter.tcp("127.0.0.1", device.port(), ONE_POLL)) {
            // when it is started again
            printer.start();
            // then it is still polled once
            await().atMost(Duration.ofSeconds(5)).until(() -> device.statusRequests() >= 4);
            await().during(QUIET).atMost(QUIET.multipliedBy(3))
                    .untilAsserted(() -> assertThat(device.statusRequests()).as("status requests").isEqualTo(4));
        }
    }
}
